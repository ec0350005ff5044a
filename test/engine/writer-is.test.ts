/**
 * Who the writer says they are ("I'm Australian") stands for "we" and "our" in their question
 * (Engine.writerIs, read by questionParts), and is looked for only when a question says "we" or
 * "our": each name after "I am" is analysed to find it. Asked of the project's article (knowledge/).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { Engine } from '../../src/engine/engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const quotes = (question: string) => engine.answer(question).quotes.map((q) => q.id);
const proto = Engine.prototype as unknown as { writerIs: (...args: unknown[]) => unknown };

describe('the writer named in the message stands for "our"', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads "our military" as the military of the country the writer says they are of', () => {
    expect(quotes("I'm Australian. What did our military say?")).toEqual(
      quotes('What did the Australian military say?'),
    );
  });

  it('looks for the writer when a question says "our", not when none says "we" or "our"', () => {
    const writerIs = vi.spyOn(proto, 'writerIs');
    engine.answer("I'm Australian. What did the Russian ministry say?");
    expect(writerIs).not.toHaveBeenCalled();
    engine.answer("I'm Australian. What did our military say?");
    expect(writerIs).toHaveBeenCalled();
  });
});

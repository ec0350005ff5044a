/**
 * "what about the pentagon, what did their guy say": after "what about X", a whole question whose
 * possessive pronoun stands for X is asked with X in its place, the body of that name under X
 * where there is one ("what about the aussies, what did their military rule out": the Australian
 * military) (conversation.ts ownersQuestion). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('"what about X, what did their Y say"', () => {
  it("asks X's Y", () => {
    const [, said] = ask(
      "what did russia's foreign ministry say about the US reps",
      'what about the pentagon, what did their guy say',
    );
    expect(said?.quotes[0]?.text).toContain('spokesman Peter Cook');
  });

  it('asks the body of that name under X', () => {
    const [, ruled] = ask(
      'the US military said it was targeting IS',
      'what about the aussies, what did their military rule out',
    );
    expect(ruled?.reading).toContain('Australian military');
    expect(ruled?.quotes[0]?.text).toContain('never intentionally target');
  });
});

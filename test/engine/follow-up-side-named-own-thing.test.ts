/**
 * "what did the UK observatory claim" -> "no i meant damascus, what damascus claim about the
 * ground": a correction naming the other side of the point the answer was on, that asks a thing
 * of its own no sentence of that side holds while another sentence tells of them (the ground they
 * claim back), asks that question, not their side of the toll (conversation.ts sideNamed). A side
 * named with words of the claim alone ("the official figure") is still their side.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a correction naming the other side, asking a thing of its own', () => {
  it('asks that thing of them: the ground Damascus claims it took back', () => {
    const [first, meant] = ask(
      'what does the british monitor claim',
      'sorry i meant damascus, what did damascus claim about the territory',
    );
    expect(first?.quotes[0]?.text).toContain('at least 90');
    expect(meant?.quotes[0]?.text).toContain('reclaimed most of the lost ground');
  });

  it('the claim alone is still their side of the point', () => {
    const [, meant] = ask(
      'how many died according to the monitor',
      'no i meant the official figure, the damascus one',
    );
    expect(meant?.quotes[0]?.text).toContain('death toll to 62');
  });
});

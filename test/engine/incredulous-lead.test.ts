/**
 * A sentence asking by its "??" alone, said in disbelief ("the US bombed the wrong army??"),
 * before a question asked in words of a topic of its own: the worded question's answer leads
 * (its sides together), the disbelief's follows. Not a choice ("62 or 90?? which is it"), nor a
 * question asking only who says what the sentence before told ("... on purpose?? who's claiming
 * what").
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);

describe('a "??" statement before a worded question', () => {
  it('the worded question leads, with both sides of the toll', () => {
    const shown = ids('😳 the US bombed the wrong army?? how many ppl died');
    expect(shown.slice(0, 2)).toEqual(['p4.s1', 'p4.s2']);
  });
  it('a single "?" still weighs both readings as before', () => {
    expect(ids('the US bombed the wrong army? how many ppl died')[0]).not.toBe('p4.s2');
  });
  it('not when the worded question only asks who says it', () => {
    const shown = ids("so US says oopsie and RU says they did it on purpose?? who's claiming what lol");
    expect(shown[0]).not.toBe('p13.s2');
    expect(shown).toContain('p7.s1');
  });
});

/**
 * "that" after a "what" question may be what the answer told, not what the question asked:
 * "what did estland do" -> "where did that happen" asks where Estland sent its boats (p5.s1,
 * "to the coast"), a sentence holding nothing of "happen". On the made-up ferry sinking
 * (test/fixtures/tiny-told: tiny-ferry's, with words for places and "what happened").
 */
import { describe, expect, it } from 'vitest';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-told');

const conversation = (...turns: string[]) => askInTurn(engine, ...turns);

describe('"where did that happen" after a "what" question', () => {
  it('is answered by what the answer before told', () => {
    const [first, then] = conversation('what did estland do', 'where did that happen');
    expect(first?.quotes[0]?.id).toBe('p6.s1');
    expect(then?.answered).toBe(true);
    expect(then?.quotes[0]?.id).toBe('p6.s1');
  });

  it('read as the boats sent: the condolences quoted with them before (p6.s2) are not where', () => {
    const [, then] = conversation('what did estland do', 'where did that happen');
    expect(then?.quotes.map((q) => q.id)).toEqual(['p6.s1']);
  });
});

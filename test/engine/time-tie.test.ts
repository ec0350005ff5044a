/**
 * A question asking when, two passages scored alike: the one giving a time leads when the best
 * gives none ("When asked about the court, the mayor said ..." holds "when" as a word, not a
 * time). Only scores this close are reordered, and only for a time asked (decide.ts
 * leadWithTimeAsked). On the made-up dam plan (test/fixtures/tiny-when).
 */
import { describe, expect, it } from 'vitest';
import { fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-when');
const ON_FRIDAY = 'p6.s1';
const WHEN_ASKED = 'p5.s2';

describe('a time asked among passages scored alike', () => {
  it('leads with the passage that gives a time', () => {
    const answer = engine.answer('when did someone say the council would pay');
    expect(answer.quotes.map((q) => q.id)).toEqual([ON_FRIDAY, WHEN_ASKED]);
  });

  it('keeps the order when no time is asked', () => {
    const answer = engine.answer('what did someone say the council would pay');
    expect(answer.quotes[0]?.id).toBe(WHEN_ASKED);
  });
});

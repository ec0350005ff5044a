/**
 * A curated answer leads with its quote that holds most of what is asked: an entry quoting two
 * of the mayor's sentences, matched by its wording "When will work on the dam start?", leads
 * with the sentence on the start of work, not with the entry's first quote (the cost); asked
 * what she said about the dam, the entry's own order stands (decide.ts leadWithWhatIsAsked).
 * On the made-up dam plan (test/fixtures/tiny-lead).
 */
import { describe, expect, it } from 'vitest';
import { fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-lead');
const COST = 'Mayor Anna Holm said the dam would cost 40 million euros.';
const START = 'She also said that work would start in the spring.';

describe('a curated answer', () => {
  it('leads with the quote that says what is asked', () => {
    const answer = engine.answer('when will work on the dam start');
    expect(answer.qa).toBe('mayor');
    expect(answer.quotes.map((q) => q.text)).toEqual([START, COST]);
  });

  it("keeps the entry's order when its first quote says what is asked", () => {
    const answer = engine.answer('what did holm say about the dam');
    expect(answer.qa).toBe('mayor');
    expect(answer.quotes.map((q) => q.text)).toEqual([COST, START]);
  });
});

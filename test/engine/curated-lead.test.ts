/**
 * A curated answer leads with its quote that holds most of what is asked beyond the wording
 * matched: an entry quoting two of the mayor's sentences (the cost first), asked when work will
 * start "in the spring", leads with the sentence on the start of work. A question one of its
 * wordings asks whole keeps the entry's order, as a moderator set it (decide.ts
 * leadWithWhatIsAsked). On the made-up dam plan (test/fixtures/tiny-lead).
 */
import { describe, expect, it } from 'vitest';
import { fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-lead');
const COST = 'Mayor Anna Holm said the dam would cost 40 million euros.';
const START = 'She also said that work would start in the spring.';

describe('a curated answer', () => {
  it('leads with the quote that says what is asked beyond its wording', () => {
    const answer = engine.answer('so when will work on the dam start, in the spring?');
    expect(answer.qa).toBe('mayor');
    expect(answer.quotes.map((q) => q.text)).toEqual([START, COST]);
  });

  it("keeps the entry's order for a question one of its wordings asks whole", () => {
    for (const q of ['when will work on the dam start', 'what did holm say about the dam']) {
      const answer = engine.answer(q);
      expect(answer.qa).toBe('mayor');
      expect(answer.quotes.map((x) => x.text)).toEqual([COST, START]);
    }
  });
});

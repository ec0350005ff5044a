/**
 * A question one of a curated entry's wordings asks whole keeps the entry's order, unless the
 * entry's first quote lacks a rare word the question asks that a later quote holds, with all the
 * first one holds of the question: "did holm speak to the journalists", matched whole by "What did
 * Mayor Holm tell reporters?", leads with '... she told reporters', not with the cost the entry
 * quotes first (decide.ts leadWithRareAsked). On the made-up dam plan (test/fixtures/tiny-rare).
 */
import { describe, expect, it } from 'vitest';
import { fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-rare');
const COST = 'Mayor Anna Holm said the dam would cost 40 million euros.';
const TOLD = '"Work will start in the spring," she told reporters.';

describe('a curated answer matched whole', () => {
  it('leads with the quote holding the rare word asked that the first lacks', () => {
    for (const q of ['did holm speak to the journalists?', 'what did mayor holm tell the press']) {
      const answer = engine.answer(q);
      expect(answer.qa).toBe('mayor');
      expect(answer.quotes.map((x) => x.text)).toEqual([TOLD, COST]);
    }
  });

  it("keeps the entry's order when no rare word asked is missing from the first", () => {
    const answer = engine.answer('what did mayor holm say');
    expect(answer.qa).toBe('mayor');
    expect(answer.quotes[0]?.text).toBe(COST);
  });
});

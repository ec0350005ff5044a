/**
 * "how did they respond to him?" after what the minister said about the ferry company asks the
 * company's own words (they: the company). The curated entry of the minister's words matches the
 * words carried from the turn before best; the company's sentence, the best passage, answers.
 * On the made-up ferry sinking (test/fixtures/tiny-reply).
 *
 * "what did estland's navy say" -> "oops, i meant norland's navy": "navy" is said again, in the
 * name of Norland's navy; the bare word of the question before is not carried (it would find
 * Estland's sentence about its navy helping Norland's sailors).
 */
import { describe, expect, it } from 'vitest';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-reply');

const conversation = (...turns: string[]) => askInTurn(engine, ...turns);

describe('what someone said, asked through a pronoun', () => {
  it('is answered by their own words, not the curated entry of the turn before', () => {
    const [first, then] = conversation(
      'what did the minister say about the ferry company',
      'how did they respond to him?',
    );
    expect(first?.qa).toBe('minister-blame');
    expect(then?.answered).toBe(true);
    expect(then?.quotes[0]?.id).toBe('p4.s1');
    expect(then?.quotes[0]?.speaker?.id).toBe('company');
  });
});

describe('a word the correction says again', () => {
  it('is read as it reads there, not carried from the question before', () => {
    const [first, then] = conversation("what did estland's navy say", "oops, i meant norland's navy");
    expect(first?.quotes[0]?.id).toBe('p8.s1');
    expect(then?.quotes[0]?.id).toBe('p9.s1');
    expect(then?.quotes[0]?.speaker?.id).toBe('norland-navy');
  });
});

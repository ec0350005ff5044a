/**
 * "how did they respond to him?" after what the minister said about the ferry company asks the
 * company's own words (they: the company). The curated entry of the minister's words matches the
 * words carried from the turn before best; the company's sentence, the best passage, answers.
 * On the made-up ferry sinking (test/fixtures/tiny-reply).
 *
 * "what did estland's navy say" -> "oops, i meant norland's navy": "navy" is said again, in the
 * name of Norland's navy; the bare word of the question before is not carried (it would find
 * Estland's sentence about its navy helping Norland's sailors).
 *
 * "which other countries offered condolences" after a message naming Estland: Estland is no other
 * country, and no quote names one (answer-type.ts othersMissing).
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

describe('"which other countries ..."', () => {
  it('is refused when every country the quotes give is one the message names', () => {
    expect(
      engine.answer('Estland sent boats, we know. which other countries offered condolences?').answered,
    ).toBe(false);
    expect(engine.answer('did estland offer condolences? and which other countries did?').answered).toBe(
      false,
    );
  });

  it('is answered by a country the message does not name, and without "other" as before', () => {
    expect(engine.answer('which other countries offered condolences?').quotes[0]?.id).toBe('p6.s2');
    expect(engine.answer('which countries offered condolences').quotes[0]?.id).toBe('p6.s2');
  });
});

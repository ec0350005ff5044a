/**
 * "each of them", "both of them": a plural pronoun after "each of" or "both of" stands for every
 * one of the people named before it (follow-up-reading.ts everyOneOf), in the turn before or in
 * the story a long message tells before its question (there, even when the question alone reads
 * as surely: alone it asks nobody). On the made-up dam plan (test/fixtures/tiny-exchange).
 */
import { describe, expect, it } from 'vitest';
import { asksEveryOneOfThem } from '../../src/engine/follow-up-reading.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-exchange');

describe('"each of them" after two people named', () => {
  it('is asked of every one of them in the story before the question', () => {
    const answer = engine.answer(
      'Anna Holm and Piet Brandt were at the meeting. What did each of them do before the vote?',
    );
    expect(answer.reading ?? '').toContain('Anna Holm');
    expect(answer.reading ?? '').toContain('Piet Brandt');
    expect(answer.answered).toBe(true);
    expect(answer.quotes[0]?.text).toContain('walked out');
  });

  it('is asked of every one of them in the turn before', () => {
    const [, each] = askInTurn(
      engine,
      'did anna holm and piet brandt go to the meeting',
      'what did both of them say?',
    );
    expect(each?.reading ?? '').toContain('Anna Holm');
    expect(each?.reading ?? '').toContain('Piet Brandt');
  });

  it('is "each of", "both of", "all of", "either of", "neither of" before "them", or "each", "both" after "they"', () => {
    for (const q of [
      'where was each of them',
      'did both of them speak',
      'what did either of them say',
      'what did they each say',
      'did they both leave',
    ])
      expect(asksEveryOneOfThem(tokenize(q)), q).toBe(true);
    for (const q of [
      'where were they',
      'each said it',
      'what did both say of it',
      'one of them spoke',
      'did they all die',
    ])
      expect(asksEveryOneOfThem(tokenize(q)), q).toBe(false);
  });
});

/**
 * "what did brandt do": a deed of theirs is asked, not their words; a quote of theirs gives way
 * to the best sentence that tells of them and is not their words ("Brandt walked out of the
 * meeting before the vote"). "what did brandt say" still has their words (decide.ts deedAsked).
 * On the made-up dam plan (test/fixtures/tiny-talk).
 */
import { describe, expect, it } from 'vitest';
import { fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-talk');

describe('what someone did', () => {
  it('is told by a sentence about them, not their own words', () => {
    for (const q of ['what did brandt do', 'what did piet brandt do']) {
      const answer = engine.answer(q);
      expect(answer.quotes[0]?.text).toBe('Brandt walked out of the meeting before the vote.');
    }
  });

  it('leaves what they said to their words', () => {
    expect(engine.answer('what did brandt say').quotes[0]?.text).toBe(
      'He said the lake would flood 300 farms.',
    );
  });
});

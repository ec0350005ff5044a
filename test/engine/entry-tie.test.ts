/**
 * Two curated entries a question matches almost alike are told apart by the best passage: the
 * one leading with it answers, when the best does not quote it ("what was brandt up to at the
 * meeting" matches "What did Brandt say at the meeting?" a hair better than "What did Brandt do
 * at the council meeting?", but the sentence that holds it is his walking out). An entry far
 * ahead keeps its place (decide.ts entryOfBestPassage). On the made-up dam plan
 * (test/fixtures/tiny-tie).
 */
import { describe, expect, it } from 'vitest';
import { fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-tie');
const WALKOUT = 'Brandt walked out of the meeting before the vote.';
const DISASTER = 'Farmer Piet Brandt called the plan "a disaster for the valley."';

describe('two curated entries matched almost alike', () => {
  it('answer with the one that leads with the best passage', () => {
    for (const q of ['what was brandt up to at the meeting', 'brandt at the meeting?']) {
      const answer = engine.answer(q);
      expect(answer.qa).toBe('brandt-walkout');
      expect(answer.quotes[0]?.text).toBe(WALKOUT);
    }
  });

  it('keep the best when it is well ahead', () => {
    const answer = engine.answer('what did brandt say at the meeting');
    expect(answer.qa).toBe('brandt-words');
    expect(answer.quotes[0]?.text).toBe(DISASTER);
  });
});

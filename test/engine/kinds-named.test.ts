/**
 * Which one of a kind, answered by a quote that names one without the kind's noun.
 *
 * "which countries had planes in that raid": which ones of a kind asked (decide.ts whichOf) are
 * answered by a quote naming one when the kind is countries: "Australia, whose aircraft took part
 * in the strike" names a government of entities.yaml (decide.ts namesCountry). A body within a
 * country is no country. "what night did this happen": a time named without its noun ("The
 * Saturday night raid"), as "what day" (answer-type.ts KIND_NOUNS). On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('which countries', () => {
  it('is answered by a quote naming a country', () => {
    for (const q of ['which countries had planes in that raid', 'which countries took part in the strike']) {
      const answer = engine.answer(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.quotes[0]?.id, q).toBe('p18.s2');
    }
  });

  it('still refuses which ones of another kind no quote describes', () => {
    expect(engine.answer('which jets did they fly').answered).toBe(false);
  });
});

describe('what night', () => {
  it('is answered by the sentence naming the day, as what day is', () => {
    const answer = engine.answer('what night did this happen');
    expect(answer.answered).toBe(true);
    expect(answer.quotes[0]?.id).toBe('p4.s1');
  });
});

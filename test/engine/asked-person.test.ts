/**
 * "who" asking for a person (rank.ts, askFactor): a curated wording that asks something else
 * ("How did the keeper look after the lamp?") scores less, so the sentence naming the person
 * leads; on test/fixtures/tiny-asked, whose last sentence is "Tomas Brandt has been the keeper of
 * the lamp since 1990."
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny-asked'));
const NAMES_THE_KEEPER = 'p5.s3';
const INSPECTED = 'p5.s1';

describe('a question asking for a person', () => {
  it.each([['who is the keeper of the lamp'], ['who was the lamp keeper']])(
    '%s: leads with the sentence naming the person',
    (question) => {
      const answer = engine.answer(question);
      expect(answer.status).toBe('answered');
      expect(answer.quotes[0]?.id).toBe(NAMES_THE_KEEPER);
    },
  );

  it('a question asking how still gets the curated entry asking how', () => {
    const answer = engine.answer('how did the keeper look after the lamp');
    expect(answer.qa).toBe('keeper-work');
    expect(answer.quotes[0]?.id).toBe(INSPECTED);
  });
});

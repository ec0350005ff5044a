/**
 * A question about a denial leads with the sentence that denies (rank.ts, TUNING.scoring.denialBonus),
 * on test/fixtures/tiny-asked: "The keeper inspected the lamp every week, the mayor said." and
 * "The keeper never inspected the lamp after the winter storm, the town council said in a
 * statement." Without the negation, the shorter first sentence matches the question's words better.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny-asked'));
const INSPECTED = 'p5.s1';
const NEVER_INSPECTED = 'p5.s2';

describe('a question about a denial', () => {
  it.each([
    ['who said the keeper never inspected the lamp'],
    ['who says the keeper didnt inspect the lamp'],
    ['what did they say the keeper never did'],
  ])('%s: leads with the sentence that denies', (question) => {
    const answer = engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe(NEVER_INSPECTED);
  });

  it.each([
    // No negation: the sentence that matches the words best.
    ['who said the keeper inspected the lamp'],
    // A negation only supposed, asking for a yes: no preference for the denial.
    ["the keeper didn't inspect the lamp, did he"],
  ])('%s: leads with the sentence that matches its words', (question) => {
    const answer = engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe(INSPECTED);
  });
});

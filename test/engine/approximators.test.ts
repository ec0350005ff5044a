/**
 * Words that ask a figure roughly (knowledge/chat.yaml filler: "roughly", "approx", "ballpark"):
 * a numbers-first writer's hedge on the figure asked, no topic the article lacks
 * (on the real article).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);
const toll = first(engine.answer('how many died', []));

describe('a figure asked roughly', () => {
  it('is answered without the hedge', () => {
    expect(toll).not.toBeNull();
  });
  it.each([
    'how many died roughly',
    'roughly how many died',
    'ballpark, how many died',
    'how many died, approx',
  ])('"%s" is answered as without it', (q) => {
    expect(first(engine.answer(q, []))).toBe(toll);
  });
});

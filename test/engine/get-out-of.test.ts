/**
 * To "get something out of" a thing is to gain from it (knowledge/chat.yaml idioms, "get * out
 * of"): "what did IS get out of the strike" asks what IS gained, not what left where (on the real
 * article).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('"get * out of"', () => {
  it('is gaining from it', () => {
    expect(first(engine.answer('what did IS get out of the strike', []))).toBe('p6.s1');
  });
  it('is read in a question after a claim put as one', () => {
    const q = 'the raid basically helped the other side? did IS get something out of it?';
    expect(first(engine.answer(q, []))).toBe('p6.s1');
  });
});

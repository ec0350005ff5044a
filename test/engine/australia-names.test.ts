/**
 * Names a markets-minded chat gives Australia (knowledge/entities.yaml): "aus", the ticker-like
 * "AU" and "down under" name it as "australia" does (on the real article). "AU" only in capitals.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);
const australia = first(engine.answer('what did australia say', []));

describe('names for Australia', () => {
  it('is answered by its full name', () => {
    expect(australia).not.toBeNull();
  });
  it.each(['what did aus say', 'what did AU say', 'what did the down under government say'])(
    '"%s" finds the same sentence',
    (q) => {
      expect(first(engine.answer(q, []))).toBe(australia);
    },
  );
});

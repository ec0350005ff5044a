/**
 * Issue 11, whether the strike was a mistake asked in Spanish typed among English words
 * (chat.yaml abbreviations): "fue" is "was", "proposito" the purpose of "a proposito" (on
 * purpose), "accidente" an accident; the question then asks the intent point, each side.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('"fue a proposito o no?"', () => {
  it('asks whether it was done on purpose, each side quoted', () => {
    for (const q of ['fue a propósito o no? was it intentional', 'fue un accidente o fue a proposito?']) {
      const answer = engine.answer(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.contested?.id, q).toBe('intent');
    }
  });
});

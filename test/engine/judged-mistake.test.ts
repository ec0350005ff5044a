/**
 * A word of judgement before a word for a mistake (analyzer.ts judgesMistake): "was it a stupid
 * mistake" asks whether it was a mistake, as "was it a mistake" does, and is answered with both
 * sides; a word that says which mistake ("a nuclear accident") still asks of another story.
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('a mistake judged by the writer', () => {
  it('asks whether it was a mistake', () => {
    for (const q of [
      'stupid mistake or on purpose?',
      'was it a dumb mistake or deliberate',
      'was it a tragic accident',
    ]) {
      const answer = engine.answer(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.quotes.map((x) => x.text).join(' '), q).toMatch(/unintentional/);
    }
  });

  it('leaves a word that says which mistake', () => {
    expect(engine.answer('was it a nuclear accident').answered).toBe(false);
  });
});

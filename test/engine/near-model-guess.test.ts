/**
 * Near-topic questions (issue 11) that offer the model they ask as a guess: "which jets, f16 or
 * a10?", "what were they flying, f-16s?". The article names no model of aircraft; a designation
 * (letters, then two or three figures) the knowledge never has, at the question's end or after
 * what or which, is refused (decide.ts modelGuessed). Not a number that counts ("Q2", "pt 12"),
 * nor a designation told in a story around another question ("the A-10s hit them, how many died").
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { modelGuessed } from '../../src/engine/decide.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);

describe('a model offered as a guess', () => {
  it.each(['which planes was it exactly, b52 or f15?', 'the coalition jets, were they f35s'])(
    'is refused: %s',
    (q) => {
      expect(engine.answer(q).answered).toBe(false);
    },
  );

  it('is read from a designation, not a number that counts', () => {
    const words = (text: string) => text.split(' ');
    expect(modelGuessed(corpus, words('which jets f16 or a10'))).toBe(true);
    expect(modelGuessed(corpus, words('q2 which group counted 90 dead'))).toBe(false);
    expect(modelGuessed(corpus, words('the a10s hit them how many died in the raid'))).toBe(false);
  });

  it('leaves a question with a designation in its story answered', () => {
    expect(engine.answer('the F-16s hit syrian troops, how many died?').answered).toBe(true);
  });
});

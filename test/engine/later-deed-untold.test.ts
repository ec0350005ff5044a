/**
 * Asked yes or no whether someone did a thing after the story, the deed a word the knowledge does
 * not use (decide.ts laterDeedUntold): "did russia send more troops there after this". Asked of
 * the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { laterDeedUntold } from '../../src/engine/decide.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const untold = (q: string) => {
  const analysis = corpus.analyzer.analyzeQuery(q);
  return laterDeedUntold(corpus, analysis.words, analysis.free);
};

describe('a later deed the article has no word of', () => {
  it('refuses it', () => {
    expect(untold('did russia send more troops to deir ez zor after this?')).toBe(true);
  });

  it("leaves a deed in the knowledge's words, one after 'manage to', and a question of no later time", () => {
    expect(untold('did IS also shoot down some plane after this?')).toBe(false);
    expect(untold('did the SAA retake the area afterwards?')).toBe(false);
    expect(untold('did damascus manage to recover the territory afterwards?')).toBe(false);
    expect(untold('did russia send more troops to deir ez zor?')).toBe(false);
  });
});

/**
 * Which other countries took part, whom the question sets apart named ("besides the americans and
 * australians"): those set apart are named too (decide.ts passes QueryAnalysis.excluded to
 * othersMissing), so Australia's own words are no other country's. Asked of the project's
 * article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { decide } from '../../src/engine/decide.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const missing = (q: string) => decide(corpus, corpus.analyzer.analyzeQuery(q)).askedMissing;

describe('other countries besides those set apart', () => {
  it('refuses where the quotes are only of those set apart', () => {
    expect(missing('were any other countries jets in it besides the americans and australians')).toBe(true);
    expect(missing('which other countries took part besides australia')).toBe(true);
  });

  it('sets apart a name before the verb ("which countries besides the US took part")', () => {
    for (const q of ['which countries besides the US took part', 'who besides the US took part']) {
      const a = corpus.analyzer.analyzeQuery(q);
      expect(a.excluded, q).toEqual(['e:us']);
      expect(a.terms, q).toContain('c:participate');
      expect(a.terms, q).not.toContain('w:besid');
      expect(missing(q), q).toBe(false);
    }
  });

  it('leaves Australia as the other country when only the US is set apart', () => {
    expect(missing('besides the americans, which other country flew')).toBe(false);
    expect(missing('which other countries took part besides the US')).toBe(false);
  });
});

/**
 * A word among English's commonest that the knowledge uses rarely ("first" in the lighthouse
 * story, once) weighs TUNING.scoring.commonWordShare of its weight in the question: rare there by
 * chance, it says little of what is asked. A rare word the knowledge uses as rarely keeps its whole
 * weight. On the tiny fixture, nothing of any story.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Analyzer } from '../../src/engine/analyzer.ts';
import { TUNING } from '../../src/engine/tuning.ts';

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');
const engine = loadEngine(TINY);

interface Explained {
  terms: Record<string, number>;
  features: { coverage: number; relatedShare: number };
}

describe('English’s commonest words weigh less in a question', () => {
  it('"first", used once in the story, costs the answer less coverage than its whole weight', () => {
    const { terms, features } = engine.explain('did the lighthouse reopen first') as Explained;
    // The reopening's sentence holds the lighthouse and the reopening, not "first".
    const held = (terms['c:lighthouse'] ?? 0) + (terms['c:open'] ?? 0);
    const first = terms['w:first'] ?? 0;
    expect(first).toBeGreaterThan(0);
    expect(features.coverage).toBeCloseTo(held / (held + TUNING.scoring.commonWordShare * first), 3);
    expect(features.coverage).toBeGreaterThan(held / (held + first) + 0.05);
  });

  it('is the question’s own word, not a related one (WordNet)', () => {
    const { features } = engine.explain('did the lighthouse reopen first') as Explained;
    expect(features.relatedShare).toBe(0);
  });

  it('a word English uses rarely keeps its whole weight ("reef")', () => {
    const { analyzer } = (engine as unknown as { corpus: { analyzer: Analyzer } }).corpus;
    const rare = analyzer.analyzeQuery('did the lighthouse reopen by the reef');
    expect(rare.terms).toContain('w:reef');
    expect(rare.factors.get('w:reef')).toBeUndefined();
    expect(rare.common).toBeUndefined();
    const common = analyzer.analyzeQuery('did the lighthouse reopen first');
    expect(common.factors.get('w:first')).toBe(TUNING.scoring.commonWordShare);
    expect([...(common.common ?? [])]).toEqual(['w:first']);
  });
});

/**
 * The retrieval was rebuilt to stay fast as the knowledge grows (candidate pruning, top-k,
 * prebuilt indexes). On the article's knowledge base it must give exactly the answers it gave
 * before: test/fixtures/answers-before-scaling.json was recorded before that work, on every
 * question of the four question sets (regenerate it only for a deliberate quality change).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

interface Recorded {
  q: string;
  answered: boolean;
  qa: string | null;
  ids: string[];
  confidence: number;
}

const recorded = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/answers-before-scaling.json'), 'utf8'),
) as Recorded[];

describe('answers after the scaling work', () => {
  const engine = loadEngine(KNOWLEDGE_DIR);
  it(`are the same as before for all ${recorded.length} recorded questions`, () => {
    const now = recorded.map(({ q }) => {
      const a = engine.answer(q);
      return { q, answered: a.answered, qa: a.qa, ids: a.quotes.map((x) => x.id), confidence: a.confidence };
    });
    expect(now).toEqual(recorded);
  });
});

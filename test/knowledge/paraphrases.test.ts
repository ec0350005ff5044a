/**
 * Paraphrases of the story a moderator writes into synonyms.yaml and entities.yaml (issue 11):
 * the words people use for what the article names, read as the article's own terms, not as
 * words the article lacks (which lower the confidence). On the project's knowledge. ("ministry"
 * alone is not the Russian Foreign Ministry: a second source brings its own ministries.)
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(fileURLToPath(new URL('../../knowledge', import.meta.url)));
const read = (question: string) => {
  const e = engine.explain(question) as unknown as {
    terms: Record<string, number>;
    unknown: { word: string }[];
  };
  return { terms: Object.keys(e.terms), unknown: e.unknown.map((u) => u.word) };
};

describe('paraphrases of the story', () => {
  it('"a thorough investigation" is the investigation urged (the article spells it "most through")', () => {
    const { terms, unknown } = read('did moscow want a thorough investigation');
    expect(terms).toContain('c:investigation');
    expect(unknown).not.toContain('thorough');
  });
});

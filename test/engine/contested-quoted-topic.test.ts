/**
 * A contested point asked in other words, with words quoted: the quoted words may be the point's
 * topic itself, asked about ("how to explain 'was it an accident' - what does each side claim?"),
 * not a claim whose words the article must have ('"this was a deliberate act of war" - did
 * someone say that?'). On the made-up ferry toll (test/fixtures/tiny-toll).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pointInOtherWords } from '../../src/engine/contested.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { decide } from '../../src/engine/decide.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const loaded = loadKnowledge(resolve(import.meta.dirname, '../fixtures/tiny-toll'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const synonyms = [...loaded.kb.synonyms, { id: 'number', words: ['how many', 'number', 'count', 'toll'] }];
const ferry = buildCorpus({ ...loaded.kb, synonyms });
const pointOf = (q: string, quoted: string[]) => {
  const analysis = { ...ferry.analyzer.analyzeQuery(q), quoted };
  return pointInOtherWords(ferry, analysis, decide(ferry, analysis).ranking)?.id ?? null;
};

describe('pointInOtherWords: words quoted', () => {
  it("the point's own topic quoted: the point", () => {
    expect(pointOf("'how many passengers died' who is right", ['how many passengers died'])).toBe('toll');
  });

  it('words quoted beyond its topic: not the point', () => {
    expect(pointOf("'how many tourists died' who is right", ['how many tourists died'])).toBe(null);
  });
});

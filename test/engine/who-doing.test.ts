/**
 * "who", a form of "be" and a verb's -ing form ("who's holding the area now") ask who does it, not
 * who someone is: the knowledge's "who is" (a name asked) is not read there (analyzer.ts whoDoing).
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const terms = (q: string) => corpus.analyzer.analyzeQuery(q).terms;

describe('who, be and a verb’s -ing form', () => {
  it('asks who does it, no name', () => {
    expect(terms('who is holding the area now')).not.toContain('c:name');
    expect(terms('who is holding the area now')).toContain('c:control');
    expect(engine.answer("who's holding the area now").quotes[0]?.id).toBe('p6.s1');
  });

  it('leaves "who is" before a name or a noun', () => {
    expect(terms('who is churkin')).toContain('c:name');
    expect(terms('who was the pentagon spokesman')).toContain('c:name');
  });
});

/**
 * A name asked of one the question describes by their body and role (decide.ts
 * nameOfOneMissing): the quotes holding them must name a person. "a senior White House official
 * told the Reuters news agency" names no one, whatever "spokesman Peter Cook" beside it. Asked of
 * the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { nameOfOneMissing } from '../../src/engine/decide.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const relayed = engine.kb.passages.find((p) => p.text.startsWith('The US relayed'))?.id ?? '';
const cook = engine.kb.passages.find((p) => p.text.startsWith('Previously, the US Defense'))?.id ?? '';
const missing = (q: string) => {
  const analysis = corpus.analyzer.analyzeQuery(q);
  return nameOfOneMissing(
    corpus,
    analysis.words.join(' '),
    analysis.terms.filter((t) => corpus.index.has(t)),
    [relayed, cook],
  );
};

describe('a name asked of one the quotes describe', () => {
  it('is missing where the quotes holding their body and role name no one', () => {
    expect(missing("who's the senior white house official, do we have a name")).toBe(true);
    expect(missing('who was the white house official that spoke to reuters, name?')).toBe(true);
    expect(engine.answer("who's the senior white house official, do we have a name").answered).toBe(false);
  });

  it('is there where they name one, and no role asked leaves it', () => {
    expect(missing('pentagon spokesperson name')).toBe(false);
    expect(missing("the pentagon spokesman, what's his name")).toBe(false);
    expect(missing('what did the white house say, any names')).toBe(false);
    expect(engine.answer("the pentagon spokesman, what's his name").answered).toBe(true);
  });
});

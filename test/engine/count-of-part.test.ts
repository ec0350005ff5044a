/**
 * "how many of the IS fighters died": whose count is asked after "of the", a part of them; the
 * quotes count others ("at least 90 regime troops"), so it is refused (decide.ts countsOnlyOthers).
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { countsOnlyOthers } from '../../src/engine/decide.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const words = (q: string) => tokenize(q).map((t) => t.word);
const raid = engine.kb.passages.find((p) => p.text.startsWith('The Saturday night raid'))?.id ?? '';
const toll = engine.kb.passages.find((p) => p.text.startsWith('Damascus and Moscow'))?.id ?? '';

describe('a count of a part of those named', () => {
  it('refuses the dead of others than the quotes count', () => {
    expect(countsOnlyOthers(corpus, words('how many of the IS fighters died'), [raid, toll])).toBe(true);
    expect(countsOnlyOthers(corpus, words('how many of the americans died'), [raid, toll])).toBe(true);
  });

  it('leaves the dead the quotes count, and a part of the dead', () => {
    expect(countsOnlyOthers(corpus, words('how many of the syrian soldiers died'), [raid, toll])).toBe(false);
    expect(countsOnlyOthers(corpus, words('how many of the dead were soldiers'), [raid, toll])).toBe(false);
  });
});

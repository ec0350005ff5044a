/**
 * "who negotiated the truce" (decide.ts relatedDeedElsewhere): the deed whose doer is asked is a
 * word the knowledge does not use, related only to one it uses of another thing ("discussing the
 * issue with reporters"): no sentence tells anyone negotiating the truce. So is a past form no
 * word of the knowledge has, read only through its base form ("signed": "sign", in the group of
 * "indication", said of Power's doings). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { relatedDeedElsewhere } from '../../src/engine/decide.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const elsewhere = (q: string) => {
  const analysis = corpus.analyzer.analyzeQuery(q);
  return relatedDeedElsewhere(corpus, analysis.words, analysis.free);
};

describe('who did a deed the article tells only of something else', () => {
  it('refuses who negotiated the truce', () => {
    expect(elsewhere('Who negotiated the US-Russia truce?')).toBe(true);
    expect(engine.answer('Who negotiated the US-Russia truce?').answered).toBe(false);
  });

  it('refuses who signed the truce: "sign" of the knowledge is an indication, no signature', () => {
    expect(elsewhere('who signed the truce')).toBe(true);
    expect(engine.answer('who signed the ceasefire deal?').answered).toBe(false);
  });

  it('reads a passive the same way: its participle, and its subject as the thing', () => {
    expect(elsewhere('why was the truce signed')).toBe(true);
    expect(elsewhere('when was the ceasefire signed exactly')).toBe(true);
    expect(elsewhere('why was the meeting requested')).toBe(false);
    expect(engine.answer('why were the soldiers bombed').answered).toBe(true);
  });

  it('leaves a past form read through its base form when a sentence tells it of the thing', () => {
    expect(elsewhere('who bombed the syrian soldiers')).toBe(false);
    expect(elsewhere('who requested the meeting')).toBe(false);
    expect(engine.answer('who requested the meeting').answered).toBe(true);
  });

  it('leaves a deed in the knowledge own words, and its related word said of the same thing', () => {
    expect(elsewhere('who passed on the regret')).toBe(false);
    expect(engine.answer('who passed on the regret').answered).toBe(true);
    expect(elsewhere('who discussed the issue with reporters')).toBe(false);
  });
});

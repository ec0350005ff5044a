/**
 * A thing asked done, which the quotes have only as urged or demanded (answer-type.ts
 * demandedOnly), on the real article: "The Russian Foreign Ministry urged the United States to
 * conduct a "most through investigation" ..." (p3.s1) says nothing of one conducted.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demandedOnly } from '../../src/engine/answer-type.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const loaded = loadKnowledge(resolve(import.meta.dirname, '../../knowledge'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const urged =
  loaded.kb.passages.find((p) => p.text.startsWith('The Russian Foreign Ministry urged'))?.id ?? '';
const refused = (q: string) =>
  demandedOnly(
    corpus,
    corpus.analyzer.analyzeQuery(q).words,
    corpus.analyzer.analyzeQuery(q).terms.filter((t) => corpus.index.has(t)),
    [urged],
  );

describe('demandedOnly: done, where the quotes only urge it', () => {
  it('refuses whether the urged party did it', () => {
    expect(refused('did washington conduct an investigation')).toBe(true);
    expect(refused('is the US investigating the strike?')).toBe(true);
  });

  it('leaves a question of the demand itself, and one with no doer named', () => {
    expect(refused('did russia demand an investigation')).toBe(false);
    expect(refused('did moscow want a thorough investigation')).toBe(false);
    expect(refused('is that investigation line a typo')).toBe(false);
  });
});

/**
 * The inverted index and topK on their own, on tiny hand-made documents (MiniSearch-style):
 * idf ordering, the coverage figures a search returns, the common-term path, and topK
 * against a full sort.
 */
import { describe, expect, it } from 'vitest';
import { type Hit, TermIndex, topK } from '../../src/engine/retrieval.ts';

/** An index of passages named d0, d1, ... with these terms, frozen. */
function indexFor(docs: readonly string[][], commonDf?: number): TermIndex {
  const index = new TermIndex(commonDf);
  for (const [i, terms] of docs.entries()) index.add('passage', `d${i}`, terms);
  return index.freeze();
}

const byRef = (hits: readonly Hit[]) =>
  Object.fromEntries(hits.map((h) => [h.doc.ref, h]).sort(([a], [b]) => String(a).localeCompare(String(b))));

describe('TermIndex.idf', () => {
  // Four documents: "apple" in one, "orange" in two, "banana" in three, "pear" in all four.
  const index = indexFor([
    ['apple', 'orange', 'banana', 'pear'],
    ['orange', 'banana', 'pear'],
    ['banana', 'pear'],
    ['pear'],
  ]);

  it.each([
    // BM25's idf: ln(1 + (n - df + 0.5) / (df + 0.5)), n = 4 documents.
    ['kiwi', 0, Math.log(1 + 4.5 / 0.5)],
    ['apple', 1, Math.log(1 + 3.5 / 1.5)],
    ['orange', 2, Math.log(1 + 2.5 / 2.5)],
    ['banana', 3, Math.log(1 + 1.5 / 3.5)],
    ['pear', 4, Math.log(1 + 0.5 / 4.5)],
  ])('%s (in %i documents) weighs %f', (term, _df, expected) => {
    expect(index.idf(term)).toBeCloseTo(expected, 12);
  });

  it('weighs a rarer term more, and a term no document has most', () => {
    const weights = ['kiwi', 'apple', 'orange', 'banana', 'pear'].map((t) => index.idf(t));
    for (let i = 1; i < weights.length; i++) expect(weights[i]).toBeLessThan(weights[i - 1] as number);
    expect(index.idf('pear')).toBeGreaterThan(0);
  });

  it('knows which terms it has', () => {
    expect(index.has('apple')).toBe(true);
    expect(index.has('kiwi')).toBe(false);
    expect(index.size).toBe(4);
  });

  it('refuses documents once frozen', () => {
    expect(() => index.add('passage', 'late', ['apple'])).toThrow(/frozen/);
  });
});

describe('TermIndex.search', () => {
  const docs = [['apple', 'orange'], ['apple', 'banana', 'pear'], ['pear'], ['orange', 'banana']];
  const index = indexFor(docs);
  const idf = (t: string) => index.idf(t);

  it('returns only the documents sharing a term, with the idf of the shared terms', () => {
    const hits = byRef(index.search(['apple', 'kiwi'], idf('apple') + idf('kiwi')));
    expect(Object.keys(hits)).toEqual(['d0', 'd1']);
    expect(hits.d0?.matched).toBeCloseTo(idf('apple'), 12);
    expect(hits.d1?.matched).toBeCloseTo(idf('apple'), 12);
  });

  it.each([
    // question terms, document, matched terms
    [['apple', 'orange'], 'd0', ['apple', 'orange']],
    [['apple', 'orange'], 'd1', ['apple']],
    [['apple', 'orange'], 'd3', ['orange']],
    [['banana', 'pear'], 'd1', ['banana', 'pear']],
    [['banana', 'pear'], 'd2', ['pear']],
  ])('%j on %s: coverage of the question and of the document', (question, ref, shared) => {
    const questionWeight = question.reduce((sum, t) => sum + idf(t), 0);
    const hit = byRef(index.search(question, questionWeight))[ref];
    const docWeight = (docs[Number(ref.slice(1))] as string[]).reduce((sum, t) => sum + idf(t), 0);
    const matched = shared.reduce((sum, t) => sum + idf(t), 0);
    expect(hit?.doc.weight).toBeCloseTo(docWeight, 12);
    expect(hit?.matched).toBeCloseTo(matched, 12);
    expect(hit?.questionCoverage).toBeCloseTo(matched / questionWeight, 12);
    expect(hit?.docCoverage).toBeCloseTo(matched / docWeight, 12);
  });

  it('gives full coverage both ways when question and document have the same terms', () => {
    const hit = byRef(index.search(['apple', 'orange'], idf('apple') + idf('orange'))).d0;
    expect(hit?.questionCoverage).toBeCloseTo(1, 12);
    expect(hit?.docCoverage).toBeCloseTo(1, 12);
  });

  it('counts unknown question words in the question weight: they lower the question coverage', () => {
    const known = idf('apple') + idf('orange');
    const hit = byRef(index.search(['apple', 'orange'], known + 4)).d0;
    expect(hit?.questionCoverage).toBeCloseTo(known / (known + 4), 12);
    expect(hit?.docCoverage).toBeCloseTo(1, 12);
  });

  it('reports no question coverage for a question of weight 0', () => {
    for (const hit of index.search(['apple'], 0)) expect(hit.questionCoverage).toBe(0);
  });

  it('returns nothing for terms no document has', () => {
    expect(index.search(['kiwi', 'mango'], 10)).toEqual([]);
  });

  it('gives the same figures on a repeated search (its scratch scores are reset)', () => {
    const weight = idf('apple') + idf('pear');
    const first = byRef(index.search(['apple', 'pear'], weight));
    const again = byRef(index.search(['apple', 'pear'], weight));
    expect(again).toEqual(first);
  });
});

describe('TermIndex.search: common terms', () => {
  // "common" is in every document, "rare" in d1 only, "mid" in d2, d3 and d4.
  const docs = Array.from({ length: 6 }, (_, i) => [
    'common',
    ...(i === 1 ? ['rare'] : []),
    ...(i >= 2 && i <= 4 ? ['mid'] : []),
  ]);
  const exact = indexFor(docs, Number.POSITIVE_INFINITY);
  /** Terms in more than 3 documents only score candidates. */
  const capped = indexFor(docs, 3);
  const weight = (terms: string[]) => terms.reduce((sum, t) => sum + exact.idf(t), 0);

  it('takes candidates from the selective terms only, and scores them on the common ones too', () => {
    const question = ['common', 'rare'];
    const hits = capped.search(question, weight(question));
    expect(hits.map((h) => h.doc.ref)).toEqual(['d1']);
    const reference = byRef(exact.search(question, weight(question))).d1;
    expect(hits[0]?.matched).toBeCloseTo(reference?.matched as number, 12);
    expect(hits[0]?.questionCoverage).toBeCloseTo(1, 12);
    // The exact index brings in every document that has "common".
    expect(exact.search(question, weight(question))).toHaveLength(6);
  });

  it('with only common words, the rarest brings the candidates and the others score them', () => {
    // "mid" (3 documents) is selective under a cap of 3; lower the cap so both are common.
    const index = indexFor(docs, 2);
    const question = ['common', 'mid'];
    const hits = byRef(index.search(question, weight(question)));
    expect(Object.keys(hits)).toEqual(['d2', 'd3', 'd4']);
    const reference = byRef(exact.search(question, weight(question)));
    for (const ref of ['d2', 'd3', 'd4'])
      expect(hits[ref]?.matched).toBeCloseTo(reference[ref]?.matched as number, 12);
  });

  it('keeps at most 600 candidates for common words, the documents added last first', () => {
    const many = Array.from({ length: 700 }, () => ['everywhere']);
    const index = indexFor(many, 10);
    const hits = index.search(['everywhere'], index.idf('everywhere'));
    expect(hits).toHaveLength(600);
    const refs = new Set(hits.map((h) => h.doc.ref));
    expect(refs.has('d699')).toBe(true);
    expect(refs.has('d100')).toBe(true);
    expect(refs.has('d99')).toBe(false);
    // Without the cap every document is a candidate.
    expect(indexFor(many, Number.POSITIVE_INFINITY).search(['everywhere'], 1)).toHaveLength(700);
  });
});

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('topK', () => {
  interface Item {
    id: string;
    score: number;
  }
  const score = (x: Item) => x.score;
  const byId = (a: Item, b: Item) => a.id.localeCompare(b.id);
  const fullSort = (items: readonly Item[], k: number, tie: (a: Item, b: Item) => number) =>
    [...items].sort((a, b) => b.score - a.score || tie(a, b)).slice(0, k);

  it.each([
    // [items, k]: both the full-sort path (items <= 4k) and the sliding window (items > 4k)
    [1, 1],
    [5, 1],
    [5, 3],
    [12, 3],
    [13, 3],
    [100, 1],
    [100, 7],
    [1000, 64],
    [50, 50],
    [50, 200],
  ])('%i items, k = %i: the same as a full sort, ties broken by the tie function', (n, k) => {
    const next = random(n * 1000 + k);
    for (let round = 0; round < 20; round++) {
      // Few distinct scores: many ties.
      const items = Array.from({ length: n }, (_, i) => ({ id: `i${i}`, score: Math.floor(next() * 8) }));
      const shuffled = shuffle(items, next);
      expect(topK(shuffled, k, score, byId)).toEqual(fullSort(shuffled, k, byId));
    }
  });

  it('keeps the input order among ties when the tie function says they are equal', () => {
    const next = random(7);
    for (const n of [10, 100, 1000]) {
      const items = Array.from({ length: n }, (_, i) => ({ id: `i${i}`, score: Math.floor(next() * 3) }));
      expect(topK(items, 5, score, () => 0)).toEqual(fullSort(items, 5, () => 0));
    }
  });

  it('returns everything, best first, when k is larger than the list or Infinity', () => {
    const items = [
      { id: 'a', score: 1 },
      { id: 'b', score: 3 },
      { id: 'c', score: 2 },
    ];
    expect(topK(items, Number.POSITIVE_INFINITY, score, byId).map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(topK(items, 10, score, byId).map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(topK([], 3, score, byId)).toEqual([]);
  });

  it('does not change the list it is given', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: `i${i}`, score: i % 5 }));
    const copy = structuredClone(items);
    topK(items, 3, score, byId);
    expect(items).toEqual(copy);
  });
});

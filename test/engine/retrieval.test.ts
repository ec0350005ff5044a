/**
 * The inverted index on its own, on tiny hand-made documents (MiniSearch-style): idf ordering,
 * the coverage figures a search returns, and the fast search against scoring every document:
 * the same k best in the same order, whatever order the documents were added in, on random
 * corpora where most documents share the question's common words.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  type Hit,
  type Ranker,
  SEARCH_WORK,
  type SearchQuery,
  type ShapeForm,
  shapeFunction,
  TermIndex,
} from '../../src/engine/retrieval.ts';

/** An index of passages named d0, d1, ... with these terms (each of source 0, or `sourceOf`), frozen. */
function indexFor(docs: readonly string[][], maxIdf?: number, sourceOf = (_doc: number) => 0): TermIndex {
  const index = new TermIndex(maxIdf);
  for (const [i, terms] of docs.entries()) index.add('passage', `d${i}`, terms, undefined, sourceOf(i));
  return index.freeze();
}

/** Every document sharing a term, scored on its question coverage. */
const everything: Ranker = { kind: 'passage', k: Number.POSITIVE_INFINITY, shape: (qc) => qc };

function search(index: TermIndex, terms: string[], questionWeight: number, ranker: Ranker = everything) {
  return index.search({ terms, questionWeight }, ranker);
}

/** A hit's figures (its document's terms are a view, compared by what it holds). */
const plain = ({ doc, ...figures }: Hit) => ({
  ...figures,
  ref: doc.ref,
  weight: doc.weight,
  terms: [...doc.terms],
});

const byRef = (hits: readonly Hit[]) =>
  Object.fromEntries(
    hits.map((h) => [h.doc.ref, plain(h)]).sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

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

  it('caps a weight at maxIdf, and only the weights above it', () => {
    const capped = indexFor(
      [['apple', 'orange', 'banana', 'pear'], ['orange', 'banana', 'pear'], ['banana', 'pear'], ['pear']],
      1,
    );
    expect(capped.idf('kiwi')).toBe(1);
    expect(capped.idf('apple')).toBe(1);
    expect(capped.idf('orange')).toBeCloseTo(Math.log(1 + 2.5 / 2.5), 12);
    expect(capped.idf('pear')).toBeCloseTo(index.idf('pear'), 12);
  });
});

describe('TermIndex.idf, source by source', () => {
  /** An index of passages, each [source, terms], frozen. */
  const sourced = (docs: readonly [number, string[]][], maxIdf?: number) => {
    const index = new TermIndex(maxIdf);
    for (const [i, [source, terms]] of docs.entries())
      index.add('passage', `d${i}`, terms, undefined, source);
    return index.freeze();
  };
  const article: [number, string[]][] = [
    [0, ['russia', 'fail', 'condemn']],
    [0, ['russia', 'stunt']],
    [0, ['russia', 'churkin']],
    [0, ['power', 'say']],
  ];
  const bm25 = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

  it('weighs a word of one source as in that source alone, however many sources do not use it', () => {
    const alone = sourced(article);
    const other = (s: number): [number, string[]][] =>
      Array.from({ length: 50 }, (_, i) => [s, ['fail', `w${s}-${i}`, 'say']]);
    const grown = sourced([...article, ...other(1), ...other(2), ...other(3)]);
    for (const t of ['russia', 'churkin', 'stunt', 'condemn']) expect(grown.idf(t), t).toBe(alone.idf(t));
    // Counted over every document, "russia" (in 3 of 154) would outweigh "fail" (in 151).
    expect(grown.idf('russia')).toBeCloseTo(bm25(4, 3), 12);
    expect(grown.idf('russia')).toBeLessThan(bm25(154, 3));
  });

  it("weighs a word several sources use as the mean, over the documents holding it, of its idf in each one's source", () => {
    const index = sourced([...article, [1, ['fail', 'x']], [1, ['y']], [1, ['z']]]);
    // "fail": in 1 of 4 documents of source 0, in 1 of 3 of source 1.
    expect(index.idf('fail')).toBeCloseTo((bm25(4, 1) + bm25(3, 1)) / 2, 12);
    // Each document holding it counts once: "say" in 1 of 4 documents, and alone in three one-document sources.
    const small = sourced([...article, [1, ['say']], [2, ['say']], [3, ['say']]]);
    expect(small.idf('say')).toBeCloseTo((bm25(4, 1) + 3 * bm25(1, 1)) / 4, 12);
  });

  it('is the plain idf over every document when there is one source, whatever its number', () => {
    const plainIdf = indexFor(article.map(([, terms]) => terms));
    const one = sourced(article.map(([, terms]) => [3, terms]));
    for (const t of ['russia', 'fail', 'power', 'kiwi']) expect(one.idf(t), t).toBe(plainIdf.idf(t));
  });

  it("caps each source's weight at maxIdf", () => {
    const index = sourced([...article, [1, ['fail']], [1, ['a']], [1, ['b']], [1, ['c']]], 1.2);
    expect(index.idf('churkin')).toBe(1.2);
    expect(index.idf('fail')).toBeCloseTo(1.2, 12);
  });

  it('smooths a source with `sourcePrior` documents like the whole index: a small one weighs about as the whole', () => {
    const big = Array.from({ length: 200 }, (_, i): [number, string[]] => [
      0,
      [`b${i}`, i % 2 ? 'say' : 'x'],
    ]);
    const docs: [number, string[]][] = [...big, [1, ['flood', 'say']], [1, ['rain']]];
    const index = (prior: number) => {
      const built = new TermIndex(undefined, prior);
      for (const [i, [source, terms]] of docs.entries())
        built.add('passage', `d${i}`, terms, undefined, source);
      return built.freeze();
    };
    // "flood": once in the two documents of source 1, once in the 202 of the index.
    expect(index(0).idf('flood')).toBeCloseTo(bm25(2, 1), 12);
    expect(index(100).idf('flood')).toBeCloseTo(bm25(102, 1 + 100 / 202), 12);
    expect(index(100).idf('flood')).toBeGreaterThan(0.75 * bm25(202, 1));
    // A word of the large source stays close to what it weighs there.
    expect(Math.abs(index(100).idf('b7') - bm25(200, 1))).toBeLessThan(0.2);
  });

  it('gives the same weights before freeze(), and after carrying documents into a new index', () => {
    const docs: [number, string[]][] = [...article, [1, ['fail', 'x']], [1, ['say', 'y']], [2, ['say']]];
    const frozen = sourced(docs);
    const building = new TermIndex();
    for (const [i, [source, terms]] of docs.entries())
      building.add('passage', `d${i}`, terms, undefined, source);
    const carried = frozen.carry(5);
    for (const [i, [source, terms]] of docs.slice(5).entries())
      carried.add('passage', `d${i + 5}`, terms, undefined, source);
    for (const t of ['russia', 'fail', 'say', 'x', 'kiwi'])
      expect(building.idf(t), t).toBeCloseTo(frozen.idf(t), 12);
    carried.freeze();
    for (const t of ['russia', 'fail', 'say', 'x', 'kiwi']) expect(carried.idf(t), t).toBe(frozen.idf(t));
  });
});

describe('TermIndex.rareIdf: what a word found in one document weighs', () => {
  const bm25 = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

  it('is the weight of a word held by one document: with one source, the plain idf of one document among all', () => {
    const index = indexFor([['a', 'only'], ['a'], ['a', 'b'], ['b']]);
    expect(index.rareIdf()).toBe(index.idf('only'));
    expect(index.rareIdf()).toBeCloseTo(bm25(4, 1), 12);
  });

  it("with several sources, each source's smoothed weight of one document, averaged over the documents", () => {
    // Source 0: 3 documents, source 1: 5 (the "once" words are each in one document).
    const docs = [['once0', 'x'], ['x'], ['y'], ['once1', 'z'], ['z'], ['z'], ['y'], ['y']];
    const index = new TermIndex(undefined, 10);
    for (const [i, terms] of docs.entries()) index.add('passage', `d${i}`, terms, undefined, i < 3 ? 0 : 1);
    const building = index.rareIdf();
    index.freeze();
    const inSource = (size: number) => bm25(size + 10, 1 + 10 / 8);
    expect(index.rareIdf()).toBeCloseTo((3 * inSource(3) + 5 * inSource(5)) / 8, 12);
    expect(building).toBeCloseTo(index.rareIdf(), 12);
    // The weight a word found once in one source has (termIdfs), in either source.
    expect(index.idf('once0')).toBeCloseTo(inSource(3), 12);
    expect(index.idf('once1')).toBeCloseTo(inSource(5), 12);
  });

  it('grows with the size of the sources, up to maxIdf', () => {
    const sized = (n: number) =>
      indexFor(
        Array.from({ length: n }, (_, i) => [`w${i}`, 'common']),
        6,
      );
    expect(sized(20).rareIdf()).toBeLessThan(sized(200).rareIdf());
    expect(sized(5000).rareIdf()).toBe(6);
  });
});

describe('TermIndex.search', () => {
  const docs = [['apple', 'orange'], ['apple', 'banana', 'pear'], ['pear'], ['orange', 'banana']];
  const index = indexFor(docs);
  const idf = (t: string) => index.idf(t);

  it('returns only the documents sharing a term, with the idf of the shared terms', () => {
    const hits = byRef(search(index, ['apple', 'kiwi'], idf('apple') + idf('kiwi')));
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
    const hit = byRef(search(index, question, questionWeight))[ref];
    const docWeight = (docs[Number(ref.slice(1))] as string[]).reduce((sum, t) => sum + idf(t), 0);
    const matched = shared.reduce((sum, t) => sum + idf(t), 0);
    expect(hit?.weight).toBeCloseTo(docWeight, 12);
    expect(hit?.matched).toBeCloseTo(matched, 12);
    expect(hit?.questionCoverage).toBeCloseTo(matched / questionWeight, 12);
    expect(hit?.docCoverage).toBeCloseTo(matched / docWeight, 12);
  });

  it('gives full coverage both ways when question and document have the same terms', () => {
    const hit = byRef(search(index, ['apple', 'orange'], idf('apple') + idf('orange'))).d0;
    expect(hit?.questionCoverage).toBeCloseTo(1, 12);
    expect(hit?.docCoverage).toBeCloseTo(1, 12);
  });

  it('counts unknown question words in the question weight: they lower the question coverage', () => {
    const known = idf('apple') + idf('orange');
    const hit = byRef(search(index, ['apple', 'orange'], known + 4)).d0;
    expect(hit?.questionCoverage).toBeCloseTo(known / (known + 4), 12);
    expect(hit?.docCoverage).toBeCloseTo(1, 12);
  });

  it('reports no question coverage for a question of weight 0', () => {
    for (const hit of search(index, ['apple'], 0)) expect(hit.questionCoverage).toBe(0);
  });

  it('returns nothing for terms no document has', () => {
    expect(search(index, ['kiwi', 'mango'], 10)).toEqual([]);
  });

  it('gives the same figures on a repeated search (its scratch marks are reset)', () => {
    const weight = idf('apple') + idf('pear');
    const first = byRef(search(index, ['apple', 'pear'], weight));
    const again = byRef(search(index, ['apple', 'pear'], weight));
    expect(again).toEqual(first);
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

describe('TermIndex.search: the k best, found without scoring everything', () => {
  /** A seeded random corpus: a few common words in most documents, many rare ones, varied lengths. */
  function corpus(seed: number, n: number): string[][] {
    const next = random(seed);
    const common = ['c0', 'c1', 'c2', 'c3', 'c4'];
    return Array.from({ length: n }, () => {
      const terms = common.filter((_, i) => next() < 0.6 / (i + 1));
      const extra = 1 + Math.floor(next() * 12);
      for (let i = 0; i < extra; i++) terms.push(`r${Math.floor(next() ** 2 * n)}`);
      return terms;
    });
  }

  const rankers: [string, Omit<Ranker, 'k'>][] = [
    ['passage-like', { kind: 'passage', shape: (qc, dc) => qc * (0.8 + 0.2 * dc) }],
    ['curated-like', { kind: 'passage', shape: (qc, dc) => qc ** 0.7 * dc ** 0.3 }],
    [
      'cut at 60% of the best',
      { kind: 'passage', shape: (qc, dc) => qc * (0.8 + 0.2 * dc), relative: 0.6, keep: 3 },
    ],
    [
      'boosted',
      { kind: 'passage', shape: (qc) => qc, boost: (g) => (g % 7 === 0 ? 1.15 : 1), maxBoost: 1.15 },
    ],
    [
      'boosted by group and by document',
      {
        kind: 'passage',
        shape: (qc, dc) => qc ** 0.7 * dc ** 0.3,
        boost: (g, d) => (g % 7 === 0 ? 1.15 : 1) * (d % 5 === 0 ? 1.1 : 1),
        maxBoost: 1.15 * 1.1,
      },
    ],
    // As rank.ts ranks: the shape as a formula the search works out without a call.
    ['passage-like, as a formula', withForm({ kind: 'linear', base: 0.8 })],
    [
      'curated-like, as a formula, boosted',
      {
        ...withForm({ kind: 'power', exponent: 0.7 }),
        boost: (g, d) => (g % 7 === 0 ? 1.15 : 1) * (d % 5 === 0 ? 1.1 : 1),
        maxBoost: 1.15 * 1.1,
      },
    ],
  ];

  function withForm(form: ShapeForm): Omit<Ranker, 'k'> {
    return { kind: 'passage', shape: shapeFunction(form), form };
  }

  it('a shape given as a formula: the same hits and figures as the same shape as a function', () => {
    const next = random(7);
    const index = indexFor(corpus(4, 3000));
    const forms: [ShapeForm, Ranker['shape']][] = [
      [{ kind: 'linear', base: 0.8 }, (qc, dc) => qc * (0.8 + (1 - 0.8) * dc)],
      [{ kind: 'power', exponent: 0.7 }, (qc, dc) => qc ** 0.7 * dc ** (1 - 0.7)],
    ];
    for (const [form, shape] of forms)
      for (let round = 0; round < 20; round++) {
        const terms = [
          ...['c0', 'c1', 'c2', 'c3', 'c4'].filter(() => next() < 0.5),
          `r${Math.floor(next() * 3000)}`,
        ];
        const query: SearchQuery = { terms, questionWeight: terms.reduce((sum, t) => sum + index.idf(t), 0) };
        for (const k of [1, 64, Number.POSITIVE_INFINITY]) {
          const byFunction = index.search(query, { kind: 'passage', k, shape }).map(plain);
          expect(
            index.search(query, { kind: 'passage', k, shape: shapeFunction(form), form }).map(plain),
          ).toEqual(byFunction);
          expect(index.search(query, { kind: 'passage', k, shape: shapeFunction(form) }).map(plain)).toEqual(
            byFunction,
          );
        }
      }
  });

  it.each(rankers)('%s: the same hits in the same order as scoring every document', (_name, ranker) => {
    const next = random(99);
    for (const seed of [1, 2, 3]) {
      const docs = corpus(seed, 3000);
      // The third corpus is six sources (term weights counted source by source).
      const index = seed === 3 ? indexFor(docs, undefined, (i) => Math.floor(i / 500)) : indexFor(docs);
      for (let round = 0; round < 30; round++) {
        // Questions of common words only, of common and rare words, of rare words only.
        const terms = [
          ...['c0', 'c1', 'c2', 'c3', 'c4'].filter(() => next() < 0.5),
          ...Array.from({ length: Math.floor(next() * 3) }, () => `r${Math.floor(next() * 3000)}`),
        ];
        if (terms.length === 0) terms.push('c1');
        // Every other round, the story around the question: score-only terms, common and rare,
        // weighing less than the question's own (as rank.ts weighs them).
        const scoreOnly =
          round % 2 === 1
            ? [
                ...['c0', 'c2', 'c3'].filter((t) => !terms.includes(t) && next() < 0.5),
                ...Array.from({ length: 1 + Math.floor(next() * 4) }, () => `r${Math.floor(next() * 3000)}`),
              ].filter((t) => !terms.includes(t))
            : [];
        const query: SearchQuery = {
          terms,
          scoreOnly,
          factors: new Map(scoreOnly.map((t) => [t, 0.25])),
          questionWeight: terms.reduce((sum, t) => sum + index.idf(t), 0) + (next() < 0.3 ? 4 : 0),
        };
        const k = [1, 5, 64][round % 3] as number;
        // Every fifth round, a floor under which nothing is of use.
        const floor = round % 5 === 4 ? 0.5 : undefined;
        let all = index.search(query, { ...ranker, k: Number.POSITIVE_INFINITY });
        if (floor !== undefined) all = all.filter((h) => h.score >= floor);
        if (ranker.relative) {
          const cut = ranker.relative * (all[0]?.score ?? 0);
          all = all.filter((h, i) => i < (ranker.keep ?? 1) || h.score >= cut);
        }
        const fast = index.search(query, { ...ranker, k, ...(floor !== undefined && { floor }) });
        if (floor !== undefined && all.length === 0) {
          expect(fast).toEqual([]);
          continue;
        }
        expect(fast.length).toBeGreaterThan(0);
        expect(
          fast.map((h) => h.doc.ref),
          `${terms} k=${k}`,
        ).toEqual(all.slice(0, k).map((h) => h.doc.ref));
        expect(fast.map((h) => h.score)).toEqual(all.slice(0, k).map((h) => h.score));
        expect(
          index
            .search(query, { ...ranker, k, exhaustive: true, ...(floor !== undefined && { floor }) })
            .map(plain),
        ).toEqual(fast.map(plain));
      }
    }
  });

  it("a whole document's terms as the question (same-claim's search), with a floor: the same hits as scoring every document", () => {
    // Many lists, long and short: the search gives way to adding the weights up list by list.
    const docs = corpus(4, 3000);
    const index = indexFor(docs);
    const ranker: Omit<Ranker, 'k'> = { kind: 'passage', shape: (qc, dc) => qc * dc };
    for (let d = 0; d < 3000; d += 97) {
      const terms = [...new Set(docs[d])];
      const query: SearchQuery = { terms, questionWeight: terms.reduce((sum, t) => sum + index.idf(t), 0) };
      for (const floor of [0, 0.05, 0.196]) {
        const all = index
          .search(query, { ...ranker, k: Number.POSITIVE_INFINITY })
          .filter((h) => h.score >= floor);
        const fast = index.search(query, { ...ranker, k: 4, floor });
        expect(fast.map(plain), `d${d} floor ${floor}`).toEqual(all.slice(0, 4).map(plain));
      }
    }
  });

  it("TermIndex.closest (a passage's neighbours): the same documents as search() scoring every document", () => {
    // Curated wordings among the passages (another kind: never among the neighbours), one and six
    // sources, and a document that is a copy of another (ties go to the one added first).
    for (const sources of [1, 6]) {
      const docs = corpus(6 + sources, 3000);
      docs[1500] = [...(docs[40] as string[])];
      const index = new TermIndex(undefined, sources > 1 ? 100 : 0);
      for (const [i, terms] of docs.entries())
        index.add(
          i % 10 === 9 ? 'qa' : 'passage',
          `d${i}`,
          terms,
          undefined,
          Math.floor(i / (3000 / sources)),
        );
      index.freeze();
      const ranker: Omit<Ranker, 'k'> = { kind: 'passage', shape: (qc, dc) => qc * dc };
      for (let d = 0; d < 3000; d += 37) {
        // The question search() is given: every term of the document, its weight their idf summed in order.
        const terms = [...index.termsOf(d)];
        const query: SearchQuery = { terms, questionWeight: terms.reduce((sum, t) => sum + index.idf(t), 0) };
        for (const floor of [0.05, 0.196, 0.5])
          for (const k of [1, 4, 10]) {
            const all = index.search(query, { ...ranker, k, floor, exhaustive: true }).map((h) => h.doc.id);
            expect(index.closest(d, 'passage', k, floor), `d${d} floor ${floor} k ${k}`).toEqual(all);
          }
      }
      expect(index.closest(40, 'passage', 2, 0.196)).toEqual([40, 1500]);
      expect(index.closest(1500, 'passage', 2, 0.196)).toEqual([40, 1500]);
    }
  });

  it('a long story around a question of one common word: the same hits as scoring every document', () => {
    // "Mabreir on the harbour: what was said?" in a long message: the question's one common word
    // brings candidates in, the story's many words (common and rare) only add to their score.
    const docs = corpus(5, 3000);
    const index = indexFor(docs);
    const next = random(7);
    for (let round = 0; round < 40; round++) {
      const terms = [['c0', 'c1', 'c2'][round % 3] as string];
      const scoreOnly = [
        ...['c0', 'c1', 'c2', 'c3', 'c4'].filter((t) => t !== terms[0] && next() < 0.6),
        ...Array.from({ length: 4 + Math.floor(next() * 12) }, () => `r${Math.floor(next() * 3000)}`),
      ];
      const query: SearchQuery = {
        terms,
        scoreOnly,
        factors: new Map(scoreOnly.map((t) => [t, 0.1])),
        questionWeight: index.idf(terms[0] as string) + (round % 2) * 3,
      };
      const ranker: Omit<Ranker, 'k'> = {
        kind: 'passage',
        shape: (qc, dc) => qc * (0.8 + 0.2 * dc),
        relative: 0.6,
        boost: (_g, doc) => (doc % 3 === 0 ? 1.15 : 1),
        maxBoost: 1.15,
      };
      const every = index.search(query, { ...ranker, k: Number.POSITIVE_INFINITY });
      const cut = 0.6 * (every[0]?.score ?? 0);
      const all = every.filter((h, i) => i < 1 || h.score >= cut);
      const fast = index.search(query, { ...ranker, k: 64 });
      expect(fast.map(plain), `round ${round}`).toEqual(all.slice(0, 64).map(plain));
    }
  });

  it('a boost that stops before its last factor of at most 1 under the score to reach: the same hits', () => {
    // rank.ts works out whose a thing a sentence names (ownerOther: its words read) last, and not
    // for a document its other factors leave under the score the search gives it to reach.
    const index = indexFor(corpus(9, 3000));
    const next = random(11);
    const other = (doc: number) => (doc % 4 === 1 ? 0.7 : 1);
    const sure = (doc: number) => (doc % 3 === 0 ? 1.15 : 1) * (doc % 5 === 2 ? 0.7 : 1);
    let skipped = 0;
    for (let round = 0; round < 30; round++) {
      const terms = [
        ...['c0', 'c1', 'c2', 'c3', 'c4'].filter(() => next() < 0.5),
        `r${Math.floor(next() * 3000)}`,
      ];
      const query: SearchQuery = { terms, questionWeight: terms.reduce((sum, t) => sum + index.idf(t), 0) };
      const ranker = (early: boolean): Ranker => ({
        kind: 'passage',
        k: 64,
        shape: (qc, dc) => qc * (0.8 + 0.2 * dc),
        relative: 0.6,
        keep: 3,
        maxBoost: 1.15,
        boost: (_g, doc, base, at) => {
          const first = sure(doc);
          if (early && base * first < at) return first;
          worked++;
          return first * other(doc);
        },
      });
      let worked = 0;
      const whole = index.search(query, ranker(false));
      const wholeWorked = worked;
      worked = 0;
      const early = index.search(query, ranker(true));
      expect(early.map(plain), `round ${round}`).toEqual(whole.map(plain));
      expect(worked).toBeLessThanOrEqual(wholeWorked);
      skipped += wholeWorked - worked;
      // And as scoring every document.
      const every = index.search(query, { ...ranker(false), k: Number.POSITIVE_INFINITY });
      const cut = 0.6 * (every[0]?.score ?? 0);
      const all = every.filter((h, i) => i < 3 || h.score >= cut);
      expect(early.map(plain), `round ${round}`).toEqual(all.slice(0, 64).map(plain));
    }
    // The last factor was left out for some documents.
    expect(skipped).toBeGreaterThan(0);
  });

  it('one list longer than the others together, read after them: the same hits, and no document bounded twice', () => {
    // A long message's passages: the lists of the rare words read first, then the long list of a
    // word in a quarter of the documents if the threshold they reach leaves it of use. The
    // documents found in the first reading are all decided there (scored, or bounded under the
    // threshold with every list counted): the second bounds only the documents it did not find, so
    // that both together bound no more documents than hold a term bringing candidates in (here the
    // first reads only those lists; bounding them again in the second, the count went over).
    const next = random(12);
    const docs = Array.from({ length: 6000 }, () => {
      const terms: string[] = [];
      if (next() < 0.25) terms.push('m');
      for (const [t, share] of [
        ['s1', 0.5],
        ['s2', 0.4],
        ['s3', 0.3],
      ] as const)
        if (next() < share) terms.push(t);
      const extra = 1 + Math.floor(next() * 12);
      for (let i = 0; i < extra; i++) terms.push(`r${Math.floor(next() ** 2 * 6000)}`);
      return terms;
    });
    const index = indexFor(docs);
    const accumulate = vi.spyOn(TermIndex.prototype as unknown as { accumulate: () => void }, 'accumulate');
    let twice = 0;
    for (let round = 0; round < 40; round++) {
      const rare = Array.from(
        { length: 1 + Math.floor(next() * 3) },
        () => `r${Math.floor(next() ** 2 * 6000)}`,
      );
      const terms = ['m', ...rare];
      const scoreOnly = [
        's1',
        's2',
        's3',
        ...Array.from({ length: 2 + Math.floor(next() * 8) }, () => `r${Math.floor(next() * 6000)}`),
      ];
      const query: SearchQuery = {
        terms,
        scoreOnly,
        factors: new Map([...rare.map((t) => [t, 0.2] as const), ...scoreOnly.map((t) => [t, 0.3] as const)]),
        questionWeight: 20,
      };
      const ranker: Omit<Ranker, 'k'> = {
        kind: 'passage',
        shape: (qc, dc) => qc * (0.8 + 0.2 * dc),
        relative: 0.6,
      };
      const every = index.search(query, { ...ranker, k: Number.POSITIVE_INFINITY });
      const cut = 0.6 * (every[0]?.score ?? 0);
      const all = every.filter((h, i) => i < 1 || h.score >= cut);
      const bounded = SEARCH_WORK.bounded;
      const calls = accumulate.mock.calls.length;
      const fast = index.search(query, { ...ranker, k: 64 });
      expect(fast.map(plain), `round ${round}`).toEqual(all.slice(0, 64).map(plain));
      const found = new Set<number>();
      for (const t of terms) for (const d of index.docsWith('passage', t)) found.add(d);
      expect(SEARCH_WORK.bounded - bounded, `round ${round}`).toBeLessThanOrEqual(found.size);
      if (accumulate.mock.calls.length - calls === 2) twice++;
    }
    accumulate.mockRestore();
    // (Most rounds read the long list after the others.)
    expect(twice).toBeGreaterThan(20);
  });

  it("the story's long lists read back by their bits for the documents found: the same hits as scoring every document, each list's bits made once", () => {
    // A long message: the question's words bring a few thousand documents in, the story's common
    // words (each in thousands of documents) are not read through but looked up, a bit a
    // document, for the documents found; the bits are kept for the next searches.
    const next = random(31);
    const docs = Array.from({ length: 8000 }, () => {
      const terms: string[] = [];
      for (const [t, share] of [
        ['q1', 0.2],
        ['q2', 0.15],
        ['s1', 0.3],
        ['s2', 0.25],
        ['s3', 0.2],
        ['s4', 0.12],
      ] as const)
        if (next() < share) terms.push(t);
      const extra = 1 + Math.floor(next() * 12);
      for (let i = 0; i < extra; i++) terms.push(`r${Math.floor(next() ** 2 * 8000)}`);
      return terms;
    });
    const index = indexFor(docs);
    const bitsetOf = vi.spyOn(TermIndex.prototype as unknown as { bitsetOf: () => Uint32Array }, 'bitsetOf');
    for (let round = 0; round < 30; round++) {
      const terms = [
        ...['q1', 'q2'].filter((_, i) => i === round % 2 || next() < 0.5),
        ...Array.from({ length: Math.floor(next() * 3) }, () => `r${Math.floor(next() ** 2 * 8000)}`),
      ];
      const scoreOnly = [
        ...['s1', 's2', 's3', 's4'].filter(() => next() < 0.8),
        ...Array.from({ length: 2 + Math.floor(next() * 8) }, () => `r${Math.floor(next() * 8000)}`),
      ];
      const query: SearchQuery = {
        terms,
        scoreOnly,
        factors: new Map(scoreOnly.map((t) => [t, 0.2 + 0.1 * (round % 3)])),
        questionWeight: 8 + (round % 4),
      };
      const ranker: Omit<Ranker, 'k'> = {
        kind: 'passage',
        shape: (qc, dc) => qc * (0.8 + 0.2 * dc),
        form: { kind: 'linear', base: 0.8 },
        relative: 0.6,
      };
      const every = index.search(query, { ...ranker, k: Number.POSITIVE_INFINITY });
      const cut = 0.6 * (every[0]?.score ?? 0);
      const all = every.filter((h, i) => i < 1 || h.score >= cut);
      const fast = index.search(query, { ...ranker, k: 64 });
      expect(fast.map(plain), `round ${round}`).toEqual(all.slice(0, 64).map(plain));
    }
    // Read by their bits, and each list's bits made once (the same set returned again after).
    const made = new Set(bitsetOf.mock.results.map((r) => r.value));
    bitsetOf.mockRestore();
    expect(made.size).toBeGreaterThan(0);
    expect(made.size).toBeLessThanOrEqual(6);
  });

  it("a common word's documents among a story's light words: those too heavy to reach the threshold, whatever they share, dropped before their bound is worked out", () => {
    // "X on the Y: what was said?" in a long message: "said" brings in most documents, the story's
    // words (each in a few hundred, weighing a little) only add to their score, and every document
    // weighs many times what it can share. A document found shares at most what every list adds,
    // and weighs at least the lightest found: most fall under the threshold on that alone.
    const next = random(41);
    const docs = Array.from({ length: 6000 }, () => {
      const terms: string[] = [];
      if (next() < 0.6) terms.push('said');
      // Two rare words of the story (their documents set the threshold early), eight common ones.
      for (let s = 0; s < 10; s++)
        if (next() < (s < 2 ? 0.005 * (s + 1) : 0.06 + 0.01 * (s % 4))) terms.push(`s${s}`);
      const extra = 6 + Math.floor(next() * 14);
      for (let i = 0; i < extra; i++) terms.push(`r${Math.floor(next() ** 2 * 6000)}`);
      return terms;
    });
    const index = indexFor(docs);
    let weighed = 0;
    let found = 0;
    for (let round = 0; round < 20; round++) {
      const scoreOnly = Array.from({ length: 10 }, (_, s) => `s${s}`).filter((_, s) => s < 2 || next() < 0.8);
      const query: SearchQuery = {
        terms: ['said'],
        scoreOnly,
        factors: new Map(scoreOnly.map((t) => [t, 0.02 + 0.01 * (round % 3)])),
        questionWeight: index.idf('said'),
      };
      const ranker: Omit<Ranker, 'k'> = {
        kind: 'passage',
        shape: (qc, dc) => qc * (0.8 + 0.2 * dc),
        form: { kind: 'linear', base: 0.8 },
        relative: 0.6,
      };
      const every = index.search(query, { ...ranker, k: Number.POSITIVE_INFINITY });
      const cut = 0.6 * (every[0]?.score ?? 0);
      const all = every.filter((h, i) => i < 1 || h.score >= cut);
      const before = { weighed: SEARCH_WORK.weighed, bounded: SEARCH_WORK.bounded };
      const fast = index.search(query, { ...ranker, k: 64 });
      expect(fast.map(plain), `round ${round}`).toEqual(all.slice(0, 64).map(plain));
      weighed += SEARCH_WORK.weighed - before.weighed;
      found += SEARCH_WORK.bounded - before.bounded;
    }
    // Tens of thousands of documents found: 60% of them weighed (77% without the lightest one's
    // weight, which drops a document on what it shares alone).
    expect(found).toBeGreaterThan(10_000);
    expect(weighed).toBeLessThan(found * 0.7);
  });

  it('power shapes of two exponents in turn on one index: each the same hits as scoring every document', () => {
    // The search keeps each document's weight ** (exponent - 1) between searches (a bound without a
    // power a document): kept for one exponent, they must not serve another. Long questions, so
    // that the weights are added up list by list and thousands of documents bounded.
    const docs = corpus(8, 3000);
    const index = indexFor(docs);
    const next = random(11);
    for (let round = 0; round < 24; round++) {
      const exponent = [0.5, 0.7, 0.9][round % 3] as number;
      const form: ShapeForm = { kind: 'power', exponent };
      const terms = [
        ...['c0', 'c1', 'c2', 'c3', 'c4'].filter(() => next() < 0.7),
        ...Array.from({ length: 2 + Math.floor(next() * 6) }, () => `r${Math.floor(next() * 3000)}`),
      ];
      const scoreOnly = ['c0', 'c1', 'c2', 'c3', 'c4'].filter((t) => !terms.includes(t));
      const query: SearchQuery = {
        terms,
        scoreOnly,
        factors: new Map(scoreOnly.map((t) => [t, 0.3])),
        questionWeight: terms.reduce((sum, t) => sum + index.idf(t), 0),
      };
      const ranker: Omit<Ranker, 'k'> = { kind: 'passage', shape: shapeFunction(form), form, relative: 0.6 };
      const every = index.search(query, { ...ranker, k: Number.POSITIVE_INFINITY });
      const cut = 0.6 * (every[0]?.score ?? 0);
      const all = every.filter((h, i) => i < 1 || h.score >= cut);
      for (const k of [1, 64])
        expect(index.search(query, { ...ranker, k }).map(plain), `round ${round} k ${k}`).toEqual(
          all.slice(0, k).map(plain),
        );
    }
  });

  it('finds the best documents of a common word wherever they were added', () => {
    // 2,000 long documents with "common", and 3 short ones: the short ones score best.
    const docs = [
      ...Array.from({ length: 2000 }, (_, i) => ['common', `a${i}`, `b${i}`, `c${i}`]),
      ['common', 'x'],
      ['common'],
      ['common', 'y'],
    ];
    for (const order of [docs, [...docs].reverse()]) {
      const index = indexFor(order);
      const hits = search(index, ['common'], index.idf('common'), {
        kind: 'passage',
        k: 2,
        shape: (qc, dc) => qc * (0.8 + 0.2 * dc),
      });
      const texts = hits.map((h) => (order[Number(h.doc.ref.slice(1))] as string[]).join(' '));
      // Ties go to the document added first.
      expect(texts).toEqual(['common', order === docs ? 'common x' : 'common y']);
    }
  });

  it('returns one hit per curated entry, its best wording, and k entries at most', () => {
    const index = new TermIndex();
    // Entry 0 has two wordings, entry 1 one, entry 2 one that shares nothing; and a passage.
    index.add('qa', 'e0#0', ['apple', 'pear', 'plum'], 0);
    index.add('qa', 'e0#1', ['apple'], 0);
    index.add('qa', 'e1#0', ['apple', 'pear'], 1);
    index.add('qa', 'e2#0', ['kiwi'], 2);
    index.add('passage', 'p0', ['apple']);
    index.freeze();
    const ranker: Ranker = { kind: 'qa', k: 5, shape: (qc, dc) => qc ** 0.7 * dc ** 0.3 };
    const query = { terms: ['apple'], questionWeight: index.idf('apple') };
    expect(index.search(query, ranker).map((h) => h.doc.ref)).toEqual(['e0#1', 'e1#0']);
    expect(index.search(query, { ...ranker, k: 1 }).map((h) => h.doc.ref)).toEqual(['e0#1']);
    expect(index.search(query, { ...ranker, kind: 'passage' }).map((h) => h.doc.ref)).toEqual(['p0']);
  });

  it('lets score-only terms add to a candidate, never bring one in', () => {
    const index = indexFor([['apple', 'pear'], ['pear'], ['apple']]);
    const query: SearchQuery = { terms: ['apple'], scoreOnly: ['pear'], questionWeight: 10 };
    for (const k of [5, Number.POSITIVE_INFINITY]) {
      const hits = byRef(index.search(query, { ...everything, k }));
      expect(Object.keys(hits)).toEqual(['d0', 'd2']);
      expect(hits.d0?.matched).toBeCloseTo(index.idf('apple') + index.idf('pear'), 12);
    }
  });

  it('weighs a term by its factor', () => {
    const index = indexFor([['apple', 'pear'], ['pear']]);
    const factors = new Map([['pear', 0.5]]);
    const hits = byRef(index.search({ terms: ['apple', 'pear'], factors, questionWeight: 10 }, everything));
    expect(hits.d1?.matched).toBeCloseTo(index.idf('pear') * 0.5, 12);
  });
});

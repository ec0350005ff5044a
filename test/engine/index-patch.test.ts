/**
 * The index of a reload, carried from the one served and frozen by patching it where the
 * documents added differ (TermIndex.patching, issue 15), against the same documents indexed
 * afresh: every term's weight (the same float), document count and posting lists (the same
 * order), every document's weight, and the same search results, edit after edit; and it
 * patches only the edits it can (the same number of documents in each source).
 */
import { describe, expect, it } from 'vitest';
import { type DocKind, type Ranker, TermIndex } from '../../src/engine/retrieval.ts';

interface Doc {
  kind: DocKind;
  terms: string[];
  source: number;
}

/** A small random generator (mulberry32): the same documents at every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PASSAGES = 300;

/** Passages of three sources, then curated wordings: common words, rarer ones, and words of their own. */
function corpus(seed: number): Doc[] {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const words = (own: string) => [
    ...new Set([`c${pick(8)}`, `c${pick(8)}`, `r${pick(60)}`, `r${pick(60)}`, `${own}${pick(400)}`]),
  ];
  const passages = Array.from({ length: PASSAGES }, (_, i) => ({
    kind: 'passage' as const,
    terms: words('p'),
    source: i < 150 ? 0 : i < 250 ? 1 : 2,
  }));
  const wordings = Array.from({ length: 120 }, () => ({
    kind: 'qa' as const,
    terms: words('q'),
    source: pick(3),
  }));
  return [...passages, ...wordings];
}

function indexed(docs: readonly Doc[], into = new TermIndex(4, 100), from = 0): TermIndex {
  for (let i = from; i < docs.length; i++) {
    const d = docs[i] as Doc;
    into.add(d.kind, `d${i}`, d.terms, d.kind === 'qa' ? i >> 1 : undefined, d.source);
  }
  return into.freeze();
}

/** What a search or an answer can read of an index, for every term of the documents (and one absent). */
function figures(index: TermIndex, docs: readonly Doc[]) {
  const terms = [...new Set(docs.flatMap((d) => d.terms)), 'absent'].sort();
  return {
    terms: terms.map((t) => ({
      t,
      has: index.has(t),
      idf: index.idf(t),
      df: index.df(t),
      passages: [...index.docsWith('passage', t)],
      qa: [...index.docsWith('qa', t)],
    })),
    docs: docs.map((_, i) => ({ ...index.doc(i), terms: [...index.termsOf(i)] })),
  };
}

/** A search's hits, each document by position, ref and weight. */
const hits = (index: TermIndex, terms: string[]) =>
  index
    .search({ terms, questionWeight: 10 }, ranker)
    .map(({ doc, ...figures }) => ({ ...figures, id: doc.id, ref: doc.ref, weight: doc.weight }));

const ranker: Ranker = { kind: 'qa', k: 5, shape: (qc, dc) => qc * dc };

describe('TermIndex: a reload patched from the index served', () => {
  it('gives exactly the index built afresh, edit after edit, and patches every edit that keeps the documents of each source', () => {
    let docs = corpus(7);
    let served = indexed(docs);
    const next = random(11);
    const pick = (n: number) => Math.floor(next() * n);
    const wording = () => PASSAGES + pick(120);
    const edits: [string, (d: Doc[]) => void, boolean][] = [
      ['a word every source uses', (d) => void (d[wording()] as Doc).terms.push('c1'), true],
      ['a word no document has yet', (d) => void (d[wording()] as Doc).terms.push('brand-new'), true],
      [
        'the last use of a word removed',
        (d) => {
          for (const doc of d) doc.terms = doc.terms.filter((t) => t !== 'brand-new');
        },
        true,
      ],
      ['a passage word into a wording', (d) => void (d[wording()] as Doc).terms.push('p3'), true],
      [
        'a wording rewritten',
        (d) => {
          (d[wording()] as Doc).terms = ['c2', `r${pick(60)}`, 'q-rewritten'];
        },
        true,
      ],
      [
        'two wordings trading sources (as many in each)',
        (d) => {
          const a = d.find((x) => x.kind === 'qa' && x.source === 0) as Doc;
          const b = d.find((x) => x.kind === 'qa' && x.source === 2) as Doc;
          [a.source, b.source] = [b.source, a.source];
        },
        true,
      ],
      [
        'a wording moved to another source',
        (d) => {
          (d.find((x) => x.kind === 'qa' && x.source !== 2) as Doc).source = 2;
        },
        false,
      ],
      ['nothing changed', () => {}, true],
      ['a wording added', (d) => void d.push({ kind: 'qa', terms: ['c3', 'q-added'], source: 1 }), false],
      ['a word of its own in a wording', (d) => void (d[wording()] as Doc).terms.unshift('zz-first'), true],
      [
        "a word of the last wording in the first (its first use earlier: the words' order changes)",
        (d) => {
          const own = (d[d.length - 1] as Doc).terms.find((t) => t.startsWith('q')) as string;
          (d[PASSAGES] as Doc).terms.push(own);
        },
        true,
      ],
      [
        'and taken out again (its first use later)',
        (d) => {
          const own = (d[d.length - 1] as Doc).terms.find((t) => t.startsWith('q')) as string;
          const firstWording = d[PASSAGES] as Doc;
          firstWording.terms = firstWording.terms.filter((t) => t !== own);
        },
        true,
      ],
    ];
    for (const [what, edit, patches] of edits) {
      docs = docs.map((d) => ({ ...d, terms: [...d.terms] }));
      edit(docs);
      const reloaded = indexed(docs, served.carry(PASSAGES), PASSAGES);
      const afresh = indexed(docs);
      expect(figures(reloaded, docs), what).toEqual(figures(afresh, docs));
      for (const terms of [
        ['c1', 'r3'],
        ['c2', 'q-rewritten', 'c5'],
        ['p3', 'c0'],
      ])
        expect(hits(reloaded, terms), what).toEqual(hits(afresh, terms));
      expect(reloaded.patched, what).toBe(patches);
      served = reloaded;
    }
  });
});

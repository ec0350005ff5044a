/**
 * An inverted index from terms to documents (curated questions and passages), with
 * BM25-style inverse document frequency. A search only touches the documents that share
 * a term with the question, so its cost follows the number of matches, not the size of
 * the knowledge base.
 */
import type { Term } from './lexicon.ts';

export type DocKind = 'qa' | 'passage';

export interface IndexedDoc {
  kind: DocKind;
  /** Q&A entry id or sentence id. */
  ref: string;
  terms: ReadonlySet<Term>;
  /** Sum of the idf of the document's terms. */
  weight: number;
}

export interface Hit {
  doc: IndexedDoc;
  /** Sum of the idf of the terms the question and the document share. */
  matched: number;
  /** Share of the question's weight the document covers, 0..1. */
  questionCoverage: number;
  /** Share of the document's weight the question covers, 0..1. */
  docCoverage: number;
}

export class TermIndex {
  private readonly docs: IndexedDoc[] = [];
  private readonly postings = new Map<Term, number[]>();
  private readonly idfCache = new Map<Term, number>();
  private frozen = false;

  add(kind: DocKind, ref: string, terms: Iterable<Term>): void {
    if (this.frozen) throw new Error('TermIndex is frozen: build a new one');
    const set = new Set(terms);
    const id = this.docs.length;
    this.docs.push({ kind, ref, terms: set, weight: 0 });
    for (const term of set) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
      }
      list.push(id);
    }
  }

  /** Computes weights; call once after the last add. */
  freeze(): this {
    this.frozen = true;
    for (const doc of this.docs) {
      let weight = 0;
      for (const term of doc.terms) weight += this.idf(term);
      doc.weight = weight;
    }
    return this;
  }

  get size(): number {
    return this.docs.length;
  }

  /** Inverse document frequency; a term no document has gets the highest weight. */
  idf(term: Term): number {
    const cached = this.idfCache.get(term);
    if (cached !== undefined) return cached;
    const n = this.docs.length;
    const df = this.postings.get(term)?.length ?? 0;
    const value = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    if (this.frozen) this.idfCache.set(term, value);
    return value;
  }

  has(term: Term): boolean {
    return this.postings.has(term);
  }

  /** Every document sharing at least one term with the question. */
  search(terms: readonly Term[], questionWeight: number): Hit[] {
    const matched = new Map<number, number>();
    for (const term of new Set(terms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const w = this.idf(term);
      for (const id of list) matched.set(id, (matched.get(id) ?? 0) + w);
    }
    const hits: Hit[] = [];
    for (const [id, m] of matched) {
      const doc = this.docs[id] as IndexedDoc;
      hits.push({
        doc,
        matched: m,
        questionCoverage: questionWeight > 0 ? m / questionWeight : 0,
        docCoverage: doc.weight > 0 ? m / doc.weight : 0,
      });
    }
    return hits;
  }
}

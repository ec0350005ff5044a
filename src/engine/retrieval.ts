/**
 * An inverted index from terms to documents (curated questions and passages), with
 * BM25-style inverse document frequency. A search only touches the documents that share
 * a term with the question, so its cost follows the number of matches, not the size of
 * the knowledge base.
 */
import type { Term } from '../text/lexicon.ts';
import { TUNING } from './tuning.ts';

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
  /** The part of `matched` that comes from score-only terms (the context of a question). */
  scoreOnlyMatched: number;
}

export class TermIndex {
  /** `commonDf`: terms in more documents only score candidates (see search); Infinity for none. */
  constructor(private readonly commonDf: number = TUNING.retrieval.commonDf) {}

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

  /**
   * The documents sharing a term with the question, scored on all of its terms.
   *
   * Candidates come from the postings of the question's selective terms only: a term found
   * in more than `commonDf` documents (TUNING.retrieval) ("say", "strike" in a big corpus) scores the candidates
   * but does not bring in its thousands of documents, which would make every search cost
   * as much as the corpus.
   */
  search(
    terms: readonly Term[],
    questionWeight: number,
    factors?: ReadonlyMap<Term, number>,
    /** Terms that only score candidates and never bring one in (the context of a question). */
    scoreOnly?: ReadonlySet<Term>,
  ): Hit[] {
    // A term's weight in the question: its idf, times its factor when it counts less (a related word).
    const weight = (t: Term) => this.idf(t) * (factors?.get(t) ?? 1);
    const unique = [...new Set(terms)].filter((t) => this.postings.has(t));
    const bringsIn = (t: Term) => this.df(t) <= this.commonDf && !scoreOnly?.has(t);
    let selective = unique.filter(bringsIn);
    const scoring = unique.filter((t) => !bringsIn(t));
    // Scores accumulate in one reused array indexed by document, touched entries listed.
    const scores = this.scratch();
    const touched: number[] = [];
    if (selective.length === 0 && scoring.length > 0) {
      // Only common words ("how many soldiers"): the rarest one brings the candidates, at most
      // TUNING.retrieval.maxCommonCandidates of them so the cost stays flat. Curated wordings are indexed
      // after the passages, so walking its postings from the end meets them first.
      scoring.sort((a, b) => this.df(a) - this.df(b));
      const rarest = scoring.shift() as Term;
      const list = this.postings.get(rarest) ?? [];
      const w = weight(rarest);
      for (let i = list.length - 1; i >= 0 && touched.length < TUNING.retrieval.maxCommonCandidates; i--) {
        const id = list[i] as number;
        touched.push(id);
        scores[id] = w;
      }
      selective = [];
    }
    for (const term of selective) {
      const w = weight(term);
      for (const id of this.postings.get(term) ?? []) {
        if (scores[id] === 0) touched.push(id);
        scores[id] = (scores[id] as number) + w;
      }
    }
    const hits: Hit[] = [];
    for (const id of touched) {
      const doc = this.docs[id] as IndexedDoc;
      let total = scores[id] as number;
      let scoreOnlyMatched = 0;
      scores[id] = 0;
      for (const term of scoring) {
        if (!doc.terms.has(term)) continue;
        const w = weight(term);
        total += w;
        if (scoreOnly?.has(term)) scoreOnlyMatched += w;
      }
      hits.push({
        doc,
        matched: total,
        scoreOnlyMatched,
        questionCoverage: questionWeight > 0 ? total / questionWeight : 0,
        docCoverage: doc.weight > 0 ? total / doc.weight : 0,
      });
    }
    return hits;
  }

  private scores: Float64Array | null = null;

  private scratch(): Float64Array {
    if (!this.scores || this.scores.length !== this.docs.length)
      this.scores = new Float64Array(this.docs.length);
    return this.scores;
  }

  private df(term: Term): number {
    return this.postings.get(term)?.length ?? 0;
  }
}

/** The k best items by score, best first (a full sort only when there are few). */
export function topK<T>(
  items: readonly T[],
  k: number,
  score: (item: T) => number,
  tie: (a: T, b: T) => number,
): T[] {
  const byScore = (a: T, b: T) => score(b) - score(a) || tie(a, b);
  if (items.length <= k * 4) return [...items].sort(byScore).slice(0, k);
  // Keep a sorted window of the best k; most items fall below its last one and cost one comparison.
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && byScore(item, best[k - 1] as T) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byScore(best[mid] as T, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}

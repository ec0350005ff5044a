/**
 * An inverted index from terms to documents (curated question wordings and passages), with
 * BM25-style inverse document frequency counted source by source (see termIdfs), and a search
 * that returns the k best documents exactly while scoring only a small part of the ones that
 * share a term with the question.
 *
 * Why it can skip documents and still be exact (the idea of MaxScore and WAND): a document's
 * score grows with the weight it shares with the question (`matched`) and shrinks with its own
 * weight (`docCoverage` = matched / its weight). Each term's postings are sorted by document
 * weight, lightest first. A document not reached yet in any of its terms' postings weighs at
 * least as much as the head of each of those lists, and shares at most those terms: that bounds
 * its score. Once no unseen document can beat the k-th best found so far, the search stops.
 * Light documents (short wordings, short sentences) are also the ones that score best on the
 * same terms, so the k best are usually found within the first few hundred documents even when
 * the question is made only of words found in thousands ("how many people were killed").
 *
 * Storage is compact: terms are interned as numbers, each document's terms are one slice of an
 * Int32Array (sorted), postings are Int32Arrays, weights Float64Arrays.
 */
import type { Term } from '../text/lexicon.ts';

export type DocKind = 'qa' | 'passage';
const KINDS: readonly DocKind[] = ['qa', 'passage'];

/**
 * Work done by every search and neighbour search since the process started: postings read and
 * documents scored (their terms read), documents bounded from their weights added up (see
 * accumulate()), and of those the ones whose bound was worked out from their own weight (the
 * others fell under the threshold on what they share alone). Read by the bench, to compare code
 * by work, not time.
 */
export const SEARCH_WORK = { postings: 0, scored: 0, bounded: 0, weighed: 0 };

/** A document's terms, looked up in the index's compact storage. */
export interface DocTerms {
  has(term: Term): boolean;
  readonly size: number;
  [Symbol.iterator](): Iterator<Term>;
}

export interface IndexedDoc {
  /** Position in the index (the order documents were added). */
  id: number;
  kind: DocKind;
  /** Q&A entry id with the wording's number ("death-toll#2"), or sentence id. */
  ref: string;
  /** What the document belongs to: a curated entry's number (its wordings share it), or the document itself. */
  group: number;
  terms: DocTerms;
  /** Sum of the idf of the document's terms. */
  weight: number;
}

export interface Hit {
  doc: IndexedDoc;
  /** Sum of the weights of the terms the question and the document share. */
  matched: number;
  /** Share of the question's weight the document covers, 0..1. */
  questionCoverage: number;
  /** Share of the document's weight the question covers, 0..1. */
  docCoverage: number;
  /** The part of `matched` that comes from score-only terms (the context of a question). */
  scoreOnlyMatched: number;
  /** The ranker's score before its boost, and after. */
  base: number;
  score: number;
}

/** What a search looks for. */
export interface SearchQuery {
  /** Terms that bring candidates in. Terms the index does not have are ignored. */
  terms: readonly Term[];
  /** Terms that only add to the score of candidates brought in by the others (context). */
  scoreOnly?: readonly Term[];
  /** A term's weight in the question, when it is not its idf (a related word counts less); at most 1 times... see maxFactor. */
  factors?: ReadonlyMap<Term, number>;
  /** The question's whole weight, the words the index does not know included. */
  questionWeight: number;
}

/** How a search ranks one kind of document, and how many it keeps. */
export interface Ranker {
  kind: DocKind;
  /**
   * The score of a document from its question coverage and its document coverage. It must never
   * decrease when either grows: the bounds that let the search skip documents rely on it.
   */
  shape(questionCoverage: number, docCoverage: number): number;
  /**
   * `shape` as one of the formulas the search knows (shapeFunction(form) is that function): the
   * search then works it out where it is needed, without a call (its hot loops do it for every
   * document they bound or score; a call V8 does not inline allocates every number passed).
   */
  form?: ShapeForm;
  /**
   * A factor on a document's score, between 1 and maxBoost: a speaker bonus (by its group), a
   * question-word bonus (by the wording). A group scores as its best document, boost included.
   * `base`, `at`: the document's score before the boost, and the score it must reach to be of any
   * use (a bounded search drops one under it, see search()); the boost may return early a factor f
   * with base * f under `at` when the factors it has not worked out are at most 1 (they could only
   * lower it). `at` is 0 where nothing is dropped.
   */
  boost?: (group: number, doc: number, base: number, at: number) => number;
  maxBoost?: number;
  /** How many groups to return, best first (Infinity: every one that shares a term). */
  k: number;
  /**
   * Groups scoring under `relative` times the best one are left out, except within the first
   * `keep`: a consumer that only looks at the best few and at those close to the best (the
   * quotes behind "More", the suggestions) gets the same, and the search can stop far sooner.
   */
  relative?: number;
  keep?: number;
  /**
   * No document scoring under this is of any use (a consumer that drops them anyway): the search
   * leaves them out and can stop sooner. 0 by default.
   */
  floor?: number;
  /** Score every candidate, skip nothing (the reference the fast path is tested against). */
  exhaustive?: boolean;
}

/** Ranking shapes the search works out without a call (Ranker.form). */
export type ShapeForm =
  /** qc ** exponent * dc ** (1 - exponent). */
  | { kind: 'power'; exponent: number }
  /** qc * (base + (1 - base) * dc). */
  | { kind: 'linear'; base: number };

/** A search's shape: a formula's number (0: none, call `fn`) and parameter. */
interface Shape {
  form: number;
  p: number;
  fn: Ranker['shape'];
}

function shapeFor(ranker: Ranker): Shape {
  const form = ranker.form;
  if (!form) return { form: 0, p: 0, fn: ranker.shape };
  return form.kind === 'power'
    ? { form: 1, p: form.exponent, fn: ranker.shape }
    : { form: 2, p: form.base, fn: ranker.shape };
}

/** A shape's value: small and always this function, so that V8 inlines it where it is called. */
function shaped(shape: Shape, qc: number, dc: number): number {
  const p = shape.p;
  return shape.form === 1
    ? qc ** p * dc ** (1 - p)
    : shape.form === 2
      ? qc * (p + (1 - p) * dc)
      : shape.fn(qc, dc);
}

/**
 * shaped() as a bound: the same value but for the last bits (qc ** p * dc ** (1 - p) as
 * qc * (dc / qc) ** (1 - p), one power, not two), used only where a margin (MARGIN, far above
 * those bits) is applied before it is compared: bounds are worked out for thousands of documents.
 */
function shapeBound(shape: Shape, qc: number, dc: number): number {
  const p = shape.p;
  return shape.form === 1
    ? qc > 0
      ? qc * (dc / qc) ** (1 - p)
      : 0
    : shape.form === 2
      ? qc * (p + (1 - p) * dc)
      : shape.fn(qc, dc);
}

/** The function of a ShapeForm (for Ranker.shape): the same floats as the search's own. */
export function shapeFunction(form: ShapeForm): Ranker['shape'] {
  const shape = shapeFor({ kind: 'passage', k: 1, form, shape: () => 0 });
  return (qc, dc) => shaped(shape, qc, dc);
}

/** Documents carried from a frozen index (see TermIndex.carry): views on its storage. */
interface Carried {
  count: number;
  kinds: Uint8Array;
  refs: string[];
  groups: Int32Array;
  docStart: Int32Array;
  docTerms: Int32Array;
  docTermsAdded: Int32Array;
  sources: Int32Array;
}

interface Building {
  kind: DocKind;
  ref: string;
  group: number | undefined;
  /** Term numbers, in the order they were added. */
  terms: number[];
  source: number;
}

/**
 * How many terms (carrying), documents and postings (freezing, termIdfs) the build of an index
 * goes through between two pauses: a few hundred microseconds of work each (issue 15).
 */
const FREEZE_STEP = 8192;
const DOC_STEP = 4096;
const POSTING_STEP = 65_536;

export class TermIndex {
  /**
   * `maxIdf`: no term weighs more (TUNING.scoring.maxIdf). Past a point, being rarer says nothing
   * more about relevance, and an uncapped weight grows with the size of the knowledge base until
   * one rare name outweighs every word that tells its documents apart.
   *
   * `sourcePrior` (TUNING.scoring.sourcePrior): how many documents of the whole index a source's
   * own counts are smoothed with, in the weights counted source by source (see termIdfs).
   */
  constructor(
    private readonly maxIdf: number = Number.POSITIVE_INFINITY,
    private readonly sourcePrior = 0,
  ) {}

  private readonly termIds = new Map<Term, number>();
  private readonly termNames: Term[] = [];
  private building: Building[] | null = [];
  /** The documents carried from another index (see carry()), before those of `building`. */
  private carried: Carried | null = null;
  /** How many terms the first `docs` documents use, when carried (the next carry needs no count). */
  private carriedTerms: { docs: number; terms: number } | null = null;
  /**
   * The frozen index this one was carried from (see carry()): freeze() patches its weights and
   * postings where the documents added differ from its own, when it can (see patching).
   */
  private base: TermIndex | null = null;
  private wasPatched = false;

  private count = 0;
  /** rareIdf() of the idfs it was worked out with. */
  private rareMemo: { idfs: Float64Array; value: number } | null = null;
  private kinds = new Uint8Array(0);
  private refs: string[] = [];
  private groups = new Int32Array(0);
  /** Each document's source (see add()). */
  private sources = new Int32Array(0);
  private weights = new Float64Array(0);
  private docStart = new Int32Array(1);
  private docTerms = new Int32Array(0);
  /** Each document's term numbers as they were added (docTerms has them sorted). */
  private docTermsAdded = new Int32Array(0);
  private idfs = new Float64Array(0);
  private dfs = new Int32Array(0);
  /** Per kind: postings of every term, lightest document first (ties by position). */
  private postStart: Int32Array[] = [];
  private postDocs: Int32Array[] = [];
  /** Reused by searches: when each document was last seen (a search number), and term marks. */
  private seenAt = new Int32Array(0);
  /** The documents seenAt marks for the current search, `seenCount` of them (see accumulate()). */
  private seenList = new Int32Array(256);
  private seenCount = 0;
  private searches = 0;
  private termMark = new Float64Array(0);
  /** 1 for the score-only terms of the current search. */
  private scoreOnlyMark = new Uint8Array(0);
  /**
   * 1 for the terms of the current search that bring candidates in: whether a document is a
   * candidate is read off one byte a term (a small array, in the fastest cache), not off the
   * weights and the score-only marks.
   */
  private bringMark = new Uint8Array(0);
  /**
   * Reused by accumulate(): each document's weight added up, and when (a search number; negative:
   * brought in). The sums in single precision (half the memory a posting writes to, in no order a
   * cache can guess): they only bound which documents are scored, with SUM_MARGIN far above their
   * rounding, and the scores are worked out afresh.
   */
  private sums = new Float32Array(0);
  /** closest()'s sums (0 between searches) and its terms. */
  private nearSums = new Float32Array(0);
  private nearTerms = new Int32Array(0);
  /** toRead()'s arrays when only its count is asked (the walk, every few documents). */
  private readSkipped = new Uint8Array(0);
  private readEnds = new Int32Array(0);
  private readOrder = new Int32Array(0);
  /**
   * toRead()'s last ends, for the lists (and starts) of one search, at threshold `at`: the next
   * call at a threshold as high looks for each end back from there (see toRead()).
   */
  private readonly lastRead: {
    lists: readonly PostingList[] | null;
    starts: readonly number[] | null;
    at: number;
    ends: Int32Array;
  } = { lists: null, starts: null, at: 0, ends: new Int32Array(0) };
  /** toRead()'s answer when only its count is asked (on the arrays above). */
  private readonly readCount: ToRead = {
    skipped: new Uint8Array(0),
    skippedWeight: 0,
    skippedBrings: false,
    postings: 0,
    ends: new Int32Array(0),
  };
  private summedAt = new Int32Array(0);
  /** The documents summed, then the candidates among them; their bounds; their order by bound. */
  private touched = new Int32Array(0);
  private bounds = new Float64Array(0);
  private byBound = new Int32Array(0);
  /** accumulate()'s counting sort: where each bucket of bounds starts, and how far it is filled. */
  private readonly buckets = new Int32Array(BUCKETS + 1);
  private readonly bucketFill = new Int32Array(BUCKETS);
  /** search()'s k best, kept for the next searches (one per search running at once). */
  private topPool: TopK[] = [];
  /** search()'s marks of the groups among its k best (see topMarksOf), for this `groups`. */
  private topMarks: { of: Int32Array | null; marks: Int32Array } = { of: null, marks: new Int32Array(0) };
  /**
   * Each document's weight ** (exponent - 1) for the power shape (Ranker.form) of that exponent,
   * -1 until a search first needs it, for these weights: a bound of the shape without a power a
   * document (see accumulate()).
   */
  private powers: { exponent: number; of: Float64Array; values: Float64Array } | null = null;
  /**
   * The documents holding a term, one bit a document, for the long lists accumulate() reads back
   * for the documents it found (see bitsetOf): per postings array (a kind), by the list's end.
   */
  private bitsets: { of: Int32Array; sets: Map<number, Uint32Array> }[] = [];
  private bitsetWords = 0;
  /** accumulate()'s lists read back by their bits: the bits, the weights, whether each brings candidates in. */
  private readBits: Uint32Array[] = [];
  private readBitWeights = new Float64Array(8);
  private readBitBrings = new Uint8Array(8);
  /** A document's matched weight and the part of it from score-only terms, handed by accumulate() to score(). */
  private readonly summed = new Float64Array(2);
  /** What the lists read by their bits add from each one on, and whether one of those brings candidates in. */
  private readBitRest = new Float64Array(8);
  private readBitRestBrings = new Uint8Array(8);

  /**
   * `source`: the number of the source the document is from (the article 0, the sources after it
   * 1, 2...; a curated wording, the source of its answer). A term's idf is counted source by
   * source (see termIdfs).
   */
  add(kind: DocKind, ref: string, terms: Iterable<Term>, group?: number, source = 0): void {
    if (!this.building) throw new Error('TermIndex is frozen: build a new one');
    const ids = new Set<number>();
    for (const term of terms) ids.add(this.intern(term));
    this.building.push({ kind, ref, group, terms: [...ids], source });
  }

  /**
   * A new index, not frozen yet, holding the first `docs` documents of this frozen one, as if
   * they had been added to it again in the same order (same term numbers; the terms of later
   * documents are not known to it): a reload that changed only documents added after them
   * (curated entries, after every passage) adds those and freezes, instead of adding every
   * passage again (issue 15). Their storage is shared with this index, never copied document by
   * document: freeze() copies it in a few block moves.
   */
  carry(docs: number): TermIndex {
    const steps = this.carrying(docs);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** carry() in steps: it pauses (yields) every so many terms (a reload, see corpusSteps). */
  *carrying(docs: number): Generator<void, TermIndex> {
    if (this.building) throw new Error('TermIndex.carry: freeze it first');
    const next = new TermIndex(this.maxIdf, this.sourcePrior);
    const end = this.docStart[docs] as number;
    // How many terms the first `docs` documents use: known when this index was carried itself.
    let terms = this.carriedTerms?.docs === docs ? this.carriedTerms.terms : 0;
    if (this.carriedTerms?.docs !== docs)
      for (let p = 0; p < end; p++) {
        if (p % FREEZE_STEP === FREEZE_STEP - 1) yield;
        if ((this.docTermsAdded[p] as number) >= terms) terms = (this.docTermsAdded[p] as number) + 1;
      }
    next.carriedTerms = { docs, terms };
    next.base = this;
    // Terms are numbered in order of first use: those of the first documents come first.
    for (let t = 0; t < terms; t += FREEZE_STEP) {
      if (t > 0) yield;
      next.nameTerms(this.termNames, t, Math.min(t + FREEZE_STEP, terms));
    }
    next.carried = {
      count: docs,
      kinds: this.kinds.subarray(0, docs),
      refs: this.refs.slice(0, docs),
      groups: this.groups.subarray(0, docs),
      docStart: this.docStart.subarray(0, docs + 1),
      docTerms: this.docTerms.subarray(0, end),
      docTermsAdded: this.docTermsAdded.subarray(0, end),
      sources: this.sources.subarray(0, docs),
    };
    return next;
  }

  /**
   * Numbers `names[from..to)` as `from..to` (carrying). The hot loops of a build are plain
   * functions or methods, not parts of a generator: V8 runs a generator's loops unoptimised (it
   * cannot replace a resumable frame while it runs), several times slower (issue 15).
   */
  private nameTerms(names: readonly Term[], from: number, to: number): void {
    for (let t = from; t < to; t++) {
      const name = names[t] as Term;
      this.termIds.set(name, t);
      this.termNames.push(name);
    }
  }

  private intern(term: Term): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termNames.length;
      this.termIds.set(term, id);
      this.termNames.push(term);
    }
    return id;
  }

  /** Stores `docs[from..to)` as documents `first + from...`, their terms from `at`; returns the end. */
  private store(docs: readonly Building[], first: number, from: number, to: number, at: number): number {
    let end = at;
    for (let j = from; j < to; j++) {
      const d = docs[j] as Building;
      const i = first + j;
      this.kinds[i] = KINDS.indexOf(d.kind);
      this.refs[i] = d.ref;
      this.groups[i] = d.group ?? i;
      this.sources[i] = d.source;
      this.docStart[i] = end;
      end = storeTerms(d.terms, this.docTermsAdded, this.docTerms, end);
    }
    return end;
  }

  /** Computes weights and postings; call once after the last add. */
  freeze(): this {
    for (const _ of this.freezing());
    return this;
  }

  /**
   * freeze() in steps: it pauses (yields) between its passes over the documents, each a few tens
   * of milliseconds at 60,000 documents (a reload builds its index between questions). The index
   * must not be used until it is done.
   */
  *freezing(): Generator<void, void> {
    const docs = this.building;
    if (!docs) return;
    this.building = null;
    const carried = this.carried;
    this.carried = null;
    const first = carried?.count ?? 0;
    const n = first + docs.length;
    const terms = this.termNames.length;
    this.count = n;
    this.kinds = new Uint8Array(n);
    this.refs = carried ? carried.refs : [];
    this.groups = new Int32Array(n);
    this.sources = new Int32Array(n);
    this.docStart = new Int32Array(n + 1);
    let total = carried ? carried.docTerms.length : 0;
    for (const d of docs) total += d.terms.length;
    this.docTerms = new Int32Array(total);
    this.docTermsAdded = new Int32Array(total);
    if (carried) {
      this.kinds.set(carried.kinds);
      this.groups.set(carried.groups);
      this.sources.set(carried.sources);
      this.docStart.set(carried.docStart);
      this.docTerms.set(carried.docTerms);
      this.docTermsAdded.set(carried.docTermsAdded);
    }
    let at = carried ? carried.docTerms.length : 0;
    for (let j = 0; j < docs.length; j += DOC_STEP) {
      if (j > 0) yield;
      at = this.store(docs, first, j, Math.min(j + DOC_STEP, docs.length), at);
    }
    this.docStart[n] = at;
    yield;
    const base = this.base;
    this.base = null;
    this.wasPatched = base !== null && (yield* this.patching(base, first));
    if (this.wasPatched) {
      this.seenAt = new Int32Array(n);
      this.termMark = new Float64Array(terms);
      this.scoreOnlyMark = new Uint8Array(terms);
      this.bringMark = new Uint8Array(terms);
      return;
    }
    const { docStart, docTerms, kinds } = this;
    const dfs = new Int32Array(terms);
    for (let p = 0; p < at; p++) {
      if (p % POSTING_STEP === POSTING_STEP - 1) yield;
      const t = docTerms[p] as number;
      dfs[t] = (dfs[t] as number) + 1;
    }
    this.dfs = dfs;
    const idfs = yield* termIdfs(this.sources, docStart, docTerms, dfs, this.maxIdf, this.sourcePrior);
    this.idfs = idfs;
    const weights = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (i % DOC_STEP === DOC_STEP - 1) yield;
      let w = 0;
      for (let p = docStart[i] as number; p < (docStart[i + 1] as number); p++)
        w += idfs[docTerms[p] as number] as number;
      weights[i] = w;
    }
    this.weights = weights;
    yield;
    // Postings per kind, each term's documents lightest first.
    const order = lightestFirst(weights);
    for (let k = 0; k < KINDS.length; k++) {
      yield;
      const start = new Int32Array(terms + 1);
      for (let i = 0; i < n; i++) {
        if (i % DOC_STEP === DOC_STEP - 1) yield;
        if (kinds[i] !== k) continue;
        for (let p = docStart[i] as number; p < (docStart[i + 1] as number); p++)
          start[(docTerms[p] as number) + 1] = (start[(docTerms[p] as number) + 1] as number) + 1;
      }
      for (let t = 0; t < terms; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
      const fill = start.slice(0, terms);
      const postings = new Int32Array(start[terms] as number);
      yield;
      for (let o = 0; o < order.length; o++) {
        // A pause every so many documents: this pass is the longest (issue 15).
        if (o % DOC_STEP === DOC_STEP - 1) yield;
        const i = order[o] as number;
        if (kinds[i] !== k) continue;
        for (let p = docStart[i] as number; p < (docStart[i + 1] as number); p++) {
          const t = docTerms[p] as number;
          postings[fill[t] as number] = i;
          fill[t] = (fill[t] as number) + 1;
        }
      }
      this.postStart[k] = start;
      this.postDocs[k] = postings;
    }
    this.seenAt = new Int32Array(n);
    this.termMark = new Float64Array(terms);
    this.scoreOnlyMark = new Uint8Array(terms);
    this.bringMark = new Uint8Array(terms);
  }

  /**
   * The end of freeze() for an index carried from `base` (its first `first` documents), computed
   * from base's dfs, idfs, weights and postings where they cannot differ, in time proportional to
   * the change instead of to the whole index (issue 15: a one-entry edit at 50,000 passages); false
   * when the change is not one it patches (freeze() then computes everything).
   *
   * Every result is the float, and the order, that the whole computation gives: it patches only
   * when the index has as many documents as base, of the same kinds, as many in each source (so
   * that a term's idf depends only on how many documents of each source hold it: see termIdfs).
   * Then only the terms whose count in some source changed can change weight (their idf is
   * computed again, source by source, from the documents holding them); only the documents that
   * differ, those holding such a term, and those holding a term numbered in another order than in
   * base (a document's weight is summed in the order of its term numbers: a word's first use
   * moved) can change weight; and only the posting lists of the documents whose weight changed,
   * or that differ, can change: each is base's list with the documents that differ taken out and
   * put back if they hold the term, sorted again (lightest first, ties by position).
   */
  private *patching(base: TermIndex, first: number): Generator<void, boolean> {
    const n = this.count;
    const terms = this.termNames.length;
    const carriedTerms = this.carriedTerms?.terms ?? 0;
    if (
      base.building ||
      base.count !== n ||
      base.maxIdf !== this.maxIdf ||
      base.sourcePrior !== this.sourcePrior ||
      base.postDocs.length !== KINDS.length
    )
      return false;
    // The hot loops are plain functions (see nameTerms): V8 runs a generator's own loops unoptimised.
    if (!sameFrom(this.kinds, base.kinds, first, n)) return false;
    // As many documents in each source: the ones carried are base's own.
    const sourceCount = Math.max(maxPlusOne(this.sources), maxPlusOne(base.sources));
    const sizes = countsOf(this.sources, n, sourceCount);
    const baseSizes = countsOf(base.sources, n, sourceCount);
    if (!sameFrom(sizes, baseSizes, 0, sourceCount)) return false;
    // The terms both have, from this index's numbers to base's (the terms of the documents
    // carried keep theirs; those of the curated wordings only are numbered in order of first use).
    const { newToOld, oldToNew, later, renumbered } = numbering(
      this.termNames,
      base.termIds,
      base.termNames.length,
      carriedTerms,
    );
    yield;
    // Terms in another order than in base (a word's first use moved): a document's weight is
    // summed in the order of its term numbers, so the documents holding them are weighed again.
    const reordered = outOfOrder(later.map((t) => newToOld[t] as number)).map((i) => later[i] as number);
    // The documents that differ from base's at the same position (terms or source).
    const { docStart, docTerms, sources, kinds } = this;
    const changed = this.differing(base, first, newToOld);
    yield;
    if (changed.length === 0 && !renumbered) {
      // Nothing differs: base's frozen arrays, shared (neither index writes them again).
      this.dfs = base.dfs;
      this.idfs = base.idfs;
      this.weights = base.weights;
      this.postStart = [...base.postStart];
      this.postDocs = [...base.postDocs];
      return true;
    }
    const dfs = new Int32Array(terms);
    const idfs = new Float64Array(terms);
    renumberedInto(newToOld, base.dfs, dfs);
    renumberedInto(newToOld, base.idfs, idfs);
    // The terms of the documents that differ, before and after; and who holds them now.
    const isChanged = new Uint8Array(n);
    const touched: number[] = [];
    const touchedMark = new Uint8Array(terms);
    const touch = (t: number) => {
      if (touchedMark[t] === 0) {
        touchedMark[t] = 1;
        touched.push(t);
      }
    };
    /** Per kind: how many more (or fewer) documents of it hold each term than in base. */
    const delta = KINDS.map(() => new Map<number, number>());
    const bump = (k: number, t: number, by: number) => {
      const d = delta[k] as Map<number, number>;
      d.set(t, (d.get(t) ?? 0) + by);
    };
    /** The documents that differ that hold each term now. */
    const newHolders = new Map<number, number[]>();
    // A term both before and after, in a document of the same source: held as many times in
    // each source (its idf the same), and the document's place in its lists moves only with
    // the document's weight (see below).
    /** 1: a term of the document now, 2: before, 3: both. */
    const both = new Uint8Array(terms);
    for (const i of changed) {
      isChanged[i] = 1;
      const k = kinds[i] as number;
      const sameSource = sources[i] === base.sources[i];
      const [from, to] = [docStart[i] as number, docStart[i + 1] as number];
      const [baseFrom, baseTo] = [base.docStart[i] as number, base.docStart[i + 1] as number];
      for (let p = from; p < to; p++) both[docTerms[p] as number] = 1;
      for (let q = baseFrom; q < baseTo; q++) {
        const t = oldToNew[base.docTerms[q] as number] as number;
        if (t < 0) continue;
        dfs[t] = (dfs[t] as number) - 1;
        bump(k, t, -1);
        if (!sameSource || both[t] !== 1) touch(t);
        both[t] = (both[t] as number) | 2;
      }
      for (let p = from; p < to; p++) {
        const t = docTerms[p] as number;
        dfs[t] = (dfs[t] as number) + 1;
        bump(k, t, 1);
        if (!sameSource || both[t] !== 3) touch(t);
        const list = newHolders.get(t);
        if (list) list.push(i);
        else newHolders.set(t, [i]);
      }
      for (let p = from; p < to; p++) both[docTerms[p] as number] = 0;
      for (let q = baseFrom; q < baseTo; q++) {
        const t = oldToNew[base.docTerms[q] as number] as number;
        if (t >= 0) both[t] = 0;
      }
    }
    /** Calls `visit` for every document holding term `t` now (no order). */
    const holders = (t: number, visit: (doc: number) => void) => {
      const old = newToOld[t] as number;
      if (old >= 0)
        for (let k = 0; k < KINDS.length; k++) {
          const start = base.postStart[k] as Int32Array;
          const docs = base.postDocs[k] as Int32Array;
          for (let p = start[old] as number; p < (start[old + 1] as number); p++) {
            const d = docs[p] as number;
            if (isChanged[d] === 0) visit(d);
          }
        }
      for (const d of newHolders.get(t) ?? []) visit(d);
    };
    // Their idf again, as termIdfs computes it: source by source, in source order.
    const inSource = new Int32Array(sourceCount);
    const usedSources: number[] = [];
    const count = (d: number) => {
      const s = sources[d] as number;
      if (inSource[s] === 0) usedSources.push(s);
      inSource[s] = (inSource[s] as number) + 1;
    };
    const reweighed = new Uint8Array(n);
    const toReweigh: number[] = [...changed];
    for (const i of changed) reweighed[i] = 1;
    const reweigh = (d: number) => {
      if (reweighed[d] === 0) {
        reweighed[d] = 1;
        toReweigh.push(d);
      }
    };
    const { maxIdf: max, sourcePrior: prior } = this;
    for (const t of touched) {
      const df = dfs[t] as number;
      let idf: number;
      if (sourceCount <= 1) idf = idfOf(n, df, max);
      else {
        usedSources.length = 0;
        holders(t, count);
        usedSources.sort((a, b) => a - b);
        let sum = 0;
        let last = 0;
        for (const s of usedSources) {
          const w = idfOf((sizes[s] as number) + prior, (inSource[s] as number) + (prior * df) / n, max);
          sum += (inSource[s] as number) * w;
          last = w;
          inSource[s] = 0;
        }
        const h = usedSources.length;
        idf = h === 0 ? idfOf(n, 0, max) : h === 1 ? last : sum / df;
      }
      const old = newToOld[t] as number;
      const same = old >= 0 && Object.is(idf, base.idfs[old]);
      idfs[t] = idf;
      if (!same) holders(t, reweigh);
    }
    for (const t of reordered) holders(t, reweigh);
    yield;
    // The weights of the documents holding a term whose idf changed. The lists of the terms of
    // those whose weight changed (and of the terms whose documents changed) are sorted again.
    const weights = base.weights.slice();
    /** Per kind, 1 for the lists to sort again. */
    const dirtyLists = KINDS.map(() => new Uint8Array(terms));
    // A plain function: V8 runs a generator's own loops unoptimised (a term of thousands of
    // documents, such as a common verb added to a curated wording, weighs them all again).
    reweighDocuments(
      toReweigh,
      { docStart, docTerms, kinds },
      idfs,
      { isChanged, before: base.weights },
      {
        weights,
        dirtyLists,
      },
    );
    yield;
    // Postings per kind: base's lists, those to sort again rebuilt.
    for (let k = 0; k < KINDS.length; k++) {
      const baseStart = base.postStart[k] as Int32Array;
      const baseDocs = base.postDocs[k] as Int32Array;
      const dirty = dirtyLists[k] as Uint8Array;
      for (const t of (delta[k] as Map<number, number>).keys()) dirty[t] = 1;
      const kindDelta = delta[k] as Map<number, number>;
      const start =
        renumbered || [...kindDelta.values()].some((d) => d !== 0)
          ? patchedStarts(baseStart, newToOld, kindDelta)
          : baseStart;
      const postings = new Int32Array(start[terms] as number);
      copyCleanLists(baseStart, baseDocs, start, postings, newToOld, dirty);
      yield;
      // The others: base's list without the documents that differ, those that hold the term now
      // after it, and the list sorted again by insertion (lightest first, ties by position):
      // only the documents whose weight changed move, and a weight changes little, so the sort
      // moves few documents, a short way, and reads the list once.
      const added = (u: number) => {
        const docs = newHolders.get(u);
        return docs ? docs.filter((d) => kinds[d] === k) : [];
      };
      rebuildDirtyLists(
        { start: baseStart, docs: baseDocs },
        { start, docs: postings },
        { newToOld, dirty, isChanged, added, weights },
      );
      this.postStart[k] = start;
      this.postDocs[k] = postings;
      yield;
    }
    this.dfs = dfs;
    this.idfs = idfs;
    this.weights = weights;
    return true;
  }

  /** The documents from `first` on that differ from base's at the same position (terms or source). */
  private differing(base: TermIndex, first: number, newToOld: Int32Array): number[] {
    const { docStart, docTermsAdded, sources } = this;
    const changed: number[] = [];
    for (let i = first; i < this.count; i++) {
      const from = docStart[i] as number;
      const length = (docStart[i + 1] as number) - from;
      const baseFrom = base.docStart[i] as number;
      let same = sources[i] === base.sources[i] && length === (base.docStart[i + 1] as number) - baseFrom;
      for (let p = 0; same && p < length; p++)
        same = newToOld[docTermsAdded[from + p] as number] === base.docTermsAdded[baseFrom + p];
      if (!same) changed.push(i);
    }
    return changed;
  }

  /** Whether freeze() patched the index it was carried from (see patching) instead of computing everything. */
  get patched(): boolean {
    return this.wasPatched;
  }

  get size(): number {
    return this.building ? (this.carried?.count ?? 0) + this.building.length : this.count;
  }

  /**
   * Inverse document frequency, counted source by source (at most maxIdf; see termIdfs); a term
   * no document has gets the highest weight the whole index gives.
   */
  idf(term: Term): number {
    const id = this.termIds.get(term);
    if (!this.building)
      return id === undefined ? idfOf(this.count, 0, this.maxIdf) : (this.idfs[id] as number);
    if (id === undefined || this.buildingDf(id) === 0) return idfOf(this.size, 0, this.maxIdf);
    // Before freeze(): the same computation on the documents so far.
    const docs = [...this.carriedDocs(), ...this.building.map((d) => ({ source: d.source, terms: d.terms }))];
    const docStart = new Int32Array(docs.length + 1);
    docs.forEach((d, i) => {
      docStart[i + 1] = (docStart[i] as number) + d.terms.length;
    });
    const dfs = new Int32Array(this.termNames.length);
    for (const d of docs) for (const t of d.terms) dfs[t] = (dfs[t] as number) + 1;
    const idfs = drained(
      termIdfs(
        Int32Array.from(docs, (d) => d.source),
        docStart,
        Int32Array.from(docs.flatMap((d) => [...d.terms])),
        dfs,
        this.maxIdf,
        this.sourcePrior,
      ),
    );
    return idfs[id] as number;
  }

  /**
   * What a term found in a single document weighs, on average over the documents: the idf of one
   * document in its source, counted as termIdfs counts (smoothed with sourcePrior documents when
   * there are several sources; at most maxIdf). How heavy the rarest words of this knowledge are:
   * 4.8 on the article's 182 documents, maxIdf in reports of 500 sentences. Worked out once per
   * freeze (the memo follows the idfs).
   */
  rareIdf(): number {
    if (this.building) {
      // Before freeze(): the same computation on the documents so far.
      const docs = [...this.carriedDocs(), ...this.building];
      return rareIdfOf(
        Int32Array.from(docs, (d) => d.source),
        this.maxIdf,
        this.sourcePrior,
      );
    }
    if (this.rareMemo?.idfs !== this.idfs)
      this.rareMemo = {
        idfs: this.idfs,
        value: rareIdfOf(this.sources.subarray(0, this.count), this.maxIdf, this.sourcePrior),
      };
    return this.rareMemo.value;
  }

  /** How many documents hold a term (0 for a term the index does not have). */
  df(term: Term): number {
    const id = this.termIds.get(term);
    if (id === undefined) return 0;
    return this.building ? this.buildingDf(id) : (this.dfs[id] as number);
  }

  /** How many documents hold a term, before freeze(). */
  private buildingDf(id: number): number {
    let df = (this.building ?? []).filter((d) => d.terms.includes(id)).length;
    for (const d of this.carriedDocs()) if (d.terms.includes(id)) df++;
    return df;
  }

  /** The documents carried from another index (see carry()), before freeze(). */
  private carriedDocs(): { source: number; terms: Int32Array }[] {
    const carried = this.carried;
    if (!carried) return [];
    return Array.from({ length: carried.count }, (_, i) => ({
      source: carried.sources[i] as number,
      terms: carried.docTerms.subarray(carried.docStart[i], carried.docStart[i + 1]),
    }));
  }

  has(term: Term): boolean {
    const id = this.termIds.get(term);
    return id !== undefined && (this.building !== null || (this.dfs[id] as number) > 0);
  }

  /** The document at a position, as a view on the compact storage. */
  doc(id: number): IndexedDoc {
    return {
      id,
      kind: KINDS[this.kinds[id] as number] as DocKind,
      ref: this.refs[id] as string,
      group: this.groups[id] as number,
      terms: this.termsOf(id),
      weight: this.weights[id] as number,
    };
  }

  /** The positions of the documents of one kind that hold a term (lightest first). */
  docsWith(kind: DocKind, term: Term): Int32Array {
    if (this.building) throw new Error('TermIndex is not frozen: call freeze() first');
    const t = this.termIds.get(term);
    const k = KINDS.indexOf(kind);
    const start = this.postStart[k];
    const docs = this.postDocs[k];
    if (t === undefined || !start || !docs) return new Int32Array(0);
    return docs.subarray(start[t] as number, start[t + 1] as number);
  }

  /** A document's ref (sentence id, or entry id # wording), by position. */
  ref(id: number): string {
    return this.refs[id] as string;
  }

  /** A document's terms, by position. */
  termsOf(id: number): DocTerms {
    return new DocTermsView(this, id);
  }

  /** Whether a document has a term (binary search in its sorted term numbers). */
  docHas(id: number, term: Term): boolean {
    const t = this.termIds.get(term);
    if (t === undefined) return false;
    let lo = this.docStart[id] as number;
    let hi = this.docStart[id + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.docTerms[mid] as number;
      if (v === t) return true;
      if (v < t) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  /**
   * What two documents share, as sameClaim (same-claim.ts) sums it: each one's weight (the idf of
   * its terms, in the order they were added) and the weight of the terms of `a` that `b` has (in
   * `a`'s order), written to `out` as [shared, weight of a, weight of b]. Numbers only: no term
   * is looked up by name (it is asked of every passage a question matched).
   */
  sharedWeight(a: number, b: number, out: Float64Array): void {
    const { docStart, docTerms, docTermsAdded, idfs } = this;
    const bFrom = docStart[b] as number;
    const bTo = docStart[b + 1] as number;
    let shared = 0;
    let wa = 0;
    let wb = 0;
    for (let p = docStart[a] as number; p < (docStart[a + 1] as number); p++) {
      const t = docTermsAdded[p] as number;
      const w = idfs[t] as number;
      wa += w;
      // Binary search in b's sorted terms.
      let lo = bFrom;
      let hi = bTo;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const v = docTerms[mid] as number;
        if (v === t) {
          shared += w;
          break;
        }
        if (v < t) lo = mid + 1;
        else hi = mid;
      }
    }
    for (let p = bFrom; p < bTo; p++) wb += idfs[docTermsAdded[p] as number] as number;
    out[0] = shared;
    out[1] = wa;
    out[2] = wb;
  }

  /** A document's terms in the order they were added. */
  *docTermNames(id: number): IterableIterator<Term> {
    for (let p = this.docStart[id] as number; p < (this.docStart[id + 1] as number); p++)
      yield this.termNames[this.docTermsAdded[p] as number] as Term;
  }

  docTermCount(id: number): number {
    return (this.docStart[id + 1] as number) - (this.docStart[id] as number);
  }

  /**
   * The best `ranker.k` groups of one kind of document for a question, best first (ties: the
   * group added first), each with its best document (ties: the document added first). Exact:
   * the same as scoring every document that shares a term with the question and sorting.
   */
  search(query: SearchQuery, ranker: Ranker): Hit[] {
    if (this.building) throw new Error('TermIndex is not frozen: call freeze() first');
    const kind = KINDS.indexOf(ranker.kind);
    const start = this.postStart[kind] as Int32Array;
    const postings = this.postDocs[kind] as Int32Array;
    const { termMark, scoreOnlyMark, bringMark, weights, groups } = this;
    const Q = query.questionWeight;
    const factor = (t: Term) => query.factors?.get(t) ?? 1;

    // Mark the question's terms with their weight (scoring a document reads its terms once).
    const marked: number[] = [];
    const lists: PostingList[] = [];
    let maxFactor = 0;
    const mark = (term: Term, bringsIn: boolean) => {
      const id = this.termIds.get(term);
      if (id === undefined || (this.dfs[id] as number) === 0 || termMark[id] !== 0) return;
      const f = factor(term);
      const w = (this.idfs[id] as number) * f;
      if (!(w > 0)) return;
      termMark[id] = w;
      marked.push(id);
      maxFactor = Math.max(maxFactor, f);
      if (!bringsIn) scoreOnlyMark[id] = 1;
      else bringMark[id] = 1;
      if ((start[id + 1] as number) > (start[id] as number))
        lists.push({ from: start[id] as number, to: start[id + 1] as number, weight: w, bringsIn });
    };
    for (const t of query.terms) mark(t, true);
    const scoreOnly = query.scoreOnly ?? [];
    for (const t of scoreOnly) mark(t, false);

    const maxBoost = ranker.boost ? Math.max(1, ranker.maxBoost ?? 1) : 1;
    const shape = shapeFor(ranker);
    const boostOf = (group: number, doc: number, base: number, at: number) =>
      ranker.boost ? ranker.boost(group, doc, base, at) : 1;

    // Finite k: the k best groups so far, best first, and which groups they are. Infinite k
    // (every group): the best document of each group.
    const k = ranker.k;
    /** Whether documents are walked to a bound (see walk), not every one scored. */
    const bounded = !(ranker.exhaustive || !Number.isFinite(k));
    // The k best as numbers (a Hit is made only for those returned): best first, `count` of them.
    const top = Number.isFinite(k) ? this.topArrays(k + 1) : null;
    let count = 0;
    /** The groups among the k best: marked with this search's number (see topMarksOf). */
    const inTop = this.topMarksOf();
    const best = new Map<number, Hit>();
    const relative = ranker.relative ?? 0;
    const keep = Math.max(1, ranker.keep ?? 1);
    const floor = ranker.floor ?? 0;
    /** The score a document must reach to be of any use now (it only rises). */
    const threshold = () => {
      if (!top) return floor;
      let at = count >= k ? (top.score[count - 1] as number) : floor;
      if (relative > 0 && count >= keep)
        at = Math.max(at, Math.min(top.score[keep - 1] as number, relative * (top.score[0] as number)));
      return at;
    };
    const hitOf = (
      id: number,
      matched: number,
      scoreOnlyMatched: number,
      qc: number,
      dc: number,
      base: number,
      s: number,
    ): Hit => ({
      doc: this.doc(id),
      matched,
      scoreOnlyMatched,
      questionCoverage: qc,
      docCoverage: dc,
      base,
      score: s,
    });

    const summed = this.summed;
    /** given: the caller summed the document's terms as below, into `summed` (accumulate() does). */
    const score = (id: number, given = false) => {
      SEARCH_WORK.scored++;
      // Matched weight summed in the document's term order: the same float whatever the route.
      let matched = 0;
      let scoreOnlyMatched = 0;
      if (given) {
        matched = summed[0] as number;
        scoreOnlyMatched = summed[1] as number;
      } else
        for (let p = this.docStart[id] as number; p < (this.docStart[id + 1] as number); p++) {
          const t = this.docTerms[p] as number;
          const w = termMark[t] as number;
          matched += w;
          if (scoreOnlyMark[t] === 1) scoreOnlyMatched += w;
        }
      const weight = weights[id] as number;
      const qc = Q > 0 ? matched / Q : 0;
      const dc = weight > 0 ? matched / weight : 0;
      const base = shaped(shape, qc, dc);
      // A boost (a look-up per document) is worked out only for a document it could make useful:
      // one that cannot reach the threshold even at the largest boost is dropped here, as the walk
      // drops the documents it never reaches (the threshold only rises).
      // So is one the boost leaves under it: its group's entry among the k best would be neither
      // returned nor decide which are (it would sit after the first `keep`, under the relative cut,
      // or not be kept at all), and the boost may stop before its dearest factors (ownerOther).
      const at = ranker.boost && bounded ? threshold() : 0;
      if (ranker.boost && bounded && base * maxBoost < at) return;
      const group = groups[id] as number;
      const s = base * boostOf(group, id, base, at);
      if (s < floor || s < at) return;
      if (!Number.isFinite(k)) {
        const previous = best.get(group);
        // Documents come in no particular order here: ties go to the one added first.
        if (!previous || s > previous.score || (s === previous.score && id < previous.doc.id))
          best.set(group, hitOf(id, matched, scoreOnlyMatched, qc, dc, base, s));
        return;
      }
      if (!top) return;
      // Where its group is among the k best (-1: not there).
      let previous = -1;
      if (inTop[group] === search) for (previous = 0; top.group[previous] !== group; previous++);
      if (previous >= 0) {
        const was = top.score[previous] as number;
        if (!(s > was || (s === was && id < (top.id[previous] as number)))) return;
      } else if (count >= k) {
        const last = top.score[count - 1] as number;
        if (s < last || (s === last && group > (top.group[count - 1] as number))) return;
      }
      if (previous >= 0) {
        top.remove(previous, count);
        count--;
      }
      // After every one ranked before it (see before()).
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const t = top.score[mid] as number;
        if (t > s || (t === s && (top.group[mid] as number) < group)) lo = mid + 1;
        else hi = mid;
      }
      top.insert(lo, count, id, group, matched, scoreOnlyMatched, qc, dc, base, s);
      count++;
      inTop[group] = search;
      if (count > k) {
        count--;
        inTop[top.group[count] as number] = 0;
      }
    };

    const search = ++this.searches;
    this.seenCount = 0;
    try {
      if (!bounded) {
        for (const list of lists)
          for (let p = list.bringsIn ? list.from : list.to; p < list.to; p++) {
            const id = postings[p] as number;
            if (this.seenAt[id] === search) continue;
            this.seenAt[id] = search;
            score(id);
          }
      } else {
        const starts = lists.map((l) => l.from);
        const reading = (at: number, countOnly?: boolean) =>
          this.toRead(lists, starts, postings, Q, maxFactor, shape, maxBoost, at, countOnly);
        if (!this.walk(lists, postings, search, Q, maxFactor, shape, maxBoost, threshold, score, reading)) {
          const add = (toRead: ToRead, decides = false) =>
            this.accumulate(
              lists,
              starts,
              postings,
              search,
              toRead,
              shape,
              Q,
              maxFactor,
              maxBoost,
              threshold,
              score,
              decides,
            );
          let toRead = reading(threshold());
          // One list longer than the others together ("said" in a story of rarer words): the
          // others first, that list's weight counted as if every document held it; the threshold
          // they reach may leave it unread (a document found only there weighs at least its head).
          const longest = this.longestRead(toRead, starts);
          if (longest >= 0) {
            const first = { ...toRead, skipped: Uint8Array.from(toRead.skipped) };
            const l = lists[longest] as PostingList;
            first.skipped[longest] = 1;
            first.skippedWeight += l.weight;
            first.skippedBrings ||= l.bringsIn;
            add(first, true);
            toRead = reading(threshold());
            // Every document of the lists read then was scored or fell under the threshold with
            // a bound counting all the others: read again only if a list not read then must be.
            const needed = toRead.skipped.some((skip, i) => skip === 0 && first.skipped[i] === 1);
            if (needed) add(toRead);
          } else add(toRead);
        }
      }
    } finally {
      for (const id of marked) {
        termMark[id] = 0;
        scoreOnlyMark[id] = 0;
        bringMark[id] = 0;
      }
    }
    if (!top) return [...best.values()].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    // What was kept before the best was found and is not close enough to it.
    const cut = relative * (count > 0 ? (top.score[0] as number) : 0);
    const hits: Hit[] = [];
    for (let i = 0; i < count; i++) {
      const s = top.score[i] as number;
      if (i < keep || s >= cut)
        hits.push(
          hitOf(
            top.id[i] as number,
            top.matched[i] as number,
            top.scoreOnlyMatched[i] as number,
            top.qc[i] as number,
            top.dc[i] as number,
            top.base[i] as number,
            s,
          ),
        );
    }
    this.topPool.push(top);
    return hits;
  }

  /**
   * search()'s marks of the groups among its k best, one a group: a group is among them when its
   * mark is the search's number (a search's marks are stale in the next, which has another number).
   */
  private topMarksOf(): Int32Array {
    const kept = this.topMarks;
    if (kept.of === this.groups) return kept.marks;
    const marks = new Int32Array(maxPlusOne(this.groups));
    this.topMarks = { of: this.groups, marks };
    return marks;
  }

  /** search()'s k best as numbers, `size` places: one kept from an earlier search, or new. */
  private topArrays(size: number): TopK {
    const pool = this.topPool;
    for (let i = 0; i < pool.length; i++) {
      const top = pool[i] as TopK;
      if (top.size < size) continue;
      pool[i] = pool[pool.length - 1] as TopK;
      pool.pop();
      return top;
    }
    return new TopK(size);
  }

  /**
   * The documents of one kind closest to document `of` (itself included when of that kind), best
   * first (ties: the one added first), at most `k`, none under `floor` (> 0): the same as
   * search() for a question made of every term of `of`, its weight their idf summed in the order
   * they were added, ranked by questionCoverage * docCoverage without a boost, and the same
   * floats. A passage's neighbours (where another source saying the same is found, same-claim.ts):
   * a whole sentence's terms at once, the walk's bookkeeping costing more than the search itself.
   *
   * How: the longest lists whose terms together cannot make a document reach the floor are not
   * read (MaxScore); the others add each term's weight to the documents holding it, a few
   * operations per posting; a document is scored (its terms read) only when the weight added up,
   * plus the lists not read, can reach the threshold (the floor, then the k-th best found).
   */
  closest(of: number, kind: DocKind, k: number, floor: number): number[] {
    if (this.building) throw new Error('TermIndex is not frozen: call freeze() first');
    if (!(floor > 0) || k < 1) throw new Error('TermIndex.closest: floor must be > 0 and k >= 1');
    const kindNumber = KINDS.indexOf(kind);
    const start = this.postStart[kindNumber] as Int32Array;
    const postings = this.postDocs[kindNumber] as Int32Array;
    const { termMark, weights, idfs, docStart, docTerms, docTermsAdded } = this;
    this.scratch();
    const { nearSums: sums, touched } = this;
    const margin = 1 + MARGIN;
    // The question's weight, as search() is given it: the idf of its terms in the order added.
    let Q = 0;
    const from = docStart[of] as number;
    const to = docStart[of + 1] as number;
    // Its terms with a list, shortest list first (insertion sort: a sentence has a few dozen).
    const terms = this.nearTerms.length >= to - from ? this.nearTerms : new Int32Array(to - from);
    this.nearTerms = terms;
    let termCount = 0;
    for (let p = from; p < to; p++) {
      const t = docTermsAdded[p] as number;
      const w = idfs[t] as number;
      Q += w;
      if (!(w > 0)) continue;
      const length = (start[t + 1] as number) - (start[t] as number);
      if (length === 0) continue;
      let i = termCount++;
      for (; i > 0; i--) {
        const before = terms[i - 1] as number;
        const longer = (start[before + 1] as number) - (start[before] as number);
        if (longer < length || (longer === length && before < t)) break;
        terms[i] = before;
      }
      terms[i] = t;
    }
    if (!(Q > 0)) return [];
    // Lists not read: the longest, while a document holding only their terms cannot reach the
    // floor (it shares at most their weight, and weighs at least what it shares).
    let read = termCount;
    let unread = 0;
    while (read > 0) {
      const w = unread + (idfs[terms[read - 1] as number] as number);
      if ((w * margin) / Q >= floor) break;
      unread = w;
      read--;
    }
    /** The best found, best first: documents and scores; `at`: the score to reach to be kept. */
    const topDocs: number[] = [];
    const topScores: number[] = [];
    let at = floor;
    // Sums in single precision (half the memory read), 0 between searches (no mark of which
    // search summed them): they only decide which documents are scored, with a margin far above
    // their rounding, and the scores are worked out afresh.
    let touchedCount = 0;
    for (let i = 0; i < termCount; i++) {
      const t = terms[i] as number;
      termMark[t] = idfs[t] as number;
    }
    try {
      for (let i = 0; i < read; i++) {
        const t = terms[i] as number;
        const w = idfs[t] as number;
        const first = start[t] as number;
        const end = start[t + 1] as number;
        SEARCH_WORK.postings += end - first;
        for (let p = first; p < end; p++) {
          const id = postings[p] as number;
          const sum = sums[id] as number;
          if (sum === 0) touched[touchedCount++] = id;
          sums[id] = sum + w;
        }
      }
      // Scored only when what it shares (added up, plus the lists not read) can reach the
      // threshold; scored as search() does (the weight shared summed in its term order).
      for (let j = 0; j < touchedCount; j++) {
        const id = touched[j] as number;
        const weight = weights[id] as number;
        const most = ((sums[id] as number) + unread) * SUM_MARGIN;
        sums[id] = 0;
        if (!((most / Q) * Math.min(1, weight > 0 ? most / weight : 0) * SUM_MARGIN >= at)) continue;
        SEARCH_WORK.scored++;
        let matched = 0;
        for (let p = docStart[id] as number; p < (docStart[id + 1] as number); p++)
          matched += termMark[docTerms[p] as number] as number;
        const qc = matched / Q;
        const dc = weight > 0 ? matched / weight : 0;
        const s = qc * dc;
        if (s < floor) continue;
        if (topDocs.length >= k) {
          const last = topScores[k - 1] as number;
          if (s < last || (s === last && id > (topDocs[k - 1] as number))) continue;
        }
        let i = topDocs.length;
        while (
          i > 0 &&
          ((topScores[i - 1] as number) < s ||
            ((topScores[i - 1] as number) === s && (topDocs[i - 1] as number) > id))
        )
          i--;
        topDocs.splice(i, 0, id);
        topScores.splice(i, 0, s);
        if (topDocs.length > k) {
          topDocs.pop();
          topScores.pop();
        }
        if (topDocs.length >= k) at = topScores[k - 1] as number;
      }
    } finally {
      for (let i = 0; i < termCount; i++) termMark[terms[i] as number] = 0;
      // Left at 0 for the next search (an exception above may have left some summed).
      for (let j = 0; j < touchedCount; j++) sums[touched[j] as number] = 0;
    }
    return topDocs;
  }

  /**
   * A number that changes with every weight of the index (each document's, each term's idf) and
   * with its documents' terms: two frozen indexes that give it are, to all purposes, the same
   * index. What closest() found on one is what it finds on the other (see same-claim.ts).
   */
  fingerprint(): number {
    if (this.building) throw new Error('TermIndex is not frozen: call freeze() first');
    const { weights, idfs, docStart, docTerms } = this;
    let sum = this.count + docTerms.length / 7;
    for (let i = 0; i < this.count; i++) sum += (weights[i] as number) * ((i % 13) + 1);
    for (let i = 0; i < idfs.length; i++) sum += (idfs[i] as number) * ((i % 11) + 1);
    for (let i = 0; i < this.count; i += 97) sum += (docTerms[docStart[i] as number] ?? 0) / 3;
    return sum;
  }

  /**
   * The documents of the posting list postings[from, to) as bits (bit `id & 31` of word `id >>> 5`),
   * kept for the next searches while they take at most BITSET_WORDS in all (the index is frozen: a
   * list never changes), else made afresh in a scratch set. Made from the whole list: a document
   * found is of use only before where the list is read to (see toRead()), so it holds the term
   * there or not at all, and the bits add the same weights as reading the list to its end.
   */
  private bitsetOf(postings: Int32Array, from: number, to: number): Uint32Array {
    let kept = this.bitsets.find((b) => b.of === postings);
    if (!kept) {
      kept = { of: postings, sets: new Map() };
      this.bitsets.push(kept);
    }
    const found = kept.sets.get(to);
    if (found) return found;
    const words = (this.count + 31) >>> 5;
    let bits: Uint32Array;
    if (this.bitsetWords + words <= BITSET_WORDS) {
      bits = new Uint32Array(words);
      kept.sets.set(to, bits);
      this.bitsetWords += words;
    } else {
      // (A scratch set per list read back in this call: at most a few dozen.)
      bits = new Uint32Array(words);
    }
    for (let p = from; p < to; p++) {
      const id = postings[p] as number;
      bits[id >>> 5] = (bits[id >>> 5] as number) | (1 << (id & 31));
    }
    return bits;
  }

  /** The powers of the documents' weights for a power shape's exponent (see `powers`). */
  private weightPowers(exponent: number): Float64Array {
    const kept = this.powers;
    if (kept && kept.exponent === exponent && kept.of === this.weights) return kept.values;
    const values = kept && kept.values.length === this.count ? kept.values : new Float64Array(this.count);
    values.fill(-1);
    this.powers = { exponent, of: this.weights, values };
    return values;
  }

  /** Marks a document seen by the current search (`search`), and keeps it in seenList. */
  private see(id: number, search: number): void {
    this.seenAt[id] = search;
    if (this.seenCount === this.seenList.length) {
      const longer = new Int32Array(this.seenList.length * 2);
      longer.set(this.seenList);
      this.seenList = longer;
    }
    this.seenList[this.seenCount++] = id;
  }

  /** accumulate()'s and closest()'s scratch arrays, one entry per document (made when first needed). */
  private scratch(): void {
    const n = this.count;
    if (this.sums.length === n) return;
    this.sums = new Float32Array(n);
    this.nearSums = new Float32Array(n);
    this.summedAt = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.bounds = new Float64Array(n);
    this.byBound = new Int32Array(n);
  }

  /**
   * Walks postings, lightest document first, scoring each document once, until no document not
   * yet seen can reach the threshold: see the comment at the top of the file. Lists whose
   * documents cannot reach it unless they also hold a term walked anyway are not walked (the
   * idea of MaxScore: "how many soldiers" walks the short list of "soldiers", not the long one
   * of "how many"); the rarest term's list is walked first, to raise the threshold early.
   *
   * Score-only terms (the story around a question) have lists too: a document not seen in them
   * holds them only if it weighs at least their head, which bounds what they can add. When the
   * question has only common words, the shorter ones are walked first, whole (a document found
   * there is scored if it holds a term that brings candidates in): then the documents left hold
   * none of them. The others are never walked; their heads bound what they add. ("Mabreir on the harbour: what was said?" asks
   * only "said", found in half the passages; without this, every one of them could hold the
   * story's words, and every one was scored.)
   */
  private walk(
    lists: PostingList[],
    postings: Int32Array,
    search: number,
    Q: number,
    maxFactor: number,
    shape: Shape,
    maxBoost: number,
    threshold: () => number,
    score: (id: number) => void,
    /** What accumulate() would read at a threshold (countOnly: only `postings` is of use). */
    reading: (at: number, countOnly?: boolean) => ToRead,
  ): boolean {
    const { weights, seenAt } = this;
    /**
     * Postings read: once reading them cost as much as accumulate() would to finish the search
     * (WALK_COST times as many postings as it would read), the walk gives way to it.
     */
    let read = 0;
    const giveWay = () => read * WALK_COST >= reading(threshold(), true).postings;
    const length = (l: PostingList | undefined) => (l ? l.to - l.from : 0);
    const candidate = (id: number) => this.broughtIn(id);
    const bringing = lists.filter((l) => l.bringsIn);
    // No document of this kind holds a term that brings candidates in: there are none.
    if (bringing.length === 0) return true;
    // The score-only lists, shortest first, walked whole while together they are shorter than
    // the shortest list that brings candidates in: a question with a rare word finds its best
    // documents in that word's short list, and the story's words need not be walked.
    let budget = Number.POSITIVE_INFINITY;
    for (const l of bringing) budget = Math.min(budget, l.to - l.from);
    const context = lists.filter((l) => !l.bringsIn).sort((a, b) => a.to - a.from - (b.to - b.from));
    const unwalked: PostingList[] = [];
    const whole: PostingList[] = [];
    for (const l of context) {
      if (l.to - l.from > budget) {
        unwalked.push(l);
        continue;
      }
      budget -= l.to - l.from;
      read += l.to - l.from;
      whole.push(l);
    }
    /** A score-only list walked whole: each document in it that a term brings in is scored. */
    const walkWhole = (l: PostingList) => {
      SEARCH_WORK.postings += l.to - l.from;
      for (let p = l.from; p < l.to; p++) {
        const id = postings[p] as number;
        if (seenAt[id] === search) continue;
        this.see(id, search);
        if (candidate(id)) score(id);
      }
    };
    if (whole.length > 0 && giveWay()) {
      // Giving way before any document is scored: at a threshold of 0, accumulate() would read
      // every list to its end and bound every document found. The shortest of these lists are
      // walked first while they cost at most half of what it would read ("X on the Y: what was
      // said?" in a long message: "said", in half the passages, is the only term that brings
      // candidates in, and the story's rare words find its best ones): the threshold they reach
      // lets it leave the longest lists unread. Scoring a document more never changes the k best.
      let seeded = 0;
      for (const l of whole) {
        seeded += l.to - l.from;
        if (seeded * WALK_COST * SEED_SHARE > reading(threshold(), true).postings) break;
        walkWhole(l);
      }
      return false;
    }
    for (const l of whole) walkWhole(l);
    let active = bringing;
    /** The lists walked now, heaviest term first (plan() fills it). */
    const walked: PostingList[] = [];
    // plan()'s working arrays, made once per walk (it runs every few documents): the lists, their
    // heads, their order by head and by length, and which are skipped (1: skipped, or never walked).
    const all: PostingList[] = [];
    const most = active.length + unwalked.length;
    const heads = new Float64Array(most);
    const byHead = new Int32Array(most);
    const byLength = new Int32Array(most);
    const skipped = new Uint8Array(most);
    /**
     * Which lists to walk: the longest ones are the most worth skipping, and a set of lists can
     * be skipped when a document not seen yet whose walked terms are among them (and the
     * score-only terms not walked) cannot reach the threshold. Such a document weighs at least
     * the heaviest head among its terms, shares at most their weight, and holds at least one
     * term that brings it in: the bound is read off the lists in order of their heads. (Sorts by
     * insertion, stable, into the arrays above: no allocation.)
     */
    const plan = () => {
      const at = threshold();
      all.length = 0;
      for (const l of active) all.push(l);
      for (const l of unwalked) all.push(l);
      for (let i = 0; i < all.length; i++) {
        const h = weights[postings[(all[i] as PostingList).from] as number] as number;
        heads[i] = h;
        let j = i;
        for (; j > 0 && (heads[byHead[j - 1] as number] as number) > h; j--)
          byHead[j] = byHead[j - 1] as number;
        byHead[j] = i;
      }
      skipped.fill(0, 0, active.length);
      skipped.fill(1, active.length, all.length);
      for (let i = 0; i < active.length; i++) {
        const n = length(active[i]);
        let j = i;
        for (; j > 0 && length(active[byLength[j - 1] as number]) < n; j--)
          byLength[j] = byLength[j - 1] as number;
        byLength[j] = i;
      }
      for (let x = 0; x < active.length; x++) {
        const i = byLength[x] as number;
        // The bound of a document not seen yet whose walked terms are among the skipped lists
        // and this one (worked out here, not by a call: a float returned is allocated).
        let matched = 0;
        let brings = false;
        let best = Number.NEGATIVE_INFINITY;
        for (let y = 0; y < all.length; y++) {
          const h = byHead[y] as number;
          if (skipped[h] === 0 && h !== i) continue;
          const l = all[h] as PostingList;
          matched += l.weight;
          brings ||= l.bringsIn;
          if (brings)
            best = Math.max(
              best,
              shapeBound(shape, Q > 0 ? matched / Q : 0, Math.min(maxFactor, matched / (heads[h] as number))),
            );
        }
        // A margin for rounding: the same weights summed in another order may differ in the last bit.
        if (best * maxBoost * (1 + 1e-9) < at) skipped[i] = 1;
      }
      walked.length = 0;
      for (let i = 0; i < active.length; i++) {
        if (skipped[i] !== 0) continue;
        const l = active[i] as PostingList;
        let j = walked.length;
        walked.push(l);
        for (; j > 0 && (walked[j - 1] as PostingList).weight < l.weight; j--)
          walked[j] = walked[j - 1] as PostingList;
        walked[j] = l;
      }
    };
    if (giveWay()) return false;
    plan();
    // Planning costs a pass over the lists per list: with many (a whole sentence's terms, see
    // same-claim.ts), it is done less often. Walking a few documents more never changes the result.
    const every = Math.max(8, 2 * (active.length + unwalked.length));
    let steps = 0;
    while (walked.length > 0) {
      read++;
      SEARCH_WORK.postings++;
      const list = walked[0] as PostingList;
      const id = postings[list.from] as number;
      list.from++;
      if (seenAt[id] !== search) {
        this.see(id, search);
        score(id);
      }
      const done = list.from >= list.to;
      if (done) active = active.filter((l) => l !== list);
      // The threshold rises and the heads get heavier: re-plan every few documents.
      if (done || ++steps % every === 0) {
        if (giveWay()) return false;
        plan();
      }
    }
    return true;
  }

  /**
   * Which lists accumulate() would read at a threshold: not the longest ones whose terms together
   * cannot make a document useful (the idea of MaxScore); their weight is added to every bound
   * instead. Such a document weighs at least its terms' idf, and a term weighs at most maxFactor
   * times its idf in the question.
   */
  private toRead(
    lists: readonly PostingList[],
    starts: readonly number[],
    postingDocs: Int32Array,
    Q: number,
    maxFactor: number,
    shape: Shape,
    maxBoost: number,
    at: number,
    countOnly = false,
  ): ToRead {
    const margin = 1 + MARGIN;
    // Only the count (the walk asks it every few documents): in arrays kept for it.
    if (countOnly && this.readSkipped.length < lists.length) {
      this.readSkipped = new Uint8Array(lists.length * 2);
      this.readEnds = new Int32Array(lists.length * 2);
      this.readOrder = new Int32Array(lists.length * 2);
    }
    const skipped = countOnly ? this.readSkipped.fill(0, 0, lists.length) : new Uint8Array(lists.length);
    let skippedWeight = 0;
    let skippedBrings = false;
    let postings = 0;
    // Where each list stops being worth reading: its postings are lightest first, and a document
    // weighing w shares at most every list's weight, so its score is at most shape(total / Q,
    // total / w) at the largest boost. Once that is under the threshold, the rest of the list
    // holds no document of use, whatever other lists it is in (found there, it falls under the
    // threshold too: its bound is no more than this).
    let total = 0;
    for (const l of lists) total += l.weight;
    total *= margin;
    const qc = Q > 0 ? total / Q : 0;
    const { weights } = this;
    const ends = countOnly ? this.readEnds : new Int32Array(lists.length);
    // Longest part to read first (a stable insertion sort: a question has a few dozen lists).
    const byLength = countOnly ? this.readOrder : new Int32Array(lists.length);
    // The power shape's bound (shapeBound) at a document coverage of min(most, total / w) is
    // qc * min((most / qc) ** (1 - p), Q ** (1 - p) * w ** (p - 1)): the document's power kept
    // between searches (see accumulate()), not one a step of the binary search.
    const most = maxFactor * margin;
    const powers = shape.form === 1 && qc > 0 && at > 0 ? this.weightPowers(shape.p) : null;
    const mostPower = powers !== null ? (most / qc) ** (1 - shape.p) : 0;
    const qPower = powers !== null ? Q ** (1 - shape.p) : 0;
    // Where the last call of this search left each list's end: the threshold only rises, so every
    // posting past it is still of no use, and the end is looked for before it, nearest first.
    const last = this.lastRead;
    const again = last.lists === lists && last.starts === starts && at >= last.at;
    if (!again) {
      if (last.ends.length < lists.length) last.ends = new Int32Array(lists.length * 2);
      last.lists = lists;
      last.starts = starts;
    }
    last.at = at;
    const lastEnds = last.ends;
    /** Whether the document at posting `p` is of no use (its bound under `at`; it only falls along a list). */
    const useless = (p: number) => {
      const doc = postingDocs[p] as number;
      const w = weights[doc] as number;
      let bound: number;
      if (powers !== null) {
        let power = powers[doc] as number;
        if (power < 0) {
          power = w > 0 ? w ** (shape.p - 1) : 0;
          powers[doc] = power;
        }
        bound = qc * (w > 0 ? Math.min(mostPower, qPower * power) : mostPower);
      } else bound = shapeBound(shape, qc, w > 0 ? Math.min(most, total / w) : most);
      return bound * maxBoost * margin < at;
    };
    for (let i = 0; i < lists.length; i++) {
      const l = lists[i] as PostingList;
      // The first posting whose document is of no use: every one from `hi` is, none before `lo`.
      let lo = starts[i] as number;
      let hi = again ? Math.min(l.to, lastEnds[i] as number) : l.to;
      if (at > 0) {
        // Back from where it was by steps that double (most calls find it where it was, or a few
        // postings before: the threshold rose a little), then a binary search between.
        for (let step = 1; again && hi - step >= lo; step *= 2) {
          if (!useless(hi - step)) {
            lo = hi - step + 1;
            break;
          }
          hi -= step;
        }
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (useless(mid)) hi = mid;
          else lo = mid + 1;
        }
      } else lo = hi;
      ends[i] = lo;
      lastEnds[i] = lo;
      const n = lo - (starts[i] as number);
      let j = i;
      for (; j > 0; j--) {
        const before = byLength[j - 1] as number;
        if ((ends[before] as number) - (starts[before] as number) >= n) break;
        byLength[j] = before;
      }
      byLength[j] = i;
    }
    // A document not seen yet that holds only terms of lists not read is in one of them past
    // where the walk left it (`from`: what comes before was seen), so it weighs at least the
    // lightest of their heads.
    let lightest = Number.POSITIVE_INFINITY;
    for (let x = 0; x < lists.length; x++) {
      const i = byLength[x] as number;
      const l = lists[i] as PostingList;
      const w = skippedWeight + l.weight;
      const head =
        l.from < l.to ? (weights[postingDocs[l.from] as number] as number) : Number.POSITIVE_INFINITY;
      const light = Math.min(lightest, head);
      const dc = light > 0 ? Math.min(maxFactor, w / light) : maxFactor;
      if (shapeBound(shape, Q > 0 ? (w * margin) / Q : 0, dc * margin) * maxBoost * margin >= at) {
        postings += (ends[i] as number) - (starts[i] as number);
        continue;
      }
      skipped[i] = 1;
      skippedWeight = w;
      skippedBrings ||= l.bringsIn;
      lightest = light;
    }
    if (!countOnly) return { skipped, skippedWeight, skippedBrings, postings, ends };
    // The count only (every few documents of a walk): in an object kept for it, no new one.
    const counted = this.readCount;
    counted.skipped = skipped;
    counted.skippedWeight = skippedWeight;
    counted.skippedBrings = skippedBrings;
    counted.postings = postings;
    counted.ends = ends;
    return counted;
  }

  /**
   * The list accumulate() would read that is longer than the others it would read together (and
   * than DEFERRED_LIST), or -1: reading the others first may leave it unread (see search()).
   */
  private longestRead(toRead: ToRead, starts: readonly number[]): number {
    let longest = -1;
    let most = 0;
    let all = 0;
    for (let i = 0; i < starts.length; i++) {
      if (toRead.skipped[i] === 1) continue;
      const n = (toRead.ends[i] as number) - (starts[i] as number);
      all += n;
      if (n > most) {
        most = n;
        longest = i;
      }
    }
    return longest >= 0 && most >= DEFERRED_LIST && most > all - most ? longest : -1;
  }

  /** Whether a document holds a term of the current search that brings candidates in. */
  private broughtIn(id: number): boolean {
    const { bringMark, docStart, docTerms } = this;
    for (let p = docStart[id] as number; p < (docStart[id + 1] as number); p++)
      if (bringMark[docTerms[p] as number] === 1) return true;
    return false;
  }

  /**
   * What the walk does, for a question whose lists are long and many (a long message, a whole
   * sentence's terms): every list read through once, term by term, adding each term's weight to
   * the documents that hold it (cheap: a few operations per posting, where the walk reads every
   * document's terms); then the documents are scored (score(), the same as the walk's) best bound
   * first, until no document left can reach the threshold. A document's bound is its score from
   * the weight added up (a margin for the other order of the sum) at the largest boost. Documents
   * the walk scored before it gave way (seenAt) are not scored again.
   */
  private accumulate(
    lists: PostingList[],
    starts: readonly number[],
    postings: Int32Array,
    search: number,
    toRead: ToRead,
    shape: Shape,
    Q: number,
    maxFactor: number,
    maxBoost: number,
    threshold: () => number,
    /** given: the document's terms summed as score() sums them, into this.summed (see there). */
    score: (id: number, given?: boolean) => void,
    /**
     * Another call may follow, reading lists this one does not: the documents this one finds are all
     * decided by it (scored, or under the threshold with a bound counting every list, which only
     * rises), and are marked seen, so that the next call neither bounds nor scores them again.
     */
    decides = false,
  ): void {
    this.scratch();
    const { weights, seenAt, sums, summedAt, touched, bounds, byBound } = this;
    const { termMark, bringMark, scoreOnlyMark, docStart, docTerms } = this;
    const { skipped, ends } = toRead;
    // Weights added up afresh at each call (a search may call it twice, see search()); a document
    // scored is marked seen, so that a second call neither reads nor scores it again. A document
    // whose weight is added up in this call has summedAt `round`, or `-round` once a list that
    // brings candidates in holds it (one array read and written a posting, not two). Only the
    // documents found in the first lists read are in `touched`, their sums set then: the lists
    // read after them add to every document they hold, and only those in `touched` are read.
    const round = ++this.searches;
    const brought = -round;
    // The documents seen before (scored by the walk, or by a first call) are marked in summedAt
    // too, with a number no other call uses: the lists read first then ask one array, not two.
    const seen = ++this.searches;
    for (let j = 0; j < this.seenCount; j++) summedAt[this.seenList[j] as number] = seen;
    const scoreOnce = (id: number, given = false) => {
      if (seenAt[id] !== search) this.see(id, search);
      score(id, given);
    };
    let touchedCount = 0;
    // When every list that brings candidates in is read, a document none of them holds (or holds
    // only past where it is read) is no candidate: those lists are read first, and the score-only
    // ones (the story around a long message: "said", "day") only add to the documents they found.
    // (The weights are then added in another order: the bounds' margin covers the last bit.)
    const broughtOnly = !toRead.skippedBrings;
    // The lightest document found: every one weighs at least the head of a list read here (its
    // postings are lightest first), which bounds how much of its weight it can share (below).
    let lightest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < lists.length; i++) {
      if (skipped[i] === 1) continue;
      const l = lists[i] as PostingList;
      const w = l.weight;
      const brings = l.bringsIn;
      if (broughtOnly && !brings) continue;
      const end = ends[i] as number;
      if ((starts[i] as number) < end)
        lightest = Math.min(lightest, weights[postings[starts[i] as number] as number] as number);
      SEARCH_WORK.postings += end - (starts[i] as number);
      for (let p = starts[i] as number; p < end; p++) {
        const id = postings[p] as number;
        const at = summedAt[id] as number;
        if (at === seen) continue;
        if (at !== round && at !== brought) {
          summedAt[id] = brings ? brought : round;
          sums[id] = w;
          touched[touchedCount++] = id;
        } else {
          sums[id] = (sums[id] as number) + w;
          if (brings) summedAt[id] = brought;
        }
      }
    }
    if (broughtOnly)
      for (let i = 0; i < lists.length; i++) {
        const l = lists[i] as PostingList;
        if (skipped[i] === 1 || l.bringsIn) continue;
        const w = l.weight;
        const end = ends[i] as number;
        SEARCH_WORK.postings += end - (starts[i] as number);
        // Added to every document of the list, found or not: the sum of a document not found is
        // never read (a document is found when first summed, and its sum set then), and adding
        // costs less than asking (most are not found, in no order a branch can guess).
        for (let p = starts[i] as number; p < end; p++) {
          const id = postings[p] as number;
          sums[id] = (sums[id] as number) + w;
        }
      }
    SEARCH_WORK.bounded += touchedCount;
    if (decides) for (let j = 0; j < touchedCount; j++) this.see(touched[j] as number, search);
    // The lists not read are read now for the documents found, when that costs less than reading
    // their terms one by one: their bounds are then closer, most fall under the threshold.
    let skippedWeight = 0;
    let skippedBrings = false;
    // A long list is read back by its bits instead (a bit a document found, below): a few
    // operations a document found, not a random write a posting.
    const bitLists = this.readBits;
    let bitCount = 0;
    for (let i = 0; i < lists.length; i++) {
      if (skipped[i] === 0) continue;
      const l = lists[i] as PostingList;
      const end = ends[i] as number;
      const n = end - (starts[i] as number);
      const w = l.weight;
      if (n >= BITSET_LIST && n * BITSET_SHARE >= touchedCount) {
        if (bitCount + 1 >= this.readBitWeights.length) {
          const weightsLonger = new Float64Array(bitCount * 2 + 2);
          weightsLonger.set(this.readBitWeights);
          this.readBitWeights = weightsLonger;
          const bringsLonger = new Uint8Array(bitCount * 2 + 2);
          bringsLonger.set(this.readBitBrings);
          this.readBitBrings = bringsLonger;
          this.readBitRest = new Float64Array(bitCount * 2 + 2);
          this.readBitRestBrings = new Uint8Array(bitCount * 2 + 2);
        }
        // Heaviest first (a stable insertion: a few lists): a document that lacks the heaviest is
        // dropped soonest, before the lighter ones are looked up (below).
        const bitWeights = this.readBitWeights;
        const bitBrings = this.readBitBrings;
        let place = bitCount;
        for (; place > 0 && (bitWeights[place - 1] as number) < w; place--) {
          bitLists[place] = bitLists[place - 1] as Uint32Array;
          bitWeights[place] = bitWeights[place - 1] as number;
          bitBrings[place] = bitBrings[place - 1] as number;
        }
        bitLists[place] = this.bitsetOf(postings, starts[i] as number, l.to);
        bitWeights[place] = w;
        bitBrings[place] = l.bringsIn ? 1 : 0;
        bitCount++;
        continue;
      }
      if (n > touchedCount * SKIPPED_READ) {
        skippedWeight += w;
        skippedBrings ||= l.bringsIn;
        continue;
      }
      SEARCH_WORK.postings += end - (starts[i] as number);
      // As above, to every document of the list; marking one not found as brought in does not
      // make it found (only the documents in `touched` are), and this call sums nothing more.
      if (l.bringsIn)
        for (let p = starts[i] as number; p < end; p++) {
          const id = postings[p] as number;
          sums[id] = (sums[id] as number) + w;
          summedAt[id] = brought;
        }
      else
        for (let p = starts[i] as number; p < end; p++) {
          const id = postings[p] as number;
          sums[id] = (sums[id] as number) + w;
        }
    }
    // The candidates (documents holding a term that brings them in, or that may, in a list not
    // read) and their bounds. A document sharing no more than `short` cannot reach the threshold
    // whatever its weight (its document coverage is at most maxFactor, and at most what it shares
    // over the lightest document found): one comparison drops it, before the lists read by their
    // bits are looked up and its own weight read.
    const margin = 1 + MARGIN;
    const at = threshold();
    // The power shape's bound, qc * (dc / qc) ** (1 - p) (shapeBound), is qc * Q ** (1 - p) *
    // weight ** (p - 1): the document's part kept from one search to the next (thousands of
    // documents are bounded a search, and a power costs more than the rest of a bound).
    const exponent = shape.p;
    const powers = shape.form === 1 ? this.weightPowers(exponent) : null;
    const qPower = Q > 0 ? Q ** (1 - exponent) : 0;
    // A document found shares at most maxFactor times its weight, and its weight is at least the
    // lightest found: its document coverage is at most min(maxFactor, matched / lightest). (The
    // shape never decreases as either coverage grows: one under this bound is under its own.)
    const reaches = (matched: number) =>
      shapeBound(
        shape,
        Q > 0 ? matched / Q : 0,
        (lightest > 0 ? Math.min(maxFactor, matched / lightest) : maxFactor) * margin,
      ) *
        maxBoost *
        margin >=
      at;
    // (-1: every document may, however little it shares.)
    let short = reaches(0) ? -1 : 0;
    // The most a document can share: every list's weight.
    let total = 0;
    for (const l of lists) total += l.weight;
    total *= 1 + 2 * MARGIN;
    if (!reaches(total)) return;
    for (let step = 0, long = total; short >= 0 && step < 48 && long - short > short * MARGIN; step++) {
      const mid = (short + long) / 2;
      if (reaches(mid)) long = mid;
      else short = mid;
    }
    let count = 0;
    let highest = 0;
    const bitWeights = this.readBitWeights;
    const bitBrings = this.readBitBrings;
    // What the lists read by their bits from the b-th on can add at most (rest[b]), and whether one
    // of them brings candidates in (restBrings[b]): a document that cannot be of use whatever they
    // hold is dropped before they are looked up, and after each one that does not hold it.
    const rest = this.readBitRest;
    const restBrings = this.readBitRestBrings;
    rest[bitCount] = 0;
    restBrings[bitCount] = 0;
    for (let b = bitCount - 1; b >= 0; b--) {
      rest[b] = (rest[b + 1] as number) + (bitWeights[b] as number);
      restBrings[b] = (restBrings[b + 1] as number) | (bitBrings[b] as number);
    }
    const bitWeight = rest[0] as number;
    const bitBringing = restBrings[0] === 1;
    for (let j = 0; j < touchedCount; j++) {
      const id = touched[j] as number;
      let sum = sums[id] as number;
      if (bitCount > 0) {
        const found = summedAt[id] === brought || skippedBrings;
        if (!bitBringing && !found) continue;
        if ((sum + bitWeight + skippedWeight) * SUM_MARGIN <= short) continue;
        // The lists read back by their bits, added as the loop above adds (single precision; in
        // another order than their lists', which SUM_MARGIN covers as it covers any order).
        const word = id >>> 5;
        const bit = 1 << (id & 31);
        let brings = false;
        let b = 0;
        for (; b < bitCount; b++)
          if (((bitLists[b] as Uint32Array)[word] as number) & bit) {
            sum = Math.fround(sum + (bitWeights[b] as number));
            if (bitBrings[b] === 1) brings = true;
          } else if (
            (sum + (rest[b + 1] as number) + skippedWeight) * SUM_MARGIN <= short ||
            (!brings && !found && restBrings[b + 1] === 0)
          )
            break;
        // Dropped as below, with less than every list it may be in: more would not keep it.
        if (b < bitCount) continue;
        if (brings) summedAt[id] = brought;
      }
      if (summedAt[id] !== brought && !skippedBrings) continue;
      // (Summed in single precision: SUM_MARGIN, not the margin of the other order of a sum.)
      const matched = (sum + skippedWeight) * SUM_MARGIN;
      if (matched <= short) continue;
      SEARCH_WORK.weighed++;
      // (Its weight read only where needed: one memory access a document, in no order.)
      let bound: number;
      if (powers !== null) {
        let power = powers[id] as number;
        if (power < 0) {
          const weight = weights[id] as number;
          power = weight > 0 ? weight ** (exponent - 1) : 0;
          powers[id] = power;
        }
        bound = (Q > 0 ? matched / Q : 0) * qPower * power * maxBoost * margin;
      } else {
        const weight = weights[id] as number;
        bound =
          shapeBound(shape, Q > 0 ? matched / Q : 0, weight > 0 ? matched / weight : 0) * maxBoost * margin;
      }
      // Under the threshold, which only rises: never scored below.
      if (bound < at) continue;
      touched[count] = id;
      bounds[count] = bound;
      count++;
      if (bound > highest) highest = bound;
    }
    if (count === 0 || !(highest > 0)) {
      // Every bound 0: each one scores 0, and is of use only while the threshold is 0 too.
      for (let j = 0; j < count; j++) {
        if (threshold() > 0) return;
        const id = touched[j] as number;
        if (summedAt[id] === brought || this.broughtIn(id)) scoreOnce(id);
      }
      return;
    }
    // Best bound first, by buckets of bounds (a counting sort: no comparisons).
    // (Arrays kept on the index, as the ones above: a search never runs inside another.)
    const { buckets, bucketFill: fill } = this;
    buckets.fill(0);
    const bucketOf = (bound: number) => Math.min(BUCKETS - 1, Math.floor((bound / highest) * BUCKETS));
    for (let j = 0; j < count; j++) {
      const b = BUCKETS - 1 - bucketOf(bounds[j] as number);
      buckets[b + 1] = (buckets[b + 1] as number) + 1;
    }
    for (let b = 0; b < BUCKETS; b++) buckets[b + 1] = (buckets[b + 1] as number) + (buckets[b] as number);
    for (let b = 0; b < BUCKETS; b++) fill[b] = buckets[b] as number;
    for (let j = 0; j < count; j++) {
      const b = BUCKETS - 1 - bucketOf(bounds[j] as number);
      byBound[fill[b] as number] = j;
      fill[b] = (fill[b] as number) + 1;
    }
    // The threshold changes only when a document is scored: asked again then (a call that
    // returns a float allocates it, and this loop may look at thousands of documents).
    let now = threshold();
    for (let b = 0; b < BUCKETS; b++) {
      // No bound in this bucket or those after it is above its top edge.
      const edge = ((BUCKETS - b) / BUCKETS) * highest * margin;
      if (edge < now) return;
      for (let k = buckets[b] as number; k < (buckets[b + 1] as number); k++) {
        const j = byBound[k] as number;
        if ((bounds[j] as number) < now) continue;
        // Its bound again from the terms it holds (what score() sums, in the same order: the same
        // floats, handed to it so that it does not read them again; the margin for shapeBound's
        // last bits): most documents end here, without the score's look-ups (a boost).
        const id = touched[j] as number;
        let matched = 0;
        let scoreOnlyMatched = 0;
        let brings = summedAt[id] === brought;
        for (let p = docStart[id] as number; p < (docStart[id + 1] as number); p++) {
          const t = docTerms[p] as number;
          const w = termMark[t] as number;
          matched += w;
          if (scoreOnlyMark[t] === 1) scoreOnlyMatched += w;
          else if (bringMark[t] === 1) brings = true;
        }
        if (!brings) continue;
        const most =
          powers !== null
            ? (Q > 0 ? matched / Q : 0) * qPower * (powers[id] as number)
            : shapeBound(
                shape,
                Q > 0 ? matched / Q : 0,
                (weights[id] as number) > 0 ? matched / (weights[id] as number) : 0,
              );
        if (most * maxBoost * margin < now) continue;
        this.summed[0] = matched;
        this.summed[1] = scoreOnlyMatched;
        scoreOnce(id, true);
        now = threshold();
      }
    }
  }
}

/** A document's terms as a set-like view on the index's storage (nothing copied). */
class DocTermsView implements DocTerms {
  constructor(
    private readonly index: TermIndex,
    private readonly id: number,
  ) {}
  has(term: Term): boolean {
    return this.index.docHas(this.id, term);
  }
  get size(): number {
    return this.index.docTermCount(this.id);
  }
  [Symbol.iterator](): Iterator<Term> {
    return this.index.docTermNames(this.id);
  }
}

/** search()'s k best so far, best first: each one's numbers, in arrays of `size` places. */
class TopK {
  readonly id: Int32Array;
  readonly group: Int32Array;
  readonly matched: Float64Array;
  readonly scoreOnlyMatched: Float64Array;
  readonly qc: Float64Array;
  readonly dc: Float64Array;
  readonly base: Float64Array;
  readonly score: Float64Array;
  constructor(readonly size: number) {
    this.id = new Int32Array(size);
    this.group = new Int32Array(size);
    this.matched = new Float64Array(size);
    this.scoreOnlyMatched = new Float64Array(size);
    this.qc = new Float64Array(size);
    this.dc = new Float64Array(size);
    this.base = new Float64Array(size);
    this.score = new Float64Array(size);
  }

  /**
   * Takes out place `at` of the first `count`. (Element by element: a search inserts a few
   * hundred times, and eight copyWithin calls a time cost more than moving a few dozen numbers.)
   */
  remove(at: number, count: number): void {
    const { id, group, matched, scoreOnlyMatched, qc, dc, base, score } = this;
    for (let j = at; j < count - 1; j++) {
      id[j] = id[j + 1] as number;
      group[j] = group[j + 1] as number;
      matched[j] = matched[j + 1] as number;
      scoreOnlyMatched[j] = scoreOnlyMatched[j + 1] as number;
      qc[j] = qc[j + 1] as number;
      dc[j] = dc[j + 1] as number;
      base[j] = base[j + 1] as number;
      score[j] = score[j + 1] as number;
    }
  }

  /** Puts one in at place `at` of the first `count` (count < size), those from `at` on moved one place down. */
  insert(
    at: number,
    count: number,
    id: number,
    group: number,
    matched: number,
    scoreOnlyMatched: number,
    qc: number,
    dc: number,
    base: number,
    score: number,
  ): void {
    for (let j = count; j > at; j--) {
      this.id[j] = this.id[j - 1] as number;
      this.group[j] = this.group[j - 1] as number;
      this.matched[j] = this.matched[j - 1] as number;
      this.scoreOnlyMatched[j] = this.scoreOnlyMatched[j - 1] as number;
      this.qc[j] = this.qc[j - 1] as number;
      this.dc[j] = this.dc[j - 1] as number;
      this.base[j] = this.base[j - 1] as number;
      this.score[j] = this.score[j - 1] as number;
    }
    this.id[at] = id;
    this.group[at] = group;
    this.matched[at] = matched;
    this.scoreOnlyMatched[at] = scoreOnlyMatched;
    this.qc[at] = qc;
    this.dc[at] = dc;
    this.base[at] = base;
    this.score[at] = score;
  }
}

/** What accumulate() reads (see TermIndex.toRead). */
interface ToRead {
  /** 1: the list is not read. */
  skipped: Uint8Array;
  /** The weight of the lists not read, and whether one of them brings candidates in. */
  skippedWeight: number;
  skippedBrings: boolean;
  /** How many postings are read. */
  postings: number;
  /** Where reading each list stops (past it, no document can reach the threshold). */
  ends: Int32Array;
}

interface PostingList {
  /** The next posting to read, and the end of the list. */
  from: number;
  to: number;
  /** The term's weight in the question. */
  weight: number;
  /** Whether the term brings candidates in (else it only adds to their score). */
  bringsIn: boolean;
}

/**
 * Reading a posting in the walk (scoring a document, planning) costs about WALK_COST times reading
 * one in accumulate(): the walk gives way once it has read as much. (Measured on the long messages
 * at 50,000 passages, issue 15: a document's terms read cost far more than a posting added up; at
 * 8, the bench's searches scored 53,878 documents, at 32 34,668, for 10% more postings read.)
 */
const WALK_COST = 32;
/** The walk's seed (see walk()) costs at most 1 / SEED_SHARE of what accumulate() would read without it. */
const SEED_SHARE = 2;
/** A list read after the others (see search()) only when at least this long: else it is read with them. */
const DEFERRED_LIST = 1024;
/** A list not read by accumulate() is read for the documents found when at most this many times as long. */
const SKIPPED_READ = 4;
/**
 * A list accumulate() reads back for the documents found is read by its bits (bitsetOf) when at
 * least this long and at least 1 / BITSET_SHARE as long as the documents found are many.
 */
const BITSET_LIST = 512;
const BITSET_SHARE = 1;
/** The most 32-bit words of bits kept on an index (4 MB). */
const BITSET_WORDS = 1 << 20;
/** A margin for rounding: the same weights summed in another order may differ in the last bit. */
const MARGIN = 1e-9;
/**
 * The margin on a bound summed in single precision (closest(), accumulate()): a float32 sum of n
 * positive weights is within n * 2 ** -24 of the exact one (a few dozen terms: about 1e-6; a
 * question's longest, a few hundred words: under 2e-5). Every weight is far above float32's
 * smallest (an idf is at least about 0.5 / documents).
 */
const SUM_MARGIN = 1 + 1e-4;
/** How finely accumulate() orders documents by bound. */
const BUCKETS = 256;

/**
 * Patching's renumbering: each term of `names` (this index's, the first `carried` numbered as in
 * base) to base's number, -1 for a term base does not have, and back; the terms after the carried
 * ones that both have (in this index's order); whether any number differs.
 */
function numbering(
  names: readonly Term[],
  baseIds: ReadonlyMap<Term, number>,
  baseTerms: number,
  carried: number,
): { newToOld: Int32Array; oldToNew: Int32Array; later: number[]; renumbered: boolean } {
  const terms = names.length;
  const newToOld = new Int32Array(terms);
  const oldToNew = new Int32Array(baseTerms).fill(-1);
  let renumbered = terms !== baseTerms;
  const later: number[] = [];
  for (let t = 0; t < terms; t++) {
    const old = t < carried ? t : (baseIds.get(names[t] as Term) ?? -1);
    newToOld[t] = old;
    if (old !== t) renumbered = true;
    if (old < 0) continue;
    oldToNew[old] = t;
    if (t >= carried) later.push(t);
  }
  return { newToOld, oldToNew, later, renumbered };
}

/** Where each term's postings start, from base's list lengths (renumbered) and how many more or fewer. */
function patchedStarts(
  baseStart: Int32Array,
  newToOld: Int32Array,
  delta: ReadonlyMap<number, number>,
): Int32Array {
  const terms = newToOld.length;
  const start = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) {
    const old = newToOld[t] as number;
    const length =
      (old >= 0 ? (baseStart[old + 1] as number) - (baseStart[old] as number) : 0) + (delta.get(t) ?? 0);
    start[t + 1] = (start[t] as number) + length;
  }
  return start;
}

/** The lists not marked dirty copied from base's storage, in runs of consecutive terms. */
function copyCleanLists(
  baseStart: Int32Array,
  baseDocs: Int32Array,
  start: Int32Array,
  postings: Int32Array,
  newToOld: Int32Array,
  dirty: Uint8Array,
): void {
  const terms = newToOld.length;
  let t = 0;
  while (t < terms) {
    const old = newToOld[t] as number;
    if (dirty[t] === 1 || old < 0) {
      t++;
      continue;
    }
    let end = t + 1;
    while (end < terms && dirty[end] === 0 && newToOld[end] === old + (end - t)) end++;
    postings.set(
      baseDocs.subarray(baseStart[old] as number, baseStart[old + (end - t)] as number),
      start[t] as number,
    );
    t = end;
  }
}

/**
 * Each document of `docs` weighed again with `idfs` (the sum of its terms' idfs, in the order of
 * its term numbers) into `into.weights`; the lists of its terms, in `into.dirtyLists` of its kind,
 * marked to sort again when it differs from base's (`was.isChanged`) or its weight changed.
 */
function reweighDocuments(
  docs: readonly number[],
  index: { docStart: Int32Array; docTerms: Int32Array; kinds: Uint8Array },
  idfs: Float64Array,
  was: { isChanged: Uint8Array; before: Float64Array },
  into: { weights: Float64Array; dirtyLists: Uint8Array[] },
): void {
  const { docStart, docTerms, kinds } = index;
  const { isChanged, before } = was;
  const { weights, dirtyLists } = into;
  for (let k = 0; k < docs.length; k++) {
    const i = docs[k] as number;
    const from = docStart[i] as number;
    const to = docStart[i + 1] as number;
    let w = 0;
    for (let p = from; p < to; p++) w += idfs[docTerms[p] as number] as number;
    weights[i] = w;
    if (isChanged[i] === 0 && Object.is(w, before[i])) continue;
    const dirty = dirtyLists[kinds[i] as number] as Uint8Array;
    for (let p = from; p < to; p++) dirty[docTerms[p] as number] = 1;
  }
}

/**
 * The lists marked dirty: base's list without the documents that differ, then `added(term)`, and
 * sorted again (see sortByWeight).
 */
function rebuildDirtyLists(
  base: { start: Int32Array; docs: Int32Array },
  into: { start: Int32Array; docs: Int32Array },
  how: {
    newToOld: Int32Array;
    dirty: Uint8Array;
    isChanged: Uint8Array;
    added: (term: number) => readonly number[];
    weights: Float64Array;
  },
): void {
  const { newToOld, dirty, isChanged, added, weights } = how;
  const { start, docs: postings } = into;
  for (let u = 0; u < newToOld.length; u++) {
    if (dirty[u] === 0) continue;
    const old = newToOld[u] as number;
    const from = start[u] as number;
    let at = from;
    if (old >= 0)
      at = copyUnchanged(
        base.docs,
        base.start[old] as number,
        base.start[old + 1] as number,
        isChanged,
        postings,
        at,
      );
    for (const d of added(u)) postings[at++] = d;
    if (at !== start[u + 1])
      throw new Error(
        `TermIndex.patching: list ${u} has ${at - from} postings, not ${(start[u + 1] as number) - from}`,
      );
    sortByWeight(postings, from, at, weights);
  }
}

/**
 * Copies `from[start..end)` into `to` from `at`, leaving out the documents marked in `changed`;
 * returns where it stopped.
 */
function copyUnchanged(
  from: Int32Array,
  start: number,
  end: number,
  changed: Uint8Array,
  to: Int32Array,
  at: number,
): number {
  let next = at;
  for (let p = start; p < end; p++) {
    const d = from[p] as number;
    if (changed[d] === 0) to[next++] = d;
  }
  return next;
}

/**
 * Sorts `postings[from..to)` lightest first, ties by position, by insertion: when the list was
 * sorted by weights that changed little, few documents move, a short way.
 */
function sortByWeight(postings: Int32Array, from: number, to: number, weights: Float64Array): void {
  for (let p = from + 1; p < to; p++) {
    const d = postings[p] as number;
    const w = weights[d] as number;
    let q = p - 1;
    while (q >= from) {
      const e = postings[q] as number;
      const v = weights[e] as number;
      if (v < w || (v === w && e < d)) break;
      postings[q + 1] = e;
      q--;
    }
    postings[q + 1] = d;
  }
}

/** Ranking order: the higher score first, then the group added first. */
function before(a: Hit, b: Hit): boolean {
  return a.score > b.score || (a.score === b.score && a.doc.group < b.doc.group);
}

/** Where a float's low 32 bits are in a Uint32Array on it: 0 on little-endian machines. */
const LOW = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;

/**
 * Document positions by weight, lightest first, ties by position: a stable radix sort on the
 * weights' bits (for numbers >= 0 their order as unsigned integers is their order as numbers),
 * sixteen bits at a time; a few milliseconds at 60,000 documents where a sort with a comparator
 * takes tens (issue 15: it runs at every reload).
 */
export function lightestFirst(weights: Float64Array): Int32Array {
  const n = weights.length;
  // weights[i]'s low 32 bits are bits[2i + LOW], its high ones bits[2i + 1 - LOW].
  const bits = new Uint32Array(weights.buffer, weights.byteOffset, n * 2);
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const counts = new Int32Array(65537);
  for (let pass = 0; pass < 4; pass++) {
    const half = pass >> 1 === 0 ? LOW : 1 - LOW;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = ((bits[2 * i + half] as number) >>> shift) & 0xffff;
      counts[digit + 1] = (counts[digit + 1] as number) + 1;
    }
    for (let d = 0; d < 65536; d++) counts[d + 1] = (counts[d + 1] as number) + (counts[d] as number);
    for (let j = 0; j < n; j++) {
      const i = order[j] as number;
      const digit = ((bits[2 * i + half] as number) >>> shift) & 0xffff;
      next[counts[digit] as number] = i;
      counts[digit] = (counts[digit] as number) + 1;
    }
    [order, next] = [next, order];
  }
  return order;
}

/**
 * The positions of the numbers of a list that are not in one of its longest increasing
 * subsequences: the fewest to take out for the rest to be in order (none for a sorted list).
 */
export function outOfOrder(values: readonly number[]): number[] {
  /** tails[l]: the position of the smallest last value of an increasing subsequence of length l + 1. */
  const tails: number[] = [];
  const before = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const kept = new Uint8Array(values.length);
  for (let i = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; i >= 0; i = before[i] as number)
    kept[i] = 1;
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (kept[i] === 0) out.push(i);
  return out;
}

/**
 * A document's term numbers written from `at`, as added into `added` and sorted into `sorted`;
 * returns the end. Element by element, and sorted by insertion: a document has a few terms, and
 * TypedArray.set from an array and a subarray's sort cost more per call than that (8,700 curated
 * wordings a reload at 50,000 passages).
 */
function storeTerms(terms: readonly number[], added: Int32Array, sorted: Int32Array, at: number): number {
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k] as number;
    added[at + k] = t;
    let q = at + k - 1;
    while (q >= at && (sorted[q] as number) > t) {
      sorted[q + 1] = sorted[q] as number;
      q--;
    }
    sorted[q + 1] = t;
  }
  return at + terms.length;
}

/** Whether `a` and `b` hold the same values from `from` to `to`. */
function sameFrom(a: ArrayLike<number>, b: ArrayLike<number>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** How many of the first `n` values are each value below `size`. */
function countsOf(values: Int32Array, n: number, size: number): Int32Array {
  const counts = new Int32Array(size);
  for (let i = 0; i < n; i++) counts[values[i] as number] = (counts[values[i] as number] as number) + 1;
  return counts;
}

/** `into[t] = from[newToOld[t]]` for every t with a number in `from` (newToOld[t] >= 0). */
function renumberedInto(
  newToOld: Int32Array,
  from: ArrayLike<number>,
  into: Int32Array | Float64Array,
): void {
  for (let t = 0; t < newToOld.length; t++) {
    const old = newToOld[t] as number;
    if (old >= 0) into[t] = from[old] as number;
  }
}

/** The largest value of a list of numbers >= 0, plus one (0 for an empty list). */
function maxPlusOne(values: Int32Array): number {
  let most = 0;
  for (let i = 0; i < values.length; i++) most = Math.max(most, (values[i] as number) + 1);
  return most;
}

/** BM25's inverse document frequency of a term found in `df` of `n` documents, at most `max`. */
function idfOf(n: number, df: number, max: number): number {
  return Math.min(max, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
}

/** See TermIndex.rareIdf: the weight of a term held by one document, averaged over the documents. */
function rareIdfOf(sources: Int32Array, max: number, prior: number): number {
  const n = sources.length;
  if (n === 0) return idfOf(0, 1, max);
  const sizes = new Map<number, number>();
  for (const s of sources) sizes.set(s, (sizes.get(s) ?? 0) + 1);
  if (sizes.size === 1) return idfOf(n, 1, max);
  let sum = 0;
  for (const size of sizes.values()) sum += size * idfOf(size + prior, 1 + prior / n, max);
  return sum / n;
}

/**
 * Each term's weight, counted source by source: BM25's idf among the documents of each source
 * that uses it, and the mean of those idfs over the documents that hold the term. A source's
 * counts are smoothed with `prior` documents like the whole index's (the term in df/n of them).
 * With a single source (the article alone) every weight is the plain idf over every document, as
 * before.
 *
 * Why not over every document: a source that never uses a word cannot answer a question about
 * it, yet counting its documents raised the word's weight. Among 50,000 passages of 100 other
 * sources the article's own names ("Russia", in a third of its documents) weighed as much as its
 * rarest words (the cap) and drowned the words that tell its sentences apart ("failed"), which
 * the other sources also use. Counted source by source, a word only the article uses weighs what
 * it weighs in the article (smoothed), whatever else the knowledge holds; a word many sources
 * use, what it weighs where it is found.
 *
 * Why smoothed: a small source is weak evidence of how common a word is. In a 16-sentence report
 * every word it holds once is one in 16, which weighs little; its sentences, made light by such
 * weights, outscored the article's on the article's own questions. Smoothed with `prior`
 * documents, a source much larger than that is counted as itself, a much smaller one about as
 * the whole index.
 *
 * In steps: it pauses (yields) every POSTING_STEP postings counted (see freezing).
 */
function* termIdfs(
  sources: Int32Array,
  docStart: Int32Array,
  docTerms: Int32Array,
  dfs: Int32Array,
  max: number,
  prior: number,
): Generator<void, Float64Array<ArrayBuffer>> {
  const n = sources.length;
  const terms = dfs.length;
  const idfs = new Float64Array(terms);
  let count = 0;
  for (let i = 0; i < n; i++) count = Math.max(count, (sources[i] as number) + 1);
  if (count <= 1) {
    for (let t = 0; t < terms; t++) idfs[t] = idfOf(n, dfs[t] as number, max);
    return idfs;
  }
  // The documents by source (a counting sort), then each source's terms counted.
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++)
    start[(sources[i] as number) + 1] = (start[(sources[i] as number) + 1] as number) + 1;
  for (let s = 0; s < count; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const fill = start.slice(0, count);
  const bySource = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = sources[i] as number;
    bySource[fill[s] as number] = i;
    fill[s] = (fill[s] as number) + 1;
  }
  const markedBy = new Int32Array(terms).fill(-1);
  const inSource = new Int32Array(terms);
  const holders = new Int32Array(terms);
  /** Per term: the sum over its documents of its idf in their source; and its last source's idf. */
  const sum = new Float64Array(terms);
  const last = new Float64Array(terms);
  const touched: number[] = [];
  /** Postings counted since the last pause (it pauses every POSTING_STEP). */
  let counted = 0;
  for (let s = 0; s < count; s++) {
    touched.length = 0;
    for (let j = start[s] as number; j < (start[s + 1] as number); j++) {
      const i = bySource[j] as number;
      counted += (docStart[i + 1] as number) - (docStart[i] as number);
      if (counted >= POSTING_STEP) {
        counted = 0;
        yield;
      }
      for (let p = docStart[i] as number; p < (docStart[i + 1] as number); p++) {
        const t = docTerms[p] as number;
        if (markedBy[t] !== s) {
          markedBy[t] = s;
          inSource[t] = 0;
          touched.push(t);
        }
        inSource[t] = (inSource[t] as number) + 1;
      }
    }
    const size = (start[s + 1] as number) - (start[s] as number);
    for (const t of touched) {
      const w = idfOf(size + prior, (inSource[t] as number) + (prior * (dfs[t] as number)) / n, max);
      sum[t] = (sum[t] as number) + (inSource[t] as number) * w;
      last[t] = w;
      holders[t] = (holders[t] as number) + 1;
    }
  }
  for (let t = 0; t < terms; t++) {
    const h = holders[t] as number;
    // Held in one source: that source's weight as it is (no rounding from a mean of one).
    idfs[t] =
      h === 0 ? idfOf(n, 0, max) : h === 1 ? (last[t] as number) : (sum[t] as number) / (dfs[t] as number);
  }
  return idfs;
}

/** A generator's value, run to the end without pausing. */
function drained<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

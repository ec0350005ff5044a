/**
 * The engine's saved index: its analysis of every text (the terms of each passage and curated
 * wording, the vocabulary), which `npm run knowledge:build` writes into compiled.json so that a
 * start can skip the analysis. The engine owns this format: whoever stores it keeps it as an
 * opaque value. As MiniSearch's toJSON()/loadJSON() do with `serializationVersion`, the saved
 * form carries INDEX_VERSION, and a saved index of another version is refused (the engine then
 * analyses the knowledge afresh, which is slower but the same).
 */
import type { KnowledgeBase } from '../knowledge/model.ts';
import type { Term } from '../text/lexicon.ts';
import { ChangedCounts, ChangedVocabulary, changedWords, type ReadWords } from './changed-words.ts';

/**
 * The version of the saved index: its layout, and the code that decides the terms (the
 * analyser, the lexicon, tokenising). Bump it when a change there could give other terms for
 * the same knowledge; test/knowledge/formats.test.ts fails until you do.
 */
export const INDEX_VERSION = 13;

/** The engine's analysis of a knowledge base. */
export interface KnowledgeTerms {
  /** Read from a saved index, a view on the words read before it may be (changed-words.ts). */
  vocabulary: ReadonlySet<string>;
  frequency: ReadonlyMap<string, number>;
  /** Terms of each passage (its words, its speaker, what kind of thing it names), in kb order. */
  passageTerms: Set<Term>[];
  /** Terms of each wording of each curated entry, in kb order. */
  qaTerms: Set<Term>[][];
}

/** KnowledgeTerms as JSON, compact: every term once, then term numbers. */
export interface SavedIndex {
  version: number;
  terms: string[];
  /** Term numbers of each passage, in passage order. */
  passages: number[][];
  /** Term numbers of each wording of each curated entry, in entry order. */
  qa: number[][][];
  /** Every word with how often it occurs. */
  vocabulary: [string, number][];
  /**
   * Each passage's same-claim neighbours in the index built from this (same-claim.ts,
   * SavedNeighbours), when compiled (exportIndex({ neighbours: true })): checked against the
   * index when read, and left unread when they do not fit it.
   */
  neighbours?: unknown;
}

/** The passages' part of a saved index, numbered first: reusable while the passages' terms are the same. */
export interface SavedPassages {
  ids: ReadonlyMap<Term, number>;
  passages: number[][];
  /** The terms of `ids`, in number order. */
  terms?: Term[];
  /**
   * A curated wording's term numbers by its set of terms, when every term is a passage's (its
   * numbers are then `ids`' whatever the other wordings): a later saveIndex given the same set
   * (a caller's memo, see knowledge-terms.ts) gives the same array, without numbering it again.
   */
  numbered?: WeakMap<ReadonlySet<Term>, number[]>;
}

/** The passages' part of saveIndex(built), to give to a later saveIndex of the same passage terms. */
export function savePassages(passageTerms: readonly Set<Term>[]): SavedPassages {
  const ids = new Map<Term, number>();
  const passages = passageTerms.map((terms) => [...terms].map((t) => intern(ids, t)));
  return { ids, passages };
}

function intern(ids: Map<Term, number>, t: Term): number {
  let n = ids.get(t);
  if (n === undefined) {
    n = ids.size;
    ids.set(t, n);
  }
  return n;
}

/**
 * KnowledgeTerms as a SavedIndex; `from`, savePassages() of the same passage terms, saves
 * numbering them again (the result is the same).
 */
export function saveIndex(
  built: KnowledgeTerms,
  from: SavedPassages = savePassages(built.passageTerms),
): SavedIndex {
  // The passages' terms keep their numbers; the curated wordings' other terms are numbered after them.
  const more = new Map<Term, number>();
  const number = (t: Term) => from.ids.get(t) ?? from.ids.size + intern(more, t);
  from.numbered ??= new WeakMap();
  const qa = built.qaTerms.map((wordings) => wordings.map((terms) => numberedWording(terms, from, number)));
  from.terms ??= [...from.ids.keys()];
  return {
    version: INDEX_VERSION,
    terms: [...from.terms, ...more.keys()],
    passages: from.passages,
    qa,
    vocabulary: [...built.vocabulary].map((w) => [w, built.frequency.get(w) ?? 0]),
  };
}

/** A wording's term numbers (see SavedPassages.numbered). */
function numberedWording(
  terms: ReadonlySet<Term>,
  from: SavedPassages,
  number: (t: Term) => number,
): number[] {
  const known = from.numbered?.get(terms);
  if (known) return known;
  const numbers = [...terms].map(number);
  if (numbers.every((n) => n < from.ids.size)) from.numbered?.set(terms, numbers);
  return numbers;
}

/**
 * A saved index read back, when it is of this version and fits this knowledge; else null.
 * Without `passages`, the passages' terms are left out (passageTerms is empty): for a reload
 * that has them already.
 */
export function loadSavedIndex(saved: unknown, kb: KnowledgeBase, passages = true): KnowledgeTerms | null {
  const steps = loadingSavedIndex(saved, kb, passages);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many words, passages or curated entries loadingSavedIndex reads between two pauses. */
const LOAD_STEP = 2000;

/** loadSavedIndex in steps: it pauses (yields) every LOAD_STEP items (a reload, see corpusSteps). */
export function* loadingSavedIndex(
  saved: unknown,
  kb: KnowledgeBase,
  passages = true,
  previous?: SavedWords,
): Generator<void, KnowledgeTerms | null> {
  if (!isSavedIndex(saved)) return null;
  if (saved.passages.length !== kb.passages.length || saved.qa.length !== kb.qa.length) return null;
  let vocabulary: ReadonlySet<string>;
  let frequency: ReadonlyMap<string, number>;
  const kept = previous && changedWords(saved.vocabulary, previous);
  if (kept) ({ vocabulary, frequency } = kept);
  else {
    const words = new Set<string>();
    const counts = new Map<string, number>();
    vocabulary = words;
    frequency = counts;
    // In chunks, each a plain function: V8 runs a generator's own loops unoptimised (see
    // TermIndex.nameTerms).
    for (let i = 0; i < saved.vocabulary.length; i += LOAD_STEP) {
      if (i > 0) yield;
      readWords(saved.vocabulary, i, i + LOAD_STEP, words, counts);
    }
  }
  const passageTerms: Set<Term>[] = [];
  if (passages)
    for (let i = 0; i < saved.passages.length; i += LOAD_STEP) {
      if (i > 0) yield;
      readTerms(saved.terms, saved.passages, i, i + LOAD_STEP, passageTerms);
    }
  const qaTerms: Set<Term>[][] = [];
  for (let i = 0; i < saved.qa.length; i += LOAD_STEP / 4) {
    if (i > 0) yield;
    readWordings(saved.terms, saved.qa, i, i + LOAD_STEP / 4, qaTerms);
  }
  return { vocabulary, frequency, passageTerms, qaTerms };
}

/**
 * A saved index's words as read back in full (loadingSavedIndex), kept to read the next ones as
 * a change of them (see changed-words.ts).
 */
export type SavedWords = ReadWords;

/**
 * The words to keep from a saved index read back (see SavedWords): the ones read as a change of
 * `previous` keep that; words read in full are kept themselves.
 */
export function wordsToKeep(saved: unknown, terms: KnowledgeTerms, previous?: SavedWords): SavedWords {
  const { vocabulary, frequency } = terms;
  if (previous && (vocabulary instanceof ChangedVocabulary || frequency instanceof ChangedCounts))
    return previous;
  // Read in full, or the very set and map kept before (the same words and counts).
  if (previous && vocabulary === previous.vocabulary && frequency === previous.frequency) return previous;
  return { saved: (saved as SavedIndex).vocabulary, vocabulary, frequency };
}

function readWords(
  words: readonly [string, number][],
  from: number,
  to: number,
  vocabulary: Set<string>,
  frequency: Map<string, number>,
): void {
  for (let i = from; i < Math.min(to, words.length); i++) {
    const [word, count] = words[i] as [string, number];
    vocabulary.add(word);
    frequency.set(word, count);
  }
}

function readTerms(
  terms: readonly string[],
  docs: readonly (readonly number[])[],
  from: number,
  to: number,
  into: Set<Term>[],
): void {
  for (let i = from; i < Math.min(to, docs.length); i++) into.push(termSet(terms, docs[i] as number[]));
}

function readWordings(
  terms: readonly string[],
  entries: readonly (readonly (readonly number[])[])[],
  from: number,
  to: number,
  into: Set<Term>[][],
): void {
  for (let i = from; i < Math.min(to, entries.length); i++)
    into.push((entries[i] as number[][]).map((ids) => termSet(terms, ids)));
}

function termSet(terms: readonly string[], ids: readonly number[]): Set<Term> {
  const set = new Set<Term>();
  for (const n of ids) set.add(terms[n] as Term);
  return set;
}

function isSavedIndex(value: unknown): value is SavedIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SavedIndex>;
  return (
    v.version === INDEX_VERSION &&
    Array.isArray(v.terms) &&
    Array.isArray(v.passages) &&
    Array.isArray(v.qa) &&
    Array.isArray(v.vocabulary)
  );
}

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

/**
 * The version of the saved index: its layout, and the code that decides the terms (the
 * analyser, the lexicon, tokenising). Bump it when a change there could give other terms for
 * the same knowledge; test/knowledge/formats.test.ts fails until you do.
 */
export const INDEX_VERSION = 8;

/** The engine's analysis of a knowledge base. */
export interface KnowledgeTerms {
  vocabulary: Set<string>;
  frequency: Map<string, number>;
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
  let vocabulary: Set<string>;
  let frequency: Map<string, number>;
  const kept = previous && keptWords(saved.vocabulary, previous);
  if (kept) ({ vocabulary, frequency } = kept);
  else {
    vocabulary = new Set<string>();
    frequency = new Map<string, number>();
    // In chunks, each a plain function: V8 runs a generator's own loops unoptimised (see
    // TermIndex.nameTerms).
    for (let i = 0; i < saved.vocabulary.length; i += LOAD_STEP) {
      if (i > 0) yield;
      readWords(saved.vocabulary, i, i + LOAD_STEP, vocabulary, frequency);
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

/** A saved index's words as read back (loadingSavedIndex), kept to read the next one from. */
export interface SavedWords {
  saved: readonly (readonly [string, number])[];
  vocabulary: Set<string>;
  frequency: Map<string, number>;
}

/**
 * The vocabulary and frequency of `words` from those read back from `previous.saved`, when the
 * words are the same, in the same order (a reload after an edit that changed only how often some
 * words occur; the words sent unchanged are the very pairs received before, see
 * app/knowledge-transfer.ts): the same set, and the same map, or a copy with the counts that
 * changed. Else null, and every word is read.
 */
function keptWords(
  words: readonly (readonly [string, number])[],
  previous: SavedWords,
): { vocabulary: Set<string>; frequency: Map<string, number> } | null {
  const before = previous.saved;
  if (words.length !== before.length || previous.vocabulary.size !== words.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const [a, b] = [words[i] as readonly [string, number], before[i] as readonly [string, number]];
    if (a === b) continue;
    if (a[0] !== b[0]) return null;
    if (a[1] !== b[1]) changed.push(i);
  }
  if (changed.length === 0) return { vocabulary: previous.vocabulary, frequency: previous.frequency };
  // A copy: the map read before belongs to the engine still served.
  const frequency = new Map(previous.frequency);
  for (const i of changed) {
    const [word, count] = words[i] as readonly [string, number];
    frequency.set(word, count);
  }
  return { vocabulary: previous.vocabulary, frequency };
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

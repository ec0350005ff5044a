/**
 * The engine's analysis of a knowledge base: every passage and every curated wording tokenised
 * once and turned into terms (names, synonym groups, stems), and the vocabulary with how often
 * each word occurs. Saved in compiled.json (saved-index.ts), so a start can skip it.
 */
import type { KnowledgeBase, ResolvedQa } from '../knowledge/model.ts';
import { type Lexicon, STOP_WORDS, type Term } from '../text/lexicon.ts';
import { tokenize } from '../text/tokenize.ts';
import { Analyzer } from './analyzer.ts';
import type { KnowledgeTerms } from './saved-index.ts';

/** The part of the analysis that depends only on the passages (and the lexicon). */
export interface PassageAnalysis {
  /** The lexicon's words, the stop words and every passage's words, in that order. */
  vocabulary: ReadonlySet<string>;
  frequency: ReadonlyMap<string, number>;
  passageTerms: Set<Term>[];
}

export function analysePassages(kb: KnowledgeBase, lexicon: Lexicon): PassageAnalysis {
  // Stop words are in the vocabulary so that their misspellings ("thier") are corrected too.
  const vocabulary = new Set<string>([...lexicon.words, ...STOP_WORDS]);
  const frequency = new Map<string, number>();
  const passageTokens = kb.passages.map((p) => tokenize(p.text));
  count(passageTokens, vocabulary, frequency);
  // Terms need no typo correction, so a bare analyser (no typo index) is enough here.
  const analyzer = new Analyzer(lexicon, new Set(), { has: () => true }, new Map());
  const passageTerms = kb.passages.map((p, i) => {
    const textTerms = analyzer.writtenTerms(passageTokens[i] ?? []);
    return new Set([...textTerms, ...speakerTerms(kb, lexicon, p.speaker), ...kindTerms(kb, textTerms)]);
  });
  return { vocabulary, frequency, passageTerms };
}

/** A curated wording's words and terms, by its text: kept by a caller for the same lexicon. */
type WordingAnalysis = { words: { word: string }[]; terms: Set<Term> };

/** One curated entry's analysis: each wording's words, and its terms as the result gives them. */
interface EntryAnalysis {
  words: (readonly { word: string }[])[];
  terms: Set<Term>[];
  /** Its words no passage has (see laterWords), each once, in order of first use, once asked. */
  later?: readonly string[];
}

/**
 * What analyseKnowledge keeps between analyses of the same passages and lexicon (a caller's, see
 * prepare.ts), so that a one-entry edit analyses and counts that entry only (issue 15): each
 * wording by its text, each entry by the entry object (the load gives an entry an edit did not
 * touch as the same object, see QaMemo in check/qa.ts), and the last result's curated entries
 * with their words' counts. The result is the same as without it.
 */
export interface WordingMemo {
  texts: Map<string, WordingAnalysis>;
  entries: WeakMap<ResolvedQa, EntryAnalysis>;
  /**
   * The last analysis's curated entries, its words' counts in their wordings, and its vocabulary
   * and frequency, which the next analysis patches in place when it can (see patchedCounts).
   */
  last?: {
    qa: readonly ResolvedQa[];
    counts: Map<string, number>;
    vocabulary: Set<string>;
    frequency: Map<string, number>;
    /** Its curated wordings' words of no passage, in order of first use (see laterWords). */
    later: string[];
  };
}

export function newWordingMemo(): WordingMemo {
  return { texts: new Map(), entries: new WeakMap() };
}

/**
 * The whole analysis; `passages`, the passages' part analysed earlier with the same passages,
 * entities and synonyms (a reload after a curated entry changed), is reused as it is, and `memo`
 * (kept with the same passages and lexicon) spares analysing and counting again the curated
 * entries analysed last time. With a memo, the result's vocabulary, frequency and terms' sets are
 * the memo's: read them only, and before the next analysis with the memo (which may patch them).
 */
export function analyseKnowledge(
  kb: KnowledgeBase,
  lexicon: Lexicon,
  passages: PassageAnalysis = analysePassages(kb, lexicon),
  memo?: WordingMemo,
): KnowledgeTerms {
  const analyzer = new Analyzer(lexicon, new Set(), { has: () => true }, new Map());
  const seen = new Set<string>();
  const entries = kb.qa.map((entry) => {
    const known = memo?.entries.get(entry);
    if (known) return known;
    const analysed = analyseEntry(kb, lexicon, analyzer, entry, memo?.texts, seen);
    memo?.entries.set(entry, analysed);
    return analysed;
  });
  const patched = memo?.last ? patchedCounts(memo.last, kb.qa, entries, memo.entries, passages) : null;
  let vocabulary: Set<string>;
  let frequency: Map<string, number>;
  if (patched) ({ vocabulary, frequency } = patched);
  else {
    const counts = new Map<string, number>();
    for (const entry of entries) countWords(entry.words, counts, 1);
    vocabulary = new Set(passages.vocabulary);
    for (const entry of entries) for (const words of entry.words) addWords(words, vocabulary);
    frequency = new Map(passages.frequency);
    for (const [word, n] of counts) frequency.set(word, (frequency.get(word) ?? 0) + n);
    if (memo)
      memo.last = {
        qa: kb.qa,
        counts,
        vocabulary,
        frequency,
        later: laterWords(entries, passages.frequency),
      };
  }
  if (memo?.last) memo.last.qa = kb.qa;
  if (memo && seen.size > 0 && memo.texts.size > unusedWordingsAllowed(kb.qa)) {
    // Forget the wordings no entry has any more, once they are more than a few: a set of every
    // wording (tens of thousands at 50,000 passages) is not made at every edit.
    const used = new Set<string>();
    for (const entry of kb.qa) for (const text of [entry.question, ...entry.paraphrases]) used.add(text);
    for (const text of memo.texts.keys()) if (!used.has(text)) memo.texts.delete(text);
  }
  // A set of its own for each wording without a memo: the result is not shared.
  const qaTerms = entries.map((e) => (memo ? e.terms : e.terms.map((t) => new Set(t))));
  return { vocabulary, frequency, passageTerms: passages.passageTerms, qaTerms };
}

/** How many wordings a memo may hold before those no entry has any more are forgotten. */
function unusedWordingsAllowed(qa: readonly ResolvedQa[]): number {
  let wordings = 0;
  for (const entry of qa) wordings += 1 + entry.paraphrases.length;
  return wordings + Math.max(64, wordings >> 3);
}

/** One curated entry's words and terms (with the texts' memo, analysing each text once). */
function analyseEntry(
  kb: KnowledgeBase,
  lexicon: Lexicon,
  analyzer: Analyzer,
  entry: ResolvedQa,
  texts: Map<string, WordingAnalysis> | undefined,
  seen: Set<string>,
): EntryAnalysis {
  const wordings = [entry.question, ...entry.paraphrases].map((text) => {
    let known = texts?.get(text);
    if (!known) {
      const words = tokenize(text);
      known = { words, terms: new Set(analyzer.docTerms(words)) };
      texts?.set(text, known);
    }
    seen.add(text);
    return known;
  });
  let lowerCase: Set<string> | undefined;
  const terms = wordings.map((w, j) => {
    // A person's name in a wording whose answer writes it only in lower case: the common word.
    if (![...w.terms].some((t) => lexicon.isPerson([t]))) return new Set(w.terms);
    lowerCase ??= lowerCaseOnly(kb, entry.answerIds);
    if (!w.words.some((t) => lowerCase?.has(t.word))) return new Set(w.terms);
    const text = j === 0 ? entry.question : (entry.paraphrases[j - 1] ?? '');
    return new Set(analyzer.wordingTerms(tokenize(text), lowerCase));
  });
  return { words: wordings.map((w) => w.words), terms };
}

/**
 * The last result's vocabulary and frequency, patched in place for `qa` (`entries`, its entries'
 * analyses): the entries the last analysis had and `qa` has not are counted off, those `qa` has
 * and it had not are counted in (each entry is analysed in `analysed` by then), and the words of
 * no passage are put back in the order a count afresh gives them (see laterWords), whatever the
 * edit (issue 15: an edit adding or removing a word no passage has, such as a number, was counted
 * afresh, about 100 ms of the worker at 50,000 passages). Null when an entry is listed twice (the
 * count afresh handles it); nothing is changed then.
 */
function patchedCounts(
  last: NonNullable<WordingMemo['last']>,
  qa: readonly ResolvedQa[],
  entries: readonly EntryAnalysis[],
  analysed: WeakMap<ResolvedQa, EntryAnalysis>,
  passages: PassageAnalysis,
): { vocabulary: Set<string>; frequency: Map<string, number> } | null {
  const before = new Set(last.qa);
  const now = new Set(qa);
  if (before.size !== last.qa.length || now.size !== qa.length) return null;
  const gone: EntryAnalysis[] = [];
  const come: EntryAnalysis[] = [];
  for (const entry of last.qa) if (!now.has(entry)) gone.push(analysed.get(entry) as EntryAnalysis);
  for (const entry of qa) if (!before.has(entry)) come.push(analysed.get(entry) as EntryAnalysis);
  if (gone.some((e) => !e) || come.some((e) => !e)) return null;
  // The entries come counted in first: a word both use never drops to 0, so keeps its place.
  for (const entry of come) {
    countWords(entry.words, last.counts, 1);
    countWords(entry.words, last.frequency, 1);
  }
  for (const entry of gone) {
    countWords(entry.words, last.counts, -1);
    countWords(entry.words, last.frequency, -1);
  }
  const later = laterWords(entries, passages.frequency);
  if (!sameList(later, last.later)) {
    // Counted afresh, the frequency holds the passages' words, then these, in this order; the
    // vocabulary holds the passages' (with the lexicon's and the stop words), then those of
    // these it does not hold. Both are put in that order: these taken out and added again.
    for (const word of [...last.later, ...later]) {
      last.frequency.delete(word);
      if (!passages.vocabulary.has(word)) last.vocabulary.delete(word);
    }
    for (const word of later) {
      last.frequency.set(word, last.counts.get(word) as number);
      last.vocabulary.add(word);
    }
    last.later = later;
  }
  return last;
}

/**
 * The curated wordings' words of no passage (none of `frequency`'s words), each once, in order of
 * first use in `entries`: a count afresh adds them to the frequency after the passages' words, in
 * this order (and to the vocabulary those it lacks). Each entry's are kept with its analysis, so
 * this costs a pass over the entries.
 */
function laterWords(entries: readonly EntryAnalysis[], frequency: ReadonlyMap<string, number>): string[] {
  const words = new Set<string>();
  for (const entry of entries) {
    entry.later ??= entryLaterWords(entry, frequency);
    for (const word of entry.later) words.add(word);
  }
  return [...words];
}

function entryLaterWords(entry: EntryAnalysis, frequency: ReadonlyMap<string, number>): string[] {
  const words = new Set<string>();
  for (const wording of entry.words) for (const t of wording) if (!frequency.has(t.word)) words.add(t.word);
  return [...words];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/** Adds `by` to the count of every word of `wordings` (a count back to 0 is removed). */
function countWords(
  wordings: readonly (readonly { word: string }[])[],
  counts: Map<string, number>,
  by: number,
) {
  for (const words of wordings)
    for (const t of words) {
      const n = (counts.get(t.word) ?? 0) + by;
      if (n === 0) counts.delete(t.word);
      else counts.set(t.word, n);
    }
}

/** Adds the words to the vocabulary, in order (those it has keep their place). */
function addWords(words: readonly { word: string }[], vocabulary: Set<string>) {
  for (const t of words) vocabulary.add(t.word);
}

/** The words these passages write in lower case only, never with a capital. */
function lowerCaseOnly(kb: KnowledgeBase, ids: readonly string[]): Set<string> {
  const lower = new Set<string>();
  const capital = new Set<string>();
  for (const id of ids)
    for (const t of tokenize(kb.passageById.get(id)?.text ?? ''))
      (CAPITAL.test(t.raw) ? capital : lower).add(t.word);
  for (const word of capital) lower.delete(word);
  return lower;
}

/** A word written with a capital. */
const CAPITAL = /\p{Lu}/u;

function count(
  texts: readonly (readonly { word: string }[])[],
  vocabulary: Set<string>,
  frequency: Map<string, number>,
) {
  for (const tokens of texts) {
    for (const t of tokens) {
      vocabulary.add(t.word);
      frequency.set(t.word, (frequency.get(t.word) ?? 0) + 1);
    }
  }
}

/** A speaker's terms, with those of its parents and, for a joint speaker, of its members. */
export function speakerTerms(kb: KnowledgeBase, lexicon: Lexicon, speaker: string | null): Term[] {
  if (!speaker) return [];
  const entity = kb.entityById.get(speaker);
  const ids = [speaker, ...(entity?.members ?? [])];
  return ids.flatMap((id) => lexicon.entityTerms(id));
}

/**
 * Whom a speaker's words are the words of: its speakerTerms, and an alliance that speaks through
 * it or one of its parents ("what did the coalition say" is answered by the US military's words),
 * that alliance's own term only (Australia's words are not the US's). Not terms of the passage's
 * text: "the coalition strike" does not find the Pentagon's words.
 */
export function voiceTerms(kb: KnowledgeBase, lexicon: Lexicon, speaker: string | null): Term[] {
  const terms = speakerTerms(kb, lexicon, speaker);
  const line = new Set<string>();
  for (let id = speaker ?? undefined; id && !line.has(id); id = kb.entityById.get(id)?.parent) line.add(id);
  for (const e of kb.entityById.values())
    if (e.voicedBy?.some((v) => line.has(v)) && !terms.includes(`e:${e.id}`)) terms.push(`e:${e.id}`);
  return terms;
}

/**
 * A sentence that names a person answers "who" and "what is the name of" questions; one
 * that names a place answers "where".
 */
function kindTerms(kb: KnowledgeBase, terms: readonly Term[]): Term[] {
  const extra: Term[] = [];
  for (const t of terms) {
    if (!t.startsWith('e:')) continue;
    const kind = kb.entityById.get(t.slice(2))?.kind;
    if (kind === 'person') extra.push('c:name');
    if (kind === 'place') extra.push('c:place');
  }
  return extra;
}

/**
 * The engine's analysis of a knowledge base: every passage and every curated wording tokenised
 * once and turned into terms (names, synonym groups, stems), and the vocabulary with how often
 * each word occurs. Saved in compiled.json (saved-index.ts), so a start can skip it.
 */
import type { KnowledgeBase } from '../knowledge/model.ts';
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
export type WordingMemo = Map<string, { words: { word: string }[]; terms: Set<Term> }>;

/**
 * The whole analysis; `passages`, the passages' part analysed earlier with the same passages,
 * entities and synonyms (a reload after a curated entry changed), is reused as it is, and
 * `wordings` (analysed earlier with the same lexicon) spares analysing every curated wording again.
 */
export function analyseKnowledge(
  kb: KnowledgeBase,
  lexicon: Lexicon,
  passages: PassageAnalysis = analysePassages(kb, lexicon),
  wordings?: WordingMemo,
): KnowledgeTerms {
  const vocabulary = new Set(passages.vocabulary);
  const frequency = new Map(passages.frequency);
  const analyzer = new Analyzer(lexicon, new Set(), { has: () => true }, new Map());
  const seen = new Set<string>();
  const analysed = kb.qa.map((q) =>
    [q.question, ...q.paraphrases].map((text) => {
      let known = wordings?.get(text);
      if (!known) {
        const words = tokenize(text);
        known = { words, terms: new Set(analyzer.docTerms(words)) };
        wordings?.set(text, known);
      }
      seen.add(text);
      return known;
    }),
  );
  // Forget the wordings no entry has any more.
  if (wordings) for (const text of wordings.keys()) if (!seen.has(text)) wordings.delete(text);
  count(
    analysed.flatMap((wordings) => wordings.map((w) => w.words)),
    vocabulary,
    frequency,
  );
  // A set of its own for each wording: the result is not shared with the memo.
  const qaTerms = analysed.map((wordings, i) => {
    const entry = kb.qa[i];
    let lowerCase: Set<string> | undefined;
    return wordings.map((w, j) => {
      // A person's name in a wording whose answer writes it only in lower case: the common word.
      if (!entry || ![...w.terms].some((t) => lexicon.isPerson([t]))) return new Set(w.terms);
      lowerCase ??= lowerCaseOnly(kb, entry.answerIds);
      if (!w.words.some((t) => lowerCase?.has(t.word))) return new Set(w.terms);
      const text = j === 0 ? entry.question : (entry.paraphrases[j - 1] ?? '');
      return new Set(analyzer.wordingTerms(tokenize(text), lowerCase));
    });
  });
  return { vocabulary, frequency, passageTerms: passages.passageTerms, qaTerms };
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

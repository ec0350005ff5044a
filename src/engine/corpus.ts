/**
 * The knowledge as the engine searches it, built once per Engine: the inverted index over
 * every curated wording and passage, and what ranking looks up for each passage, curated
 * entry and contested point.
 */
import type { KnowledgeBase, ResolvedContested, ResolvedQa } from '../knowledge/model.ts';
import { Lexicon, type Term } from '../text/lexicon.ts';
import { tokenize } from '../text/tokenize.ts';
import { Analyzer } from './analyzer.ts';
import { type EnglishWords, loadEnglishWords } from './english.ts';
import { analyseKnowledge, speakerTerms } from './knowledge-terms.ts';
import { TermIndex } from './retrieval.ts';
import { type KnowledgeTerms, loadSavedIndex } from './saved-index.ts';
import { TUNING } from './tuning.ts';

export interface Corpus {
  kb: KnowledgeBase;
  lexicon: Lexicon;
  /** Turns a question into terms, with typo correction against the knowledge's vocabulary. */
  analyzer: Analyzer;
  /** The analysis everything is built from (what exportIndex saves). */
  terms: KnowledgeTerms;
  index: TermIndex;
  /** How many curated entries and passages go on to the finer checks (Infinity: every one). */
  candidates: number;
  /** Score every document sharing a term with a question: the reference for the fast search. */
  exhaustive: boolean;
  qaById: ReadonlyMap<string, ResolvedQa>;
  /** The contested point each sentence is a side of. */
  contestedBySentence: ReadonlyMap<string, ResolvedContested>;
  /** Terms of each passage: its words and its speaker. */
  passageTerms: ReadonlyMap<string, Set<Term>>;
  /** Each passage's speaker with the speaker's parents and members ("e:cook", "e:pentagon", "e:us"). */
  passageSpeakers: ReadonlyMap<string, Set<Term>>;
  /** Terms of each contested point's topic ("How many soldiers were killed"). */
  topicTerms: ReadonlyMap<string, Set<Term>>;
  /** Terms of each curated entry's answer quotes together. */
  answerTerms: ReadonlyMap<string, Set<Term>>;
}

export interface CorpusOptions {
  english?: EnglishWords | undefined;
  /** No shortcuts for speed: every document sharing a term is scored and kept. */
  exhaustive?: boolean | undefined;
  /** A saved analysis of this knowledge (see saved-index.ts); analysed afresh when it does not fit. */
  savedIndex?: unknown;
}

let sharedEnglish: EnglishWords | undefined;

export function buildCorpus(kb: KnowledgeBase, options: CorpusOptions = {}): Corpus {
  const index = new TermIndex(TUNING.scoring.maxIdf);
  sharedEnglish ??= options.english ?? loadEnglishWords();
  const english = options.english ?? sharedEnglish;
  const lexicon = new Lexicon({ entities: kb.entities, synonyms: kb.synonyms });
  const saved = options.savedIndex === undefined ? null : loadSavedIndex(options.savedIndex, kb);
  const terms = saved ?? analyseKnowledge(kb, lexicon);
  const analyzer = new Analyzer(lexicon, terms.vocabulary, english, terms.frequency);

  const passageTerms = new Map<string, Set<Term>>();
  const passageSpeakers = new Map<string, Set<Term>>();
  kb.passages.forEach((p, i) => {
    const own = terms.passageTerms[i] ?? new Set<Term>();
    passageSpeakers.set(p.id, new Set(speakerTerms(kb, lexicon, p.speaker)));
    passageTerms.set(p.id, own);
    // The headline is quoted only when a curated answer asks for it: it is a title, not a claim.
    if (p.paragraph !== 1) index.add('passage', p.id, own);
  });
  const answerTerms = new Map<string, Set<Term>>();
  kb.qa.forEach((q, k) => {
    answerTerms.set(q.id, new Set(q.answerIds.flatMap((id) => [...(passageTerms.get(id) ?? [])])));
    for (const [i, wording] of (terms.qaTerms[k] ?? []).entries())
      index.add('qa', `${q.id}#${i}`, wording, k);
  });
  index.freeze();
  const contestedBySentence = new Map<string, ResolvedContested>();
  const topicTerms = new Map<string, Set<Term>>();
  for (const c of kb.contested) {
    for (const side of c.sides) for (const id of side.ids) contestedBySentence.set(id, c);
    topicTerms.set(c.id, new Set(analyzer.docTerms(tokenize(c.topic))));
  }
  return {
    kb,
    lexicon,
    analyzer,
    terms,
    index,
    candidates: options.exhaustive ? Number.POSITIVE_INFINITY : TUNING.retrieval.candidates,
    exhaustive: !!options.exhaustive,
    qaById: new Map(kb.qa.map((q) => [q.id, q])),
    contestedBySentence,
    passageTerms,
    passageSpeakers,
    topicTerms,
    answerTerms,
  };
}

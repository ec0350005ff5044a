/**
 * The knowledge as the engine searches it, built once per Engine: the inverted index over
 * every curated wording and passage, and what ranking looks up for each passage, curated
 * entry and contested point.
 */

import type { KnowledgeBase, ResolvedContested, ResolvedQa } from '../knowledge/model.ts';
import { markStep } from '../reload-marks.ts';
import { anyBaseForms } from '../text/base-forms.ts';
import { Lexicon, STOP_WORDS, type Term } from '../text/lexicon.ts';
import { deniesSomething } from '../text/negation.ts';
import { matchKey } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';
import { ownEntry } from '../text/word-table.ts';
import { Analyzer, analyzerChatOf, type RelatedTerms, sameTypoWords, type TypoIndex } from './analyzer.ts';
import { type EnglishWords, loadEnglishWords } from './english.ts';
import { analyseKnowledge, voiceTerms } from './knowledge-terms.ts';
import { ChatReader } from './reader.ts';
import { type DocTerms, TermIndex } from './retrieval.ts';
import {
  type KnowledgeTerms,
  loadingSavedIndex,
  type SavedIndex,
  type SavedWords,
  wordsToKeep,
} from './saved-index.ts';
import { SpreadMap } from './spread-map.ts';
import { TUNING } from './tuning.ts';

export interface Corpus {
  kb: KnowledgeBase;
  lexicon: Lexicon;
  /** Reads a chat message: its questions, without filler, emoji or chat spellings (chat.yaml). */
  reader: ChatReader;
  /** Turns a question into terms, with typo correction against the knowledge's vocabulary. */
  analyzer: Analyzer;
  /** Every word the knowledge uses, folded, with how often it occurs. */
  vocabulary: ReadonlySet<string>;
  /**
   * The analysis everything is built from (what exportIndex saves), rebuilt from the index:
   * the corpus does not keep a second copy of every passage's terms.
   */
  knowledgeTerms(): KnowledgeTerms;
  index: TermIndex;
  /** How many sources the passages come from (the article and sources.yaml). */
  sourceCount: number;
  /** How many curated entries and passages go on to the finer checks (Infinity: every one). */
  candidates: number;
  /** Score every document sharing a term with a question: the reference for the fast search. */
  exhaustive: boolean;
  qaById: ReadonlyMap<string, ResolvedQa>;
  /** The contested point each sentence is a side of (the first in contested.yaml when several). */
  contestedBySentence: {
    get(id: string): ResolvedContested | undefined;
    has(id: string): boolean;
  };
  /**
   * Every contested point each sentence is a side of: one sentence can hold two claims ("The
   * Saturday night raid, which the US claims was unintentional, ... killed at least 90").
   */
  contestedPoints: ReadonlyMap<string, readonly ResolvedContested[]>;
  /** Terms of each passage: its words and its speaker (a view on the index's storage). */
  passageTerms: { get(id: string): DocTerms | undefined };
  /** Each passage's speaker with the speaker's parents and members ("e:cook", "e:pentagon", "e:us"). */
  passageSpeakers: ReadonlyMap<string, Set<Term>>;
  /**
   * The same speakers by the passage's document number in the index (undefined past the passages,
   * for a headline's number or a curated wording's): rank.ts's boost reads them for every
   * document it weighs, where a look-up by id costs about 0.8 us at 50,000 passages (issue 15).
   */
  speakersByDoc: readonly (Set<Term> | undefined)[];
  /** Terms of each contested point's topic ("How many soldiers were killed"). */
  topicTerms: ReadonlyMap<string, Set<Term>>;
  /** Terms of each of a contested point's other wordings of its topic (contested.yaml `asked`). */
  topicWordings: ReadonlyMap<string, Set<Term>[]>;
  /** Terms of each curated entry's answer quotes and of all its wordings together. */
  answerTerms: ReadonlyMap<string, Set<Term>>;
  /** Terms of all the wordings of each curated entry together: the question it answers. */
  wordingTerms: ReadonlyMap<string, Set<Term>>;
  /** A passage's text as matchKey() (for quoted fragments), computed when first asked. */
  passageKey(id: string): string;
  /** Does the passage deny something ("no concerns were voiced")? Worked out when first asked. */
  denies(id: string): boolean;
  /** What a later corpus of the same passages reuses (see CorpusOptions.previous). */
  reusable: Reusable;
  /**
   * The same-claim neighbours saved with the index it was built from (SavedIndex.neighbours,
   * read by same-claim.ts); undefined when it was not built from a saved index alone.
   */
  savedNeighbours: unknown;
}

/** The parts of a corpus that depend only on the passages, entities and synonyms. */
interface Reusable {
  english: EnglishWords;
  /** The saved index's passages' terms the corpus was built from (undefined: analysed here). */
  savedPassages: unknown;
  /** How many documents of the index are passages (the first ones). */
  passageDocs: number;
  /** Each passage's document in the index by id, -1 for one not indexed (a headline). */
  passageDoc: ReadonlyMap<string, number>;
  /** The terms of the passages not indexed (headlines), by id. */
  headlines: ReadonlyMap<string, DocTerms>;
  /** The saved index's words as read back, when built from one (the next reload reads its own from them). */
  savedWords: SavedWords | undefined;
}

/** Each passage's terms: a view on the index's storage, or a headline's own set. */
class PassageTerms {
  private readonly views = new SpreadMap<DocTerms>();
  constructor(
    private readonly index: TermIndex,
    private readonly docs: ReadonlyMap<string, number>,
    private readonly headlines: ReadonlyMap<string, DocTerms>,
  ) {}

  get(id: string): DocTerms | undefined {
    let terms = this.views.get(id);
    if (terms) return terms;
    const doc = this.docs.get(id);
    if (doc === undefined) return undefined;
    terms = doc >= 0 ? this.index.termsOf(doc) : this.headlines.get(id);
    if (terms) this.views.set(id, terms);
    return terms;
  }
}

/** A term's weight in the question: its idf, or the weight of an unknown word. */
export function termWeight(corpus: Corpus, term: Term): number {
  return corpus.index.has(term) ? corpus.index.idf(term) : unknownWordWeight(corpus);
}

/**
 * The weight of an English word the knowledge has never seen: unknownWordWeight, or
 * unknownWordShare of what the knowledge's rarest words weigh when that is more (sources of
 * hundreds of sentences). The article alone: the fixed weight.
 */
export function unknownWordWeight(corpus: Corpus): number {
  const { unknownWordWeight: fixed, unknownWordShare: share } = TUNING.scoring;
  return Math.max(fixed, share * corpus.index.rareIdf());
}

/** Is the term a person of the knowledge ("e:churkin"), not a body or a place? */
export function isPersonTerm(corpus: Corpus, term: Term): boolean {
  return term.startsWith('e:') && corpus.kb.entityById.get(term.slice(2))?.kind === 'person';
}

/**
 * A function of a corpus and a key worked out once per pair: what a corpus gives for a key stays
 * the same until a reload replaces the corpus (which drops its memo with it). A SpreadMap: a memo
 * growing past a Map's table size would copy every entry inside one question.
 */
export function perCorpus<V>(make: (corpus: Corpus, key: string) => V): (corpus: Corpus, key: string) => V {
  const memos = new WeakMap<Corpus, SpreadMap<V>>();
  return (corpus, key) => {
    let memo = memos.get(corpus);
    if (!memo) {
      memo = new SpreadMap();
      memos.set(corpus, memo);
    }
    return memo.got(key, corpus, make);
  };
}

export interface CorpusOptions {
  english?: EnglishWords | undefined;
  /** No shortcuts for speed: every document sharing a term is scored and kept. */
  exhaustive?: boolean | undefined;
  /** A saved analysis of this knowledge (see saved-index.ts); analysed afresh when it does not fit. */
  savedIndex?: unknown;
  /**
   * The corpus served until now (a reload): when it has the very same passages, entities and
   * synonyms, and was built from the same saved passages' terms, its passages' part (lexicon,
   * passage documents of the index, speakers, typo index while the vocabulary is the same) is
   * reused, and only the curated entries are indexed again. The corpus is the same as without it.
   */
  previous?: Corpus | undefined;
}

/** The passages' terms of a saved index, if it has them (their identity tells a reuse). */
function savedPassagesOf(saved: unknown): unknown {
  return saved && typeof saved === 'object' && 'passages' in saved ? saved.passages : undefined;
}

/** The previous corpus, if this one can reuse its passages' part (see CorpusOptions.previous). */
function reusableCorpus(
  kb: KnowledgeBase,
  options: CorpusOptions,
  english: EnglishWords,
): Corpus | undefined {
  const prev = options.previous;
  if (!prev) return undefined;
  const savedPassages = savedPassagesOf(options.savedIndex);
  const same =
    savedPassages !== undefined &&
    prev.reusable.savedPassages === savedPassages &&
    prev.reusable.english === english &&
    prev.exhaustive === !!options.exhaustive &&
    prev.kb.passages === kb.passages &&
    prev.kb.entities === kb.entities &&
    prev.kb.entityById === kb.entityById &&
    prev.kb.synonyms === kb.synonyms;
  return same ? prev : undefined;
}

/**
 * The typo index of `vocabulary` from the previous corpus's: the same one when the vocabulary is
 * the same, or differs only by words the index does not file (a number added to a question: see
 * sameTypoWords), else `{ from }` it: the analyzer builds one that takes the keys of the words
 * both file from it (see TypoIndex) when first needed, or once the reload is served
 * (Analyzer.finishingTypos), not before: a question that needs it meanwhile has it built then.
 * None when the previous one was never built (it is built when first needed, as it was there).
 */
function typosFrom(
  previous: Corpus,
  vocabulary: ReadonlySet<string>,
): TypoIndex | { from: TypoIndex } | undefined {
  const before = previous.analyzer.builtTypos;
  if (!before) return undefined;
  if (sameTypoWords(vocabulary, previous.vocabulary)) return before;
  return { from: before };
}

let sharedEnglish: EnglishWords | undefined;

/** How many curated entries, and passages, are indexed between two pauses of corpusSteps. */
const QA_STEP = 250;
const PASSAGE_STEP = 5000;

export function buildCorpus(kb: KnowledgeBase, options: CorpusOptions = {}): Corpus {
  const steps = corpusSteps(kb, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * buildCorpus in steps: the generator pauses (yields) between the parts of the build, each a few
 * tens of milliseconds at 50,000 passages, so that a reload on the thread that answers can let
 * the questions waiting be answered in between (see Engine.inTurns).
 */
export function* corpusSteps(kb: KnowledgeBase, options: CorpusOptions = {}): Generator<void, Corpus> {
  sharedEnglish ??= options.english ?? loadEnglishWords();
  const english = options.english ?? sharedEnglish;
  const candidate = reusableCorpus(kb, options, english);
  // Reused: the passages' terms are the previous index's, only the curated entries' are read.
  const saved =
    options.savedIndex === undefined
      ? null
      : yield* loadingSavedIndex(options.savedIndex, kb, !candidate, candidate?.reusable.savedWords);
  yield;
  const reuse = saved ? candidate : undefined;
  const lexicon = reuse?.lexicon ?? new Lexicon({ entities: kb.entities, synonyms: kb.synonyms });
  const terms = saved ?? analyseKnowledge(kb, lexicon);
  markStep('answering: saved index read');
  const index = reuse
    ? yield* reuse.index.carrying(reuse.reusable.passageDocs)
    : new TermIndex(TUNING.scoring.maxIdf, TUNING.scoring.sourcePrior);
  yield;
  // Only these outlive the build: the closures below must not hold `terms` (every passage's terms).
  const { vocabulary, frequency } = terms;
  const typos = reuse ? typosFrom(reuse, vocabulary) : undefined;
  markStep('answering: passages carried, typo index');
  const analyzerChat = analyzerChatOf(kb.chat, kb.sources);
  const analyzer = new Analyzer(
    lexicon,
    vocabulary,
    english,
    frequency,
    (word) => relatedTerms(word),
    (term) => index.has(term),
    typos,
    analyzerChat,
  );
  yield;
  const personWords = namePartsOfPeople(kb, lexicon);
  // Computed on first use: needs the analyzer and the index, both built below.
  let phraseWords: Map<string, Term[]> | null = null;
  // A word the knowledge does not use, as the knowledge's terms (wordnet.json); memoised, bounded.
  const relatedCache = new SpreadMap<RelatedTerms | null>();
  const relatedTerms = (word: string): RelatedTerms | null => {
    const cached = relatedCache.get(word);
    if (cached !== undefined) return cached;
    let found: RelatedTerms | null = null;
    // Part of a person's name ("peter" of "Peter Cook"): that person, less surely.
    const person = personWords.get(word);
    if (person) found = { terms: person, factor: TUNING.related.namePart };
    // A word of the knowledge only ever met inside a name or phrase ("criminal" of "criminal
    // negligence"): that phrase's term, less surely.
    phraseWords ??= wordsOfPhrases(kb, analyzer, index);
    const phrase = found ? undefined : phraseWords.get(word);
    if (phrase) found = { terms: phrase, factor: TUNING.related.phrasePart };
    for (const base of found ? [] : anyBaseForms(word)) {
      const relations = ownEntry(kb.related, base);
      if (!relations) continue;
      const factors = new Map<Term, number>();
      for (const [to, relation] of relations) {
        const factor = TUNING.related[relation];
        for (const t of analyzer.docTerms(tokenize(to)))
          factors.set(t, Math.max(factors.get(t) ?? 0, factor));
      }
      if (factors.size === 0) continue;
      const best = Math.max(...factors.values());
      found = { terms: [...factors.keys()].filter((t) => factors.get(t) === best), factor: best };
      break;
    }
    if (relatedCache.size >= TUNING.typos.cachedCorrections) relatedCache.clear();
    relatedCache.set(word, found);
    return found;
  };
  const holdsMeaning = (w: string) => analyzer.docTerms([{ raw: w, word: w }]).some((t) => index.has(t));
  /**
   * holdsMeaning by word, once the index is frozen (before, it is still filling): the reader asks
   * it of a long message's words in each of its readings. Bounded.
   */
  let meant: SpreadMap<boolean> | undefined;
  const reader = new ChatReader(
    kb.chat,
    (w) => vocabulary.has(w) || STOP_WORDS.has(w) || english.has(w),
    // Some text of the knowledge holds what the word means (not only a curated wording).
    (w) => {
      if (!meant) return holdsMeaning(w);
      const kept = meant.get(w);
      if (kept !== undefined) return kept;
      const holds = holdsMeaning(w);
      if (meant.size >= TUNING.typos.cachedCorrections) meant.clear();
      meant.set(w, holds);
      return holds;
    },
    (tokens, at) => lexicon.phraseAt(tokens, at),
    (text) => analyzer.heardNames(text),
    // WordNet's verbs of several words ("kick_off"): the analyzer looks up their related words.
    Object.keys(kb.related).filter((w) => w.includes('_')),
    analyzerChat.source.publisherWords,
    (tokens) =>
      new Set(
        analyzer
          .docTerms(tokens)
          .filter((t) => t.startsWith('e:'))
          .flatMap((t) => kb.entityById.get(t.slice(2))?.kind ?? []),
      ),
    (token) => lexicon.isCaseSensitiveName(token.raw),
  );

  /** Each passage's document in the index (-1: not indexed, its terms kept in headlines). */
  let passageDoc = new Map<string, number>();
  let headlines = new Map<string, DocTerms>();
  let passageSpeakers: Map<string, Set<Term>>;
  // Plain loops, not callbacks: a callback using `terms` would keep it (every passage's terms
  // again) alive in the closures the corpus keeps.
  const ownTerms = new Map<string, Iterable<Term>>();
  // Each document's source by number, for the idf (retrieval.ts, termIdfs): a curated wording is of
  // the source its answer quotes first (the article's when it quotes none).
  const sourceNumber = new Map(kb.sources.map((s, i) => [s.id, i]));
  const sourceOf = (passageId: string | undefined) =>
    sourceNumber.get(kb.passageById.get(passageId ?? '')?.source ?? '') ?? 0;
  if (reuse) {
    // The passages' documents are in the index already (carried), their speakers the same.
    passageSpeakers = reuse.passageSpeakers as Map<string, Set<Term>>;
    passageDoc = reuse.reusable.passageDoc as Map<string, number>;
    headlines = reuse.reusable.headlines as Map<string, DocTerms>;
  } else {
    passageSpeakers = new Map<string, Set<Term>>();
    /** One set per speaker, shared by the passages it speaks. */
    const speakerSets = new Map<string | null, Set<Term>>();
    for (const [i, p] of kb.passages.entries()) {
      if (i % PASSAGE_STEP === PASSAGE_STEP - 1) yield;
      const own = terms.passageTerms[i] ?? new Set<Term>();
      ownTerms.set(p.id, own);
      let speaker = speakerSets.get(p.speaker);
      if (!speaker) {
        speaker = new Set(voiceTerms(kb, lexicon, p.speaker));
        speakerSets.set(p.speaker, speaker);
      }
      passageSpeakers.set(p.id, speaker);
      // The headline is quoted only when a curated answer asks for it: it is a title, not a claim.
      if (p.paragraph !== 1) {
        passageDoc.set(p.id, index.size);
        index.add('passage', p.id, own, undefined, sourceNumber.get(p.source) ?? 0);
      } else {
        passageDoc.set(p.id, -1);
        headlines.set(p.id, own as Set<Term>);
      }
    }
  }
  const passageDocs = index.size;
  yield;
  /** Each curated entry's first wording's document, and how many wordings follow it. */
  const qaDoc: number[] = [];
  const wordings: number[] = [];
  const answerTerms = new Map<string, Set<Term>>();
  const wordingTerms = new Map<string, Set<Term>>();
  // A curated entry that is the very same object as one of the reused corpus (the knowledge
  // worker sends an entry an edit did not touch once: see knowledge-transfer.ts) keeps its sets.
  const entries = { kb, qaTerms: terms.qaTerms, reuse, ownTerms, index, sourceOf };
  const made = { qaDoc, wordings, answerTerms, wordingTerms };
  // In chunks, each a plain function: V8 runs a generator's own loops unoptimised.
  for (let k = 0; k < kb.qa.length; k += QA_STEP) {
    if (k > 0) yield;
    indexEntries(entries, k, Math.min(k + QA_STEP, kb.qa.length), made);
  }
  ownTerms.clear();
  markStep('answering: curated entries indexed');
  yield;
  yield* index.freezing();
  meant = new SpreadMap<boolean>();
  markStep('answering: index frozen or patched');
  yield;
  const passageTerms = new PassageTerms(index, passageDoc, headlines);
  const speakersByDoc: (Set<Term> | undefined)[] = Array.from({ length: passageDocs }, () => undefined);
  for (const [id, doc] of passageDoc) if (doc >= 0) speakersByDoc[doc] = passageSpeakers.get(id);
  const passageKeys = new SpreadMap<string>();
  const denials = new SpreadMap<boolean>();
  const contestedPoints = new Map<string, ResolvedContested[]>();
  const topicTerms = new Map<string, Set<Term>>();
  const topicWordings = new Map<string, Set<Term>[]>();
  for (const c of kb.contested) {
    for (const side of c.sides)
      for (const id of side.ids) {
        const points = contestedPoints.get(id) ?? [];
        if (!points.includes(c)) contestedPoints.set(id, [...points, c]);
      }
    topicTerms.set(c.id, new Set(analyzer.docTerms(tokenize(c.topic))));
    topicWordings.set(
      c.id,
      (c.asked ?? []).map((w) => new Set(analyzer.docTerms(tokenize(w)))),
    );
  }
  return {
    kb,
    lexicon,
    reader,
    analyzer,
    vocabulary,
    knowledgeTerms: () => ({
      vocabulary,
      frequency,
      passageTerms: kb.passages.map((p) => new Set(passageTerms.get(p.id))),
      qaTerms: kb.qa.map((_, k) =>
        Array.from(
          { length: wordings[k] as number },
          (_, i) => new Set(index.termsOf((qaDoc[k] as number) + i)),
        ),
      ),
    }),
    index,
    sourceCount: kb.sources.length,
    candidates: options.exhaustive ? Number.POSITIVE_INFINITY : TUNING.retrieval.candidates,
    exhaustive: !!options.exhaustive,
    qaById: new Map(kb.qa.map((q) => [q.id, q])),
    contestedBySentence: {
      get: (id: string) => contestedPoints.get(id)?.[0],
      has: (id: string) => contestedPoints.has(id),
    },
    contestedPoints,
    passageTerms,
    passageSpeakers,
    speakersByDoc,
    topicTerms,
    topicWordings,
    answerTerms,
    wordingTerms,
    reusable: {
      english,
      savedPassages: saved ? savedPassagesOf(options.savedIndex) : undefined,
      passageDocs,
      passageDoc,
      headlines,
      savedWords: saved ? wordsToKeep(options.savedIndex, saved, candidate?.reusable.savedWords) : undefined,
    },
    savedNeighbours: saved && !reuse ? (options.savedIndex as SavedIndex).neighbours : undefined,
    passageKey(id) {
      let key = passageKeys.get(id);
      if (key === undefined) {
        key = matchKey(kb.passageById.get(id)?.text ?? '');
        passageKeys.set(id, key);
      }
      return key;
    },
    denies(id) {
      let denies = denials.get(id);
      if (denies === undefined) {
        denies = deniesSomething(tokenize(kb.passageById.get(id)?.text ?? ''));
        denials.set(id, denies);
      }
      return denies;
    },
  };
}

/** Indexes curated entries `from..to` (see corpusSteps). */
function indexEntries(
  from: {
    kb: KnowledgeBase;
    qaTerms: readonly (readonly Set<Term>[])[];
    reuse: Corpus | undefined;
    ownTerms: ReadonlyMap<string, Iterable<Term>>;
    index: TermIndex;
    sourceOf: (passageId: string | undefined) => number;
  },
  start: number,
  end: number,
  made: {
    qaDoc: number[];
    wordings: number[];
    answerTerms: Map<string, Set<Term>>;
    wordingTerms: Map<string, Set<Term>>;
  },
): void {
  const { kb, reuse, ownTerms, index } = from;
  for (let k = start; k < end; k++) {
    const q = kb.qa[k] as ResolvedQa;
    const qaTerms = from.qaTerms[k] ?? [];
    // The same entry object as the corpus reused (same lexicon, same passages): its sets are the same.
    const known = reuse?.qaById.get(q.id) === q ? reuse : undefined;
    // What the entry covers: its quotes, and every wording of it (not only the one that matched).
    let asked = known?.wordingTerms.get(q.id);
    let covered = known?.answerTerms.get(q.id);
    if (!asked || !covered) {
      asked = new Set<Term>();
      for (const wording of qaTerms) for (const t of wording) asked.add(t);
      covered = new Set<Term>(asked);
      for (const id of q.answerIds)
        for (const t of (reuse ? reuse.passageTerms.get(id) : ownTerms.get(id)) ?? []) covered.add(t);
    }
    made.answerTerms.set(q.id, covered);
    made.wordingTerms.set(q.id, asked);
    made.qaDoc.push(index.size);
    made.wordings.push(qaTerms.length);
    const source = from.sourceOf(q.answerIds[0]);
    for (const [i, wording] of qaTerms.entries()) index.add('qa', `${q.id}#${i}`, wording, k, source);
  }
}

/**
 * Words that the knowledge only uses inside a multi-word name or synonym phrase, whose own term
 * no text holds ("criminal" of "criminal negligence", "security" of "Security Council"), each
 * with the phrase's terms; a word of two phrases with different terms is left out, and a phrase
 * listed in its entry's `wholePhrases` gives its words nothing ("sent" of "sent word").
 */
function wordsOfPhrases(kb: KnowledgeBase, analyzer: Analyzer, index: TermIndex): Map<string, Term[]> {
  // Each word's terms shared by every phrase it is met in ("body" of "body count", a death
  // count and a number, and of "body bags": the dead); none when they share none.
  const owners = new Map<string, Term[]>();
  // A phrase the moderator marked whole (wholePhrases: "sent word") gives its words nothing.
  const notWhole = (names: readonly string[], whole: readonly string[] = []) =>
    names.filter((n) => !whole.includes(n));
  const phrases = [
    ...kb.entities.flatMap((e) => notWhole([e.name, ...e.aliases], e.wholePhrases)),
    ...kb.synonyms.flatMap((g) => notWhole(g.words, g.wholePhrases)),
  ];
  for (const phrase of phrases) {
    const tokens = tokenize(phrase);
    if (tokens.length < 2) continue;
    const terms = analyzer.docTerms(tokens);
    // A phrase of a thing the article never tells ("shoot back") gives its words no meaning of the
    // article's, nor takes away the one another phrase gives ("shoot" of "shoot down").
    if (terms.length === 0 || !terms.some((t) => index.has(t))) continue;
    for (const t of tokens) {
      if (t.word.length < 4 || STOP_WORDS.has(t.word)) continue;
      const owner = owners.get(t.word);
      owners.set(t.word, owner === undefined ? terms : sharedOwner(owner, terms));
    }
  }
  const out = new Map<string, Term[]>();
  for (const [word, terms] of owners) {
    if (terms.length === 0 || analyzer.docTerms(tokenize(word)).some((t) => index.has(t))) continue;
    out.set(word, terms);
  }
  return out;
}

/**
 * The terms two phrases of a word both mean: the same terms, or those of the one that is all of
 * the other's and one of the two is a single term of ("body count": the dead and a number;
 * "body bags": the dead); else none, as two phrases of different meanings leave the word none.
 */
function sharedOwner(a: readonly Term[], b: readonly Term[]): Term[] {
  if (a.join(' ') === b.join(' ')) return [...a];
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.length === 1 && large.includes(small[0] as Term) ? [...small] : [];
}

/**
 * The words of people's names ("peter" of "Peter Cook"), each with the person's terms (a word
 * that is a name on its own never gets here: the lexicon has it); one in two names is left out.
 */
function namePartsOfPeople(kb: KnowledgeBase, lexicon: Lexicon): Map<string, Term[]> {
  const owners = new Map<string, Set<string>>();
  for (const e of kb.entities) {
    if (e.kind !== 'person') continue;
    for (const t of tokenize(e.name))
      if (t.word.length >= 3 && !STOP_WORDS.has(t.word))
        owners.set(t.word, (owners.get(t.word) ?? new Set()).add(e.id));
  }
  const parts = new Map<string, Term[]>();
  for (const [word, ids] of owners)
    if (ids.size === 1) parts.set(word, lexicon.entityTerms([...ids][0] as string));
  return parts;
}

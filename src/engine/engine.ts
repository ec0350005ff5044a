/**
 * The answer engine: a question in, an Answer of verbatim quotes out.
 *
 *   clean (mentions, markdown) -> analyse (aliases, synonyms, typos) -> search the index
 *   (curated questions and passages) -> pick the curated answer or the best passages ->
 *   add the other side of contested points -> abstain when the confidence is too low.
 *
 * No Discord here: front ends render the Answer.
 */
import type { KnowledgeBase, ResolvedQa } from '../knowledge/model.ts';
import { cleanQuestion, MAX_QUESTION_LENGTH } from '../text/clean.ts';
import { Lexicon, STOP_WORDS, type Term } from '../text/lexicon.ts';
import { tokenize } from '../text/tokenize.ts';
import { Analyzer, type FreeWord, type QueryAnalysis } from './analyzer.ts';
import { type Answer, type ContestedPoint, MAX_QUOTES, type Quote, type Speaker } from './answer.ts';
import { type ConfidenceFeatures, calibratedConfidence } from './confidence.ts';
import { type EnglishWords, loadEnglishWords } from './english.ts';
import { type Hit, TermIndex, topK } from './retrieval.ts';
import { type KnowledgeTerms, loadSavedIndex, type SavedIndex, saveIndex } from './saved-index.ts';

/** Scoring constants; see README "How answers are chosen". */
export const SCORING = {
  /** Curated question score = questionCoverage^a * docCoverage^(1-a). */
  qaQuestionExponent: 0.7,
  /** Passage score = questionCoverage * (base + (1-base) * docCoverage). */
  passageBase: 0.8,
  /** A curated answer is preferred unless a passage scores this much higher. */
  passageMargin: 1.1,
  /** Passages scoring under this share of the best are not quoted. */
  relativeCutoff: 0.6,
  /** Every side of a contested point is quoted when the question covers this share of its topic. */
  topicShare: 0.5,
  /** Autocomplete offers curated entries scoring at least this. */
  suggestAtLeast: 0.3,
  /** How many curated entries and passages are kept for the final checks and ranking. */
  candidates: 64,
  /** Ranking factor for a candidate spoken by the speaker a "what did X say" question names. */
  speakerBonus: 1.15,
  /** Weight of a question word the knowledge base has never seen ("refugees", "capital"). */
  unknownWordWeight: 4,
  /** Weight of an unknown name or non-word ("Merkel", "Lavrov"): the article is about other people. */
  unknownNameWeight: 6,
};

interface Scored {
  /** Ranking score. */
  score: number;
  /** How sure the engine is that this candidate answers the question. */
  confidence: number;
  hit: Hit;
  /** Share of the question's weight covered (by the wording, and for Q&A also its quotes). */
  coverage: number;
}

interface Decision {
  ids: string[];
  qa: string | null;
  features: ConfidenceFeatures;
  ranking: Ranking;
  passageIds: string[];
}

interface Ranking {
  qaRanked: [string, Scored][];
  passages: Scored[];
  known: Term[];
  unknown: FreeWord[];
  /** Weight of the known terms, and of the unknown words, of the question. */
  knownWeight: number;
  unknownWeight: number;
}

export interface EngineOptions {
  english?: EnglishWords;
  /** Overrides settings.yaml's abstainBelow (used when calibrating). */
  abstainBelow?: number;
  /**
   * Score every document sharing a term with the question and keep every candidate: no
   * shortcuts for speed. The reference the fast path is tested against.
   */
  exhaustive?: boolean;
  /**
   * The analysis of this same knowledge saved earlier (exportIndex(), kept in compiled.json): the
   * engine skips analysing every text. Ignored when it is of another INDEX_VERSION or does not fit.
   */
  savedIndex?: unknown;
}

let sharedEnglish: EnglishWords | undefined;

/** Made-up questions that go through typo correction, passages and abstention. */
const WARM_UP = [
  'how many soldiers were killed',
  'what did the pentagon say',
  'soliders killd in deir ezor',
  'xqzv plonk',
];

const byRef = (x: Scored, y: Scored) => x.hit.doc.ref.localeCompare(y.hit.doc.ref);

/** Questions about the bot itself ("who are you?"), answered with what it is for. */
const ABOUT_THE_BOT =
  /^\W*(?:(?:who|what) (?:are|r) (?:you|u)|what can (?:you|u|i) (?:do|ask)|what do (?:you|u) know|how do(?:es)? (?:this|it|you|u) work|help)\W*$/i;

const SPEAKER_KINDS = new Set(['person', 'government', 'military', 'group', 'monitor', 'alliance']);

/** A figure in a sentence: digits or a number word. */
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|hundreds?)\b/i;

export class Engine {
  readonly kb: KnowledgeBase;
  readonly abstainBelow: number;
  private readonly analyzer: Analyzer;
  private readonly built: KnowledgeTerms;
  private readonly lexicon: Lexicon;
  private readonly index: TermIndex;
  private readonly candidates: number;
  private readonly qaById: Map<string, ResolvedQa>;
  private readonly contestedBySentence = new Map<string, KnowledgeBase['contested'][number]>();
  private readonly quoteCache = new Map<string, Quote>();
  /** Terms of each passage: its words and its speaker. */
  private readonly passageTerms = new Map<string, Set<Term>>();
  /** Each passage's speaker with the speaker's parents and members ("e:cook", "e:pentagon", "e:us"). */
  private readonly passageSpeakers = new Map<string, Set<Term>>();
  /** Terms of each contested point's topic ("How many soldiers were killed"). */
  private readonly topicTerms = new Map<string, Set<Term>>();
  /** Terms of each curated entry's answer quotes together. */
  private readonly answerTerms = new Map<string, Set<Term>>();

  constructor(kb: KnowledgeBase, options: EngineOptions = {}) {
    this.kb = kb;
    this.abstainBelow = options.abstainBelow ?? kb.settings.abstainBelow;
    this.index = new TermIndex(options.exhaustive ? Number.POSITIVE_INFINITY : undefined);
    this.candidates = options.exhaustive ? Number.POSITIVE_INFINITY : SCORING.candidates;
    sharedEnglish ??= options.english ?? loadEnglishWords();
    const english = options.english ?? sharedEnglish;
    const lexicon = new Lexicon({ entities: kb.entities, synonyms: kb.synonyms });
    this.lexicon = lexicon;

    const saved = options.savedIndex === undefined ? null : loadSavedIndex(options.savedIndex, kb);
    const built = saved ?? this.analyse(lexicon);
    this.analyzer = new Analyzer(lexicon, built.vocabulary, english, built.frequency);

    kb.passages.forEach((p, i) => {
      const terms = built.passageTerms[i] ?? new Set<Term>();
      this.passageSpeakers.set(p.id, new Set(this.speakerTerms(p.speaker, lexicon)));
      this.passageTerms.set(p.id, terms);
      // The headline is quoted only when a curated answer asks for it: it is a title, not a claim.
      if (p.paragraph !== 1) this.index.add('passage', p.id, terms);
    });
    kb.qa.forEach((q, k) => {
      this.answerTerms.set(
        q.id,
        new Set(q.answerIds.flatMap((id) => [...(this.passageTerms.get(id) ?? [])])),
      );
      for (const [i, terms] of (built.qaTerms[k] ?? []).entries())
        this.index.add('qa', `${q.id}#${i}`, terms);
    });
    this.built = built;
    this.index.freeze();
    this.qaById = new Map(kb.qa.map((q) => [q.id, q]));
    for (const c of kb.contested) {
      for (const side of c.sides) for (const id of side.ids) this.contestedBySentence.set(id, c);
      this.topicTerms.set(c.id, new Set(this.analyzer.docTerms(tokenize(c.topic))));
    }
  }

  /** What the index is built from: every text tokenised once and turned into terms. */
  private analyse(lexicon: Lexicon): KnowledgeTerms {
    // Stop words are in the vocabulary so that their misspellings ("thier") are corrected too.
    const vocabulary = new Set<string>([...lexicon.words, ...STOP_WORDS]);
    const frequency = new Map<string, number>();
    const passageTokens = this.kb.passages.map((p) => tokenize(p.text));
    const qaTokens = this.kb.qa.map((q) => [q.question, ...q.paraphrases].map((text) => tokenize(text)));
    for (const tokens of [...passageTokens, ...qaTokens.flat()]) {
      for (const t of tokens) {
        vocabulary.add(t.word);
        frequency.set(t.word, (frequency.get(t.word) ?? 0) + 1);
      }
    }
    // Terms need no typo correction, so a bare analyser (no typo index) is enough here.
    const analyzer = new Analyzer(lexicon, new Set(), { has: () => true }, new Map());
    const passageTerms = this.kb.passages.map((p, i) => {
      const textTerms = analyzer.docTerms(passageTokens[i] ?? []);
      return new Set([...textTerms, ...this.speakerTerms(p.speaker, lexicon), ...this.kindTerms(textTerms)]);
    });
    const qaTerms = qaTokens.map((wordings) => wordings.map((tokens) => new Set(analyzer.docTerms(tokens))));
    return { vocabulary, frequency, passageTerms, qaTerms };
  }

  /** The engine's analysis of the knowledge, saved with the knowledge for a faster start (compiled.json). */
  exportIndex(): SavedIndex {
    return saveIndex(this.built);
  }

  /**
   * A sentence that names a person answers "who" and "what is the name of" questions; one
   * that names a place answers "where".
   */
  private kindTerms(terms: readonly Term[]): Term[] {
    const extra: Term[] = [];
    for (const t of terms) {
      if (!t.startsWith('e:')) continue;
      const kind = this.kb.entityById.get(t.slice(2))?.kind;
      if (kind === 'person') extra.push('c:name');
      if (kind === 'place') extra.push('c:place');
    }
    return extra;
  }

  private speakerTerms(speaker: string | null, lexicon: Lexicon): Term[] {
    if (!speaker) return [];
    const entity = this.kb.entityById.get(speaker);
    const ids = [speaker, ...(entity?.members ?? [])];
    return ids.flatMap((id) => lexicon.entityTerms(id));
  }

  /**
   * Runs a few questions through every path (curated answer, passages, typo correction,
   * abstention) so the first real question does not pay for compiling the code.
   */
  warmUp(): this {
    for (const q of WARM_UP) this.answer(q);
    return this;
  }

  /**
   * Primes the JavaScript engine for steady latency: answers the curated wordings (every answer
   * path: contested sides, speakers, passages) again and again for about `budgetMs`, so the
   * hot functions are optimised before the first real question rather than during it. Without
   * this, a fresh process answers its first few dozen questions in 1-5 ms instead of 0.1-0.3.
   * Front ends call it before they serve; loading knowledge does not (it stays fast).
   */
  prime(budgetMs = 80): this {
    const wordings = [...this.kb.qa.flatMap((q) => [q.question, ...q.paraphrases]).slice(0, 200), ...WARM_UP];
    const started = performance.now();
    do for (const q of wordings) this.answer(q);
    while (performance.now() - started < budgetMs);
    return this;
  }

  /** Answers one question. Never throws for any input. */
  answer(question: string): Answer {
    const started = performance.now();
    const result = this.compose(question);
    result.ms = Math.round((performance.now() - started) * 1000) / 1000;
    return result;
  }

  private compose(question: string): Answer {
    const base: Answer = {
      question,
      status: 'no-question',
      answered: false,
      confidence: 0,
      quotes: [],
      more: [],
      qa: null,
      contested: null,
      suggestions: [],
      message: null,
      ms: 0,
    };
    if (typeof question !== 'string') return { ...base, message: 'Ask a question in words.' };
    if (question.length > MAX_QUESTION_LENGTH * 4) {
      return {
        ...base,
        status: 'too-long',
        message: `That is ${question.length} characters; please ask in under ${MAX_QUESTION_LENGTH}.`,
        suggestions: this.defaultSuggestions(),
      };
    }
    const { text } = cleanQuestion(question);
    if (text.length > MAX_QUESTION_LENGTH) {
      return {
        ...base,
        status: 'too-long',
        message: `That is ${text.length} characters; please ask in under ${MAX_QUESTION_LENGTH}.`,
        suggestions: this.defaultSuggestions(),
      };
    }
    const analysis = this.analyzer.analyzeQuery(text);
    if (analysis.terms.length === 0 || ABOUT_THE_BOT.test(text)) {
      return {
        ...base,
        message: text
          ? 'I answer questions about the 17 September 2016 airstrike near Deir el-Zour. Ask me something about it.'
          : 'Your question is empty. Ask me something about the 17 September 2016 airstrike near Deir el-Zour.',
        suggestions: this.defaultSuggestions(),
      };
    }
    return this.retrieve(base, analysis);
  }

  /**
   * Scores every curated question and passage that shares a term with the question.
   * A curated entry is judged on its best-matching wording (precision) and on how much of
   * the question its wording and its answer's quotes cover together (recall): "Moscow's
   * figure for the dead" is answered by a quote that names Moscow even if the curated
   * wording does not.
   */
  private rank(analysis: QueryAnalysis): Ranking {
    // A word the knowledge base has never seen is likely what the question is about
    // ("the capital of Russia"): it weighs in the coverage like a rare word.
    const unknown = this.unknownWords(analysis);
    const unknownWeight = unknown.reduce(
      (sum, w) => sum + (w.english ? SCORING.unknownWordWeight : SCORING.unknownNameWeight),
      0,
    );
    const known = analysis.terms.filter((t) => this.index.has(t));
    const knownWeight = known.reduce((sum, t) => sum + this.index.idf(t), 0);
    const questionWeight = knownWeight + unknownWeight;
    const hits = this.index.search(known, questionWeight);
    const qaBest = new Map<string, Scored>();
    const passages: Scored[] = [];
    const a = SCORING.qaQuestionExponent;
    for (const hit of hits) {
      if (hit.doc.kind === 'qa') {
        const id = hit.doc.ref.slice(0, hit.doc.ref.indexOf('#'));
        const score = hit.questionCoverage ** a * hit.docCoverage ** (1 - a);
        const prev = qaBest.get(id);
        if (!prev || score > prev.score)
          qaBest.set(id, { score, confidence: score, hit, coverage: hit.questionCoverage });
      } else {
        const b = SCORING.passageBase;
        const score = hit.questionCoverage * (b + (1 - b) * hit.docCoverage);
        passages.push({ score, confidence: score, hit, coverage: hit.questionCoverage });
      }
    }
    // Only the best candidates go on to the finer (and costlier) checks below. The article's
    // knowledge base has fewer candidates than this, so nothing is cut there.
    const qaTop = topK(
      [...qaBest.entries()],
      this.candidates,
      ([, x]) => x.score,
      () => 0,
    );
    const passageTop = topK(passages, this.candidates, (x) => x.score, byRef);
    for (const [id, scored] of qaTop) {
      const answerTerms = this.answerTerms.get(id);
      if (!answerTerms || questionWeight === 0) continue;
      let covered = 0;
      for (const t of known)
        if (scored.hit.doc.terms.has(t) || answerTerms.has(t)) covered += this.index.idf(t);
      const coverage = covered / questionWeight;
      scored.coverage = coverage;
      scored.confidence = Math.max(scored.score, coverage ** a * scored.hit.docCoverage ** (1 - a));
    }
    // "What did the Pentagon say?" wants the Pentagon's words, not a sentence about the Pentagon.
    const asked = this.askedSpeakers(known);
    if (asked.length > 0) {
      for (const [id, scored] of qaTop) {
        const answer = this.qaById.get(id)?.answerIds ?? [];
        if (this.spokenBy(this.leadWithNamedSide(answer, known), asked)) scored.score *= SCORING.speakerBonus;
      }
      for (const scored of passageTop)
        if (this.spokenBy([scored.hit.doc.ref], asked)) scored.score *= SCORING.speakerBonus;
    }
    passageTop.sort((x, y) => y.score - x.score || byRef(x, y));
    const qaRanked = qaTop.sort((x, y) => y[1].score - x[1].score);
    return { qaRanked, passages: passageTop, known, unknown, knownWeight, unknownWeight };
  }

  /**
   * A curated answer keeps its order, except on a contested point, where the side of whom
   * the question names comes first: "Moscow's figure for the dead" leads with Moscow's 62.
   */
  private leadWithNamedSide(ids: readonly string[], known: readonly Term[]): string[] {
    const named = known.filter((t) => t.startsWith('e:'));
    if (named.length === 0 || !ids[0] || !this.contestedBySentence.has(ids[0])) return [...ids];
    const overlap = (id: string) => {
      const terms = this.passageTerms.get(id);
      return terms ? named.reduce((sum, t) => sum + (terms.has(t) ? this.index.idf(t) : 0), 0) : 0;
    };
    const scores = new Map(ids.map((id) => [id, overlap(id)]));
    return [...ids].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  }

  /** Does the question cover at least half of the contested point's topic (by weight)? */
  private asksAbout(pointId: string, known: readonly Term[]): boolean {
    const topic = this.topicTerms.get(pointId);
    if (!topic || topic.size === 0) return true;
    let total = 0;
    let covered = 0;
    for (const t of topic) {
      const w = this.index.has(t) ? this.index.idf(t) : 0;
      total += w;
      if (known.includes(t)) covered += w;
    }
    return total === 0 || covered / total >= SCORING.topicShare;
  }

  /** Speakers the question names when it asks what someone said ("what did the Pentagon say"). */
  private askedSpeakers(known: readonly Term[]): Term[] {
    if (!known.includes('c:say')) return [];
    const named = known.filter(
      (t) => t.startsWith('e:') && SPEAKER_KINDS.has(this.kb.entityById.get(t.slice(2))?.kind ?? ''),
    );
    // "the Pentagon" also yields its parent "the US"; the question is about the Pentagon.
    const parents = new Set(named.flatMap((t) => this.lexicon.entityTerms(t.slice(2)).slice(1)));
    // The first speaker named is the subject: "how did Churkin react to Power's comments".
    return named.filter((t) => !parents.has(t)).slice(0, 1);
  }

  /** Is one of the first quotes spoken by one of these speakers (or a body within them)? */
  private spokenBy(ids: readonly string[], speakers: readonly Term[]): boolean {
    return ids.slice(0, MAX_QUOTES).some((id) => speakers.some((t) => this.passageSpeakers.get(id)?.has(t)));
  }

  private weight(term: Term): number {
    return this.index.has(term) ? this.index.idf(term) : SCORING.unknownWordWeight;
  }

  /**
   * Question words that match nothing in the knowledge base. Short non-words ("ppl", "sya")
   * are chat noise, not a sign the question is about something else.
   */
  private unknownWords(analysis: QueryAnalysis) {
    return analysis.free.filter((f) => !this.index.has(f.term) && (f.english || f.word.length > 3));
  }

  /**
   * The curated entries closest to a text, best first, without composing an answer: for
   * autocomplete, where the text is half a question. Same analysis (names, synonyms, typos)
   * and the same index as answer().
   */
  closestQuestions(text: string, limit: number): string[] {
    if (typeof text !== 'string') return [];
    const analysis = this.analyzer.analyzeQuery(cleanQuestion(text.slice(0, MAX_QUESTION_LENGTH)).text);
    if (analysis.terms.length === 0) return [];
    const ranked = this.rank(analysis).qaRanked;
    const best = ranked[0]?.[1].score ?? 0;
    // Entries far below the best one are noise ("why stop" should not offer "What happened?").
    return ranked
      .filter(([, s]) => s.score >= best * SCORING.relativeCutoff && s.score >= SCORING.suggestAtLeast)
      .slice(0, limit)
      .map(([id]) => id);
  }

  /** Why the engine answers what it does: terms, corrections and the best candidates. */
  explain(question: string) {
    const analysis = this.analyzer.analyzeQuery(cleanQuestion(question).text);
    const { qaRanked, passages, unknown } = this.rank(analysis);
    const decision = this.decide(analysis);
    const weights = Object.fromEntries(analysis.terms.map((t) => [t, round(this.weight(t))]));
    return {
      terms: weights,
      unknown,
      qaChosen: decision.qa,
      features: decision.features,
      corrections: analysis.corrections,
      qa: qaRanked.slice(0, 5).map(([id, s]) => ({
        id,
        score: round(s.score),
        variant: s.hit.doc.ref,
        qc: round(s.hit.questionCoverage),
        coverage: round(s.coverage),
        dc: round(s.hit.docCoverage),
      })),
      passages: passages.slice(0, 5).map((s) => ({
        id: s.hit.doc.ref,
        score: round(s.score),
        qc: round(s.hit.questionCoverage),
        dc: round(s.hit.docCoverage),
      })),
    };
  }

  /** Picks the curated answer or the best passages, and describes how sure that choice is. */
  private decide(analysis: QueryAnalysis): Decision {
    const ranking = this.rank(analysis);
    const { qaRanked, passages, known, unknown, knownWeight, unknownWeight } = ranking;
    const topQa = qaRanked[0];
    const topPassage = passages[0];
    const qaScore = topQa?.[1].score ?? 0;
    const passageScore = topPassage?.score ?? 0;
    const passageIds = passages
      .filter((p) => p.score >= passageScore * SCORING.relativeCutoff)
      .map((p) => p.hit.doc.ref);
    const useQa = !!topQa && qaScore * SCORING.passageMargin >= passageScore;
    const asked = this.askedSpeakers(known);
    const chosen = useQa ? topQa[1] : topPassage;
    const ids = useQa
      ? this.leadWithNamedSide((this.qaById.get(topQa[0]) as ResolvedQa).answerIds, known)
      : passageIds;
    const features: ConfidenceFeatures = {
      raw: chosen?.confidence ?? 0,
      coverage: chosen?.coverage ?? 0,
      docCoverage: chosen?.hit.docCoverage ?? 0,
      unknownShare: knownWeight + unknownWeight > 0 ? unknownWeight / (knownWeight + unknownWeight) : 1,
      unknownNames: unknown.filter((w) => !w.english).length,
      information: Math.log1p(knownWeight),
      curated: useQa ? 1 : 0,
      agreement: useQa && topPassage && ids.includes(topPassage.hit.doc.ref) ? 1 : 0,
      margin: qaRanked[1] ? qaScore - qaRanked[1][1].score : qaScore,
      speakerMissing: asked.length > 0 && !this.spokenBy(ids, asked) ? 1 : 0,
      numberMissing:
        known.includes('c:number') &&
        !ids.slice(0, MAX_QUOTES).some((id) => NUMBER.test(this.kb.passageById.get(id)?.text ?? ''))
          ? 1
          : 0,
    };
    return { ids, qa: useQa && topQa ? topQa[0] : null, features, ranking, passageIds };
  }

  private retrieve(base: Answer, analysis: QueryAnalysis): Answer {
    const { ids, qa, features, ranking, passageIds } = this.decide(analysis);
    const { qaRanked } = ranking;
    const confidence = calibratedConfidence(features);

    if (confidence < this.abstainBelow || ids.length === 0) {
      return {
        ...base,
        status: 'not-in-article',
        confidence: round(confidence),
        message:
          "The article doesn't say. It covers the strike itself, the reactions of each government and the UN meeting.",
        suggestions: this.suggestionsFor(qaRanked.map(([id]: [string, Scored]) => id)),
      };
    }

    const { ordered, contested } = this.withEverySide(ids, ranking.known);
    // "More": the rest of the curated answer, then other relevant passages.
    const rest = [...ordered.slice(MAX_QUOTES), ...passageIds.filter((id) => !ordered.includes(id))];
    return {
      ...base,
      status: 'answered',
      answered: true,
      confidence: round(confidence),
      quotes: ordered.slice(0, MAX_QUOTES).map((id) => this.quote(id)),
      more: [...new Set(rest)].slice(0, 6).map((id) => this.quote(id)),
      qa,
      contested,
    };
  }

  /** If the first quote is on a contested point, make sure every side is quoted within the first three. */
  private withEverySide(
    ids: string[],
    known: readonly Term[],
  ): { ordered: string[]; contested: ContestedPoint | null } {
    const first = ids[0];
    const point = first ? this.contestedBySentence.get(first) : undefined;
    // Only when the question is about the disputed point: "how long did the raid last" is
    // answered by the sentence that also gives one of the tolls, but not about the toll.
    if (!point || !this.asksAbout(point.id, known)) return { ordered: ids, contested: null };
    const ordered = [...ids];
    for (const side of point.sides) {
      const head = ordered.slice(0, MAX_QUOTES);
      if (side.ids.some((id) => head.includes(id))) continue;
      const pick = side.ids.find((id) => ordered.includes(id)) ?? side.ids[0];
      if (!pick) continue;
      const without = ordered.filter((id) => id !== pick);
      // Insert after the quotes of sides already represented, replacing the weakest.
      const at = Math.min(without.length, MAX_QUOTES - 1);
      without.splice(at, 0, pick);
      ordered.splice(0, ordered.length, ...without);
    }
    // Keep the sides within the first three, in the order they were placed.
    const sideOf = (id: string) => point.sides.findIndex((s) => s.ids.includes(id));
    const head = ordered.slice(0, MAX_QUOTES);
    const missing = point.sides.filter((s) => !s.ids.some((id) => head.includes(id)));
    if (missing.length > 0) {
      const firstOfEach = point.sides
        .map((s) => s.ids.find((id) => ordered.includes(id)) ?? s.ids[0])
        .filter(Boolean) as string[];
      const rest = ordered.filter((id) => !firstOfEach.includes(id));
      ordered.splice(0, ordered.length, ...firstOfEach.sort((a, b) => sideOf(a) - sideOf(b)), ...rest);
    }
    return {
      ordered,
      contested: {
        id: point.id,
        topic: point.topic,
        sides: point.sides.map((s) => ({
          label: s.label,
          quoteIds: s.ids.filter((id) => ordered.slice(0, MAX_QUOTES).includes(id)),
        })),
      },
    };
  }

  quote(id: string): Quote {
    const cached = this.quoteCache.get(id);
    if (cached) return cached;
    const p = this.kb.passageById.get(id);
    if (!p) throw new RangeError(`unknown sentence id "${id}"`);
    const quote: Quote = {
      id: p.id,
      text: p.text,
      speaker: this.speaker(p.speaker),
      source: this.kb.meta.source,
      paragraph: p.paragraph,
      section: p.section,
    };
    this.quoteCache.set(id, quote);
    return quote;
  }

  speaker(id: string | null): Speaker | null {
    if (!id) return null;
    const e = this.kb.entityById.get(id);
    if (!e) return { id, label: id, kind: 'unknown' };
    return { id, label: e.label ?? (e.role ? `${e.name}, ${e.role}` : e.name), kind: e.kind };
  }

  /** Curated questions close to the question, else the default topics. */
  private suggestionsFor(qaIds: readonly string[]): string[] {
    const picked = qaIds
      .slice(0, 3)
      .map((id) => this.qaById.get(id)?.question)
      .filter((q): q is string => !!q);
    return picked.length >= 2 ? picked : this.defaultSuggestions();
  }

  defaultSuggestions(): string[] {
    const preferred = ['death-toll', 'why-stopped', 'russia-reaction'];
    return preferred
      .map((id) => this.qaById.get(id)?.question)
      .filter((q): q is string => !!q)
      .concat(
        this.kb.qa
          .filter((q) => !preferred.includes(q.id))
          .slice(0, 3 - preferred.length)
          .map((q) => q.question),
      )
      .slice(0, 3);
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

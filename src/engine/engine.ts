/**
 * The answer engine: a question in, an Answer of verbatim quotes out. Engine.answer() is the
 * one entry; compose() below is the whole pipeline, one module per step:
 *
 *   gate.ts       clean the text (mentions, markdown); not a question, too long, about the bot?
 *   analyzer.ts   words -> terms: names and aliases, synonym groups, typo corrections
 *   rank.ts       score the curated questions and passages sharing terms with it (retrieval.ts)
 *   decide.ts     the curated answer or the best passages, and the confidence features
 *   confidence.ts abstain when the calibrated confidence is too low
 *   contested.ts  every side of a contested point, the side named first
 *   same-claim.ts the same thing said by several sources: the best one quoted, the others named
 *
 * The index it searches is built once per knowledge version (corpus.ts). No Discord here:
 * front ends render the Answer.
 */
import type { KnowledgeBase, SourceInfo } from '../knowledge/model.ts';
import { cleanQuestion } from '../text/clean.ts';
import type { AlsoReported, Answer, ContestedPoint, Quote, Speaker } from './answer.ts';
import { MAX_QUOTES } from './answer.ts';
import { calibratedConfidence } from './confidence.ts';
import { withEverySide } from './contested.ts';
import { type ConversationTurn, readFollowUp, turnOf } from './conversation.ts';
import { buildCorpus, type Corpus } from './corpus.ts';
import { decide } from './decide.ts';
import type { EnglishWords } from './english.ts';
import { admitQuestion, noQuestion } from './gate.ts';
import { rank, termWeight } from './rank.ts';
import { gatherSameClaims } from './same-claim.ts';
import { type SavedIndex, saveIndex } from './saved-index.ts';
import { TUNING } from './tuning.ts';

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

export class Engine {
  readonly kb: KnowledgeBase;
  readonly abstainBelow: number;
  private readonly corpus: Corpus;
  private readonly quoteCache = new Map<string, Quote>();
  private readonly sourceById: ReadonlyMap<string, SourceInfo>;
  /** Questions that go through every path: see warmUp(). */
  private readonly warmUpQuestions: string[];

  constructor(kb: KnowledgeBase, options: EngineOptions = {}) {
    this.kb = kb;
    this.abstainBelow = options.abstainBelow ?? kb.settings.abstainBelow;
    this.corpus = buildCorpus(kb, options);
    this.sourceById = new Map(kb.sources.map((s) => [s.id, s]));
    this.warmUpQuestions = warmUpQuestions(kb);
  }

  /**
   * Answers one question; with the earlier turns of its conversation (oldest first, see
   * conversation.ts), a follow-up is read in their light. Never throws for any input.
   */
  answer(question: string, conversation?: readonly ConversationTurn[]): Answer {
    const started = performance.now();
    const result = this.compose(question, conversation);
    result.ms = Math.round((performance.now() - started) * 1000) / 1000;
    return result;
  }

  private compose(question: string, conversation?: readonly ConversationTurn[]): Answer {
    const base = emptyAnswer(question);
    // 1. The gate: not text, too long, empty, or about the bot itself.
    const gate = admitQuestion(question, this.kb.bot);
    if (!gate.ok) {
      const { suggest, ...reply } = gate.reply;
      return { ...base, ...reply, suggestions: suggest ? this.defaultSuggestions() : [] };
    }
    // 2. Words -> terms; a follow-up is read in the context of its conversation.
    const analysis = this.corpus.analyzer.analyzeQuery(gate.text);
    const followUp =
      Array.isArray(conversation) && conversation.length > 0
        ? readFollowUp(this.corpus, gate.text, analysis, conversation)
        : null;
    if (!followUp && analysis.terms.length === 0) {
      const { suggest: _, ...reply } = noQuestion(gate.text, this.kb.bot);
      return { ...base, ...reply, suggestions: this.defaultSuggestions() };
    }
    if (followUp?.reading) base.reading = followUp.reading;
    // 3-4. Rank the candidates, choose the curated answer or passages; 5. how sure is that?
    const { ids, qa, features, ranking, passageIds } = followUp?.decision ?? decide(this.corpus, analysis);
    const confidence = followUp?.confidence ?? calibratedConfidence(features);
    if (confidence < this.abstainBelow || ids.length === 0) {
      return {
        ...base,
        status: 'not-in-article',
        confidence: round(confidence),
        message: this.kb.bot.notInArticle,
        suggestions: this.suggestionsFor(ranking.qaRanked.map(([id]) => id)),
      };
    }
    // 6. Every side of a contested point; 7. a claim several sources make, quoted once.
    const sides = withEverySide(this.corpus, ids, ranking.known);
    const sideIds = new Set(sides.contested?.sides.flatMap((s) => s.quoteIds));
    const candidates = ranking.passages.map((p) => p.hit.doc.ref);
    const { ordered, also } = gatherSameClaims(this.corpus, sides.ordered, candidates, sideIds);
    const shown = ordered.slice(0, MAX_QUOTES);
    // "More": the rest of the curated answer, then the same claims in other sources, then other
    // relevant passages.
    const rest = [
      ...ordered.slice(MAX_QUOTES),
      ...[...also.values()].flat(),
      ...passageIds.filter((id) => !ordered.includes(id)),
    ].filter((id) => !shown.includes(id));
    const alsoReported: AlsoReported[] = shown
      .filter((id) => also.has(id))
      .map((id) => ({ quoteId: id, quotes: (also.get(id) ?? []).map((other) => this.quote(other)) }));
    return {
      ...base,
      status: 'answered',
      answered: true,
      confidence: round(confidence),
      quotes: shown.map((id) => this.quote(id)),
      more: [...new Set(rest)].slice(0, TUNING.answer.maxMore).map((id) => this.quote(id)),
      alsoReported,
      qa,
      contested: this.withSources(sides.contested, shown),
    };
  }

  /** A contested point with the sources of the quotes shown on each side. */
  withSources(point: ContestedPoint | null, shown: readonly string[]): ContestedPoint | null {
    if (!point) return null;
    return {
      ...point,
      sides: point.sides.map((side) => {
        const quoteIds = side.quoteIds.filter((id) => shown.includes(id));
        return {
          ...side,
          quoteIds,
          sources: [...new Set(quoteIds.map((id) => this.quote(id).source))],
        };
      }),
    };
  }

  /**
   * The curated entries closest to a text, best first, without composing an answer: for
   * autocomplete, where the text is half a question. Same analysis (names, synonyms, typos)
   * and the same index as answer().
   */
  closestQuestions(text: string, limit: number): string[] {
    if (typeof text !== 'string') return [];
    const analysis = this.corpus.analyzer.analyzeQuery(
      cleanQuestion(text.slice(0, TUNING.input.maxQuestionLength)).text,
    );
    if (analysis.terms.length === 0) return [];
    const ranked = rank(this.corpus, analysis).qaRanked;
    const best = ranked[0]?.[1].score ?? 0;
    // Entries far below the best one are noise ("why stop" should not offer "What happened?").
    return ranked
      .filter(
        ([, s]) =>
          s.score >= best * TUNING.scoring.relativeCutoff && s.score >= TUNING.autocomplete.suggestAtLeast,
      )
      .slice(0, limit)
      .map(([id]) => id);
  }

  /** Why the engine answers what it does: terms, corrections and the best candidates. */
  explain(question: string) {
    const analysis = this.corpus.analyzer.analyzeQuery(cleanQuestion(question).text);
    const { qaRanked, passages, unknown } = rank(this.corpus, analysis);
    const decision = decide(this.corpus, analysis);
    const weights = Object.fromEntries(analysis.terms.map((t) => [t, round(termWeight(this.corpus, t))]));
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

  /** A sentence of a source as a Quote: verbatim, with its speaker and its own source's credit. */
  quote(id: string): Quote {
    const cached = this.quoteCache.get(id);
    if (cached) return cached;
    const p = this.kb.passageById.get(id);
    if (!p) throw new RangeError(`unknown sentence id "${id}"`);
    const quote: Quote = {
      id: p.id,
      text: p.text,
      speaker: this.speaker(p.speaker),
      source: this.sourceById.get(p.source)?.quotedAs ?? this.kb.meta.source,
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
      .slice(0, TUNING.answer.suggestions)
      .map((id) => this.corpus.qaById.get(id)?.question)
      .filter((q): q is string => !!q);
    return picked.length >= TUNING.answer.minCloseSuggestions ? picked : this.defaultSuggestions();
  }

  /** The curated questions bot.yaml prefers, then the first ones of qa.yaml. */
  defaultSuggestions(): string[] {
    const preferred = this.kb.bot.suggestions;
    return preferred
      .map((id) => this.corpus.qaById.get(id)?.question)
      .filter((q): q is string => !!q)
      .concat(
        this.kb.qa
          .filter((q) => !preferred.includes(q.id))
          .slice(0, TUNING.answer.suggestions - preferred.length)
          .map((q) => q.question),
      )
      .slice(0, TUNING.answer.suggestions);
  }

  /** The engine's analysis of the knowledge, saved with the knowledge for a faster start (compiled.json). */
  exportIndex(): SavedIndex {
    return saveIndex(this.corpus.terms);
  }

  /**
   * Runs a few questions through every path (curated answer, passages, typo correction,
   * abstention) so the first real question does not pay for compiling the code.
   */
  warmUp(): this {
    let previous: ConversationTurn[] = [];
    // Each one also as a follow-up to the one before, so the conversation path is ready too.
    for (const q of this.warmUpQuestions) {
      this.answer(q, previous);
      previous = [turnOf(this.answer(q))];
    }
    return this;
  }

  /**
   * Primes the JavaScript engine for steady latency: answers the curated wordings (every answer
   * path: contested sides, speakers, passages) again and again for about `budgetMs`, so the
   * hot functions are optimised before the first real question rather than during it. Without
   * this, a fresh process answers its first few dozen questions in 1-5 ms instead of 0.1-0.3.
   * Front ends call it before they serve; loading knowledge does not (it stays fast).
   */
  prime(budgetMs = TUNING.warmUp.primeMs): this {
    const wordings = [
      ...this.kb.qa.flatMap((q) => [q.question, ...q.paraphrases]).slice(0, TUNING.warmUp.primeWordings),
      ...this.warmUpQuestions,
    ];
    const started = performance.now();
    do for (const q of wordings) this.answer(q);
    while (performance.now() - started < budgetMs);
    return this;
  }
}

/**
 * Questions made from the knowledge itself that take every path: a curated question, words of
 * a passage, the curated question misspelt (typo correction) and gibberish (abstention).
 */
function warmUpQuestions(kb: KnowledgeBase): string[] {
  const curated = kb.qa[0]?.question.toLowerCase() ?? '';
  const passage =
    kb.passages
      .find((p) => p.paragraph > 1)
      ?.text.split(/\s+/)
      .slice(0, 6)
      .join(' ') ?? '';
  // A slip in every longer word: "soldiers" -> "sodliers".
  const misspelt = curated.replace(/\b(\p{L})(\p{L})(\p{L})(\p{L}{3,})/gu, '$1$3$2$4');
  return [curated, passage, misspelt, 'xqzv plonk'].filter(Boolean);
}

function emptyAnswer(question: string): Answer {
  return {
    question,
    status: 'no-question',
    answered: false,
    confidence: 0,
    quotes: [],
    more: [],
    alsoReported: [],
    qa: null,
    contested: null,
    suggestions: [],
    message: null,
    ms: 0,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

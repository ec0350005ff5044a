/**
 * The answer engine: a question in, an Answer of verbatim quotes out.
 *
 *   clean (mentions, markdown) -> analyse (aliases, synonyms, typos) -> search the index
 *   (curated questions and passages) -> pick the curated answer or the best passages ->
 *   add the other side of contested points -> abstain when the confidence is too low.
 *
 * No Discord here: front ends render the Answer.
 */
import type { KnowledgeBase, ResolvedQa } from '../knowledge/load.ts';
import type { Passage } from '../knowledge/schema.ts';
import { Analyzer, type QueryAnalysis } from './analyzer.ts';
import { type Answer, type ContestedPoint, MAX_QUOTES, type Quote, type Speaker } from './answer.ts';
import { type EnglishWords, loadEnglishWords } from './english.ts';
import { Lexicon, type Term } from './lexicon.ts';
import { type Hit, TermIndex } from './retrieval.ts';
import { cleanQuestion, MAX_QUESTION_LENGTH, tokenize } from './text.ts';

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
  /** Weight of a question word the knowledge base has never seen ("refugees", "capital"). */
  unknownWordWeight: Number(process.env.UW ?? 4),
  /** Weight of an unknown name or non-word ("Merkel", "Lavrov"): the article is about other people. */
  unknownNameWeight: Number(process.env.UN ?? 6),
};

interface Scored {
  score: number;
  hit: Hit;
}

export interface EngineOptions {
  english?: EnglishWords;
  /** Overrides settings.yaml's abstainBelow (used when calibrating). */
  abstainBelow?: number;
}

let sharedEnglish: EnglishWords | undefined;

export class Engine {
  readonly kb: KnowledgeBase;
  readonly abstainBelow: number;
  private readonly analyzer: Analyzer;
  private readonly index = new TermIndex();
  private readonly qaById: Map<string, ResolvedQa>;
  private readonly contestedBySentence = new Map<string, KnowledgeBase['contested'][number]>();
  private readonly quoteCache = new Map<string, Quote>();

  constructor(kb: KnowledgeBase, options: EngineOptions = {}) {
    this.kb = kb;
    this.abstainBelow = options.abstainBelow ?? kb.settings.abstainBelow;
    sharedEnglish ??= options.english ?? loadEnglishWords();
    const english = options.english ?? sharedEnglish;
    const lexicon = new Lexicon({ entities: kb.entities, synonyms: kb.synonyms });

    const vocabulary = new Set<string>(lexicon.words);
    const frequency = new Map<string, number>();
    const texts = [
      ...kb.passages.map((p) => p.text),
      ...kb.qa.flatMap((q) => [q.question, ...q.paraphrases]),
    ];
    for (const text of texts) {
      for (const t of tokenize(text)) {
        vocabulary.add(t.word);
        frequency.set(t.word, (frequency.get(t.word) ?? 0) + 1);
      }
    }
    this.analyzer = new Analyzer(lexicon, vocabulary, english, frequency);

    for (const p of kb.passages) {
      // The headline is quoted only when a curated answer asks for it: it is a title, not a claim.
      if (p.paragraph === 1) continue;
      const terms = [...this.analyzer.docTerms(p.text).keys(), ...this.speakerTerms(p.speaker, lexicon)];
      this.index.add('passage', p.id, terms);
    }
    for (const q of kb.qa) {
      for (const [i, text] of [q.question, ...q.paraphrases].entries()) {
        this.index.add('qa', `${q.id}#${i}`, this.analyzer.docTerms(text).keys());
      }
    }
    this.index.freeze();
    this.qaById = new Map(kb.qa.map((q) => [q.id, q]));
    for (const c of kb.contested)
      for (const side of c.sides) for (const id of side.ids) this.contestedBySentence.set(id, c);
  }

  private speakerTerms(speaker: string | null, lexicon: Lexicon): Term[] {
    if (!speaker) return [];
    const entity = this.kb.entityById.get(speaker);
    const ids = [speaker, ...(entity?.members ?? [])];
    return ids.flatMap((id) => lexicon.entityTerms(id));
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
    if (analysis.terms.length === 0) {
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

  /** Scores every curated question and passage that shares a term with the question. */
  private rank(analysis: QueryAnalysis): { qaRanked: [string, Scored][]; passages: Scored[] } {
    // A word the knowledge base has never seen is likely what the question is about
    // ("the capital of Russia"): it weighs in the coverage like a rare word.
    const unknown = this.unknownWords(analysis);
    const questionWeight =
      analysis.terms.reduce((sum, t) => sum + (this.index.has(t) ? this.index.idf(t) : 0), 0) +
      unknown.reduce(
        (sum, w) => sum + (w.english ? SCORING.unknownWordWeight : SCORING.unknownNameWeight),
        0,
      );
    const hits = this.index.search(analysis.terms, questionWeight);
    const qaBest = new Map<string, Scored>();
    const passages: Scored[] = [];
    for (const hit of hits) {
      if (hit.doc.kind === 'qa') {
        const a = SCORING.qaQuestionExponent;
        const score = hit.questionCoverage ** a * hit.docCoverage ** (1 - a);
        const id = hit.doc.ref.slice(0, hit.doc.ref.indexOf('#'));
        const prev = qaBest.get(id);
        if (!prev || score > prev.score) qaBest.set(id, { score, hit });
      } else {
        const b = SCORING.passageBase;
        passages.push({ score: hit.questionCoverage * (b + (1 - b) * hit.docCoverage), hit });
      }
    }
    passages.sort((x, y) => y.score - x.score || x.hit.doc.ref.localeCompare(y.hit.doc.ref));
    const qaRanked = [...qaBest.entries()].sort((x, y) => y[1].score - x[1].score);
    return { qaRanked, passages };
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

  /** Why the engine answers what it does: terms, corrections and the best candidates. */
  explain(question: string) {
    const analysis = this.analyzer.analyzeQuery(cleanQuestion(question).text);
    const { qaRanked, passages } = this.rank(analysis);
    const weights = Object.fromEntries(analysis.terms.map((t) => [t, round(this.weight(t))]));
    return {
      terms: weights,
      unknown: this.unknownWords(analysis),
      corrections: analysis.corrections,
      qa: qaRanked.slice(0, 5).map(([id, s]) => ({
        id,
        score: round(s.score),
        variant: s.hit.doc.ref,
        qc: round(s.hit.questionCoverage),
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

  private retrieve(base: Answer, analysis: QueryAnalysis): Answer {
    const { qaRanked, passages } = this.rank(analysis);
    const topQa = qaRanked[0];
    const topPassage = passages[0];
    const qaScore = topQa?.[1].score ?? 0;
    const passageScore = topPassage?.score ?? 0;

    let ids: string[];
    let qa: string | null = null;
    let confidence: number;
    const passageIds = passages
      .filter((p) => p.score >= passageScore * SCORING.relativeCutoff)
      .map((p) => p.hit.doc.ref);
    if (topQa && qaScore * SCORING.passageMargin >= passageScore) {
      const entry = this.qaById.get(topQa[0]) as ResolvedQa;
      qa = entry.id;
      ids = [...entry.answerIds];
      confidence = qaScore;
    } else {
      ids = passageIds;
      confidence = passageScore;
    }
    confidence = Math.min(1, Math.max(0, confidence));

    if (confidence < this.abstainBelow || ids.length === 0) {
      return {
        ...base,
        status: 'not-in-article',
        confidence: round(confidence),
        message:
          "The article doesn't say. It covers the strike itself, the reactions of each government and the UN meeting.",
        suggestions: this.suggestionsFor(qaRanked.map(([id]) => id)),
      };
    }

    const { ordered, contested } = this.withEverySide(ids);
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
  private withEverySide(ids: string[]): { ordered: string[]; contested: ContestedPoint | null } {
    const first = ids[0];
    const point = first ? this.contestedBySentence.get(first) : undefined;
    if (!point) return { ordered: ids, contested: null };
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
    const p = this.kb.passageById.get(id) as Passage;
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

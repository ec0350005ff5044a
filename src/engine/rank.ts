/**
 * Ranking: every curated question and passage that shares a term with the question, scored.
 * A curated entry is judged on its best-matching wording (precision) and on how much of the
 * question its wording and its answer's quotes cover together (recall): "Moscow's figure for
 * the dead" is answered by a quote that names Moscow even if the curated wording does not.
 */
import type { Term } from '../text/lexicon.ts';
import { tokenize } from '../text/tokenize.ts';
import type { FreeWord, QueryAnalysis } from './analyzer.ts';
import { MAX_QUOTES } from './answer.ts';
import { leadWithNamedSide } from './contested.ts';
import type { Corpus } from './corpus.ts';
import { type Hit, topK } from './retrieval.ts';
import { TUNING } from './tuning.ts';

export interface Scored {
  /** Ranking score. */
  score: number;
  /** How sure the engine is that this candidate answers the question. */
  confidence: number;
  hit: Hit;
  /** Share of the question's weight covered (by the wording, and for Q&A also its quotes). */
  coverage: number;
}

export interface Ranking {
  /** Curated entries by id, best first. */
  qaRanked: [string, Scored][];
  /** Passages, best first. */
  passages: Scored[];
  /** The question's terms the index knows. */
  known: Term[];
  /** The question's words the knowledge base has never seen. */
  unknown: FreeWord[];
  /** Weight of the known terms, and of the unknown words, of the question. */
  knownWeight: number;
  unknownWeight: number;
  /** The part of knownWeight that comes from related words (WordNet), not the question's own words. */
  relatedWeight: number;
}

const SPEAKER_KINDS = new Set(['person', 'government', 'military', 'group', 'monitor', 'alliance']);

const byRef = (x: Scored, y: Scored) => x.hit.doc.ref.localeCompare(y.hit.doc.ref);

export function rank(corpus: Corpus, analysis: QueryAnalysis): Ranking {
  const { index } = corpus;
  // A word the knowledge base has never seen is likely what the question is about
  // ("the capital of Russia"): it weighs in the coverage like a rare word.
  const unknown = unknownWords(corpus, analysis);
  // A related word ("warplane") counts partly as the knowledge's word, the rest as unknown.
  const unknownWeight = unknown.reduce(
    (sum, w) =>
      sum +
      (1 - (w.related ?? 0)) *
        (w.inKnowledge
          ? TUNING.scoring.unindexedWordWeight
          : w.english
            ? TUNING.scoring.unknownWordWeight
            : TUNING.scoring.unknownNameWeight),
    0,
  );
  const known = analysis.terms.filter((t) => index.has(t));
  const factor = (t: Term) => analysis.factors.get(t) ?? 1;
  const knownWeight = known.reduce((sum, t) => sum + index.idf(t) * factor(t), 0);
  const questionWeight = knownWeight + unknownWeight;
  // The story told around a question ranks its candidates a little, never brings one in, and is
  // left out of how sure the engine is (the coverage of the question itself).
  const asked = new Set(known);
  const context = analysis.context.filter((t) => index.has(t) && !asked.has(t));
  // Each context word counts contextWeight at most, and all of them together at most
  // contextShare of the question's own weight, however long the story.
  const { contextWeight, contextShare } = TUNING.reading;
  const contextTotal = context.reduce((sum, t) => sum + index.idf(t), 0);
  const contextFactor =
    contextTotal > 0 ? Math.min(contextWeight, (contextShare * knownWeight) / contextTotal) : 0;
  const searchFactors = new Map(analysis.factors);
  for (const t of context) searchFactors.set(t, contextFactor);
  const hits = index.search([...known, ...context], questionWeight, searchFactors, new Set(context));
  /** A hit without what the context added: the question's own coverages. */
  const own = (hit: Hit) => {
    if (hit.scoreOnlyMatched === 0) return hit;
    const matched = hit.matched - hit.scoreOnlyMatched;
    return {
      ...hit,
      matched,
      questionCoverage: questionWeight > 0 ? matched / questionWeight : 0,
      docCoverage: hit.doc.weight > 0 ? matched / hit.doc.weight : 0,
    };
  };
  const qaBest = new Map<string, Scored>();
  const passages: Scored[] = [];
  const a = TUNING.scoring.qaQuestionExponent;
  for (const hit of hits) {
    if (hit.doc.kind === 'qa') {
      const id = hit.doc.ref.slice(0, hit.doc.ref.indexOf('#'));
      const score = hit.questionCoverage ** a * hit.docCoverage ** (1 - a);
      const prev = qaBest.get(id);
      if (!prev || score > prev.score)
        qaBest.set(id, { score, confidence: score, hit, coverage: hit.questionCoverage });
    } else {
      const b = TUNING.scoring.passageBase;
      const score = hit.questionCoverage * (b + (1 - b) * hit.docCoverage);
      passages.push({ score, confidence: score, hit, coverage: hit.questionCoverage });
    }
  }
  // Only the best candidates go on to the finer (and costlier) checks below. The article's
  // knowledge base has fewer candidates than this, so nothing is cut there.
  const qaTop = topK(
    [...qaBest.entries()],
    corpus.candidates,
    ([, x]) => x.score,
    () => 0,
  );
  const passageTop = topK(passages, corpus.candidates, (x) => x.score, byRef);
  if (context.length > 0) {
    const b = TUNING.scoring.passageBase;
    for (const scored of passageTop) {
      // The ranking keeps the context's bonus; everything after it sees the question's own figures.
      const h = own(scored.hit);
      scored.hit = h;
      scored.coverage = h.questionCoverage;
      scored.confidence = h.questionCoverage * (b + (1 - b) * h.docCoverage);
    }
    for (const [, scored] of qaTop) {
      const h = own(scored.hit);
      scored.hit = h;
      scored.coverage = h.questionCoverage;
      scored.confidence = h.questionCoverage ** a * h.docCoverage ** (1 - a);
    }
  }
  for (const [id, scored] of qaTop) {
    const answerTerms = corpus.answerTerms.get(id);
    if (!answerTerms || questionWeight === 0) continue;
    let covered = 0;
    for (const t of known)
      if (scored.hit.doc.terms.has(t) || answerTerms.has(t)) covered += index.idf(t) * factor(t);
    const coverage = covered / questionWeight;
    scored.coverage = coverage;
    scored.confidence = Math.max(scored.confidence, coverage ** a * scored.hit.docCoverage ** (1 - a));
  }
  // "who is X" is closer to "Who is X?" than to "What did X say?": the same question word.
  const asks = askWord(analysis.words);
  if (asks) {
    for (const [, scored] of qaTop)
      if (wordingAskWord(corpus, scored.hit.doc.ref) === asks) scored.score *= TUNING.scoring.askWordBonus;
  }
  // "What did the Pentagon say?" wants the Pentagon's words, not a sentence about the Pentagon.
  const speakers = askedSpeakers(corpus, known);
  if (speakers.length > 0) {
    for (const [id, scored] of qaTop) {
      const answer = corpus.qaById.get(id)?.answerIds ?? [];
      if (spokenBy(corpus, leadWithNamedSide(corpus, answer, known), speakers))
        scored.score *= TUNING.scoring.speakerBonus;
    }
    for (const scored of passageTop)
      if (spokenBy(corpus, [scored.hit.doc.ref], speakers)) scored.score *= TUNING.scoring.speakerBonus;
  }
  passageTop.sort((x, y) => y.score - x.score || byRef(x, y));
  const qaRanked = qaTop.sort((x, y) => y[1].score - x[1].score);
  const relatedWeight = known.reduce((sum, t) => sum + (factor(t) < 1 ? index.idf(t) * factor(t) : 0), 0);
  return { qaRanked, passages: passageTop, known, unknown, knownWeight, unknownWeight, relatedWeight };
}

const ASK_WORDS = new Set(['who', 'what', 'when', 'where', 'why', 'which', 'how']);

/** The question word among the first words ("who", "how many", "how long"), or null. */
function askWord(words: readonly string[]): string | null {
  for (const [i, w] of words.slice(0, 4).entries()) {
    const word = w.replace(/'s$/, '');
    if (!ASK_WORDS.has(word)) continue;
    const next = words[i + 1];
    return word === 'how' && next && /^(many|much|long|old|far)$/.test(next) ? `how ${next}` : word;
  }
  return null;
}

/** The question word of each curated wording, by its index ref ("power-role#0"), per corpus. */
const wordingAskWords = new WeakMap<Corpus, Map<string, string | null>>();

function wordingAskWord(corpus: Corpus, ref: string): string | null {
  let cache = wordingAskWords.get(corpus);
  if (!cache) {
    cache = new Map();
    wordingAskWords.set(corpus, cache);
  }
  let asks = cache.get(ref);
  if (asks === undefined) {
    const at = ref.lastIndexOf('#');
    const qa = corpus.qaById.get(ref.slice(0, at));
    const text = qa ? [qa.question, ...qa.paraphrases][Number(ref.slice(at + 1))] : undefined;
    asks = text ? askWord(tokenize(text).map((t) => t.word)) : null;
    cache.set(ref, asks);
  }
  return asks;
}

/** Speakers the question names when it asks what someone said ("what did the Pentagon say"). */
export function askedSpeakers(corpus: Corpus, known: readonly Term[]): Term[] {
  if (!known.includes('c:say')) return [];
  const named = known.filter(
    (t) => t.startsWith('e:') && SPEAKER_KINDS.has(corpus.kb.entityById.get(t.slice(2))?.kind ?? ''),
  );
  // "the Pentagon" also yields its parent "the US"; the question is about the Pentagon.
  const parents = new Set(named.flatMap((t) => corpus.lexicon.entityTerms(t.slice(2)).slice(1)));
  // The first speaker named is the subject: "how did Churkin react to Power's comments".
  return named.filter((t) => !parents.has(t)).slice(0, 1);
}

/** Is one of the first quotes spoken by one of these speakers (or a body within them)? */
export function spokenBy(corpus: Corpus, ids: readonly string[], speakers: readonly Term[]): boolean {
  return ids.slice(0, MAX_QUOTES).some((id) => speakers.some((t) => corpus.passageSpeakers.get(id)?.has(t)));
}

/** A term's weight in the question: its idf, or the weight of an unknown word. */
export function termWeight(corpus: Corpus, term: Term): number {
  return corpus.index.has(term) ? corpus.index.idf(term) : TUNING.scoring.unknownWordWeight;
}

/**
 * Question words that match nothing in the knowledge base. Short non-words ("ppl", "sya")
 * are chat noise, not a sign the question is about something else.
 */
function unknownWords(corpus: Corpus, analysis: QueryAnalysis): FreeWord[] {
  return analysis.free.filter(
    (f) => !corpus.index.has(f.term) && (f.english || f.word.length > TUNING.scoring.noiseWordLength),
  );
}

/**
 * Ranking: every curated question and passage that shares a term with the question, scored.
 * A curated entry is judged on its best-matching wording (precision) and on how much of the
 * question its wording and its answer's quotes cover together (recall): "Moscow's figure for
 * the dead" is answered by a quote that names Moscow even if the curated wording does not.
 */
import type { Term } from '../text/lexicon.ts';
import type { FreeWord, QueryAnalysis } from './analyzer.ts';
import { MAX_QUOTES } from './answer.ts';
import { leadWithNamedSide } from './contested.ts';
import type { Corpus } from './corpus.ts';
import type { Hit } from './retrieval.ts';
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
}

const SPEAKER_KINDS = new Set(['person', 'government', 'military', 'group', 'monitor', 'alliance']);

export function rank(corpus: Corpus, analysis: QueryAnalysis): Ranking {
  const { index } = corpus;
  // A word the knowledge base has never seen is likely what the question is about
  // ("the capital of Russia"): it weighs in the coverage like a rare word.
  const unknown = unknownWords(corpus, analysis);
  const unknownWeight = unknown.reduce(
    (sum, w) => sum + (w.english ? TUNING.scoring.unknownWordWeight : TUNING.scoring.unknownNameWeight),
    0,
  );
  const known = analysis.terms.filter((t) => index.has(t));
  const knownWeight = known.reduce((sum, t) => sum + index.idf(t), 0);
  const questionWeight = knownWeight + unknownWeight;
  // "What did the Pentagon say?" wants the Pentagon's words, not a sentence about the Pentagon:
  // quotes spoken by the speaker asked about rank higher (a factor on their score).
  const asked = askedSpeakers(corpus, known);
  const bonus = TUNING.scoring.speakerBonus;
  const a = TUNING.scoring.qaQuestionExponent;
  const b = TUNING.scoring.passageBase;
  const query = { terms: known, questionWeight };
  // Only the best candidates go on to the finer checks below, and of those only the ones close
  // to the best matter (decide.ts, closestQuestions): the search finds exactly those.
  const common = {
    k: corpus.candidates,
    exhaustive: corpus.exhaustive,
    maxBoost: bonus,
    relative: TUNING.scoring.relativeCutoff,
  };
  const qaHits = index.search(query, {
    ...common,
    // The suggestions offered with an abstention are the best few, however far from the best.
    keep: TUNING.answer.suggestions,
    kind: 'qa',
    shape: (qc, dc) => qc ** a * dc ** (1 - a),
    ...(asked.length > 0
      ? {
          boost: (entry: number) =>
            spokenBy(corpus, leadWithNamedSide(corpus, corpus.kb.qa[entry]?.answerIds ?? [], known), asked)
              ? bonus
              : 1,
        }
      : {}),
  });
  const passageHits = index.search(query, {
    ...common,
    kind: 'passage',
    shape: (qc, dc) => qc * (b + (1 - b) * dc),
    ...(asked.length > 0
      ? { boost: (doc: number) => (spokenBy(corpus, [index.ref(doc)], asked) ? bonus : 1) }
      : {}),
  });
  const qaRanked = qaHits.map((hit): [string, Scored] => {
    const id = corpus.kb.qa[hit.doc.group]?.id ?? hit.doc.ref;
    const scored: Scored = { score: hit.score, confidence: hit.base, hit, coverage: hit.questionCoverage };
    // A curated entry also covers what its quotes say: "Moscow's figure for the dead".
    const answerTerms = corpus.answerTerms.get(id);
    if (answerTerms && questionWeight > 0) {
      let covered = 0;
      for (const t of known) if (hit.doc.terms.has(t) || answerTerms.has(t)) covered += index.idf(t);
      const coverage = covered / questionWeight;
      scored.coverage = coverage;
      scored.confidence = Math.max(hit.base, coverage ** a * hit.docCoverage ** (1 - a));
    }
    return [id, scored];
  });
  const passages = passageHits.map(
    (hit): Scored => ({ score: hit.score, confidence: hit.base, hit, coverage: hit.questionCoverage }),
  );
  return { qaRanked, passages, known, unknown, knownWeight, unknownWeight };
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

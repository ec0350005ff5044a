/**
 * Deciding: the curated answer or the best passages, and the features the confidence model
 * judges that choice by (confidence.ts).
 */
import type { QueryAnalysis } from './analyzer.ts';
import { MAX_QUOTES } from './answer.ts';
import type { ConfidenceFeatures } from './confidence.ts';
import { leadWithNamedSide } from './contested.ts';
import type { Corpus } from './corpus.ts';
import { askedSpeakers, type Ranking, rank, spokenBy } from './rank.ts';
import { TUNING } from './tuning.ts';

export interface Decision {
  /** The sentence ids to quote, best first. */
  ids: string[];
  /** The curated entry answering, or null when passages do. */
  qa: string | null;
  features: ConfidenceFeatures;
  ranking: Ranking;
  /** Passages scoring close to the best one: what "More" offers after the answer. */
  passageIds: string[];
}

/** A figure in a sentence: digits or a number word. */
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|hundreds?)\b/i;

export function decide(corpus: Corpus, analysis: QueryAnalysis): Decision {
  const ranking = rank(corpus, analysis);
  const { qaRanked, passages, known, unknown, knownWeight, unknownWeight } = ranking;
  const topQa = qaRanked[0];
  const topPassage = passages[0];
  const qaScore = topQa?.[1].score ?? 0;
  const passageScore = topPassage?.score ?? 0;
  const passageIds = passages
    .filter((p) => p.score >= passageScore * TUNING.scoring.relativeCutoff)
    .map((p) => p.hit.doc.ref);
  const useQa = !!topQa && qaScore * TUNING.scoring.passageMargin >= passageScore;
  const asked = askedSpeakers(corpus, known);
  const chosen = useQa ? topQa[1] : topPassage;
  const ids = useQa
    ? leadWithNamedSide(corpus, corpus.qaById.get(topQa[0])?.answerIds ?? [], known)
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
    speakerMissing: asked.length > 0 && !spokenBy(corpus, ids, asked) ? 1 : 0,
    numberMissing:
      known.includes('c:number') &&
      !ids.slice(0, MAX_QUOTES).some((id) => NUMBER.test(corpus.kb.passageById.get(id)?.text ?? ''))
        ? 1
        : 0,
  };
  return { ids, qa: useQa && topQa ? topQa[0] : null, features, ranking, passageIds };
}

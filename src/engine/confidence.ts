/**
 * How sure the engine is that its answer is right: a logistic model over a few features of
 * the chosen candidate, fitted on our own question sets with `npm run eval -- --fit`. Below
 * `abstainBelow` (knowledge/settings.yaml, calibrated with `npm run eval -- --calibrate`) the
 * engine says the article does not answer the question.
 */

/** What the confidence is computed from; see calibratedConfidence. */
export interface ConfidenceFeatures {
  /** The chosen candidate's own score, 0..1. */
  raw: number;
  /** Share of the question's weight the chosen answer covers. */
  coverage: number;
  /** Share of the matched wording's weight the question covers. */
  docCoverage: number;
  /** Share of the question's weight in words the knowledge base has never seen. */
  unknownShare: number;
  /** Unknown names or non-words ("Merkel"). */
  unknownNames: number;
  /** log(1 + weight of the known words): how much the question says. */
  information: number;
  /** 1 when a curated entry answers. */
  curated: number;
  /** 1 when the best passage is one of the curated answer's quotes: two routes agree. */
  agreement: number;
  /** Lead of the best curated entry over the second. */
  margin: number;
  /** 1 when the question asks what someone said but no quote is theirs ("What did Assad say?"). */
  speakerMissing: number;
  /** 1 when the question asks "how many" but no quote has a number. */
  numberMissing: number;
}

/**
 * Logistic model over the features, fitted with `npm run eval -- --fit` on the fit sets
 * (eval/fit-*.jsonl, 287 questions; 1 = the first quote is right, 0 = wrong or should have
 * abstained), before 8 of their questions were reworded for being copies of curated wordings.
 * The check sets (the shared dev set, eval/check-paraphrase-questions.jsonl) were kept out of
 * the fit, to check it.
 */
export const CONFIDENCE_MODEL: Record<keyof ConfidenceFeatures | 'bias', number> = {
  bias: -4.327,
  raw: 2.266,
  coverage: 3.059,
  docCoverage: 0.311,
  unknownShare: -1.698,
  unknownNames: -0.624,
  information: 0.412,
  curated: -0.315,
  agreement: 0.682,
  margin: 1.294,
  speakerMissing: -0.031,
  numberMissing: -0.837,
};

export function calibratedConfidence(f: ConfidenceFeatures, model = CONFIDENCE_MODEL): number {
  let z = model.bias;
  for (const key of Object.keys(f) as (keyof ConfidenceFeatures)[]) z += model[key] * f[key];
  return 1 / (1 + Math.exp(-z));
}

/** Every tunable number of the engine, in one place. */

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

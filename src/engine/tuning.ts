/**
 * Every tunable number of the engine, in one documented object grouped by concern (the way
 * Fuse.js keeps its options in src/core/config.ts). The code refers to them by name. Changing one
 * changes answers: run `npm run eval` and the tests after.
 *
 * Not here, on purpose:
 * - the confidence model's weights (confidence.ts), fitted by `npm run eval -- --fit`;
 * - the abstention threshold, `abstainBelow` in knowledge/settings.yaml: it is calibrated for
 *   each knowledge base (`npm run eval -- --calibrate`);
 * - MAX_QUOTES (answer.ts): how many quotes an Answer holds is part of the Answer model that
 *   every front end renders, not a knob of the engine.
 */
export const TUNING = {
  /** What the input gate lets through (gate.ts). */
  input: {
    /** The longest question read, after cleaning; longer ones get a clear "too long" answer. */
    maxQuestionLength: 500,
    /** Raw input longer than this many times maxQuestionLength is refused before it is cleaned. */
    rawLengthFactor: 4,
  },

  /** Typo correction (analyzer.ts): which words are corrected, and how far. */
  typos: {
    /** Shorter words are never corrected (nor used to correct). */
    minLength: 3,
    /**
     * A word may be two edits from a word of the knowledge when one of the two has this many
     * letters or more ("destroid" -> "destroyed"); else one. The typo index files the knowledge's
     * words of this length under two deletions.
     */
    twoEditsFrom: 9,
    /**
     * A word this long that is no English word may be two edits from a word of a name ("chirkn");
     * a shorter one is as likely a name no list has ("patel" is not "peter", "decid" not "deir").
     */
    nameTwoEditsFrom: 6,
    /** A word of exactly this length is corrected only by swapping two letters ("sya" -> "say"). */
    swapOnlyLength: 3,
    /** An English word the knowledge lacks, this long or longer, may be a doubled letter slipped ("meting"). */
    doubledFrom: 5,
    /** Corrections remembered (the cache is emptied when full, so random input cannot grow it). */
    cachedCorrections: 50_000,
  },

  /** Finding candidates in the inverted index (retrieval.ts). */
  retrieval: {
    /**
     * How many curated entries and passages are kept for the final checks and ranking: the search
     * finds exactly the best ones, and the fewer it keeps the sooner it can stop.
     */
    candidates: 64,
  },

  /** Scoring and choosing (rank.ts, decide.ts, contested.ts); see README "How an answer is chosen". */
  scoring: {
    /**
     * No term weighs more than this (its idf is capped; retrieval.ts). The article's knowledge base
     * has about 200 documents, where no term reaches it (at most 5); among tens of thousands of
     * passages an uncapped weight lets the article's own names ("Churkin", "the US", found in a
     * few dozen of them) drown the words that tell the article's sentences apart ("who", "stop").
     */
    maxIdf: 6,
    /**
     * Term weights are counted source by source (retrieval.ts, termIdfs): each source's counts
     * smoothed with this many documents of the whole knowledge. A source much larger (the
     * article's 182 documents, a report of 500 sentences) is counted as itself; a much smaller
     * one (a 16-sentence press release) about as the whole knowledge. No effect with one source.
     */
    sourcePrior: 100,
    /** Curated question score = questionCoverage^a * docCoverage^(1-a). */
    qaQuestionExponent: 0.7,
    /** Passage score = questionCoverage * (base + (1-base) * docCoverage). */
    passageBase: 0.8,
    /**
     * A curated wording that asks with the question's own question word ("who is X" / "Who is X?");
     * one asking another when "who" asks for a person scores as much less (1 / this): "who was
     * the US ambassador" is not "How did the US ambassador respond?" (rank.ts).
     */
    askWordBonus: 1.1,
    /** A curated answer is preferred unless a passage scores this much higher. */
    passageMargin: 1.1,
    /**
     * A curated entry scoring this share of the best one's, and leading with the best passage the
     * best entry does not quote, is weighed in its place (decide.ts, entryOfBestPassage).
     */
    entryTie: 0.95,
    /**
     * The same, when the best passage holds a word of the question that the best entry's quotes
     * lack, and every one they hold (decide.ts, entryOfBestPassage).
     */
    entryTieFuller: 0.9,
    /**
     * Passages scoring this share of the best one's are told apart by the type of answer asked: a
     * "when" question's passage giving a time, a "where" one's naming a place, leads (decide.ts,
     * leadWithTypeAsked).
     */
    typeTie: 0.98,
    /**
     * A later quote of a curated answer leads it when it holds this much more of the question's
     * weight than the entry's first quote (decide.ts, leadWithWhatIsAsked).
     */
    leadShare: 0.3,
    /**
     * A curated answer a wording asks whole is reordered only for a term asked that the first
     * quote lacks and a later one holds, whose idf is at least this share of the highest the index
     * gives (decide.ts, leadWithRareAsked): on the article, "reporters", not "Sunday" or "troops".
     */
    rareLead: 0.42,
    /**
     * ...and unless the passage holds only what this many documents would hold by chance (terms
     * falling into documents independently), while the curated entry covers the whole question:
     * among tens of thousands of passages some hold every common word of a question. On the
     * article's 182 documents the most common matches reach about 5.
     */
    chanceMatches: 10,
    /** Passages (and, for autocomplete, curated entries) scoring under this share of the best are left out. */
    relativeCutoff: 0.6,
    /** Every side of a contested point is quoted when the question covers this share of its topic. */
    topicShare: 0.3,
    /**
     * The confidence at least of an answer whose first quote holds, word for word, a fragment of
     * two words or more that the question quotes ("'persistent refusal' to do what?").
     */
    verbatimConfidence: 0.9,
    /**
     * The confidence of the sides of a contested point a question asks in other words, when its
     * sentences alone are not sure enough (contested.ts pointInOtherWords): clear of the
     * threshold, but an engine told to abstain above it still abstains.
     */
    pointConfidence: 0.5,
    /** Ranking factor for a candidate spoken by the speaker a "what did X say" question names. */
    speakerBonus: 1.15,
    /** Weight of a question word the knowledge base has never seen ("refugees", "capital")... */
    unknownWordWeight: 4,
    /**
     * ...and at least this share of what a word found in a single document weighs in this
     * knowledge (TermIndex.rareIdf): an unknown word is weighed on the scale of the knowledge's own
     * words. The article's rarest words weigh 4.80, so there the fixed 4 holds (0.83 * 4.80 = 3.99);
     * in reports of hundreds of sentences they weigh maxIdf, and an unknown word 5.0: "What did
     * Minister X say about the vaccines?" is not answered by a sentence naming X found in 3 of 600.
     */
    unknownWordShare: 0.83,
    /**
     * Share of that weight an unknown word counts that says how the question asks, not what about
     * (analyzer.ts, FreeWord.modifier): an adjective or adverb said of what the question names
     * ("was churkin optimistic?", "did they say so publicly"), a verb of saying ("who insists").
     * 0.4 answered near-topic questions on the shared sample.
     */
    modifierShare: 0.5,
    /**
     * Share a modifier counts that is an adverb of degree (chat.yaml degreeWords, FreeWord.degree):
     * "did they explain it adequately?" asks no more than "did they explain it?". Every modifier at
     * a lower share lost near-topic abstention on eleven sets; manner adverbs ("fast", "badly")
     * here lost an off-topic one.
     */
    degreeShare: 0,
    /**
     * Share of its weight a question's word counts that is one of English's commonest (analyzer.ts,
     * QueryAnalysis.common; "put", "hold", "big", "first"): the knowledge uses it, rarely, so it
     * would weigh as much as the story's own names. 0.5 lost refusals on the unread half of the fit
     * sets; 0.7 lost none (issue 11).
     */
    commonWordShare: 0.7,
    /**
     * Ranking factor for a sentence that denies something ("no concerns were voiced", "unable to
     * provide"), or a curated entry that leads with one, when the question asks about a denial
     * ("who said washington can't explain it"; src/text/negation.ts). Never in the confidence.
     */
    denialBonus: 1.4,
    /**
     * Ranking factor for a sentence that places what it says before ("Previously, ... Cook said"),
     * or a curated entry that leads with one, when the question asks what came after ("what did the
     * pentagon say after the strike"; rank.ts, asksAfter). Never in the confidence.
     */
    beforeWhenAfterFactor: 0.7,
    /**
     * Ranking factor for a sentence whose parties of telling are the question's turned round, or
     * a curated entry that leads with one ("what did moscow tell the pentagon": "the Pentagon had
     * informed Moscow"; roles.ts). Never in the confidence.
     */
    reversedRolesFactor: 0.7,
    /**
     * Ranking factor for a sentence whose parties of telling are the question's, the same way
     * round (whom it has told is told there, by the side it has telling; roles.ts sameWay), or a curated entry that
     * leads with one ("did the US say anything to syria": the regret relayed to Syria). Never in
     * the confidence.
     */
    sameRolesFactor: 1.15,
    /** A sentence of what a strike was aimed at, for a question of whom it struck (rank.ts, asksWhomStruck). */
    aimedWhenStruckFactor: 0.7,
    /** A sentence naming the thing the question owns only as another party's (rank.ts, ownerOther). */
    otherOwnerFactor: 0.7,
    /** Weight of an unknown name or non-word ("Merkel", "Lavrov"): the article is about other people. */
    unknownNameWeight: 6,
    /**
     * Weight of a word the knowledge uses but never on its own ("criminal" of "criminal
     * negligence", "government" of "Russian government"): less than a word it never uses.
     */
    unindexedWordWeight: 1.5,
    /** An unknown non-word of at most this many letters ("ppl", "sya") is chat noise and weighs nothing. */
    noiseWordLength: 3,
  },

  /** Reading a chat message (reader.ts): how much the story told around a question counts. */
  reading: {
    /** Factor on the weight of a context word when ranking; it never counts in the confidence. */
    contextWeight: 0.25,
    /** All the context words together weigh at most this share of the question's own words. */
    contextShare: 0.3,
    /**
     * A second (third...) question in one message is answered only when its confidence clears
     * abstainBelow by this much: added questions ("... and how old is she?") are more often ones
     * the article does not answer.
     */
    furtherQuestionMargin: 0.1,
    /**
     * Factor on the confidence when the question quotes words (three or more) that no sentence
     * found holds: "\"we will not back down\" who said that" asks about words the article lacks.
     */
    quotedMissing: 0.4,
  },

  /**
   * Words the article does not use, related to words it does (WordNet, knowledge/wordnet.json):
   * how much such a word counts as the knowledge's word, by relation. Below 1: weaker evidence
   * than the word itself; the rest of its weight counts as an unknown word.
   */
  related: {
    /** The same meaning ("envoy" / "emissary"). */
    synonym: 0.8,
    /** A similar adjective ("mad" / "angry"). */
    similar: 0.7,
    /** The same root ("probe" / "probing", "investigate" / "investigation"). */
    derived: 0.7,
    /** A kind of it ("warplane" for "aircraft"). */
    narrower: 0.6,
    /** What it is a kind of ("vehicle" for "tank"). */
    broader: 0.5,
    /** Not WordNet: a word of a person's name that is not a name on its own ("peter" of "Peter Cook"). */
    namePart: 0.6,
    /** Not WordNet: a word the knowledge only uses inside a phrase ("criminal" of "criminal negligence"). */
    phrasePart: 0.6,
  },

  /** The answer composed (engine.ts). */
  answer: {
    /** Quotes behind "More", at most. */
    maxMore: 6,
    /** Suggestions offered with an abstention or a help message. */
    suggestions: 3,
    /** Fewer close curated questions than this, and the default suggestions are offered instead. */
    minCloseSuggestions: 2,
    /**
     * Two sentences of different sources say the same thing (same-claim.ts) when the terms they
     * share weigh at least `sameClaimOverlap` of the lighter one's terms (by idf) and
     * `sameClaimDice` of both together (2 * shared / (one + other): not a short aside of a long
     * sentence), with the same figures and both or neither negated. Only the better one is quoted;
     * the other is "also reported by".
     */
    /** How many passages closest to a quote are looked at for the same claim in another source. */
    sameClaimNeighbours: 4,
    sameClaimOverlap: 0.7,
    sameClaimDice: 0.4,
    /** A reason in a sentence ("why?"): a clause of reasons must say this share of its weight
     * (idf) in words the question did not ask (answer-type.ts, holdsReason). */
    reasonFresh: 0.5,
  },

  /** Autocomplete and lookups by name (browse.ts, text-index.ts). */
  autocomplete: {
    /** How many suggestions a front end gets unless it asks for another number. */
    suggestions: 25,
    /** Typed text is cut to this length before matching (it bounds the cost). */
    maxTyped: 100,
    /** Wordings and names are compared on at most this many characters. */
    maxKeyLength: 1000,
    /** Curated entries the engine ranks are offered when they score at least this. */
    suggestAtLeast: 0.3,
    /** Fuzzy matching on fewer characters than this only adds noise. */
    minFuzzy: 3,
    /** Fuzzy hits scoring this much worse than the best one are noise ("why stop" ~ "What happened?"). */
    fuzzySpread: 0.25,
    /** Fuse.js's bitap works on words of up to 32 letters: longer pasted text is cut to these. */
    maxFuzzyWords: 12,
    maxFuzzyWordLength: 32,
    /** Fuse.js threshold for speaker names (0 exact .. 1 anything). */
    speakerThreshold: 0.35,
    /** A name is read as a misspelt speaker ("Churkn") only from this length and this close. */
    speakerTypoMinLength: 4,
    speakerTypoScore: 0.25,
    /** A half-typed word stops adding entries past this many: it narrows nothing by then. */
    maxUnion: 2000,
    /** A half-typed word is expanded to at most this many whole words. */
    maxExpansion: 64,
    /** "Starts with": this many times the limit of alphabetical matches are looked at, then ranked. */
    prefixScanFactor: 4,
    /** Fuzzy speaker matching asks Fuse.js for this many times the limit, then keeps the close ones. */
    speakerFuzzyFactor: 3,
  },

  /** Optimising the hot code before serving (Engine.prime, primeBrowsing). */
  warmUp: {
    /** How long answering curated wordings over and over takes, and how many wordings. */
    primeMs: 80,
    primeWordings: 200,
    /**
     * Then the warm-up questions and a few long messages, this many times each, no new round
     * begun after primePathMs (a round took about 50 ms CPU at 50,000 passages, load 19).
     */
    primePathRounds: 20,
    primePathMs: 250,
    /** How long autocomplete on prefixes of curated questions takes, for how many questions. */
    primeBrowsingMs: 40,
    primeBrowsingQuestions: 100,
    /** The prefix lengths typed. */
    primePrefixes: [4, 9, 16, 30],
  },

  /** Follow-up questions read in the context of their conversation (conversation.ts). */
  followUps: {
    /**
     * A question read through its conversation is answered only when its confidence clears
     * abstainBelow by this much: a reading the context made is less sure than a question asked
     * in full ("and on the IS side?" is more often one the article does not answer).
     */
    readMargin: 0.1,
    /** Only the latest turns are read: a long conversation costs what a short one does. */
    turnsRead: 3,
    /** Earlier turns' parses kept for reading them again at the next turns (the oldest go first). */
    parsedKept: 2000,
    /** The reading the rules prefer wins over looser ones unless they are this much more confident. */
    preferFirstReading: 0.02,
    /** The same, when the follow-up names only whom to ask the question before about ("and damascus?"). */
    preferSameQuestion: 0.1,
    /** After a weak cue ("and" before a whole question), the question alone wins unless the
     * contextual reading is more confident by this much. */
    preferStandalone: 0.1,
    /** Whatever the cue, the question alone wins when it is this much more confident than any reading in context. */
    surerAlone: 0.2,
    /** A candidate about whom the follow-up turned to replaces one that is not, if it scores this share of the best. */
    focusShare: 0.6,
    /** "anyone else": at most this many sentences are looked at for one not about whom the turn before was. */
    othersScanned: 5000,
    /** Confidence factor when the answer holds nothing of what the follow-up itself asks. */
    missedPoint: 0.7,
    /** "After that" looks this many sentences past the quote just given. */
    afterWindow: 20,
    /** Scoring a sentence after it: spoken by the subject, naming the subject, covering the rest
     * of the question (share of its weight), minus this much per sentence in between. */
    afterSpoken: 1.5,
    afterNamed: 0.6,
    afterCoverage: 2,
    afterDistance: 0.03,
    /** When the question asks what happened rather than what was said, the subject counts this much less. */
    afterSubjectInEvents: 0.5,
    /** A sentence neither by nor about the subject must cover this share of the rest. */
    afterMinCoverage: 0.5,
    /** The earlier question quoted in "Reading this as a follow-up to ...", at most. */
    quotedQuestionLength: 60,
  },
};

export type Tuning = typeof TUNING;

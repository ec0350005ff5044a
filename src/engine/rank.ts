/**
 * Ranking: every curated question and passage that shares a term with the question, scored.
 * A curated entry is judged on its best-matching wording (precision) and on how much of the
 * question its wording and its answer's quotes cover together (recall): "Moscow's figure for
 * the dead" is answered by a quote that names Moscow even if the curated wording does not.
 */
import { editDistance } from '../text/edit-distance.ts';
import { IRREGULAR_PAST } from '../text/irregular.ts';
import { type Term, WHY_WORD } from '../text/lexicon.ts';
import { isSayingVerb } from '../text/modifiers.ts';
import { tokenize } from '../text/tokenize.ts';
import type { FreeWord, QueryAnalysis } from './analyzer.ts';
import { MAX_QUOTES } from './answer.ts';
import { leadWithNamedSide } from './contested.ts';
import { type Corpus, unknownWordWeight } from './corpus.ts';
import { type Hit, type ShapeForm, shapeFunction } from './retrieval.ts';
import { hasRoles, passageRoles, questionRoles, reversed, sameWay } from './roles.ts';
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

/**
 * Share of an unknown English word's weight it counts: none for a word of degree said of what is
 * named ("explained adequately?"; not in words quoted, which are the words to find), part for a
 * modifier or a word of the asking, all for a word that names something.
 */
function unknownShareOf(w: FreeWord, analysis: QueryAnalysis, asking: ReadonlySet<string>): number {
  if (w.degree && !analysis.quoted.some((q) => q.split(' ').includes(w.word)))
    return TUNING.scoring.degreeShare;
  return w.modifier || (asking.has(w.word) && !byAgent(w.word, analysis.words))
    ? TUNING.scoring.modifierShare
    : 1;
}

/**
 * "was the plane confirmed by damascus": a word of the asking with its agent after it is a deed of
 * that party (a confirmation the article may lack), not the writer asking for a verdict.
 */
function byAgent(word: string, words: readonly string[]): boolean {
  const at = words.indexOf(word);
  return at >= 0 && words[at + 1] === 'by';
}

export function rank(corpus: Corpus, analysis: QueryAnalysis): Ranking {
  const { index } = corpus;
  // A word the knowledge base has never seen is likely what the question is about
  // ("the capital of Russia"): it weighs in the coverage like a rare word.
  const unknown = unknownWords(corpus, analysis);
  // A related word ("warplane") counts partly as the knowledge's word, the rest as unknown.
  const unknownWord = unknownWordWeight(corpus);
  // A word of the asking ("main points?", "timeline doc:", "for my essay"; chat.yaml asking) says
  // how the question came, as a modifier says how it asks: no topic the article lacks.
  const asking = askingWords(corpus);
  const unknownWeight = unknown.reduce(
    (sum, w) =>
      sum +
      (1 - (w.related ?? 0)) *
        (w.inKnowledge
          ? TUNING.scoring.unindexedWordWeight
          : w.english
            ? unknownWord * unknownShareOf(w, analysis, asking)
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

  // "What did the Pentagon say?" wants the Pentagon's words, not a sentence about the Pentagon:
  // quotes spoken by the speaker asked about rank higher (a factor on their score).
  const speakers = askedSpeakers(corpus, known, analysis.words);
  const bonus = TUNING.scoring.speakerBonus;
  const a = TUNING.scoring.qaQuestionExponent;
  const b = TUNING.scoring.passageBase;
  const query = { terms: known, scoreOnly: context, factors: searchFactors, questionWeight };
  // Only the best candidates go on to the finer checks below, and of those only the ones close
  // to the best matter (decide.ts, closestQuestions): the search finds exactly those. A quoted
  // fragment names its sentence however it scores (decide.ts): then every one of the k best.
  const common = {
    k: corpus.candidates,
    exhaustive: corpus.exhaustive,
    maxBoost: bonus,
    relative: analysis.quoted.length > 0 ? 0 : TUNING.scoring.relativeCutoff,
  };
  // "who is X" is closer to "Who is X?" than to "What did X say?": a wording asked with the
  // question's own question word scores more (and may be its entry's best wording because of it).
  const asks = askWord(analysis.words) ?? (asksWhoOneIs(corpus, analysis.words) ? 'who' : null);
  const askBonus = TUNING.scoring.askWordBonus;
  // "who was the US ambassador at the UN" asks for a person: a wording asking something else
  // ("How did the US ambassador respond at the UN?") scores less, by the same factor (not "who
  // were the jets meant to hit", what a verb acts on).
  const asksPerson = asks === 'who' && !asksWhom(analysis.words);
  const askFactor = (asked: string | null) =>
    !asks || asked === null ? 1 : asked === asks ? askBonus : asksPerson ? 1 / askBonus : 1;
  // "who said washington can't explain it", "what did power say russia never did": the sentences
  // that deny something rank a little higher (a factor on their score, never in the confidence: a
  // question that only supposes a denial, "IS didn't shoot anything down, did they", asks none).
  const denial = analysis.negated === true;
  const denialBonus = TUNING.scoring.denialBonus;
  const passageDenies = (doc: number) => corpus.denies(index.ref(doc));
  const entryDenies = (entry: number) => {
    const lead = corpus.kb.qa[entry]?.answerIds[0];
    return lead !== undefined && corpus.denies(lead);
  };
  // "what did russia say about power": quotes spoken by Power (and not by Russia) lose the factor
  // Russia's gain.
  // "why is everyone blaming the americans": whom a question has accused is not who accuses, so
  // their own quotes lose that factor too (Power's accusing Russia is not the blame on the US).
  const addressed = [
    ...addressedSpeakers(corpus, known, analysis.words, speakers),
    ...accusedSpeakers(corpus, analysis.words, speakers),
  ];
  const addresseeFactor = 1 / bonus;
  const spokenByEntry = new Map<number, number>();
  const entrySpoken = (entry: number) => {
    let spoken = spokenByEntry.get(entry);
    if (spoken === undefined) {
      const answer = corpus.kb.qa[entry]?.answerIds ?? [];
      const lead = leadWithNamedSide(corpus, answer, known);
      spoken = spokenBy(corpus, lead, speakers)
        ? bonus
        : addressed.length > 0 && spokenBy(corpus, answer, addressed)
          ? addresseeFactor
          : 1;
      spokenByEntry.set(entry, spoken);
    }
    return spoken;
  };
  // "what did the pentagon say after the strike": a sentence that places what it says before the
  // story ("Previously, ... Cook said") answers the other way; it and an entry leading with it rank
  // lower (a factor on their score, never in the confidence).
  const after = asksAfter(analysis.words, known);
  const afterFactor = TUNING.scoring.beforeWhenAfterFactor;
  const placedBefore = (id: string | undefined) =>
    id !== undefined && corpus.passageTerms.get(id)?.has(PREVIOUS) === true;
  const entryAfter = (entry: number) =>
    after && placedBefore(corpus.kb.qa[entry]?.answerIds[0]) ? afterFactor : 1;
  const passageAfter = (doc: number) => (after && placedBefore(index.ref(doc)) ? afterFactor : 1);
  // "what did moscow tell the pentagon": a sentence where the Pentagon tells Moscow answers the
  // other way round; it and an entry leading with it rank lower (never in the confidence).
  const roles = questionRoles(corpus, analysis.words);
  const turned = hasRoles(roles);
  const turnedFactor = TUNING.scoring.reversedRolesFactor;
  // And a sentence where they are the same way round ranks a little higher: "did the US say
  // anything to syria after" is the regret relayed to Syria, not the US military's account.
  const sameFactor = TUNING.scoring.sameRolesFactor;
  const turnedRound = (id: string | undefined) => {
    if (id === undefined) return 1;
    const found = passageRoles(corpus, id);
    return reversed(roles, found) ? turnedFactor : sameWay(roles, found) ? sameFactor : 1;
  };
  const entryTurned = (entry: number) => (turned ? turnedRound(corpus.kb.qa[entry]?.answerIds[0]) : 1);
  const passageTurned = (doc: number) => (turned ? turnedRound(index.ref(doc)) : 1);
  // "who did the coalition hit", "who got bombed": whom the strike struck, not whom it was aimed
  // at; a sentence saying what it was aimed at ("launched against the Islamic State") and an
  // entry leading with one rank lower (never in the confidence).
  const struck = asksWhomStruck(analysis.words, known);
  const aimedFactor = TUNING.scoring.aimedWhenStruckFactor;
  const aimedAt = (id: string | undefined) =>
    id !== undefined && corpus.passageTerms.get(id)?.has(TARGET) === true;
  const entryAimed = (entry: number) =>
    struck && aimedAt(corpus.kb.qa[entry]?.answerIds[0]) ? aimedFactor : 1;
  const passageAimed = (doc: number) => (struck && aimedAt(index.ref(doc)) ? aimedFactor : 1);
  // "why were US planes flying near deir ez zor": a sentence naming planes only as another
  // party's ("a regime plane"), the US nowhere, tells of another's; it and an entry leading with
  // it rank lower (never in the confidence).
  const owned = ownedThings(corpus, analysis.words);
  const otherFactor = TUNING.scoring.otherOwnerFactor;
  // Once a sentence per question: an entry and its sentence, or a sentence seen in both searches.
  const otherSeen = new Map<string, number>();
  const otherOwner = (id: string | undefined) => {
    if (id === undefined || owned.length === 0) return 1;
    let factor = otherSeen.get(id);
    if (factor === undefined) {
      factor = ownerOther(corpus, id, owned) ? otherFactor : 1;
      otherSeen.set(id, factor);
    }
    return factor;
  };
  const entryOther = (entry: number) => otherOwner(corpus.kb.qa[entry]?.answerIds[0]);
  const passageOther = (doc: number) => otherOwner(index.ref(doc));
  const others = owned.length > 0;
  // Whose a thing the sentence names is (ownerOther: its words read, a sentence scored) is worked
  // out last, and not at all for a document the other factors leave under the score to reach:
  // a factor of at most 1 cannot bring it back (see Ranker.boost).
  const otherLast = otherFactor <= 1;
  const qaHits = index.search(query, {
    ...common,
    // The suggestions offered with an abstention are the best few, however far from the best.
    keep: TUNING.answer.suggestions,
    kind: 'qa',
    shape: qaShape,
    form: QA_FORM,
    ...(speakers.length > 0 || addressed.length > 0 || asks || denial || after || turned || struck || others
      ? {
          boost: (entry: number, doc: number, base: number, at: number) => {
            const sure =
              (speakers.length > 0 || addressed.length > 0 ? entrySpoken(entry) : 1) *
              askFactor(wordingAskWord(corpus, doc)) *
              (denial && entryDenies(entry) ? denialBonus : 1) *
              entryAfter(entry) *
              entryTurned(entry) *
              entryAimed(entry);
            return otherLast && base * sure < at ? sure : sure * entryOther(entry);
          },
          // The largest factor the boost can give: the bounds of the search stay tight.
          maxBoost:
            (speakers.length > 0 ? bonus : 1) *
            (asks ? askBonus : 1) *
            (denial ? denialBonus : 1) *
            (turned ? sameFactor : 1),
        }
      : {}),
  });
  // A sentence quoted word for word ranks first however common its words are: among tens of
  // thousands of passages it may score below the k best, which decide.ts looks at (issue 15).
  const quotedDocs = quotedPassages(corpus, analysis.quoted);
  // A look-up per document scored: its speakers once, no array made (and no function: loops, not
  // some() with a function holding `said`, made anew for every document).
  const spoken = (doc: number) => {
    if (speakers.length === 0 && addressed.length === 0) return 1;
    const said =
      doc < corpus.speakersByDoc.length
        ? corpus.speakersByDoc[doc]
        : corpus.passageSpeakers.get(index.ref(doc));
    if (said === undefined) return 1;
    for (let i = 0; i < speakers.length; i++) if (said.has(speakers[i] as Term)) return bonus;
    for (let i = 0; i < addressed.length; i++) if (said.has(addressed[i] as Term)) return addresseeFactor;
    return 1;
  };
  const passageHits = index.search(query, {
    ...common,
    kind: 'passage',
    shape: passageShape,
    form: PASSAGE_FORM,
    ...(quotedDocs.size > 0 || denial || after || turned || struck || others
      ? {
          boost: (doc: number, _: number, base: number, at: number) => {
            const sure =
              spoken(doc) *
              (quotedDocs.has(doc) ? QUOTED_BOOST : 1) *
              (denial && passageDenies(doc) ? denialBonus : 1) *
              passageAfter(doc) *
              passageTurned(doc) *
              passageAimed(doc);
            return otherLast && base * sure < at ? sure : sure * passageOther(doc);
          },
          maxBoost:
            (speakers.length > 0 ? bonus : 1) *
            (quotedDocs.size > 0 ? QUOTED_BOOST : 1) *
            (denial ? denialBonus : 1) *
            (turned ? sameFactor : 1),
        }
      : speakers.length > 0 || addressed.length > 0
        ? { boost: spoken }
        : {}),
  });
  // "was it power or churkin who ...": names asked between weigh as one of them, and a sentence
  // naming either covers them (the search weighed every name; its hits are weighed again here).
  // Sentences only: a curated entry's wordings and quotes answer the question as a moderator
  // asked it ("whose planes, US or australia": Australia's part, not the Pentagon's notice).
  const between = namesBetween(analysis, known, (t) => index.idf(t) * factor(t));
  const askedWeight = questionWeight - between.reduce((sum, g) => sum + g.extra, 0);
  const chosen = (hit: Hit, shape: (qc: number, dc: number) => number): Hit => {
    let matched = hit.matched;
    let matchedOwn = hit.matched;
    for (const g of between) {
      const holds = (t: Term) => hit.doc.terms.has(t);
      matched += g.correction(holds);
      matchedOwn += g.ownCorrection(holds);
    }
    if (matched === hit.matched && matchedOwn === hit.matched && askedWeight === questionWeight) return hit;
    const questionCoverage = askedWeight > 0 ? matched / askedWeight : 0;
    // The candidate's own share covered counts the one name it holds, not the choice it answers.
    const docCoverage = hit.doc.weight > 0 ? matchedOwn / hit.doc.weight : 0;
    const base = shape(questionCoverage, docCoverage);
    const score = hit.base > 0 ? (base * hit.score) / hit.base : hit.score;
    return { ...hit, matched, questionCoverage, docCoverage, base, score };
  };
  const passagesFound = between.length > 0 ? passageHits.map((h) => chosen(h, passageShape)) : passageHits;
  /** A hit without what the context added: the question's own coverages (the ranking keeps the bonus). */
  const own = (hit: Hit, weight: number): Hit => {
    if (hit.scoreOnlyMatched === 0) return hit;
    const matched = hit.matched - hit.scoreOnlyMatched;
    return {
      ...hit,
      matched,
      scoreOnlyMatched: 0,
      questionCoverage: weight > 0 ? matched / weight : 0,
      docCoverage: hit.doc.weight > 0 ? matched / hit.doc.weight : 0,
    };
  };
  // Each known term's weight, once (not once per curated entry found).
  const knownWeights = known.map((t) => index.idf(t) * factor(t));
  const qaRanked = qaHits.map((found): [string, Scored] => {
    const id = corpus.kb.qa[found.doc.group]?.id ?? found.doc.ref;
    const hit = own(found, questionWeight);
    const base = hit === found ? found.base : hit.questionCoverage ** a * hit.docCoverage ** (1 - a);
    const scored: Scored = { score: found.score, confidence: base, hit, coverage: hit.questionCoverage };
    // A curated entry also covers what its quotes say: "Moscow's figure for the dead".
    const answerTerms = corpus.answerTerms.get(id);
    if (answerTerms && askedWeight > 0) {
      const holds = (t: Term) => hit.doc.terms.has(t) || answerTerms.has(t);
      let covered = 0;
      for (let i = 0; i < known.length; i++)
        if (holds(known[i] as Term)) covered += knownWeights[i] as number;
      for (const g of between) covered += g.correction(holds);
      const coverage = covered / askedWeight;
      scored.coverage = coverage;
      scored.confidence = Math.max(base, coverage ** a * hit.docCoverage ** (1 - a));
    }
    return [id, scored];
  });
  const passages = passagesFound.map((found): Scored => {
    const hit = own(found, askedWeight);
    const base = hit === found ? found.base : hit.questionCoverage * (b + (1 - b) * hit.docCoverage);
    return { score: found.score, confidence: base, hit, coverage: hit.questionCoverage };
  });
  if (between.length > 0) {
    // Stable: equal scores keep the search's order.
    passages.sort((x, y) => y.score - x.score);
  }
  // A common word weighing less is the question's own word, not a related one.
  const related = (t: Term) => factor(t) < 1 && analysis.common?.has(t) !== true;
  const relatedWeight = known.reduce((sum, t) => sum + (related(t) ? index.idf(t) * factor(t) : 0), 0);
  return { qaRanked, passages, known, unknown, knownWeight, unknownWeight, relatedWeight };
}

/** Names asked between, weighed: see namesBetween. */
interface NamesBetween {
  /** How much more the question's weight counts its names than the one asked. */
  extra: number;
  /** What to add to the weight a candidate matched (its question coverage), given what it holds. */
  correction(holds: (t: Term) => boolean): number;
  /** The same for the candidate's own share covered: the weight of the one name it holds most of. */
  ownCorrection(holds: (t: Term) => boolean): number;
}

/**
 * "was it Power or Churkin who walked out", "who called the meeting, US or russia?" asks which
 * one (QueryAnalysis.alternatives): the names together weigh as much as the heaviest of them, and
 * a candidate holding one of them whole covers that weight (as much of it as it holds of the name
 * it holds most of): the sentence naming Russia alone answers as well as one naming both. Its own
 * share covered counts that one name's weight. Groups with fewer than two sides the index knows
 * are left as they are.
 */
export function namesBetween(
  analysis: Pick<QueryAnalysis, 'alternatives'>,
  known: readonly Term[],
  weight: (t: Term) => number,
): NamesBetween[] {
  const out: NamesBetween[] = [];
  for (const group of analysis.alternatives ?? []) {
    const sides = group
      .map((side) => side.filter((t) => known.includes(t)))
      .filter((side) => side.length > 0);
    if (sides.length < 2) continue;
    const members = [...new Set(sides.flat())];
    const total = members.reduce((sum, t) => sum + weight(t), 0);
    const sideWeights = sides.map((side) => side.reduce((sum, t) => sum + weight(t), 0));
    const one = Math.max(...sideWeights);
    if (!(one > 0)) continue;
    /** The weight a candidate holds of the group, of its best side, and that side's share held. */
    const held = (holds: (t: Term) => boolean) => {
      let all = 0;
      for (const t of members) if (holds(t)) all += weight(t);
      let share = 0;
      let side = 0;
      sides.forEach((terms, i) => {
        let w = 0;
        for (const t of terms) if (holds(t)) w += weight(t);
        const part = w / (sideWeights[i] as number);
        if (part > share) [share, side] = [part, w];
      });
      return { all, share, side };
    };
    out.push({
      extra: total - one,
      correction(holds) {
        const h = held(holds);
        return h.share * one - h.all;
      },
      ownCorrection(holds) {
        const h = held(holds);
        return h.side - h.all;
      },
    });
  }
  return out;
}

/** The concept of before: "previously", "earlier", "beforehand" (synonyms.yaml). */
const PREVIOUS: Term = 'c:previous';
/** Words that ask what came after: "after the strike", "afterwards", "later". */
const AFTER_WORDS = new Set(['after', 'afterwards', 'afterward', 'later', 'subsequently']);

/**
 * "what did the pentagon say after the strike", "i mean after it": the question asks what came
 * after, and says nothing of before (not "what did they say before and after").
 */
export function asksAfter(words: readonly string[], known: readonly Term[]): boolean {
  return !known.includes(PREVIOUS) && words.some((w) => AFTER_WORDS.has(w));
}

/** How much a passage holding a quoted fragment word for word is raised in the ranking. */
const QUOTED_BOOST = 100;

/**
 * The search's shapes (retrieval.ts's Ranker), as formulas it works out without a call (its hot
 * loops bound or score every document they reach) and as the same functions: qc ** a * dc ** (1 -
 * a) for a curated wording, qc * (b + (1 - b) * dc) for a passage.
 */
const QA_FORM: ShapeForm = { kind: 'power', exponent: TUNING.scoring.qaQuestionExponent };
const PASSAGE_FORM: ShapeForm = { kind: 'linear', base: TUNING.scoring.passageBase };
const qaShape = shapeFunction(QA_FORM);
const passageShape = shapeFunction(PASSAGE_FORM);

/**
 * The index positions of the passages holding a quoted fragment (a matchKey) word for word:
 * looked for among those holding its rarest term, not only among the best scored.
 */
function quotedPassages(corpus: Corpus, quoted: readonly string[]): Set<number> {
  const found = new Set<number>();
  const { index } = corpus;
  for (const fragment of quoted) {
    let rarest: Term | null = null;
    for (const t of corpus.analyzer.docTerms(tokenize(fragment)))
      if (index.has(t) && (rarest === null || index.df(t) < index.df(rarest))) rarest = t;
    if (rarest === null) continue;
    for (const doc of index.docsWith('passage', rarest))
      if (corpus.passageKey(index.ref(doc)).includes(fragment)) found.add(doc);
  }
  return found;
}

const ASK_WORDS = new Set(['who', 'what', 'when', 'where', 'why', 'which', 'how']);

/** A copula opening a yes-or-no question: "is churkin the russian ambassador?". */
const COPULA_OPENS = new Set(['is', 'was', 'isnt', "isn't", 'wasnt', "wasn't"]);
/** A verb's participle ("stopped", "speaking"): the be before it is an auxiliary, not a copula. */
const PARTICIPLE = /^[a-z]{3,}(?:ed|ing|en)$/;

/**
 * "is churkin the russian ambassador?", "was samantha power the US ambassador at the time?", "is
 * power the american one?": a person named after a copula opening the question, a noun phrase or
 * a name after them and no verb (no participle: not "is power speaking", "was churkin asked"; no
 * quality: not "was churkin optimistic"), asks who they are, as "who is churkin" does: the
 * question word it asks is "who".
 */
export function asksWhoOneIs(corpus: Corpus, words: readonly string[]): boolean {
  if (!COPULA_OPENS.has(words[0] ?? '')) return false;
  const tokens = words.map((w) => ({ raw: w, word: w }));
  const [name] = corpus.lexicon.match(tokens.slice(1));
  if (name?.start !== 0 || !corpus.lexicon.isPerson(name.terms)) return false;
  const rest = words.slice(1 + name.end);
  if (rest.some((w) => PARTICIPLE.test(w) || SPEECH_VERB.test(w) || SAYING.test(w))) return false;
  // What they are said to be: a noun phrase ("the russian ambassador", "a diplomat") or a name
  // ("russia's UN guy", "russian"), not a quality ("was churkin optimistic").
  if (ARTICLES_OF_NOUN.has(rest[0] ?? '')) return true;
  const [said] = corpus.lexicon.match(tokens.slice(1 + name.end));
  return said !== undefined && said.start === 0 && said.terms.some((t) => t.startsWith('e:'));
}
const ARTICLES_OF_NOUN = new Set(['the', 'a', 'an']);

/** The question word among the first words ("who", "how many", "how long"), or null. */
function askWord(words: readonly string[]): string | null {
  for (const [i, w] of words.slice(0, 4).entries()) {
    const word = w.replace(/'s$/, '');
    if (!ASK_WORDS.has(word)) continue;
    const next = words[i + 1];
    return word === 'how' && next && HOW_WHAT.test(next) ? `how ${next}` : word;
  }
  // "... the syrian army?? for how long": "how long" asks the same wherever it comes.
  for (const [i, w] of words.entries()) {
    const next = words[i + 1];
    if (w === 'how' && next && HOW_WHAT.test(next)) return `how ${next}`;
  }
  // "she gave her remarks from where", "the raid started when": a question word closing it.
  const last = words.at(-1);
  return last === 'where' || last === 'when' ? last : null;
}

/** What "how" asks with the word after it ("how many", "how long"). */
const HOW_WORDS = ['many', 'much', 'long', 'old', 'far'];
const HOW_WHAT = new RegExp(`^(?:${HOW_WORDS.join('|')})$`);

/** What askWord() returns: null, a question word, or "how" and the word after it. */
const ASKED: readonly (string | null)[] = [null, ...ASK_WORDS, ...HOW_WORDS.map((w) => `how ${w}`)];

/** Per corpus, the question word of each curated wording by its document: its place in ASKED, -1 not worked out yet. */
const askedOf = new WeakMap<Corpus, Int8Array>();

/** The question word of a curated wording, by its document in the index (worked out once per corpus). */
function wordingAskWord(corpus: Corpus, doc: number): string | null {
  let codes = askedOf.get(corpus);
  if (!codes) {
    codes = new Int8Array(corpus.index.size).fill(-1);
    askedOf.set(corpus, codes);
  }
  let code = codes[doc] as number;
  if (code < 0) {
    const ref = corpus.index.ref(doc);
    const at = ref.lastIndexOf('#');
    const qa = corpus.qaById.get(ref.slice(0, at));
    const text = qa ? [qa.question, ...qa.paraphrases][Number(ref.slice(at + 1))] : undefined;
    code = ASKED.indexOf(text ? askWord(tokenize(text).map((t) => t.word)) : null);
    if (code < 0) throw new Error(`rank.ts: askWord() gave a question word not in ASKED (${ref})`);
    codes[doc] = code;
  }
  return ASKED[code] as string | null;
}

/**
 * The question word of every curated wording worked out now (a few tens of milliseconds at 50,000
 * passages, when an engine is primed): otherwise the first question to score a wording pays for
 * reading it, and its garbage (the young generation's collections fall in some question).
 */
export function primeWordingAskWords(corpus: Corpus): void {
  const { index } = corpus;
  for (let doc = 0; doc < index.size; doc++) if (index.doc(doc).kind === 'qa') wordingAskWord(corpus, doc);
}

/** The question word a question asks with ("who", "how many", "when"), or null: askWord, for decide.ts. */
export function askWordOf(words: readonly string[]): string | null {
  return askWord(words);
}

/** "where was power when she spoke to the press" asks a place or a time, not her words. */
export function asksPlaceOrTime(words: readonly string[]): boolean {
  const asks = askWord(words);
  return asks === 'where' || asks === 'when';
}

/** Verbs of speaking that have their speaker as subject: "russia decried", "did power accuse". */
export const SPEECH_VERB =
  /^(?:decr(?:y|ied|ies|ying)|blam(?:e|ed|es|ing)|accus(?:e|ed|es|ing)|condemn(?:s|ed|ing)?|critici[sz](?:e|ed|es|ing)|slam(?:s|med|ming)?|urg(?:e|ed|es|ing)|demand(?:s|ed|ing)?|den(?:y|ied|ies|ying)|lament(?:s|ed|ing)?|complain(?:s|ed|ing)?|announc(?:e|ed|es|ing)|declar(?:e|ed|es|ing))$/;
/** Verbs of naming: "what did X call the strikes" asks what X said of them. */
const NAMING = /^(?:call|label|dub|brand|term)$/;
const PASSIVE_BEFORE = new Set(['was', 'were', 'been', 'being', 'got', 'get', 'gets', 'is', 'are']);

/**
 * "what did russia decry", "russia isn't blaming the US right?": a verb of speaking, active, with
 * its speaker named before it. Not "who accused russia" nor "was russia blamed" (Russia is whom).
 */
function spokeAsSubject(words: readonly string[]): boolean {
  // "who accused russia": Russia is whom; "who did moscow accuse": Moscow speaks.
  if ((words[0] === 'who' || words[0] === 'whom') && !['did', 'does', 'do'].includes(words[1] ?? ''))
    return false;
  return words.some(
    (w, i) => SPEECH_VERB.test(w) && !(w.endsWith('ed') && PASSIVE_BEFORE.has(words[i - 1] ?? '')) && i > 0,
  );
}

/** Speakers the question names when it asks what someone said ("what did the Pentagon say"). */
export function askedSpeakers(corpus: Corpus, known: readonly Term[], words: readonly string[] = []): Term[] {
  // "how many syrian soldiers died according to damascus": whom the figure or the claim is
  // according to is the speaker asked, whatever else the question names.
  const source = sourceNamed(corpus, known, words);
  if (source) return [source];
  const feeling = feelingSubject(corpus, known, words);
  if (feeling) return [feeling];
  if (!(known.includes('c:say') || spokeAsSubject(words)) || asksPlaceOrTime(words)) return [];
  // "the article doesnt say which countries were in the coalition", "does the story say": what
  // the article says is asked, not a speaker's words.
  const sayAt = words.findLastIndex((w) => SAYING.test(w));
  if (sayAt > 0 && words.slice(Math.max(0, sayAt - 3), sayAt).some((w) => THE_ARTICLE.has(w))) return [];
  // Whom a verb of accusing takes is accused, not speaking: "why is everyone blaming the americans".
  const accused = accusedSpeakers(corpus, words, []);
  // Whom the words were about or went to, named only after the word of saying: "who said this
  // about moscow" asks who spoke of Moscow, not what Moscow said.
  const about = spokenOf(corpus, words);
  const named = known.filter(
    (t) =>
      t.startsWith('e:') &&
      !accused.includes(t) &&
      !about.has(t) &&
      SPEAKER_KINDS.has(corpus.kb.entityById.get(t.slice(2))?.kind ?? ''),
  );
  // "the Pentagon" also yields its parent "the US"; the question is about the Pentagon.
  const parents = new Set(named.flatMap((t) => corpus.lexicon.entityTerms(t.slice(2)).slice(1)));
  // The subject of "did X say" speaks ("how many syrian troops did damascus say were killed");
  // otherwise the first speaker named: "how did Churkin react to Power's comments".
  // Not when it names several: "did the observatory or moscow say 62".
  const said = subjectOfSaying(corpus, words);
  const subject = named.filter((t) => said.has(t)).length === 1 ? said : new Set<Term>();
  const first = named.filter((t) => subject.has(t)).concat(named.filter((t) => !subject.has(t)));
  return first.filter((t) => subject.has(t) || !parents.has(t)).slice(0, 1);
}

/**
 * "why is russia so angry", "why are the russians upset with washington", "russia dey vex? why":
 * a why asked of how a speaker feels asks the speaker's own grievance, which the story gives in
 * their words ("Russia decried ...", "accused ..."), not in another's words about them. The one
 * speaker named between the why and the word of feeling (chat.yaml feelings), its subject; not
 * one named after it ("angry at washington" is whom the feeling is about).
 */
function feelingSubject(corpus: Corpus, known: readonly Term[], words: readonly string[]): Term | undefined {
  const why = words.findIndex((w) => WHY_WORD.test(w));
  if (why < 0) return undefined;
  const feelings = new Set(corpus.kb.chat.feelings);
  const at = words.findIndex((w, i) => i > why && feelings.has(w));
  if (at < 0) return undefined;
  const named = phraseTerms(corpus, words.slice(why + 1, at)).filter(
    (t) =>
      t.startsWith('e:') &&
      known.includes(t) &&
      SPEAKER_KINDS.has(corpus.kb.entityById.get(t.slice(2))?.kind ?? ''),
  );
  // "the Pentagon" also yields its parent "the US": the body named is the one asked.
  const parents = new Set(named.flatMap((t) => corpus.lexicon.entityTerms(t.slice(2)).slice(1)));
  const own = [...new Set(named.filter((t) => !parents.has(t)))];
  return own.length === 1 ? own[0] : undefined;
}

/** Verbs of saying whose passive names the speaker after "by": "confirmed by damascus". */
const SAID_BY = /^(?:confirmed|reported|announced|claimed|stated|verified|acknowledged|denied|disputed)$/;

/** Does the question name a speaker by a verb of saying in the passive ("confirmed by damascus")? */
export function saidByAsked(words: readonly string[]): boolean {
  return words.some((w, i) => words[i + 1] === 'by' && SAID_BY.test(w));
}

/** Words a question may say between "according to" and whom: "according to the syrian government". */
const SOURCE_REACH = 5;

/**
 * The one speaker a question names right after "according to" ("how many died according to
 * damascus", "who fired first according to the pentagon"), a body within another it names once:
 * whose word is asked. Undefined when none, or several ("according to damascus and moscow").
 */
export function sourceNamed(
  corpus: Corpus,
  known: readonly Term[],
  words: readonly string[],
): Term | undefined {
  // One slip allowed, as typed in a hurry: "acording to".
  // Or a verb of saying in the passive before "by": "the shootdown wasn't confirmed by damascus",
  // "was the toll reported by the observatory" (the word after "by" stands where "to" would).
  const at = words.findIndex(
    (w, i) =>
      (words[i + 1] === 'to' && w.startsWith('ac') && editDistance(w, 'according', 1) <= 1) ||
      (words[i + 1] === 'by' && SAID_BY.test(w)),
  );
  if (at < 0) return undefined;
  const named = phraseTerms(corpus, words.slice(at + 2, at + 2 + SOURCE_REACH)).filter(
    (t) =>
      t.startsWith('e:') &&
      known.includes(t) &&
      SPEAKER_KINDS.has(corpus.kb.entityById.get(t.slice(2))?.kind ?? ''),
  );
  // "the Pentagon" also yields its parent "the US": the body named is the one asked.
  const parents = new Set(named.flatMap((t) => corpus.lexicon.entityTerms(t.slice(2)).slice(1)));
  const own = named.filter((t) => !parents.has(t));
  return own.length === 1 ? own[0] : undefined;
}

const ADDRESSED = new Set(['to', 'about', 'at', 'against', 'toward', 'towards', 'regarding', 'over', 'on']);

/** The terms of a few words of a question, by their text, per analyzer (bounded: cleared when full). */
const phrases = new WeakMap<object, Map<string, readonly Term[]>>();
const MAX_PHRASES = 512;

/**
 * analyzeQuery(words).terms, worked out once for the same words: the speaker helpers below read
 * the words before and after a question's verb of saying again for every reading of it weighed
 * (rank(), notSpeaking(), each part answered), and the same phrases come back ("what did").
 */
function phraseTerms(corpus: Corpus, words: readonly string[]): readonly Term[] {
  const { analyzer } = corpus;
  let known = phrases.get(analyzer);
  if (!known) {
    known = new Map();
    phrases.set(analyzer, known);
  }
  const text = words.join(' ');
  let terms = known.get(text);
  if (terms === undefined) {
    terms = analyzer.analyzeQuery(text).terms;
    if (known.size >= MAX_PHRASES) known.clear();
    known.set(text, terms);
  }
  return terms;
}

/** Pronouns for someone the conversation or the story names. */
const THIRD_PERSON = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'him', 'them']);
/**
 * The names a question gives only after its word of saying and "about", "to"... ("who said this
 * about moscow", "what was said to the pentagon"): what the words were about or whom they went
 * to. Empty when the question has no word of saying, or names no one there.
 */
function spokenOf(corpus: Corpus, words: readonly string[]): Set<Term> {
  const at = words.findIndex((w) => SAYING.test(w) || SPEECH_VERB.test(w));
  if (at < 0) return new Set();
  const to = words.findIndex((w, j) => j > at && ADDRESSED.has(w));
  if (to < 0) return new Set();
  // "what did she say about russia": someone (read from the conversation or the story) spoke.
  if (words.slice(0, at).some((w) => THIRD_PERSON.has(w))) return new Set();
  const before = new Set(phraseTerms(corpus, words.slice(0, at)));
  const after = phraseTerms(corpus, words.slice(to + 1));
  return new Set(after.filter((t) => t.startsWith('e:') && !before.has(t)));
}
/**
 * Speakers named after "to", "about"... following the word of saying of a question that asks
 * another's words: "what did russia say about power", "russia's reply to power", "how did russia
 * react to power's remarks". They are what is talked about, not who speaks (issue 11). Not the
 * asked speaker's own family ("what did the pentagon say about the us strike").
 */
export function addressedSpeakers(
  corpus: Corpus,
  known: readonly Term[],
  words: readonly string[],
  asked: readonly Term[],
): Term[] {
  const speaker = asked[0];
  if (speaker === undefined) return [];
  const family = new Set(corpus.lexicon.entityTerms(speaker.slice(2)));
  const others = known.filter(
    (t) =>
      t.startsWith('e:') &&
      !family.has(t) &&
      SPEAKER_KINDS.has(corpus.kb.entityById.get(t.slice(2))?.kind ?? ''),
  );
  if (others.length === 0) return [];
  const at = words.findIndex(
    (w) =>
      SAYING.test(w) ||
      SPEECH_VERB.test(w) ||
      corpus.lexicon.single({ raw: w, word: w })?.terms.includes('c:say') === true,
  );
  if (at <= 0) return [];
  const before = new Set(phraseTerms(corpus, words.slice(0, at)));
  if (!before.has(speaker)) return [];
  // Whom the words went to or were about: not the object of "when moscow called the pentagon".
  const to = words.findIndex((w, j) => j > at && ADDRESSED.has(w));
  if (to < 0) return [];
  const after = new Set(phraseTerms(corpus, words.slice(to + 1)));
  // Nor a body within the asked speaker: "what did russia say about churkin's walkout".
  return others.filter(
    (t) => after.has(t) && !before.has(t) && !corpus.lexicon.entityTerms(t.slice(2)).includes(speaker),
  );
}

/** Verbs of accusing: whom they take as object is accused ("blaming the americans"). */
const ACCUSING = /^(?:accus|blam|condemn|slam|critici[sz]|decr[iy])/;
/** Words between such a verb and whom it accuses. */
const BEFORE_ACCUSED = new Set(['the', 'them', 'its', 'their']);

/**
 * Speakers a question names right after a verb of accusing, as its object ("why is everyone
 * blaming the americans", "so nobody's accusing the US of doing it on purpose?"), other than a
 * speaker it asks for: they are accused, not accusing.
 */
export function accusedSpeakers(corpus: Corpus, words: readonly string[], asked: readonly Term[]): Term[] {
  const at = words.findIndex((w) => ACCUSING.test(w));
  if (at < 0) return [];
  const tokens = (from: number, to: number) => words.slice(from, to).map((w) => ({ raw: w, word: w }));
  // Passive, whom it accuses before it: "why is the US blamed", "was washington accused".
  const be = words.slice(Math.max(0, at - 4), at).findIndex((w) => PASSIVE_BEFORE.has(w));
  const passive = words[at]?.endsWith('ed') && be >= 0;
  let from = at + 1;
  while (from < words.length && BEFORE_ACCUSED.has(words[from] as string)) from++;
  const named = passive
    ? corpus.lexicon.match(tokens(Math.max(0, at - 4) + be + 1, at)).flatMap((m) => m.terms)
    : (corpus.lexicon.match(tokens(from, from + 3)).find((m) => m.start === 0)?.terms ?? []);
  return named.filter(
    (t) =>
      t.startsWith('e:') &&
      !asked.includes(t) &&
      SPEAKER_KINDS.has(corpus.kb.entityById.get(t.slice(2))?.kind ?? ''),
  );
}

const DID = new Set(['did', 'does', 'do', 'has', 'have', 'had']);
export const SAYING =
  /^(?:say|says|said|saying|claim(?:s|ed)?|report(?:s|ed)?|count(?:s|ed)?|put|puts|give|gives|gave|tell|tells|told|think|thinks|thought)$/;

/** What the asker calls the article, as the subject of a verb of saying ("does the article say"). */
const THE_ARTICLE = new Set(['article', 'piece', 'story', 'text', 'writeup']);

/** The terms of the words between "did" and a verb of saying: "did [the syrian government] say". */
function subjectOfSaying(corpus: Corpus, words: readonly string[]): Set<Term> {
  return sayingSubject(corpus, words) ?? new Set();
}

/**
 * The terms of the subject of "did X say" (sayingSubject's words, see subjectOfSaying), or null
 * when the question has no such frame. Empty when the subject's words have no terms read alone
 * ("did IS claim": the words are lower case here, and "is" a stop word).
 */
export function sayingSubject(corpus: Corpus, words: readonly string[]): Set<Term> | null {
  for (const [i, w] of words.entries()) {
    if (!DID.has(w)) continue;
    const end = words.findIndex(
      (v, j) => j > i + 1 && j <= i + 5 && (SAYING.test(v) || SPEECH_VERB.test(v) || NAMING.test(v)),
    );
    if (end > 0) return new Set(phraseTerms(corpus, words.slice(i + 1, end)));
  }
  return null;
}

/** Is one of the first quotes spoken by one of these speakers (or a body within them)? */
export function spokenBy(corpus: Corpus, ids: readonly string[], speakers: readonly Term[]): boolean {
  return ids.slice(0, MAX_QUOTES).some((id) => speakers.some((t) => corpus.passageSpeakers.get(id)?.has(t)));
}

/** Words between a claimant and the verb of saying: "Damascus has claimed", "Moscow also said". */
const BEFORE_SAYING = new Set(['has', 'have', 'had', 'also', 'then', 'later', 'again', 'reportedly']);
/**
 * Does one of the first quotes report a claim of one of these speakers, named in it as the
 * subject of a verb of saying ("... although Damascus has claimed it reclaimed most of the lost
 * ground", a sentence whose speaker is the reporter)? What the question asks of that speaker is
 * there, though the sentence is not theirs.
 */
export function claimedIn(corpus: Corpus, ids: readonly string[], speakers: readonly Term[]): boolean {
  return ids.slice(0, MAX_QUOTES).some((id) => {
    const text = corpus.kb.passageById.get(id)?.text;
    if (!text) return false;
    const tokens = tokenize(text);
    return corpus.lexicon.match(tokens).some((m) => {
      if (!m.terms.some((t) => speakers.includes(t))) return false;
      let at = m.end;
      while (at < m.end + 2 && BEFORE_SAYING.has(tokens[at]?.word ?? '')) at++;
      const verb = tokens[at]?.word ?? '';
      return SAYING.test(verb) || SPEECH_VERB.test(verb) || isSayingVerb(verb);
    });
  });
}

const askingSets = new WeakMap<Corpus, ReadonlySet<string>>();
/**
 * The words of the asking and the writer's task (chat.yaml asking), as a set, once per corpus;
 * with the words asking a verdict on a claim (verdictWords): "is it actually confirmed it was a
 * mistake" asks whether, of a topic the article has, not of a confirmation it lacks.
 */
function askingWords(corpus: Corpus): ReadonlySet<string> {
  let set = askingSets.get(corpus);
  if (!set) {
    set = new Set([...corpus.kb.chat.asking, ...corpus.kb.chat.verdictWords]);
    askingSets.set(corpus, set);
  }
  return set;
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

/** Where a question ends in its place words ("... fighting around there"). */
const TRAILING_PLACE = new Set(['there', 'here', 'around', 'exactly', 'then', 'anyway']);
/**
 * "who were the jets meant to hit", "who were they aiming at", "who are the militants fighting
 * around there": "who" is what the verb at the end acts on, so what answers is a quote naming
 * whom (a group, an army), not one naming a person.
 */
export function asksWhom(question: readonly string[]): boolean {
  const words = question.slice(question.indexOf('who'));
  if (words[0] !== 'who') return false;
  let end = words.length;
  while (end > 2 && TRAILING_PLACE.has(words[end - 1] as string)) end--;
  const last = words[end - 1] ?? '';
  return (
    end >= 4 &&
    (words[end - 2] === 'to' ||
      /^(?:for|at|against)$/.test(last) ||
      /^(?:aim|target|fight|attack|bomb|hitt|strik)ing$/.test(last))
  );
}

/** The concepts of aiming and meaning to ("launched against", "on purpose"). */
const TARGET: Term = 'c:target';
const INTENT: Term = 'c:intent';
/** Verbs of striking or killing, as asked of whom they struck ("who did they hit"). */
const STRUCK_VERB =
  /^(?:hit|hits|bomb|bombs|bombed|strike|strikes|struck|attack|attacks|attacked|kill|kills|killed|shell|shelled)$/;
/** Words that may end a question after its verb without being its object. */
const AFTER_STRUCK = new Set([
  ...TRAILING_PLACE,
  'instead',
  'actually',
  'really',
  'then',
  'in',
  'the',
  'end',
  'exactly',
]);
const GOT = new Set(['was', 'were', 'got', 'get', 'gets', 'is', 'are']);

/**
 * "who did the coalition hit", "and who got hit instead", "who was bombed": whom a strike
 * struck, the verb of striking its last word but for words of place or contrast. Not whom it was
 * aimed at ("who were the jets meant to hit", "who did they target", "who was the sortie
 * launched against": the question names aiming or meaning to).
 */
export function asksWhomStruck(question: readonly string[], known: readonly Term[]): boolean {
  if (known.includes(TARGET) || known.includes(INTENT)) return false;
  const at = question.findIndex((w) => w === 'who' || w === 'whom');
  if (at < 0) return false;
  const words = question.slice(at);
  let end = words.length;
  while (end > 2 && AFTER_STRUCK.has(words[end - 1] as string)) end--;
  const verb = words[end - 1] ?? '';
  if (!STRUCK_VERB.test(verb) || words[end - 2] === 'to') return false;
  // "who did the coalition hit": an auxiliary, a subject, the verb.
  if (DID.has(words[1] ?? '') && end >= 4) return true;
  // "who got hit", "who was actually bombed": the verb passive, right after its "be" or "get".
  return GOT.has(words[1] ?? '') && (end === 3 || (end === 4 && AFTER_STRUCK.has(words[2] ?? '')));
}

const BE = new Set(['is', 'was', 'are', 'were']);
/** Words before a verb that make "who was the ..." a copula's question ("who was the pilot"). */
const DETERMINERS = new Set('the a an this that these those his her their its'.split(' '));
/** Words in -ing or -ed that are no verb form ("nothing", "something", "king", "red", "need"). */
const NOT_VERB_FORMS = new Set(
  'nothing something anything everything thing things king red need bed speed seed feed indeed during morning evening ring sting wing spring string'.split(
    ' ',
  ),
);

/** A verb's form after an auxiliary "be": progressive ("flying") or past participle ("killed", "shot"). */
function afterAuxiliary(word: string | undefined): boolean {
  if (word === undefined || NOT_VERB_FORMS.has(word)) return false;
  return /^[a-z]{3,}(?:ing|ed)$/.test(word) || IRREGULAR_PAST.has(word);
}

/**
 * Where "who" asks through an auxiliary "be" ("who was flying the planes", "who were killed",
 * "who was IS fighting"): the index of the "be" in the words, or -1. Such a "who" asks who did or
 * underwent the verb, not whose name or identity ("who was Churkin", "who is the ambassador").
 * The verb right after the "be", or after one word that is no determiner ("who was IS fighting",
 * not "who was the pilot flying").
 */
export function auxiliaryBeAfterWho(words: readonly string[]): number {
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i] !== 'who' || !BE.has(words[i + 1] as string)) continue;
    const next = words[i + 2] as string;
    if (afterAuxiliary(next) || (!DETERMINERS.has(next) && afterAuxiliary(words[i + 3]))) return i + 1;
  }
  return -1;
}

/** Words after a verb that open its object ("thinks it", "claims that"): what comes before is no noun. */
const OBJECT_NEXT = new Set([
  'it',
  'that',
  'the',
  'a',
  'an',
  'them',
  'this',
  'they',
  'he',
  'she',
  'was',
  'were',
  'is',
  'are',
]);

/** A thing the question gives an owner: "US planes" (the owner's terms, then the thing's). */
interface Owned {
  owner: readonly Term[];
  thing: readonly Term[];
}

/**
 * The things the question names with a party right before them, as whose they are ("why were US
 * planes flying there": the US's planes; "russia's statement"). Only a party (a name's terms)
 * right before a thing of the knowledge that is no name (a concept).
 */
export function ownedThings(corpus: Corpus, words: readonly string[]): Owned[] {
  const tokens = words.map((w) => ({ raw: w, word: w.replace(/'s$/, '') }));
  const matches = corpus.lexicon.match(tokens);
  const out: Owned[] = [];
  for (let k = 1; k < matches.length; k++) {
    const before = matches[k - 1] as (typeof matches)[number];
    const m = matches[k] as (typeof matches)[number];
    if (before.end !== m.start) continue;
    const owner = before.terms.filter((t) => t.startsWith('e:'));
    if (owner.length === 0 || owner.length !== before.terms.length) continue;
    const thing = m.terms.filter((t) => t.startsWith('c:'));
    if (thing.length === 0 || thing.length !== m.terms.length || m.end - m.start !== 1) continue;
    // A plural noun ("US planes"), not a verb of the party ("russia thinks it", "russia said").
    const word = (tokens[m.start] as (typeof tokens)[number]).word;
    if (!/[^s]s$/.test(word) || isSayingVerb(word) || OBJECT_NEXT.has(words[m.end] ?? '')) continue;
    out.push({ owner, thing });
  }
  return out;
}

/**
 * Does the sentence hold a thing the question owns only as another party's ("US planes" of "IS
 * shot down a regime plane"): every time it names the thing, a party other than the question's
 * stands right before it, and it names the question's party nowhere. It tells of another's.
 */
export function ownerOther(corpus: Corpus, id: string, owned: readonly Owned[]): boolean {
  if (owned.length === 0) return false;
  const text = corpus.kb.passageById.get(id)?.text;
  if (text === undefined) return false;
  const tokens = tokenize(text);
  const matches = corpus.lexicon.match(tokens);
  const all = new Set(matches.flatMap((m) => m.terms));
  return owned.some(({ owner, thing }) => {
    if (owner.some((t) => all.has(t))) return false;
    let other = false;
    for (const [k, m] of matches.entries()) {
      if (!m.terms.some((t) => thing.includes(t))) continue;
      // A verb of the party ("the US claims it"), no thing of theirs.
      if (isSayingVerb(tokens[m.start]?.word ?? '') || OBJECT_NEXT.has(tokens[m.end]?.word ?? '')) continue;
      const before = matches[k - 1];
      const party = before && before.end === m.start ? before.terms.filter((t) => t.startsWith('e:')) : [];
      if (party.length === 0) return false;
      other = true;
    }
    return other;
  });
}

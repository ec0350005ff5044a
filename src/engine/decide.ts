/**
 * Deciding: the curated answer or the best passages, and the features the confidence model
 * judges that choice by (confidence.ts).
 */

import { baseForms } from '../text/base-forms.ts';
import { editDistance } from '../text/edit-distance.ts';
import { STOP_WORDS, type Term, WH_WORDS, WHY_WORD } from '../text/lexicon.ts';
import { isModifierWord } from '../text/modifiers.ts';
import { deniesSomething } from '../text/negation.ts';
import { fold } from '../text/normalize.ts';
import { isPeopleWord } from '../text/peoples.ts';
import { tokenize } from '../text/tokenize.ts';
import { type QueryAnalysis, survivedAsAlive, weekdayOfBeingAsWhen } from './analyzer.ts';
import { MAX_QUOTES } from './answer.ts';
import { answerTypeMissing, audienceUntold, placeMissing, timeMissing, urgedOnly } from './answer-type.ts';
import type { ConfidenceFeatures } from './confidence.ts';
import {
  asksWhy,
  asksYesOrNo,
  leadWithNamedSide,
  SIDES_ASKED,
  speakersSide,
  weighsSides,
  withEverySide,
} from './contested.ts';
import { type Corpus, isPersonTerm, perCorpus } from './corpus.ts';
import {
  askedSpeakers,
  asksWhom,
  auxiliaryBeAfterWho,
  claimedIn,
  type Ranking,
  rank,
  SAYING,
  type Scored,
  SPEECH_VERB,
  saidByAsked,
  sayingSubject,
  sourceNamed,
  spokenBy,
} from './rank.ts';
import { sourceNamesOf } from './source-names.ts';
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
  /**
   * The question asks what someone said ("what did Assad say about it?") and none of the quotes
   * is theirs, or that someone is a name the knowledge does not have ("what did Obama say"): the
   * article does not say, however well the rest of the question matches.
   */
  notTheirWords: boolean;
  /**
   * The question weighs the sides or asks whether it was meant, and the quotes are the sides of
   * that contested point (see sidesAsked). Read only where the answer's last confidence is
   * taken (engine.ts answerPart, confidence.ts withSidesAsked), not where readings are compared.
   */
  sidesAsked: boolean;
  /**
   * The passages answer, and the best one holds only what chance puts in many documents (see
   * byChance): among tens of thousands of passages some hold every common word of a question, so
   * holding them says nothing about the question ("how many civilians were killed").
   */
  chanceMatch: boolean;
  /**
   * "How many IS fighters were killed", "how many soldiers were wounded": what the question
   * counts is not what the quotes count (a word of it is in none of them), so their number does
   * not answer it.
   */
  countMissing: boolean;
  /**
   * What is asked is in no quote: a kind ("what kind of plane did IS shoot down": "a regime
   * plane" says whose, not what kind), a name ("the name of the jet"), or a number ("how many
   * aircraft took part": no quote has a figure).
   */
  askedMissing: boolean;
}

/** Refused whatever its confidence: someone else's words, a chance match, a count or a thing asked that no quote gives. */
export function refusedOutright(decision: Decision): boolean {
  return decision.notTheirWords || decision.chanceMatch || decision.countMissing || decision.askedMissing;
}

/** Auxiliaries that open a yes-or-no question: "did any soldiers survive ...". */
const YES_NO_OPENS = new Set(['did', 'does', 'do', 'were', 'was', 'is', 'are', 'has', 'have', 'had']);

/** "what" or "which", asking which thing of a kind. */
const WHICH_ASKED = new Set(['what', 'which']);
/** Between "what" and the thing it asks: "what was the", "what kind of". */
const WHICH_BETWEEN = new Set([
  'was',
  'were',
  'is',
  'are',
  'the',
  'their',
  'its',
  'kind',
  'type',
  'sort',
  'of',
  'exactly',
  'a',
]);

/**
 * "did the syrian soldiers shoot back", "were they retaliating": a yes-or-no question asking
 * whether a thing was so in words whose only meanings are groups of synonyms.yaml the article
 * and the curated questions have no word of (retaliation): a thing the article never tells. Not
 * a word that is also in a group the article has ("casualties": the dead, and the wounded where
 * no one is said wounded), nor a group that weighs sides ("who is right": how, not what). Not a
 * question with a question word: there such a group may say what kind of answer is asked
 * ("which countries", "where did that happen"), which the answer-type checks weigh; unless the
 * message opens as a yes-or-no question and the question word comes after the group, or the
 * group is what "what" or "which" asks ("what was the loadout").
 */
export function untoldAsked(corpus: Corpus, analysis: QueryAnalysis): boolean {
  if (!analysis.terms.some((t) => t.startsWith('c:') && !corpus.index.has(t))) return false;
  // A question word counts before the group only: one after it opens another question ("did any
  // soldiers survive the strike, how many got hurt"). Not one that opens a relative clause after
  // the noun it tells of ("did the pilots who did it get in trouble"): the question is still yes
  // or no.
  const words = analysis.words;
  const firstWh = words.findIndex(
    (w, i) =>
      WH_WORDS.has(w) && !(RELATIVE.has(w) && i > 0 && wordTerms(corpus, words[i - 1] as string).length > 0),
  );
  // "who ordered the strike and were they punished": a yes-or-no question joined after the first
  // one asks on its own (an auxiliary, then its subject: "were they", "did anyone"); a group after
  // its opener is asked yes or no. Not the first question's own auxiliary ("who was flying").
  const joinedYesNo = (start: number) =>
    words.some(
      (w, i) =>
        i > firstWh + JOINED_AFTER &&
        i < start &&
        YES_NO_OPENS.has(w) &&
        JOINED_SUBJECTS.has(words[i + 1] as string),
    );
  // "what was the loadout", "which missiles did they use": the group is what is asked, right after
  // "what" or "which" (a verb of being and a determiner between at most, and whose it is: "which
  // american airbase", "what russian jets").
  const asksWhich = (start: number) =>
    firstWh >= 0 &&
    WHICH_ASKED.has(analysis.words[firstWh] as string) &&
    start > firstWh &&
    analysis.words
      .slice(firstWh + 1, start)
      .every((w) => WHICH_BETWEEN.has(w) || wordTerms(corpus, w).some((t) => t.startsWith('e:')));
  // "why were the wounded taken to hospital", "why did russia not send reinforcements": a why asks
  // the reason of the thing the group names after it, which the article never tells. So does a
  // noun of the group after a determiner ("where were they taken, to the hospital"), whatever the
  // question word. Not a verb after another question word: it may be someone's figure of speech
  // ("who said the deal might not survive").
  const ofWhatIsAsked = (start: number) =>
    firstWh >= 0 &&
    start > firstWh &&
    (WHY_WORD.test(analysis.words[firstWh] as string) ||
      NOUN_OPENERS.has(analysis.words[start - 1] as string));
  // "who did the observatory get its numbers from", "where did they get their figures": a who or
  // where asks of the deed the group names in its own clause, which the article never tells. Not
  // the group in someone's words after a verb of saying or thinking ("who said the deal might not
  // survive"), nor in another question joined after ("where did they strike, did the soldiers
  // retaliate"), nor a deed pointed back at ("where did that happen": what the answer before told).
  const ofDeedAsked = (start: number) =>
    firstWh >= 0 &&
    start > firstWh &&
    DEED_ASKERS.has(words[firstWh] as string) &&
    !words.slice(firstWh + 2, start).some((w) => YES_NO_OPENS.has(w)) &&
    !words.slice(firstWh + 1, start).some((w) => POINTED_DEED.has(w)) &&
    !words.slice(firstWh + 1, start).some((w) => SAYING.test(w) || SPEECH_VERB.test(w) || THINKING.test(w));
  // Read as the analyzer reads them: "did the pilot survive" asks whether a person lived.
  return corpus.lexicon
    .match(survivedAsAlive(analysis.words.map((w) => ({ raw: w, word: w }))))
    .some(
      (m) =>
        (firstWh < 0 ||
          (firstWh >= m.end && YES_NO_OPENS.has(analysis.words[0] as string)) ||
          asksWhich(m.start) ||
          joinedYesNo(m.start) ||
          ofWhatIsAsked(m.start) ||
          ofDeedAsked(m.start)) &&
        m.terms.length > 0 &&
        m.terms.every((t) => t.startsWith('c:') && !corpus.index.has(t) && !SIDES_ASKED.includes(t)),
    );
}

/**
 * Words a noun follows, not a verb: determiners, and adjectives of a thing's quality ("bad intel").
 * Not "that" or "this", which stand for a thing as often ("where did that happen"), nor "what" or
 * "which" (asksWhich).
 */
const NOUN_OPENERS = new Set('the their its his her any some no our your a an bad faulty wrong'.split(' '));
/** Of NOUN_OPENERS, the adjectives of a thing's quality ("bad intel", "faulty maps"). */
const QUALITY_OPENERS = new Set(['bad', 'faulty', 'wrong']);

/** Verbs of thinking: words after them are someone's belief, not the deed asked. */
const THINKING = /^(?:think|thinks|thought|believes?|believed|reckons?|suspects?|suspected)$/;
/** Question words asking who or where of a deed ("who did they get it from", "where did they go"). */
const DEED_ASKERS = new Set(['who', 'whom', 'where']);
/** Words pointing back at a deed told before ("where did that happen"): its doer is no one asked. */
const POINTED_DEED = new Set(['that', 'this', 'it', 'those', 'these']);

/** Question words that also open a relative clause after a noun ("the pilots who did it"). */
const RELATIVE = new Set(['who', 'which', 'whose']);
/** How many words a second question's auxiliary comes after the first's question word at least. */
const JOINED_AFTER = 2;
/** Subjects right after the auxiliary that opens a second question ("and were they punished"). */
const JOINED_SUBJECTS = new Set(['they', 'he', 'she', 'anyone', 'anybody', 'someone', 'somebody', 'any']);

/** Words before a qualifier of what a question names: "the danish air force", "did danish jets". */
const BEFORE_QUALIFIER = new Set(['the', 'a', 'an', 'any', 'some', 'did', 'were', 'was', 'are', 'is']);

/**
 * A word for a nation or its people: one of peoples.ts ("danes", "jordanian"), or an adjective in
 * -ish of one ("danish" of "dane", "turkish" of "turk", "finnish" of "finn").
 */
export function isNationWord(word: string): boolean {
  if (isPeopleWord(word)) return true;
  const stem = /^(.{3,})ish$/.exec(word)?.[1];
  return stem !== undefined && (isPeopleWord(stem) || isPeopleWord(`${stem}e`) || isPeopleWord(`${stem}s`));
}

/**
 * "was any compensation paid", "did the families get any compensation", "did the danish air force
 * fly too": the thing asked is named by a word the knowledge never uses (an English word, no word
 * of it, none related): after "any", naming what is asked whether there was any (not qualifying
 * a word of the story: "any heavy equipment"); or a nation's word qualifying a thing the story
 * has ("danish jets": the jets of a nation the article never names); or right after "what" or
 * "which", before no word of the story ("what intel led to it": the thing asked for); or a guess
 * of two such words ("was it bad intel"). However well the rest matches a curated question, the
 * article does not tell of it.
 */
export function unknownThingAsked(
  corpus: Corpus,
  words: readonly string[],
  free: QueryAnalysis['free'],
): boolean {
  const unknown = new Set(
    free
      .filter((f) => f.english && !f.inKnowledge && !f.related && !f.modifier && !corpus.index.has(f.term))
      .map((f) => f.word),
  );
  if (unknown.size === 0) return false;
  const story = (word: string | undefined) =>
    word !== undefined && !STOP_WORDS.has(word) && wordTerms(corpus, word).some((t) => corpus.index.has(t));
  return words.some((word, i) => {
    if (!unknown.has(word)) return false;
    const before = words[i - 1] ?? '';
    const next = words[i + 1];
    if (before === 'any') return !story(next);
    // "what intel led to it": the unknown word is the thing asked for, a word of neither the
    // story nor a question's frame after it ("what exactly did", "which one was").
    if ((before === 'what' || before === 'which') && next !== undefined && !STOP_WORDS.has(next))
      return !story(next);
    // "was it bad intel": a thing guessed, named by two such words ("is it true that": no thing).
    if (before === 'it' && /^(?:was|is)$/.test(words[i - 2] ?? '') && next !== undefined)
      return unknown.has(next);
    // "was it bad intel or what": a thing guessed, named by one such word after a word of its
    // quality ("bad", "faulty": NOUN_OPENERS past the determiners).
    if (QUALITY_OPENERS.has(before) && words[i - 2] === 'it' && /^(?:was|is)$/.test(words[i - 3] ?? ''))
      return true;
    // "why did the coalition intel mess up": whose thing a why asks of, a name then a word the
    // knowledge never uses, then its verb: a word, not a name ("why did power trash russia": the
    // word is the deed, the name after it whom it was done to) nor a stop word ("lash out").
    if (whySubjectAt(corpus, words) === i)
      return (
        next !== undefined &&
        !STOP_WORDS.has(next) &&
        !wordTerms(corpus, next).some((t) => t.startsWith('e:'))
      );
    // "who negotiated the truce", "who chaired the council": the deed whose doer is asked, a verb
    // in the past right after "who", is a word the article never uses, so it tells no one doing it.
    if (before === 'who' && /\p{L}{3}ed$/u.test(word)) return true;
    return isNationWord(word) && (i === 0 || BEFORE_QUALIFIER.has(before)) && story(words[i + 1]);
  });
}

/**
 * Auxiliaries right after a why, before its subject and a verb ("why did", "why has"). Not a
 * verb of being: "why is russia salty af" has an adjective where a noun would stand.
 */
const WHY_AUX = new Set(['did', 'does', 'do', 'has', 'have', 'had']);
/** Determiners before the subject of a why ("why did the coalition intel ..."). */
const WHY_SUBJECT_DETERMINERS = new Set(['the', 'their', 'its']);

/**
 * "why did the coalition intel mess up": where the head of the subject of a why stands when names
 * qualify it (after the auxiliary, a determiner at most, and one name or more: whose intel), or -1.
 */
function whySubjectAt(corpus: Corpus, words: readonly string[]): number {
  const why = words.findIndex((w, i) => i <= 2 && WHY_WORD.test(w));
  if (why < 0 || !WHY_AUX.has(words[why + 1] ?? '')) return -1;
  let at = why + 2;
  if (WHY_SUBJECT_DETERMINERS.has(words[at] ?? '')) at++;
  const first = at;
  while (at < words.length && wordTerms(corpus, words[at] as string).some((t) => t.startsWith('e:'))) at++;
  return at > first && at < words.length - 1 ? at : -1;
}

/** Words asking of the time after the story ("after this", "afterwards", "since then"). */
const AFTER_STORY = /\b(?:after (?:this|that|it)|afterwards?|since then)\b/;
/**
 * A span of weeks, months or years after the story: "what happened a year later", "did the truce
 * survive, like a year after this", "months afterwards", "the following year", "in next week" (no
 * article, as a learner writes it), or a thing lasting such a span ("did the ceasefire survive
 * the week", "did it hold for a month"). The story spans a
 * Saturday and the Sunday after it and names no longer span; whatever is asked of such a time, no
 * sentence tells it. Not a day ("a day later" is the Sunday), nor a span before ("a week after the
 * ceasefire began": after something else than the story).
 */
const SPAN_AFTER_STORY =
  /\b(?:(?:(?:a|an|one|two|three|four|five|six|few|several|some|many|\d+)\s+)?(?:couple of\s+)?(?:weeks?|months?|years?|decades?)\s+(?:later|on|afterwards?|after (?:this|that|it|the (?:strike|strikes|attack|raid|bombing|incident)))|(?:the|in the|in) (?:next|following) (?:weeks?|months?|years?)|(?:surviv(?:e|ed|es|ing)|last(?:ed|s|ing)?|hold(?:s|ing)?|held|outlast(?:ed|s)?|(?:make|made|makes) it through)(?: for)? (?:the|a|that|one|the whole|the entire|the rest of the) (?:week|month|year))\b/;

/** Asks of a span of weeks or more after the story (SPAN_AFTER_STORY). */
export function spanAfterStory(words: readonly string[]): boolean {
  return SPAN_AFTER_STORY.test(words.join(' '));
}

/** Verbs of a flight's setting out: "take off", "flew", "launched". */
const SET_OUT =
  /^(?:take|takes|took|taken|taking|takeoff|fly|flies|flew|flown|flying|launch|launched|launching|depart|departed|departing|scramble|scrambled)$/;
/** Terms of the aircraft a flight's setting out is asked of (the planes, their pilots). */
const AIRCRAFT: readonly Term[] = ['c:plane', 'c:pilot'];

/**
 * "where did the planes take off from", "where were the jets flying from": a "where" ending on
 * "from" with a verb of setting out asks where the aircraft flew from, an air base the article
 * never names ("near Deir el-Zour" is where they struck). Not a figure's or a word's origin
 * ("where did the 90 come from": no aircraft), nor "where did they strike".
 */
export function flownFromAsked(words: readonly string[], known: readonly Term[]): boolean {
  const where = words.findIndex((w) => w === 'where' || w === "where'd");
  if (where < 0 || where > 2) return false;
  const from = words.indexOf('from', where + 2);
  if (from < 0 || words.slice(from + 1).some((w) => !STOP_WORDS.has(w))) return false;
  return words.slice(where + 1, from).some((w) => SET_OUT.test(w)) && known.some((t) => AIRCRAFT.includes(t));
}

/** Auxiliaries opening a yes-or-no question of a deed ("did russia send ..."). */
const DEED_AUX = new Set(['did', 'has', 'have']);
/** How far into the message the auxiliary may open the question ("ngl did ..."). */
const DEED_AUX_OPENS = 2;

/**
 * "did russia send more troops to deir ez zor after this?": asked yes or no whether someone did a
 * thing after the story, the deed (the first word after the auxiliary and its subject, or after
 * its "to": "manage to") a word the knowledge does not use: no sentence tells that deed, later or
 * not. Not a deed in the
 * knowledge's words ("did IS shoot down a plane after this", "did the SAA retake the area
 * afterwards").
 */
export function laterDeedUntold(
  corpus: Corpus,
  words: readonly string[],
  free: QueryAnalysis['free'],
): boolean {
  const aux = words.findIndex((w, i) => i <= DEED_AUX_OPENS && DEED_AUX.has(w));
  if (aux < 0 || words.slice(0, aux).some((w) => WH_WORDS.has(w))) return false;
  if (!AFTER_STORY.test(words.join(' '))) return false;
  // The subject: stop words and names ("the us and russia").
  let at = aux + 1;
  while (
    at < words.length &&
    (STOP_WORDS.has(words[at] as string) ||
      wordTerms(corpus, words[at] as string).some((t) => t.startsWith('e:')))
  )
    at++;
  if (at === aux + 1 || at >= words.length) return false;
  // "did damascus manage to recover the territory": the deed is the verb after "to".
  while (words[at + 1] === 'to' && at + 2 < words.length) at += 2;
  const verb = words[at] as string;
  return free.some(
    (f) => f.word === verb && f.english && !f.inKnowledge && !f.modifier && !corpus.index.has(f.term),
  );
}

/**
 * "who negotiated the truce", "who arranged the ceasefire": the deed whose doer is asked, a verb
 * in the past right after "who", is a word the knowledge does not use, only related to one it
 * uses (WordNet: "negotiated" to "discussing"); and every sentence with that word tells of another
 * thing than the question names after the verb ("discussing the issue with reporters": no
 * truce). No sentence tells anyone doing it to that thing. Not a deed the knowledge words as its
 * own ("who passed on the regret": "relayed"), nor a verb of saying (who said it is asked).
 * So is a past form no word of the knowledge, read only through its base form ("who signed the
 * truce": "sign" of the group of "indication", said of Power's doings, no truce).
 */
export function relatedDeedElsewhere(
  corpus: Corpus,
  words: readonly string[],
  free: QueryAnalysis['free'],
): boolean {
  const asked = deedAndThing(words);
  if (asked === null) return false;
  const { verb, thing: thingWords } = asked;
  if (
    !free.some(
      (f) =>
        f.word === verb &&
        f.english &&
        !f.inKnowledge &&
        f.related !== undefined &&
        !corpus.index.has(f.term),
    ) &&
    // "who signed the truce": a form neither the article nor synonyms.yaml has, read only through
    // its base form ("sign", of the group of "indication"): the same deed of another sense.
    corpus.vocabulary.has(verb)
  )
    return false;
  const indexed = (text: string) =>
    corpus.analyzer.analyzeQuery(text).terms.filter((t) => corpus.index.has(t));
  const deed = indexed(verb);
  if (deed.length === 0 || deed.includes(SAY)) return false;
  const thing = indexed(thingWords.join(' ')).filter((t) => t.startsWith('c:') && !deed.includes(t));
  if (thing.length === 0) return false;
  return deed.every((t) =>
    Array.from(corpus.index.docsWith('passage', t)).every(
      (id) => !thing.some((r) => corpus.index.docHas(id, r)),
    ),
  );
}

/**
 * The deed asked and the words of what it was done to: a past verb right after "who" and the
 * words after it ("who negotiated the truce"), or a passive's participle and its subject ("why
 * was the truce signed", "when were the talks arranged": the words between the "was" and it).
 */
function deedAndThing(words: readonly string[]): { verb: string; thing: readonly string[] } | null {
  const past = (w: string | undefined): w is string => w !== undefined && /\p{L}{3}ed$/u.test(w);
  const at = words.indexOf('who');
  const verb = words[at + 1];
  if (at >= 0 && past(verb)) return { verb, thing: words.slice(at + 2) };
  const be = words.findIndex((w, i) => i <= 2 && PASSIVE_BE.has(w));
  if (be < 0) return null;
  const by = words.findIndex((w, i) => i > be + 1 && past(w));
  return by < 0 ? null : { verb: words[by] as string, thing: words.slice(be + 1, by) };
}
/** Auxiliaries of a passive asked near the message's start ("why was the truce signed"). */
const PASSIVE_BE = new Set(['was', 'were', 'is', 'are']);

/**
 * Words the knowledge's sentences have only before "based", saying where someone is based ("the
 * UK-based Syrian Observatory"): a place that is no party of the story.
 */
const basedOnlyWords = perCorpus((corpus): Set<string> => {
  // Built on the first question that asks it, so only the passages that can hold a word are
  // tokenised (every passage was 0.35 to 0.5 s at 50,000): those whose text, as tokenize() folds
  // it (no accents, lower case, no dots, a curly apostrophe straight), holds the word's letters.
  // "is" is also made of "who's": every passage may hold it.
  const passages = corpus.kb.passages;
  const folded = passages.map((p) =>
    fold(p.text)
      .replace(/\./g, '')
      .replace(/\u2019/g, "'"),
  );
  const mayHold = (i: number, word: string) => word === 'is' || (folded[i] as string).includes(word);
  const wordsOf = (i: number) => tokenize((passages[i] as { text: string }).text).map((t) => t.word);
  const based = new Set<string>();
  for (let i = 0; i < passages.length; i++) {
    if (!mayHold(i, 'based')) continue;
    const words = wordsOf(i);
    words.forEach((w, k) => {
      if (words[k + 1] === 'based') based.add(w);
    });
  }
  const elsewhere = (word: string) =>
    passages.some((_, i) => {
      if (!mayHold(i, word)) return false;
      const words = wordsOf(i);
      return words.some((w, k) => w === word && words[k + 1] !== 'based');
    });
  return new Set([...based].filter((w) => !elsewhere(w)));
});
/** Words asking whether someone took part in the strike: joined, involved, their planes, flying. */
const TAKING_PART_ASKED = new Set(
  `involved join joined joining part participate participated participating plane planes jet jets
  aircraft warplanes bombers pilots fly flew flying`.split(/\s+/),
);

/**
 * "did UK planes also join", "the UK wasn't involved in the strike was it?": asked yes or no
 * whether a place took part (joined, was involved, had planes there) that the knowledge names only
 * as where someone is based ("the UK-based Syrian Observatory"): no sentence tells of it taking
 * part, whatever the quotes of those who did. Not the place asked with "based" itself ("the
 * UK-based monitor"), nor a question with a question word ("when did the UK apologize for its
 * jets": what is asked of those who did take part).
 */
export function basedOnlyTookPart(corpus: Corpus, words: readonly string[]): boolean {
  if (words.some((w) => WH_WORDS.has(w)) || !words.some((w) => TAKING_PART_ASKED.has(w))) return false;
  const based = basedOnlyWords(corpus, '');
  return words.some((w, i) => based.has(w) && words[i + 1] !== 'based');
}

/** "what did X say / think / tell / claim ...": X is asked for their words. */
const WHAT_DID_X_SAY =
  /\b(?:what|how)(?: exactly| actually| precisely)? (?:did|does|do|has|have|had) (.+?) (?:say|said|think|thought|tell|told|claim|claimed|announce|respond|react|reply|comment)\b/;
/**
 * "did obama comment on the strike", "has the pentagon ever said": X is asked for their words as a
 * yes-or-no question; as many words as a name has (up to four), then the verb of saying. So is
 * saying again what was quoted ("'a very big question mark' - did lavrov repeat that", "did obama
 * use that word too"): the words asked are X's, not the speaker's the quote names.
 */
const DID_X_SAY =
  /^(?:did|does|do|has|have|had)(?:n't| not)? ((?:\S+ ){0,3}?\S+) (?:ever |even |actually |publicly |officially )?(?:say|said|comment|commented|respond|responded|react|reacted|reply|replied|announce|announced|speak|spoke|spoken|talk|talked|repeat|repeated|echo|echoed|(?:use|uses|used) (?:that|the|this|those|these|the same) (?:word|words|phrase|phrases|term|terms|line|expression))\b/;

/**
 * "assad hasn't commented personally, has he?", "the pentagon didn't say anything, did it": the same
 * put as a claim to check, the speaker first, a tag at its end.
 */
const X_HAS_SAID_TAGGED =
  /^((?:\S+ ){0,3}?\S+) (?:has|have|had|did)(?:n't| not)? (?:ever |even |actually |publicly |officially )?(?:say|said|comment|commented|respond|responded|react|reacted|reply|replied|speak|spoke|spoken)\b(?=.*\b(?:did|has|have|had) (?:he|she|it|they)$)/;

/**
 * "what turkey government has said", "tell me what the kremlin had said": the same with the
 * speaker before the auxiliary (as many words as a name has, up to four; none a verb or pronoun).
 */
const WHAT_X_HAS_SAID =
  /\bwhat ((?:\S+ ){0,3}?\S+) (?:has|have|had|did) (?:say|said|told|claimed|announced|responded|reacted|replied|commented)\b/;
/**
 * "a source on what assad himself said": the same with no auxiliary, the verb in the past, when
 * a reflexive ("himself", "personally") says the person's own words are asked, not their side's.
 * Only a speaker of the knowledge is read there (`bare`).
 */
const WHAT_X_SAID =
  /\bwhat ((?:\S+ ){0,3}?\S+) (?:himself|herself|themselves|itself|personally) (?:said|commented|stated)\b/;
const NOT_IN_A_NAME = /^(?:do|does|did|is|are|was|were|be|been|has|have|had|i|you|we|they|he|she|it|else)$/;

/**
 * What follows the verb of a yes-or-no "did X say" when it asks whether X said anything at all
 * ("did assad say anything about it", "did he comment", "has the pentagon said a word", "did
 * assad speak on the strike": on it, not a thing said of it), not whether X said a given thing
 * ("did damascus say it retook the territory").
 */
const ANYTHING_SAID =
  /^(?:$|(?:anything|something|a word|much|at all|publicly|personally|on|about|regarding)\b)/;

/**
 * Whose words the question asks for ("what did X say", "did X comment"), as words, or null.
 * `anything`: asked yes or no whether X said anything at all (ANYTHING_SAID).
 */
export function whoseWords(
  words: string,
): { whose: string[]; yesNo: boolean; anything?: boolean; bare?: boolean } | null {
  const what = WHAT_DID_X_SAY.exec(words)?.[1];
  if (what) return { whose: what.split(' '), yesNo: false };
  const before = WHAT_X_HAS_SAID.exec(words)?.[1]?.split(' ');
  if (before && !before.some((w) => NOT_IN_A_NAME.test(w))) return { whose: before, yesNo: false };
  const bare = WHAT_X_SAID.exec(words)?.[1]?.split(' ');
  if (bare && !bare.some((w) => NOT_IN_A_NAME.test(w))) return { whose: bare, yesNo: false, bare: true };
  // "assad hasn't commented personally, has he?": the same put as a claim with a tag.
  const claimed = X_HAS_SAID_TAGGED.exec(words);
  const did =
    DID_X_SAY.exec(words) ?? (claimed?.[1]?.split(' ').some((w) => NOT_IN_A_NAME.test(w)) ? null : claimed);
  if (!did?.[1]) return null;
  const after = words.slice(did.index + did[0].length).trim();
  return { whose: did[1].split(' '), yesNo: true, anything: ANYTHING_SAID.test(after) };
}

/** The words after a quoted fragment they open with ("grandstanding did lavrov repeat that"). */
function afterQuoted(words: string, quoted: readonly string[]): string {
  for (const key of quoted) if (words.startsWith(`${key} `)) return words.slice(key.length + 1);
  return words;
}

/**
 * Words that end what "how many" counts: the verb ("were killed", "did the kremlin report") and
 * the source, place or time asked about come after it; so does the group it is counted in ("how
 * many fatalities among the regime's forces").
 */
const COUNT_ENDS = new Set([
  'among',
  'amongst',
  'did',
  'do',
  'does',
  'were',
  'was',
  'are',
  'is',
  'have',
  'has',
  'had',
  'will',
  'would',
  'could',
  'according',
  'per',
  'in',
  'by',
  'from',
  'during',
  'on',
  'at',
  'near',
  'after',
  'before',
  'since',
  'for',
  'to',
  'and',
  'or',
  'vs',
  'versus',
]);

const COUNTED_WORDS = 2;

/** The terms of what "how many" / "how much" / "number of" counts ("how many IS fighters were killed in ..."). */
function countedTerms(
  corpus: Corpus,
  analysis: QueryAnalysis,
): { counted: Term[]; happened: Term[]; unknown: boolean; words: string[] } {
  const words = [...mendedWords(analysis)];
  let at = -1;
  for (let i = 0; i + 1 < words.length; i++) {
    if (
      (words[i] === 'how' && (words[i + 1] === 'many' || words[i + 1] === 'much')) ||
      (words[i] === 'number' && words[i + 1] === 'of')
    ) {
      at = i + 2;
      break;
    }
  }
  if (at < 0) return { counted: [], happened: [], unknown: false, words: [] };
  let end = at;
  while (end < words.length && !COUNT_ENDS.has(words[end] as string)) end++;
  // "how many died and planes of which country were in it", "how many killed, every channel says
  // different": a verb's past form right after the count, before a word of grammar, counts those
  // it happened to, their noun left out; the words after it are no part of what is counted.
  if (end > at + 1 && pastVerbAlone(words, at)) end = at + 1;
  // Of its terms, those its first two words that are not stop words give: "IS fighters",
  // "visitors climbed" (not "the tower"); read whole first, so "lost their lives" stays a phrase.
  let near = at;
  for (let content = 0; near < end && content < COUNTED_WORDS; near++)
    if (!STOP_WORDS.has(words[near] as string)) content++;
  const tokens = (to: number) => words.slice(at, to).map((w) => ({ raw: w, word: w }));
  const first = new Set(corpus.analyzer.docTerms(tokens(near)));
  const counted = corpus.analyzer
    .docTerms(tokens(end))
    .filter((t) => first.has(t) && t !== 'c:number' && corpus.index.has(t));
  // And what happened to them, after "were" or "have been": "how many soldiers were wounded"
  // (any of the verb's terms: "wrecked" is destroyed, and also a word of the truce's danger).
  const happened: Term[] = [];
  if (PASSIVE.has(words[end] as string)) {
    let verb = end + 1;
    while (verb < words.length && BETWEEN.has(words[verb] as string)) verb++;
    const word = words[verb];
    if (word && !STOP_WORDS.has(word)) {
      // The verb alone, or with what it counts as one phrase ("lives were lost" is killed).
      const phrase = corpus.analyzer.docTerms(tokens(verb + 1)).filter((t) => !first.has(t));
      for (const t of [...corpus.analyzer.docTerms([{ raw: word, word }]), ...phrase])
        if (t !== 'c:number' && corpus.index.has(t) && !happened.includes(t)) happened.push(t);
    }
  } else if (near < end) {
    // Or said actively, right after what is counted ("how many soldiers survived"): the verb's
    // terms, alone or as the phrase it starts ("lost their lives" is killed).
    const word = words[near] as string;
    const phrase = (from: number) =>
      corpus.analyzer.docTerms(words.slice(from, Math.min(end, near + 3)).map((w) => ({ raw: w, word: w })));
    const rest = new Set(phrase(near + 1));
    // A verb that means what is counted says nothing more of it: "how many minutes the bombing
    // continue" counts the strike's duration, which "continue" is too (not its stopping).
    const verb = corpus.analyzer.docTerms([{ raw: word, word }]);
    if (!STOP_WORDS.has(word) && !verb.some((t) => t !== 'c:number' && first.has(t)))
      for (const t of phrase(near))
        if (t !== 'c:number' && !first.has(t) && !rest.has(t) && corpus.index.has(t) && !happened.includes(t))
          happened.push(t);
  }
  // A word the knowledge never uses, counted ("how many civilians died"): the article has no
  // count of it, whatever number its quotes give.
  const counting = new Set(words.slice(at, near));
  const unknown = analysis.free.some(
    (f) => counting.has(f.word) && f.english && !f.inKnowledge && !f.related && !corpus.index.has(f.term),
  );
  return { counted, happened, unknown, words: words.slice(at, near) };
}

/**
 * A verb in the past (a regular "-ed" form) at `at`, with a word of grammar or nothing after it:
 * "died and", "killed every", "killed in"; not "armed men" (a noun after it).
 */
function pastVerbAlone(words: readonly string[], at: number): boolean {
  const word = words[at] ?? '';
  const next = words[at + 1];
  if (!word.endsWith('ed') || (next !== undefined && !STOP_WORDS.has(next))) return false;
  return baseForms(word, 'v').some((base) => base !== word);
}

/**
 * Is what "how many" counts held, word by word? A word of several senses is held by any of them:
 * "fighters" are troops or planes, and "how many government fighters lost their lives" is
 * answered by "90 regime troops", which says no plane.
 */
export function countedHeld(
  corpus: Corpus,
  count: { counted: readonly Term[]; words: readonly string[] },
  held: (t: Term) => boolean,
): boolean {
  return count.counted.every((t) => {
    if (held(t)) return true;
    return count.words.some((word) => {
      const senses = wordTerms(corpus, word).filter((u) => count.counted.includes(u));
      return senses.length > 1 && senses.includes(t) && senses.some(held);
    });
  });
}

/**
 * "how many were injured in this strike": what happened to those counted is in a quote, and a
 * figure is in a quote, but no quote gives both ("any Syrian personnel killed or wounded" has no
 * figure; "killed dozens of Syrian soldiers" says nothing of the wounded): the figure counts
 * something else. Passages only (a curated entry's wordings say what its quotes count).
 */
export function figureApart(corpus: Corpus, happened: readonly Term[], quotes: readonly string[]): boolean {
  if (happened.length === 0 || quotes.length === 0) return false;
  return !quotes.some(
    (id) =>
      NUMBER.test(corpus.kb.passageById.get(id)?.text ?? '') &&
      happened.some((t) => corpus.passageTerms.get(id)?.has(t)),
  );
}

/** Auxiliaries before what happened to what "how many" counts ("were killed", "have been wounded"). */
const PASSIVE = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had']);
/** Words between such an auxiliary and its verb. */
const BETWEEN = new Set(['been', 'being', 'actually', 'really', 'reportedly', 'officially', 'all', 'also']);

/**
 * Words for the article itself, its publisher or the press, not someone in it: "what did the
 * article say", "how exactly, according to dw" (chat.yaml articleNouns and pressWords; every word
 * of the sources' publishers' names, article.yaml and sources.yaml). A plural in "s" too.
 */
const notSpeakerWords = new WeakMap<Corpus, Set<string>>();
function notASpeaker(corpus: Corpus, word: string): boolean {
  let words = notSpeakerWords.get(corpus);
  if (!words) {
    const { chat, sources } = corpus.kb;
    words = new Set([
      ...chat.articleNouns,
      ...chat.pressWords,
      ...sourceNamesOf(chat, sources).publisherWords,
    ]);
    notSpeakerWords.set(corpus, words);
  }
  return words.has(word) || (word.endsWith('s') && words.has(word.slice(0, -1)));
}

/**
 * The head word (the last) of every entity's name and aliases, per corpus: "the ministry" is the
 * Russian Foreign Ministry; "UK" of "UK-based monitor" names no one.
 */
const nameWords = new WeakMap<Corpus, Set<string>>();
export function wordsOfNames(corpus: Corpus): Set<string> {
  let words = nameWords.get(corpus);
  if (!words) {
    words = new Set(
      corpus.kb.entities.flatMap((e) =>
        [e.name, ...e.aliases, ...e.caseSensitiveAliases].flatMap((n) => tokenize(n).at(-1)?.word ?? []),
      ),
    );
    nameWords.set(corpus, words);
  }
  return words;
}

/**
 * What a question asks for, by its question words, as the synonym groups the engine tags
 * sentences with: a name ("what was the name of ...", "who is"), a place ("where"), a day
 * ("when"), a duration ("how long"). "near the airport" names a place; it does not ask for one.
 */
const ASKED_KINDS: [RegExp, string][] = [
  // "who's right" weighs the sides; it does not ask for a name.
  [/\bnames?\b|^who (?:is|was|are|were)\b(?! (?:right|correct|wrong|lying|telling the truth)\b)/, 'c:name'],
  // "who runs the observatory": a person at the head of a body ("who actually controls ...": an
  // adverb of emphasis between). Not "even": "who even runs the observatory, where is it based"
  // asks where, which is told, and the name's absence refused it (fit-messy-29).
  [
    /^who (?:(?:actually|really|exactly|currently|now) )?(?:runs?|ran|leads?|led|heads?|headed|founded|owns?|owned|funds?|funded|started|manages?|managed|controls?)\b/,
    'c:name',
  ],
  [/^where\b/, 'c:place'],
  [/^when\b|\bwhat (?:day|date|time)\b/, 'c:day'],
  [/\bhow long\b/, 'c:duration'],
];
const WH = new Set(['who', 'what', 'when', 'where', 'which', 'why', 'how']);

/** Whether it was a mistake or deliberate: the concept of intent ("accident", "on purpose"). */
const INTENT: Term = 'c:intent';
/** Question words asking how, when or where something happened, not whether it was meant. */
const MANNER_TIME_PLACE = new Set(['how', 'when', 'where']);

/**
 * Whether the question asks for a judgement the sources disagree on, and the quotes are the sides
 * of that point (contested.ts withEverySide, as the answer is given): it weighs the sides ("what
 * does each side say", "who's right", "US vs russia") or asks whether it was meant ("was it an
 * accident or on purpose", "friendly fire or something worse"). The article answers such a
 * question with every side, whatever story or slang around it the knowledge lacks, where a fact
 * it does not hold ("which commander ordered it") is no side of a point. Read where the last
 * confidence is taken (confidence.ts withSidesAsked).
 */
function sidesAsked(
  corpus: Corpus,
  analysis: QueryAnalysis,
  shown: string[],
  known: readonly Term[],
): boolean {
  const weighs = weighsSides(analysis.terms) && !oneSideNamed(analysis.words);
  // "'a tragic accident' - is that what obama called it": words quoted ask who said them, a fact.
  if (analysis.quoted.length > 0) return false;
  if (shown.length === 0 || !(weighs || analysis.terms.includes(INTENT))) return false;
  // "how did the pentagon find out it was hitting the wrong people": a manner, a time or a place
  // asked is no side of whether it was meant, though a word of a mistake is in the question.
  if (!weighs && MANNER_TIME_PLACE.has(analysis.words.find((w) => WH.has(w)) ?? '')) return false;
  const asked = weighs ? [...known, ...SIDES_ASKED] : known;
  const sides = withEverySide(corpus, [...shown], asked, asksWhy(analysis), asksYesOrNo(analysis.words));
  return sides.contested !== null;
}

/**
 * "who ordered the strike on the US side", "what's russia's side of it": `side` after a
 * determiner and a name, or after an owner, is that one party, not the sides weighed, when no
 * other word of the question weighs them ("sides", "vs", "each", "both", "or", "which side").
 */
function oneSideNamed(words: readonly string[]): boolean {
  const at = words.indexOf('side');
  if (at < 1 || words.some((w) => ONE_SIDE_NOT.has(w))) return false;
  const before = words[at - 1] ?? '';
  return words[at - 2] === 'the' || (!DETERMINERS_OF_SIDES.has(before) && words[at - 2] !== undefined);
}
/** Words that weigh the sides, beside `side`. */
const ONE_SIDE_NOT = new Set(['sides', 'vs', 'versus', 'each', 'both', 'or', 'other', 'either']);
/** Before `side`, words that ask which of the sides ("which side", "whose side"), no party named. */
const DETERMINERS_OF_SIDES = new Set([
  'which',
  'whose',
  'what',
  'one',
  'each',
  'either',
  'other',
  'a',
  'this',
  'that',
]);

/** The question from its first question word on: "where was she when she spoke" asks a place, not a day. */
function fromQuestionWord(words: readonly string[]): string {
  const at = words.findIndex((w) => WH.has(w));
  return (at >= 0 ? words.slice(at) : words).join(' ');
}

/**
 * The entity terms named right after "who is" (a determiner between: "who's this observatory"):
 * the question asks what that body or person is, and a quote naming it answers, a person or not.
 */
function namedAfterWhoIs(corpus: Corpus, words: readonly string[]): Set<Term> {
  const m = /^who (?:is|was|are|were) (?:(?:the|this|that|these|those) )?/.exec(words.join(' '));
  const out = new Set<Term>();
  if (!m) return out;
  const at = m[0].trim().split(' ').length;
  const after = words.slice(at, at + 6).map((w) => ({ raw: w, word: w }));
  for (const hit of corpus.lexicon.match(after))
    if (hit.start === 0) for (const term of hit.terms) if (term.startsWith('e:')) out.add(term);
  return out;
}

/** A share of the question's weight that is all of it (sums of the same floats in another order). */
const COMPLETE = 1 - 1e-9;

/** A figure in a sentence: digits or a number word. */
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|hundreds?)\b/i;

const NOT_AFTER_IS =
  /^(?:the|a|an|it|its|there|this|that|these|those|they|their|he|his|she|her|we|our|you|your|i|my|too|so|enough|in)$/;

/**
 * "is" at `at` names IS: before no determiner or pronoun ("IS guys"; not "is the toll"), nor a
 * figure, which it says a count is ("how many is dozens", "how many is 62").
 */
function namesIs(words: readonly string[], at: number): boolean {
  const next = words[at + 1];
  return words[at] === 'is' && next !== undefined && !NOT_AFTER_IS.test(next) && !NUMBER.test(next);
}

/** The names right after a count ("how many IS fighters", "90 regime troops"), as entity terms. */
function countedNames(corpus: Corpus, words: readonly string[], at: number): Set<Term> {
  // The words are read in lower case: "is" right after the count, before no determiner or
  // pronoun, names IS ("how many IS guys"; not "how many is the toll").
  const name = namesIs(words, at);
  const after = words.slice(at, at + 3).map((w, i) => ({ raw: i === 0 && name ? 'IS' : w, word: w }));
  const out = new Set<Term>();
  for (const m of corpus.lexicon.match(after))
    if (m.start === 0 || (m.start === 1 && STOP_WORDS.has(after[0]?.word ?? '')))
      for (const t of m.terms) if (t.startsWith('e:')) out.add(t);
  return out;
}

/**
 * "how many IS fighters were there": the quotes count others ("at least 90 regime troops"). True
 * when the question names whose number it asks, some quote names whose number it gives, and none
 * of those is theirs.
 */
function countsOthers(corpus: Corpus, words: readonly string[], shown: readonly string[]): boolean {
  const at = words.findIndex((w, i) => w === 'how' && (words[i + 1] === 'many' || words[i + 1] === 'much'));
  if (at < 0) return false;
  const asked = countedNames(corpus, words, at + 2);
  if (asked.size === 0) return false;
  let named = false;
  for (const id of shown)
    for (const given of quoteCounts(corpus, id)) {
      named = true;
      if ([...asked].some((t) => given.has(t))) return false;
    }
  return named;
}

/**
 * "how many US troops are in syria": the question names whose number it asks, the quotes give
 * figures and say whose, and none is theirs, nor of a body within them or above them ("90 regime
 * troops" are Syria's). Refused: their number is not in the article.
 */
export function countsOnlyOthers(corpus: Corpus, words: readonly string[], ids: readonly string[]): boolean {
  const at = words.findIndex((w, i) => w === 'how' && (words[i + 1] === 'many' || words[i + 1] === 'much'));
  // "how many did moscow say were killed": Moscow says the number; it is not whose dead. "how
  // many from the american side": whose they are, after "from".
  // "how many of the IS guys died": whose they are, after "of the" (a part of them).
  // "how many people of IS is die": whose they are after "of", a learner's "IS's people".
  const from =
    words[at + 2] === 'from'
      ? at + 3
      : words[at + 2] === 'of' && PARTITIVE_OF.has(words[at + 3] ?? '')
        ? at + 4
        : PEOPLE_OF.has(words[at + 2] ?? '') && words[at + 3] === 'of'
          ? at + (PARTITIVE_OF.has(words[at + 4] ?? '') ? 5 : 4)
          : at + 2;
  // "how many is the toll" ends the count; "how many IS fighters" (read in lower case) names IS.
  if (at < 0 || (from === at + 2 && COUNT_ENDS.has(words[from] ?? '') && !namesIs(words, from))) return false;
  const asked = countedNames(corpus, words, from);
  if (asked.size === 0) return false;
  const counted = ids.flatMap((id) => quoteCounts(corpus, id));
  return counted.length > 0 && !counted.some((given) => countOf(corpus, given, asked));
}

/** Nouns of people a count names before "of" and whose they are ("how many people of IS"). */
const PEOPLE_OF = new Set(['people', 'persons', 'men', 'members', 'fighters', 'soldiers', 'troops', 'guys']);
/** Determiners after "how many of" before whose they are ("how many of the IS fighters"). */
const PARTITIVE_OF = new Set(['the', 'those', 'these']);

/** Auxiliaries between a count and the one who killed: "how many people has IS killed". */
const KILLER_AUX = new Set(['has', 'have', 'had', 'did', 'do', 'does']);
/** A verb of killing with its doer before it ("has IS killed", "did the US kill"). */
const KILL_VERB = /^(?:kill|killed|kills|murder|murdered|slaughter|slaughtered|massacre|massacred)$/;

/**
 * "how many people has IS killed", "how many did the russians kill": the names of who killed,
 * between the count's auxiliary and the verb of killing (as entity terms; none when not asked so).
 * The figures answer only if they are of that one's killing: a quote must name them.
 */
export function killerAsked(corpus: Corpus, words: readonly string[]): Term[] {
  const at = words.findIndex((w, i) => w === 'how' && (words[i + 1] === 'many' || words[i + 1] === 'much'));
  if (at < 0) return [];
  const aux = words.findIndex((w, i) => i > at + 1 && KILLER_AUX.has(w));
  if (aux < 0) return [];
  const verb = words.findIndex((w, i) => i > aux + 1 && KILL_VERB.test(w));
  if (verb < 0 || verb - aux > 4) return [];
  return [...countedNames(corpus, words, aux + 1)];
}

/** Is a figure said of these names theirs: the same, or one within or above the other? */
function countOf(corpus: Corpus, given: Set<Term>, asked: Set<Term>): boolean {
  return [...given].some((t) =>
    [...asked].some(
      (a) =>
        a === t ||
        corpus.lexicon.entityTerms(t.slice(2)).includes(a) ||
        corpus.lexicon.entityTerms(a.slice(2)).includes(t),
    ),
  );
}

/** The concept of a length of time ("lasted for 40 minutes"). */
const DURATION: Term = 'c:duration';

/** The concept of the dead ("casualties", "losses", "death toll"). */
const DEATH: Term = 'c:kill';
/** A word of the dead said as a verb ("IS killed", "who died"), not as a noun naming them. */
const DEATH_VERB = /(?:ed|ing)$|^(?:kill|kills|die|dies)$/;
/** Words that start a verb's object. */
const OBJECT_STARTS =
  /^(?:the|a|an|this|that|these|those|them|him|her|it|us|their|his|its|some|any|all|every|dozens|hundreds|\d.*)$/;

/**
 * "what did the observatory say about civilian casualties", "IS losses": the question names whose
 * dead it asks, right before a word of the dead, and the quotes count others ("at least 90 regime
 * troops"), or the knowledge has no word for them at all ("civilian"), or no quote shown tells of
 * any dead at all ("the IS casualties": the sortie launched against IS). Whose number it is, when
 * they speak in a quote ("moscow's toll"), is not whose dead.
 */
export function deadOfOthers(
  corpus: Corpus,
  words: readonly string[],
  free: QueryAnalysis['free'],
  ids: readonly string[],
): boolean {
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    if (DEATH_VERB.test(word) || !wordTerms(corpus, word).includes(DEATH)) continue;
    // A verb with its object after it: "did the US smoke those syrian troops".
    if (OBJECT_STARTS.test(words[i + 1] ?? '')) continue;
    const whose = words[i - 1] as string;
    // "IS losses" (read in lower case) names IS; "the american side is dead" is a verb.
    if (STOP_WORDS.has(whose) && !(whose === 'is' && word.endsWith('s'))) continue;
    if (wordTerms(corpus, whose).includes(DEATH) || /\d/.test(whose)) continue;
    // A word the knowledge never uses: the article counts no dead of theirs.
    if (
      free.some(
        (f) => f.word === whose && f.english && !f.inKnowledge && !f.related && !corpus.index.has(f.term),
      )
    )
      return true;
    const asked = countedNames(corpus, words, i - 1);
    if (asked.size === 0) continue;
    const speaking = ids.some((id) => [...asked].some((t) => corpus.passageSpeakers.get(id)?.has(t)));
    if (speaking) continue;
    const counted = ids.flatMap((id) => quoteCounts(corpus, id));
    // "what the IS casualties were": no quote shown tells of any dead, of theirs or others'. Of a
    // party, not a person ("assad's victims" are whom he had killed; "power 💀" is no toll).
    if (counted.length === 0) {
      if (
        ids.length > 0 &&
        ![...asked].some((t) => isPersonTerm(corpus, t)) &&
        !ids.some((id) => corpus.passageTerms.get(id)?.has(DEATH))
      )
        return true;
      continue;
    }
    const theirs = (given: Set<Term>) =>
      [...given].some((t) =>
        [...asked].some(
          (a) =>
            a === t ||
            corpus.lexicon.entityTerms(t.slice(2)).includes(a) ||
            corpus.lexicon.entityTerms(a.slice(2)).includes(t),
        ),
      );
    if (!counted.some(theirs)) return true;
  }
  return false;
}

/** Auxiliaries opening a yes-or-no question of who died: "were any of them killed", "did IS fighters die". */
const DIED_AUX = new Set(['were', 'was', 'are', 'is', 'did', 'have', 'has', 'had']);
/** The verb of a cleft putting whom it was first: "it was IS fighters who died". */
const CLEFT_BE = new Set(['was', 'is']);
/** Auxiliaries of the active voice: "did they die" (the dead), "did they kill" (the killer). */
const DID_WORDS_ASKED = new Set(['did', 'do', 'does']);
/** Dying, said of the dead themselves. */
const DIE = /^(?:die|died|dies)$/;
/** How far into the question that auxiliary may stand ("so were any ..."). */
const DIED_OPENS = 2;
/** "Get" as the passive's auxiliary: "did any soldiers get killed", "did they get hit". */
const GET = /^(?:get|got|gotten|getting)$/;
/** Harm said of those it befell, in the passive: "were any russians hit", "did they get hurt". */
const HARMED = /^(?:hit|hurt|wounded|injured|struck|harmed)$/;

/** What "is it ... (that)" asks of the statement after it ("is it true the US ..."). */
const TRUTH_WORDS = new Set(['true', 'right', 'correct', 'so', 'real', 'accurate']);

/**
 * "were any of the extremists themselves killed", "did IS fighters die too": asked yes or no
 * whether some died, naming whom (an entity), while the quotes count the dead of others only
 * ("dozens of Syrian soldiers"). Not when they are the speakers of a quote (their own count).
 */
export function killedOfOthers(corpus: Corpus, words: readonly string[], ids: readonly string[]): boolean {
  const aux = words.findIndex((w, i) => i <= DIED_OPENS && DIED_AUX.has(w));
  if (aux < 0 || words.slice(0, aux).some((w) => WH.has(w))) return false;
  // "it wasn't IS fighters the strike killed, right?": a cleft asks who the dead were, which the
  // quotes counting others answer; not whether these died too.
  if (words[aux - 1] === 'it' && CLEFT_BE.has(words[aux] as string)) return false;
  // "is it true the americans killed syrian soldiers": "is it true" frames a statement, read as
  // the question it puts ("russian soldiers were killed": were russian soldiers killed); one
  // naming the killer asks nothing of whether others died.
  if (words[aux + 1] === 'it' && TRUTH_WORDS.has(words[aux + 2] ?? '')) {
    const said = words.slice(aux + (words[aux + 3] === 'that' ? 4 : 3));
    // "russian troops got killed": the passive's "got" asked as "were".
    const be = said.findIndex((w) => DIED_AUX.has(w) || GET.test(w));
    if (be <= 0) return false;
    const asAux = GET.test(said[be] as string) ? 'were' : (said[be] as string);
    return killedOfOthers(corpus, [asAux, ...said.slice(0, be), ...said.slice(be + 1)], ids);
  }
  // "were they killed", "have they been killed", "did they die", "did any get killed", "were
  // any hit"; not "did the US kill them" (the killer), nor "did the US hit them".
  const passive = !DID_WORDS_ASKED.has(words[aux] as string);
  const verb = words.findIndex((w, i) => {
    if (i <= aux + 1) return false;
    const got = GET.test(words[i - 1] ?? '');
    // Not an infinitive ("was the US trying to hit IS").
    if (HARMED.test(w)) return words[i - 1] !== 'to' && (passive ? !got || i > aux + 2 : got);
    return (
      (passive || got ? /(?:ed|en)$/.test(w) : DIE.test(w)) &&
      DEATH_VERB.test(w) &&
      wordTerms(corpus, w).includes(DEATH)
    );
  });
  // A question word before the verb asks something else of it ("... how many were killed"); a
  // verb of saying makes the name its sayer ("did the observatory say 90 died").
  if (verb < 0 || words.slice(aux, verb).some((w) => WH.has(w) || wordTerms(corpus, w).includes(SAY)))
    return false;
  let asked = new Set<Term>();
  for (let j = aux + 1; j < verb && asked.size === 0; j++) asked = countedNames(corpus, words, j);
  if (asked.size === 0) return false;
  // Speaking a quote is not being counted in it: "were any russian soldiers killed", where
  // Moscow gives the toll of Syria's soldiers.
  const counted = ids.flatMap((id) => quoteCounts(corpus, id));
  return counted.length > 0 && !counted.some((given) => countOf(corpus, given, asked));
}

/** Whose number each figure of a passage gives, where the words after it name them (per corpus). */
const quoteCounts = perCorpus((corpus, id): Set<Term>[] => {
  const words = tokenize(corpus.kb.passageById.get(id)?.text ?? '').map((t) => t.word);
  return words
    .map((w, i) =>
      /^\d/.test(w) || /^(?:dozens|several|hundreds)$/.test(w)
        ? countedNames(corpus, words, words[i + 1] === 'of' ? i + 2 : i + 1)
        : new Set<Term>(),
    )
    .filter((names) => names.size > 0);
});

/**
 * Share of the question's weight a curated entry covers with the question it answers (all its
 * wordings) and the quote it leads with: what the person asking reads first.
 */
function entryCoverage(
  corpus: Corpus,
  analysis: QueryAnalysis,
  ranking: Ranking,
  [id, scored]: [string, Ranking['qaRanked'][number][1]],
): number {
  const questionWeight = ranking.knownWeight + ranking.unknownWeight;
  if (questionWeight <= 0) return 0;
  const asked = corpus.wordingTerms.get(id);
  const lead = corpus.passageTerms.get(
    leadWithNamedSide(corpus, corpus.qaById.get(id)?.answerIds ?? [], ranking.known)[0] ?? '',
  );
  let covered = 0;
  for (const t of ranking.known)
    if (scored.hit.doc.terms.has(t) || asked?.has(t) || lead?.has(t))
      covered += corpus.index.idf(t) * (analysis.factors.get(t) ?? 1);
  return covered / questionWeight;
}

/**
 * How many documents would hold the terms of a question (and of the story told around it) that
 * a passage holds, if terms fell into documents independently: documents x the product of each
 * term's share of them. Many (TUNING.scoring.chanceMatches): the match is what chance gives, not
 * evidence that the passage is about the question.
 */
function byChance(corpus: Corpus, terms: readonly Term[], passage: Scored): number {
  const n = corpus.index.size;
  let expected = n;
  for (const t of terms) if (passage.hit.doc.terms.has(t)) expected *= corpus.index.df(t) / n;
  return expected;
}

/**
 * How many passages hold every term of `terms` that `passage` holds, counted up to `enough`: what
 * byChance estimates, where the terms do not fall independently. Generated or not, a knowledge
 * base's reports share their formulas ("the X government said the drone strike on ... killed"),
 * so among 50,000 passages thousands hold "said", a figure, a monitor and a country together
 * where independence expects four.
 */
function sharing(corpus: Corpus, terms: readonly Term[], passage: Scored, enough: number): number {
  const { index } = corpus;
  const held = terms.filter((t) => passage.hit.doc.terms.has(t));
  let rarest: Term | null = null;
  for (const t of held) if (rarest === null || index.df(t) < index.df(rarest)) rarest = t;
  if (rarest === null) return 0;
  let count = 0;
  for (const doc of index.docsWith('passage', rarest)) {
    const own = index.termsOf(doc);
    if (held.every((t) => own.has(t)) && ++count >= enough) break;
  }
  return count;
}

/**
 * Is `quoted` (a matchKey) a fragment of `key` (a sentence's matchKey) as remembered: a run of
 * the sentence's words, spelt the same or nearly, with at most one word in three wrong, and
 * words of the sentence left out counting half ("criminal negligence and something connivance",
 * "on the border between negligence and connivance", "most systematic atrocities in a
 * generation")? At least two words that are not stop words must be right, so "a tragic mistake"
 * is no fragment of "apparently mistaking them for terrorists"; or one, among three words right in
 * all, as when the verb is remembered wrong ("no concerns were raised": "no concerns were voiced"),
 * unless the other words are the sentence's own in another order or the word wrong is no verb.
 */
export function quotedFromMemory(key: string, quoted: string): boolean {
  if (rememberedAs(key, quoted)) return true;
  // "'we're in big trouble'": a contraction (its apostrophe gone in the key) remembered for the
  // two words the sentence writes ("we are in serious trouble").
  const expanded = quoted
    .split(' ')
    .map((w) => CONTRACTED.get(w) ?? w)
    .join(' ');
  return expanded !== quoted && rememberedAs(key, expanded);
}

function rememberedAs(key: string, quoted: string): boolean {
  const q = quoted.split(' ');
  const k = key.split(' ');
  if (withStretchSkipped(k, q)) return true;
  const allowed = Math.floor(q.length / 3);
  const close = (a: string, b: string) =>
    a === b || (a.length >= MIN_CLOSE && b.length >= MIN_CLOSE && editDistance(a, b, 2) <= 2);
  // Cheapest alignment of the quote with any run of the sentence (free start and end): a word
  // changed or added costs 1, a word of the sentence left out LEFT_OUT. Of equal costs, the one
  // with more words right that are not stop words.
  // right: words right that are not stop words; all: every word right.
  type Cell = { cost: number; right: number; all: number };
  const better = (a: Cell, b: Cell) =>
    a.cost < b.cost || (a.cost === b.cost && (a.right > b.right || (a.right === b.right && a.all >= b.all)))
      ? a
      : b;
  let row: Cell[] = Array.from({ length: k.length + 1 }, () => ({ cost: 0, right: 0, all: 0 }));
  for (let i = 1; i <= q.length; i++) {
    const w = q[i - 1] as string;
    const next: Cell[] = [{ cost: i, right: 0, all: 0 }];
    for (let j = 1; j <= k.length; j++) {
      const diagonal = row[j - 1] as Cell;
      const same = close(w, k[j - 1] as string);
      let cell: Cell = same
        ? { cost: diagonal.cost, right: diagonal.right + (STOP_WORDS.has(w) ? 0 : 1), all: diagonal.all + 1 }
        : { cost: diagonal.cost + 1, right: diagonal.right, all: diagonal.all };
      const added = row[j] as Cell;
      cell = better(cell, { cost: added.cost + 1, right: added.right, all: added.all });
      const leftOut = next[j - 1] as Cell;
      cell = better(cell, { cost: leftOut.cost + LEFT_OUT, right: leftOut.right, all: leftOut.all });
      next.push(cell);
    }
    row = next;
  }
  // One word right besides stop words only when the others are not the sentence's words in
  // another order ("investigation of the ministry").
  const kept = new Set(k);
  const reordered = q.filter((w) => !STOP_WORDS.has(w) && kept.has(w)).length > 1;
  // And only a verb remembered wrong ("raised" for "voiced"), not what the words are about
  // ("a disaster for farmers" is not "a disaster for the valley").
  // A word of degree is remembered wrong as easily ("big trouble" for "serious trouble").
  const verbWrong = q.every((w) => STOP_WORDS.has(w) || kept.has(w) || VERB_FORM.test(w) || DEGREE.has(w));
  return row.some(
    (c) =>
      c.cost <= allowed && (c.right >= 2 || (c.right >= 1 && c.all >= MIN_RIGHT && !reordered && verbWrong)),
  );
}
/**
 * Is `quoted` (a matchKey) remembered in other words of the same sense as the passage: do its words
 * read as at least MIN_SENSE terms of the knowledge (concepts and words, a name not counted), every
 * term they read as held by the passage, and no word left that the knowledge lacks? "no objections
 * were raised" reads as the concern and its voicing, "no concerns were voiced"; "uniquely cynical and
 * two-faced" as "uniquely cynical and hypocritical"; and no other sentence holds them all. A fragment that denies needs a passage that
 * denies: "'this is not the end of the truce'" is not "could end the peace deal".
 */
export function quotedInOtherWords(corpus: Corpus, passage: Scored, quoted: string): boolean {
  // Two words quoted ("'aborted mission'") are a phrase used, not a sentence remembered.
  if (quoted.split(' ').length < MIN_REMEMBERED_WORDS) return false;
  const fragment = corpus.analyzer.analyzeQuery(quoted);
  if (fragment.free.some((f) => !corpus.index.has(f.term))) return false;
  const sense = fragment.terms.filter((t) => !t.startsWith('e:') && t !== SAY);
  if (sense.length < MIN_SENSE) return false;
  const held = passage.hit.doc.terms;
  if (!fragment.terms.every((t) => held.has(t))) return false;
  // It names its sentence only if no other holds them all ("'russia must stop the bombing'": the
  // stop, the strike and Russia are in several sentences, none remembered).
  if (sharing(corpus, fragment.terms, passage, 2) > 1) return false;
  return !deniesSomething(tokenize(quoted)) || corpus.denies(passage.hit.doc.ref);
}
/** Terms of sense (not names, not saying) a fragment remembered in other words must read as. */
const MIN_SENSE = 2;
/** Words a fragment remembered in other words has at least (as many as TUNING.reading.quotedMissing asks). */
const MIN_REMEMBERED_WORDS = 3;
/** The concept of saying: a fragment's "said" tells nothing of which sentence it is. */
const SAY = 'c:say';

/**
 * Is the fragment two runs of the sentence's words, word for word, with a stretch of the sentence
 * (at most MAX_SKIPPED words) left out between them: "systematic atrocities in a generation" for
 * "most systematic atrocities we have seen in a generation"? At least MIN_RIGHT words that are not
 * stop words, so that a remembered quote names its sentence and chance does not.
 */
function withStretchSkipped(k: readonly string[], q: readonly string[]): boolean {
  if (q.filter((w) => !STOP_WORDS.has(w)).length < MIN_RIGHT) return false;
  const runAt = (words: readonly string[], at: number) => words.every((w, i) => k[at + i] === w);
  for (let split = 1; split < q.length; split++) {
    const head = q.slice(0, split);
    const tail = q.slice(split);
    for (let at = 0; at + head.length <= k.length; at++) {
      if (!runAt(head, at)) continue;
      for (let gap = 1; gap <= MAX_SKIPPED; gap++) if (runAt(tail, at + head.length + gap)) return true;
    }
  }
  return false;
}
/**
 * Contractions as a key writes them (no apostrophe), and the words they stand for: English, nothing
 * of a story. Only tried when the fragment as typed is no fragment of the sentence ("were" is a word).
 */
const CONTRACTED = new Map(
  Object.entries({
    im: 'i am',
    youre: 'you are',
    were: 'we are',
    theyre: 'they are',
    hes: 'he is',
    shes: 'she is',
    its: 'it is',
    thats: 'that is',
    theres: 'there is',
    whats: 'what is',
    isnt: 'is not',
    arent: 'are not',
    wasnt: 'was not',
    werent: 'were not',
    dont: 'do not',
    doesnt: 'does not',
    didnt: 'did not',
    cant: 'cannot',
    wont: 'will not',
    wouldnt: 'would not',
    couldnt: 'could not',
    shouldnt: 'should not',
    hasnt: 'has not',
    havent: 'have not',
    ive: 'i have',
    weve: 'we have',
    theyve: 'they have',
    youve: 'you have',
    theyll: 'they will',
    youll: 'you will',
  }),
);
/**
 * Words of degree, which a quote remembered keeps the sense of but not the word: "big trouble",
 * "serious trouble", "a huge mistake", "a grave mistake". English, nothing of a story.
 */
const DEGREE = new Set(
  'big bigger biggest huge serious real really very so too deep major massive great grave severe terrible total complete absolute utter extreme extremely highly truly quite whole entire bad worse worst'.split(
    ' ',
  ),
);
/** The most words of a sentence a fragment quoted from memory leaves out in one stretch. */
const MAX_SKIPPED = 4;
/** A verb's past or -ing form. */
const VERB_FORM = /\p{L}{2}(?:ed|ing)$/u;
/** Words right in all that let a fragment quoted from memory hold a single word that is not a stop word. */
const MIN_RIGHT = 3;
/** A word of the sentence left out of a fragment quoted from memory costs half a wrong one. */
const LEFT_OUT = 0.5;
/**
 * The passage is of another source than the curated entry's quotes: the Pentagon's statement
 * asked of the DW article is not the "defense ministry" of a flood report, however short.
 */
function otherSource(corpus: Corpus, passage: Scored | undefined, entry: string): boolean {
  if (!passage) return false;
  const source = corpus.kb.passageById.get(passage.hit.doc.ref)?.source;
  const answer = corpus.qaById.get(entry)?.answerIds ?? [];
  return answer.length > 0 && answer.every((id) => corpus.kb.passageById.get(id)?.source !== source);
}

/**
 * A fragment quoted from memory is looked for among this many best passages (the same in the
 * fast and the exhaustive search, which rank them alike).
 */
const REMEMBERED_AMONG = 10;
/** Words shorter than this must be spelt right in a fragment quoted from memory. */
const MIN_CLOSE = 5;

/**
 * The passages that answer, the later ones of the first one's source: an answer reads as one
 * report. A passage of another source comes with them only when it holds a term of the question
 * that none before it holds (the question asks across sources: "what did X say and what did the
 * ministry say", each in its own report). Among a hundred reports, one using the question's words
 * in another sense ("the vaquoja power" for Samantha Power) scores close enough to the first to be
 * quoted after it while adding nothing asked. The others are still offered under "More"; the same
 * claim in other sources is named under its quote (same-claim.ts). With one source, no change.
 */
function ofOneSource(corpus: Corpus, ids: readonly string[], known: readonly Term[]): string[] {
  const source = corpus.kb.passageById.get(ids[0] ?? '')?.source;
  const held = new Set<Term>();
  const kept: string[] = [];
  for (const id of ids) {
    const terms = corpus.passageTerms.get(id);
    const adds = known.some((t) => !held.has(t) && terms?.has(t));
    if (corpus.kb.passageById.get(id)?.source !== source && !adds) continue;
    kept.push(id);
    for (const t of known) if (terms?.has(t)) held.add(t);
  }
  return kept;
}

/** A curated entry's question and paraphrases, each as its words joined by spaces: read once per corpus. */
const wordingsOf = perCorpus((corpus, qa): string[] => {
  const entry = corpus.qaById.get(qa);
  return [entry?.question ?? '', ...(entry?.paraphrases ?? [])].map((text) =>
    tokenize(text)
      .map((t) => t.word)
      .join(' '),
  );
});

/**
 * A curated answer's quotes, in the entry's own order, lead with what the entry is about; a
 * question matched to it may ask what a later one says ("what did Churkin expect Washington to
 * do": the entry on his remarks leads with his fear for the truce, a later quote is his
 * prediction). Among the quotes shown, the one holding the most of the question's weight, if
 * that is at least TUNING.scoring.leadShare more than the first quote holds, leads instead. Only
 * when the entry's own first quote leads: not when it was moved already, for the side the
 * question names (leadWithNamedSide), the speaker asked (leadWithSpeakerAsked, asksWhoSaid) or
 * the doer (deedAsked).
 * In place, on the decision's ids; the confidence features are those of the same quotes.
 */
export function leadWithWhatIsAsked(corpus: Corpus, analysis: QueryAnalysis, decision: Decision): void {
  const { ranking, ids, qa } = decision;
  const entryLead = qa === null ? undefined : corpus.qaById.get(qa)?.answerIds[0];
  const questionWeight = ranking.knownWeight + ranking.unknownWeight;
  if (ids[0] === undefined || ids[0] !== entryLead || questionWeight <= 0) return;
  // A question a wording of the entry asks whole is answered in the entry's order, as a
  // moderator set it: only what it asks beyond the wording picks another quote.
  const matched = ranking.qaRanked.find(([id]) => id === qa)?.[1];
  if (matched && matched.hit.questionCoverage >= WHOLE) {
    // A wording asked word for word is answered exactly as the moderator ordered it.
    const asked = analysis.words.join(' ');
    const verbatim = (qa === null ? [''] : wordingsOf(corpus, qa)).includes(asked);
    if (!verbatim) leadWithRareAsked(corpus, analysis, ranking.known, ids);
    return;
  }
  const { leadShare } = TUNING.scoring;
  const held = (id: string) => {
    const terms = corpus.passageTerms.get(id);
    let weight = 0;
    for (const t of ranking.known)
      if (terms?.has(t)) weight += corpus.index.idf(t) * (analysis.factors.get(t) ?? 1);
    return weight / questionWeight;
  };
  const lead = held(ids[0]);
  let best: { id: string; share: number } | null = null;
  for (const id of ids.slice(1, MAX_QUOTES)) {
    const share = held(id);
    if (share >= lead + leadShare && (best === null || share > best.share)) best = { id, share };
  }
  if (best) {
    ids.splice(ids.indexOf(best.id), 1);
    ids.unshift(best.id);
  }
}

/**
 * "did churkin speak to the journalists", matched whole by "What did Vitaly Churkin tell
 * reporters?": the entry's first quote ("... Churkin said it was 'a very big question mark'")
 * lacks a rare word the question asks (reporters) that a later quote shown holds ("... he told
 * reporters"), with all the first one holds of the question: that one leads. Only a rare term
 * (TUNING.scoring.rareLead), of the question's own words (not one read as related) and no name
 * (whom the entry is about): a common one ("work", "call") is in many quotes that do not answer.
 * In place.
 */
function leadWithRareAsked(
  corpus: Corpus,
  analysis: QueryAnalysis,
  known: readonly Term[],
  ids: string[],
): void {
  const lead = corpus.passageTerms.get(ids[0] as string);
  const own = known.filter((t) => (analysis.factors.get(t) ?? 1) >= 1);
  const held = own.filter((t) => lead?.has(t));
  // Rare beside the rarest weight the index gives (that of a word no document has).
  const rare = TUNING.scoring.rareLead * corpus.index.idf(NO_TERM);
  // The word the question ends on: the thing asked about ("... speak to the journalists"), not whom it
  // asks of ("what did the jets hit": the jets are no part of the answer asked).
  const ending = new Set(
    mendedWords(analysis)
      .filter((w) => !STOP_WORDS.has(w))
      .slice(-1)
      .flatMap((w) => corpus.analyzer.docTerms(tokenize(w))),
  );
  const lacked = own.filter(
    (t) => !t.startsWith('e:') && !lead?.has(t) && corpus.index.idf(t) >= rare && ending.has(t),
  );
  if (lacked.length === 0) return;
  const better = ids.slice(1, MAX_QUOTES).find((id) => {
    const terms = corpus.passageTerms.get(id);
    return held.every((t) => terms?.has(t)) && lacked.some((t) => terms?.has(t));
  });
  if (better === undefined) return;
  ids.splice(ids.indexOf(better), 1);
  ids.unshift(better);
}

/** The question's words as read, each typo mended ("anounce" -> "announce"). */
export function mendedWords(analysis: QueryAnalysis): readonly string[] {
  if (analysis.corrections.length === 0) return analysis.words;
  const fixed = new Map(analysis.corrections.map((c) => [c.from, c.to]));
  return analysis.words.map((w) => fixed.get(w) ?? w);
}

/**
 * "besides the americans, whose air force flew", "other than power, who spoke to reporters": the
 * quotes of whom the question sets apart (QueryAnalysis.excluded) go after the others, each
 * group in its order.
 */
export function behindSetApart(
  corpus: Corpus,
  excluded: readonly Term[] | undefined,
  ids: readonly string[],
): string[] {
  if (!excluded || excluded.length === 0 || ids.length < 2) return [...ids];
  const theirs = (id: string) => {
    const said = corpus.passageSpeakers.get(id);
    return said !== undefined && excluded.some((t) => said.has(t));
  };
  return [...ids.filter((id) => !theirs(id)), ...ids.filter(theirs)];
}

/**
 * "did IS claim something", "did the syrian army blame the US": a curated answer whose first
 * quote is not the words of the speaker the question asks (askedSpeakers) leads with its first
 * quote that is (their own sentence, or one reporting their claim: "Damascus has claimed ..."),
 * whatever the entry's order: what someone said is asked, and the entry tells what happened.
 * In place, on the entry's ids.
 */
function leadWithSpeakerAsked(
  corpus: Corpus,
  ids: string[],
  asked: readonly Term[],
  words: readonly string[],
  known: readonly Term[],
): void {
  const theirs = (id: string) => spokenBy(corpus, [id], asked) || claimedIn(corpus, [id], asked);
  if (asked.length === 0 || ids[0] === undefined || theirs(ids[0])) return;
  // Only the subject of "did X say": not a speaker named beside another's saying ("post says
  // daesh took advantage", "how exactly, according to dw").
  const said = sayingSubject(corpus, words);
  // The speaker's parents come with it ("the syrian army": Syria too).
  const named = new Set(asked.flatMap((t) => [t, ...corpus.lexicon.entityTerms(t.slice(2))]));
  if (said === null || [...said].some((t) => t.startsWith('e:') && !named.has(t))) return;
  // Only one that says all the first does of the question, as for "who said" below.
  const held = known.filter((t) => corpus.passageTerms.get(ids[0] as string)?.has(t));
  const leads = ids
    .slice(1)
    .find((id) => theirs(id) && held.every((t) => corpus.passageTerms.get(id)?.has(t)));
  if (leads === undefined) return;
  ids.splice(ids.indexOf(leads), 1);
  ids.unshift(leads);
}

/**
 * The curated entry to weigh against the passages: the best one, unless it does not quote the best
 * passage at all and another, close behind it, leads with that passage. Two entries this close
 * are told apart by a word of their wordings ("What did Churkin say?" against "Where was Churkin
 * when Power spoke?" for "what was churkin doing while power spoke to reporters"); the passage,
 * read against the question itself, settles it.
 */
function entryOfBestPassage(
  corpus: Corpus,
  qaRanked: Ranking['qaRanked'],
  passages: Ranking['passages'],
  asked: readonly Term[],
  known: readonly Term[],
): Ranking['qaRanked'][number] | undefined {
  const first = qaRanked[0];
  const [top, next] = passages;
  // Only a passage that leads: two as close as the entries settle nothing.
  if (!first || !top || (next && next.score >= top.score * TUNING.scoring.entryTie)) return first;
  const best = top.hit.doc.ref;
  const answer = corpus.qaById.get(first[0])?.answerIds ?? [];
  if (answer.includes(best)) return first;
  // The entry quoting the speaker asked ("is damascus's military accusing america") keeps its place.
  if (asked.length > 0 && spokenBy(corpus, answer, asked) && !spokenBy(corpus, [best], asked)) return first;
  const close = first[1].score * TUNING.scoring.entryTie;
  const tied = qaRanked.find(([id, s]) => s.score >= close && corpus.qaById.get(id)?.answerIds[0] === best);
  if (tied) return tied;
  // "what did australia say about the deaths": the best passage, the words of the speaker asked,
  // holds more of what the question asks, weighed by rarity, than the best entry's quotes
  // ("killed" in the condolences, only "said" in the military's promise): the entry leading with
  // that passage, a little further behind (entryTieFuller), is weighed in its place.
  const held = (ids: readonly string[]) =>
    known.reduce(
      (sum, t) => sum + (ids.some((id) => corpus.passageTerms.get(id)?.has(t)) ? corpus.index.idf(t) : 0),
      0,
    );
  if (asked.length === 0 || !spokenBy(corpus, [best], asked) || held([best]) <= held(answer)) return first;
  const near = first[1].score * TUNING.scoring.entryTieFuller;
  return qaRanked.find(([id, s]) => s.score >= near && corpus.qaById.get(id)?.answerIds[0] === best) ?? first;
}

/**
 * A question asking when or where: the first of the passages scoring within typeTie of the best
 * that gives what is asked (a time, a place) leads, when the best gives none. Scores this close
 * come from words alone; the type of answer asked tells the two apart ("which city did the
 * diplomats speak to the press in": "... with reporters in New York", not the closed session's
 * chamber).
 */
function leadWithTypeAsked(
  missing: typeof timeMissing,
  corpus: Corpus,
  ids: string[],
  passages: Ranking['passages'],
  words: readonly string[],
  known: readonly Term[],
): void {
  const first = ids[0];
  const best = passages[0]?.score ?? 0;
  if (first === undefined || !missing(corpus, words, known, [first])) return;
  const close = passages
    .filter((p) => p.score >= best * TUNING.scoring.typeTie)
    .map((p) => p.hit.doc.ref)
    .filter((id) => id !== first);
  const given = close.find((id) => !missing(corpus, words, known, [id]));
  if (!given) return;
  if (ids.includes(given)) ids.splice(ids.indexOf(given), 1);
  ids.unshift(given);
}

/** The words with a guessed weekday read as the "when" it asks: "was that on sunday" -> "was that on when". */
function whenOfGuessedDay(words: readonly string[]): readonly string[] {
  const read = weekdayOfBeingAsWhen(words.map((word) => ({ raw: word, word })));
  return read.some((t, i) => t.word !== words[i]) ? read.map((t) => t.word) : words;
}

/**
 * "when was the UN meeting?" -> "and in which city?": a follow-up asking only where, answered by
 * the reading that carries the thing asked before, is led by a sentence scored alike that places
 * that thing ("... with reporters in New York"), when the one first names no place (the curated
 * answer to when it was). A copy of the decision; the same one when nothing moves.
 */
export function ledByPlace(corpus: Corpus, decision: Decision, words: readonly string[]): Decision {
  // "inside the chamber", "outside": a place already, if no named one.
  const first = decision.ids[0];
  if (first && [...PLACED_BY].some((t) => corpus.passageTerms.get(first)?.has(t))) return decision;
  const ids = [...decision.ids];
  leadWithTypeAsked(placeMissing, corpus, ids, decision.ranking.passages, words, decision.ranking.known);
  return ids[0] === decision.ids[0] ? decision : { ...decision, ids };
}

/** Words that place a thing without naming a place ("inside", "outside"). */
const PLACED_BY = new Set<Term>(['c:inside', 'c:outside']);

/**
 * Does the first quote shown place ("inside", "outside") everyone the question names, someone
 * named at least? (Another quote placing them leaves the one leading unplaced.)
 */
function placedOfNamed(corpus: Corpus, known: readonly Term[], shown: readonly string[]): boolean {
  const named = known.filter((t) => t.startsWith('e:'));
  const terms = shown[0] === undefined ? undefined : corpus.passageTerms.get(shown[0]);
  return (
    named.length > 0 &&
    !!terms &&
    [...PLACED_BY].some((t) => terms.has(t)) &&
    named.every((t) => terms.has(t))
  );
}

/** Does a sentence say where: a place named, a word placing it, or "inside", "outside"? */
function placed(corpus: Corpus, id: string): boolean {
  const terms = corpus.passageTerms.get(id);
  return !!terms && (terms.has('c:place') || [...PLACED_BY].some((t) => terms.has(t)));
}

/** A term no document has: its idf is the highest the index gives. */
const NO_TERM: Term = 'w:\u0000';

/** A wording covering this share of a question's weight asks it whole (rounding aside). */
const WHOLE = 0.999;

/** Who "what did they say" asks for, read from the turn before. */
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);

export function decide(corpus: Corpus, analysis: QueryAnalysis): Decision {
  const ranking = rank(corpus, analysis);
  const { qaRanked, passages, known, unknown, knownWeight, unknownWeight, relatedWeight } = ranking;
  const topPassage = passages[0];
  const asked = askedSpeakers(corpus, known, analysis.words);
  const topQa = entryOfBestPassage(corpus, qaRanked, passages, asked, known);
  const qaScore = topQa?.[1].score ?? 0;
  const passageScore = topPassage?.score ?? 0;
  const passageIds = passages
    .filter((p) => p.score >= passageScore * TUNING.scoring.relativeCutoff)
    .map((p) => p.hit.doc.ref);
  // A fragment of the article quoted word for word names its sentence, whatever else matches;
  // so does one quoted from memory, a word wrong or misspelt ("most thorough investigation").
  const exact = passages.filter((p) =>
    analysis.quoted.some((q) => corpus.passageKey(p.hit.doc.ref).includes(q)),
  );
  const verbatim =
    exact.length > 0 || analysis.quoted.length === 0
      ? exact
      : passages
          .slice(0, REMEMBERED_AMONG)
          .filter((p) => analysis.quoted.some((q) => quotedFromMemory(corpus.passageKey(p.hit.doc.ref), q)));
  // Failing that, one remembered in other words of the same sense ("'no objections were raised'"
  // for "no concerns were voiced", "'uniquely cynical and two-faced'"): the best passage holds
  // every term the fragment's words read as.
  if (
    verbatim.length === 0 &&
    topPassage &&
    analysis.quoted.some((q) => quotedInOtherWords(corpus, topPassage, q))
  )
    verbatim.push(topPassage);
  // A curated answer is preferred unless a passage scores passageMargin times higher; and also
  // when the entry covers the whole question (with its wordings and the quote it leads with) while
  // the passage holds only what some passage would hold by chance. Among tens of thousands of
  // passages, one holding every common word of a question turns up anyway ("how many were killed
  // according to each side": "46 civilians were killed ..., local sources said"): it scores above
  // the entry worded otherwise, but says nothing about the question.
  // Decided when first needed: counting the passages that share the terms reads a posting list,
  // and most questions are settled by the scores alone.
  let chanceMemo: boolean | undefined;
  const chance = (): boolean => {
    if (chanceMemo !== undefined) return chanceMemo;
    const story = [...known, ...analysis.context];
    const { chanceMatches } = TUNING.scoring;
    chanceMemo = topPassage
      ? byChance(corpus, story, topPassage) >= chanceMatches ||
        sharing(corpus, story, topPassage, chanceMatches) >= chanceMatches
      : false;
    return chanceMemo;
  };
  // "how did they respond to her" after what Power called Russia's move (they: Russia): the
  // words asked for are the speaker's own. The other words came from the turn before, which a
  // curated entry quoting someone else (Power) matches best; the best passage when it is theirs
  // (Churkin's, for Russia) answers instead. Only a speaker read through a pronoun: one named
  // ("what did russia say on sunday") is matched by the question's own words.
  const whoseAsked = whoseWords(analysis.words.join(' '));
  const otherSpeaker =
    !!topQa &&
    !!topPassage &&
    asked.length > 0 &&
    whoseAsked?.yesNo === false &&
    whoseAsked.whose.every((w) => SPEAKER_PRONOUNS.has(w)) &&
    !spokenBy(corpus, corpus.qaById.get(topQa[0])?.answerIds ?? [], asked) &&
    spokenBy(corpus, [topPassage.hit.doc.ref], asked);
  // "what did russia say on sunday": a speaker named as the subject of saying whose words no quote
  // of the entry holds (IS's Sunday announcement) while the best passage is theirs and holds every
  // word asked ("In the Sunday statement, Russia accused ..."): that passage answers.
  const theirsWhole =
    !!topQa &&
    !!topPassage &&
    !otherSpeaker &&
    asked.length > 0 &&
    whoseAsked?.yesNo === false &&
    !spokenBy(corpus, corpus.qaById.get(topQa[0])?.answerIds ?? [], asked) &&
    !claimedIn(corpus, corpus.qaById.get(topQa[0])?.answerIds ?? [], asked) &&
    spokenBy(corpus, [topPassage.hit.doc.ref], asked) &&
    known.every((t) => corpus.passageTerms.get(topPassage.hit.doc.ref)?.has(t));
  // "what did russia do on sunday": a deed asked of someone named (the subject of "what did X
  // do"), and no quote of the entry names them (IS's Sunday announcement, matched by the day
  // alone) while the best passage holds every term asked and tells of them ("In the Sunday
  // statement, Russia accused ..."): that passage answers.
  const doers = deedDoers(corpus, analysis);
  const deedOfOthers =
    !!topQa &&
    !!topPassage &&
    doers.length > 0 &&
    !(corpus.qaById.get(topQa[0])?.answerIds ?? []).some((id) =>
      doers.some((t) => corpus.passageTerms.get(id)?.has(t) || corpus.passageSpeakers.get(id)?.has(t)),
    ) &&
    known.every((t) => corpus.passageTerms.get(topPassage.hit.doc.ref)?.has(t));
  // "where did churkin speak to the diplomats": a place asked, and no quote of the entry gives
  // one (his words on the peace effort) while the best passage does and holds every term asked
  // ("... while ... Churkin addressed the diplomats inside"): that passage answers.
  const placeOfOthers =
    !!topQa &&
    !!topPassage &&
    placeMissing(corpus, mendedWords(analysis), known, corpus.qaById.get(topQa[0])?.answerIds ?? []) &&
    !(corpus.qaById.get(topQa[0])?.answerIds ?? []).some((id) => placed(corpus, id)) &&
    placed(corpus, topPassage.hit.doc.ref) &&
    known.every((t) => t === 'c:place' || corpus.passageTerms.get(topPassage.hit.doc.ref)?.has(t));
  // "where did they talk to the reporters": a place asked (placeMissing of no quote: whether one
  // is), and the entry matched is worded about people the
  // question names none of ("where was Churkin while Power spoke to the press?"), while the best
  // passage holds every term asked ("... with reporters in New York"): that
  // passage answers what was asked, not the entry's question of those people.
  const namesOthers =
    !!topQa &&
    !!topPassage &&
    placeMissing(corpus, mendedWords(analysis), known, []) &&
    !known.some((t) => corpus.lexicon.isPerson([t])) &&
    [...topQa[1].hit.doc.terms].some((t) => corpus.lexicon.isPerson([t])) &&
    known.every((t) => corpus.passageTerms.get(topPassage.hit.doc.ref)?.has(t));
  const useQa =
    !!topQa &&
    verbatim.length === 0 &&
    !otherSpeaker &&
    !theirsWhole &&
    !deedOfOthers &&
    !placeOfOthers &&
    !namesOthers &&
    (qaScore * TUNING.scoring.passageMargin >= passageScore ||
      ((chance() || otherSource(corpus, topPassage, topQa[0])) &&
        entryCoverage(corpus, analysis, ranking, topQa) >= COMPLETE));
  // How sure the answer is stays what the best entry's match says: the entry in its place was
  // chosen for its quote, not for matching the question better.
  const chosen = useQa ? (qaRanked[0] ?? topQa)[1] : (verbatim[0] ?? topPassage);
  const quotedIds = verbatim.map((p) => p.hit.doc.ref);
  const ids = useQa
    ? leadWithNamedSide(
        corpus,
        corpus.qaById.get(topQa[0])?.answerIds ?? [],
        known,
        asked,
        sourceNamed(corpus, known, analysis.words) !== undefined,
      )
    : ofOneSource(
        corpus,
        // As many as the search keeps (TUNING.retrieval.candidates): the exhaustive engine, which
        // keeps every one, then finds the same passages of the first one's source.
        [...quotedIds, ...passageIds.filter((id) => !quotedIds.includes(id))].slice(
          0,
          TUNING.retrieval.candidates,
        ),
        known,
      );
  // The verb of saying read with its typo mended: "what did the islamic state anounce".
  if (useQa) leadWithSpeakerAsked(corpus, ids, asked, mendedWords(analysis), known);
  // "when did russia put out its statement": of passages scored alike, the one giving a time
  // leads ("... in a statement on Sunday", not "When asked if the bombing ..."). So does "was
  // that on sunday?": a weekday said with "was ... on" is the writer's guess at when, and asks it
  // (analyzer.ts weekdayOfBeingAsWhen); "When asked ..." tells no time.
  if (!useQa && verbatim.length === 0)
    leadWithTypeAsked(timeMissing, corpus, ids, passages, whenOfGuessedDay(analysis.words), known);
  // "which city did the diplomats talk to reporters in": of passages scored alike, the one naming
  // a place leads ("... with reporters in New York").
  if (!useQa && verbatim.length === 0)
    leadWithTypeAsked(placeMissing, corpus, ids, passages, analysis.words, known);
  // "who said the US refuses to work with the kremlin": a quote whose speaker is its subject
  // ("Russia decried ...") answers who; one whose speaker the article names elsewhere ("The also
  // lamented ...") does not show it.
  if (asksWhoSaid(analysis.words) && ids[0] && !speakerLeads(corpus, ids[0])) {
    // Only one that says all the first does of the question: "who gave the 90 figure" keeps the 90.
    const held = known.filter((t) => corpus.passageTerms.get(ids[0] as string)?.has(t));
    const leads = ids
      .slice(1, MAX_QUOTES)
      .find((id) => speakerLeads(corpus, id) && held.every((t) => corpus.passageTerms.get(id)?.has(t)));
    if (leads) {
      ids.splice(ids.indexOf(leads), 1);
      ids.unshift(leads);
    }
  }
  // "what did churkin do", "what did he do before power got to speak": a deed of theirs is
  // asked, not their words; a quote of theirs ("I would be very interested ...") gives way to the
  // best sentence that tells of them and is not their words ("Churkin also walked out ...").
  const doer = deedAsked(corpus, analysis);
  if (doer.length > 0 && ids[0] && spokenBy(corpus, [ids[0]], doer)) {
    const told = [...ids.slice(1, MAX_QUOTES), ...passageIds].find(
      (id) =>
        doer.some((t) => corpus.passageTerms.get(id)?.has(t)) &&
        !doer.some((t) => corpus.passageSpeakers.get(id)?.has(t)),
    );
    if (told) {
      if (ids.includes(told)) ids.splice(ids.indexOf(told), 1);
      ids.unshift(told);
    }
  }
  // "was it a mistake? what does syria think about that?": no quote shown is the speaker's, but
  // they are quoted on a side of the contested point asked; their side leads (every side follows).
  // Only the subject of "does X say": not a name of what the words are about ("who said they'd
  // never target syrian troops").
  const sayer = asked.length > 0 ? sayingSubject(corpus, analysis.words) : null;
  const subject = sayer ? asked.filter((t) => sayer.has(t)) : [];
  if (subject.length > 0 && !spokenBy(corpus, ids, asked)) {
    const theirs = speakersSide(corpus, ids, known, subject);
    if (theirs) {
      if (ids.includes(theirs)) ids.splice(ids.indexOf(theirs), 1);
      ids.unshift(theirs);
    }
  }
  // What the quotes themselves say, whatever route chose them: a curated wording can match a
  // question whose point ("how many were wounded") its quotes do not hold.
  const shown = ids.slice(0, MAX_QUOTES);
  // Each term asked once (a long message has a hundred, read more than once below).
  const shownTerms = shown.map((id) => corpus.passageTerms.get(id));
  const heldByQuotes = new Map<string, boolean>();
  const inQuotes = (t: string) => {
    let held = heldByQuotes.get(t);
    if (held === undefined) {
      held = shownTerms.some((terms) => terms?.has(t) === true);
      heldByQuotes.set(t, held);
    }
    return held;
  };
  const factor = (t: string) => analysis.factors.get(t) ?? 1;
  const questionWeight = knownWeight + unknownWeight;
  const quoted = (terms: readonly string[]) =>
    terms.reduce((sum, t) => sum + (inQuotes(t) ? corpus.index.idf(t) * factor(t) : 0), 0);
  const rarest = known.reduce<string | null>(
    (best, t) => (best === null || corpus.index.idf(t) > corpus.index.idf(best) ? t : best),
    null,
  );
  // What the question asks is read with its typos mended ("wat was the nmae of the operaton").
  const mended = mendedWords(analysis);
  const words = mended.join(' ');
  // A speaker was asked and the quotes are not theirs: neither their own words, nor one reporting
  // their claim ("Damascus has claimed ..." in the reporter's sentence), nor a sibling body's.
  const notTheirs =
    asked.length > 0 &&
    !(
      spokenBy(corpus, ids, asked) ||
      claimedIn(corpus, ids, asked) ||
      spokenBy(corpus, ids, siblingsOf(corpus, asked))
    );
  const features: ConfidenceFeatures = {
    raw: chosen?.confidence ?? 0,
    coverage: chosen?.coverage ?? 0,
    docCoverage: chosen?.hit.docCoverage ?? 0,
    unknownShare: knownWeight + unknownWeight > 0 ? unknownWeight / (knownWeight + unknownWeight) : 1,
    unknownNames: unknown.filter((w) => !w.english).length,
    relatedShare: knownWeight + unknownWeight > 0 ? relatedWeight / (knownWeight + unknownWeight) : 0,
    information: Math.log1p(knownWeight),
    curated: useQa ? 1 : 0,
    agreement: useQa && topPassage && ids.includes(topPassage.hit.doc.ref) ? 1 : 0,
    margin: qaRanked[1] ? qaScore - qaRanked[1][1].score : qaScore,
    speakerMissing: notTheirs ? 1 : 0,
    numberMissing:
      // Asked in the question's own words: "whole" is only related to "total" (WordNet).
      known.includes('c:number') &&
      factor('c:number') === 1 &&
      (!shown.some((id) => NUMBER.test(corpus.kb.passageById.get(id)?.text ?? '')) ||
        countsOthers(corpus, analysis.words, shown))
        ? 1
        : 0,
    quoteCoverage: questionWeight > 0 ? quoted(known) / questionWeight : 0,
    rarestMissing: rarest && !inQuotes(rarest) ? 1 : 0,
    kindMissing: ASKED_KINDS.filter(
      ([asks, t]) =>
        asks.test(fromQuestionWord(analysis.words)) &&
        // "who were the jets meant to hit": whom a verb acts on, not whose name someone is.
        !(t === 'c:name' && asksWhom(analysis.words)) &&
        // "who was flying the planes", "who were killed": who did it, not whose name.
        !(t === 'c:name' && auxiliaryBeAfterWho(analysis.words) >= 0) &&
        !inQuotes(t) &&
        // "where did the envoy give her remarks": "outside the chamber", "inside" say where, in a
        // quote of whom the question names (not "where did i leave off").
        !(t === 'c:place' && placedOfNamed(corpus, known, shown)) &&
        // "who was the white house guy": "a senior White House official" is who, unnamed.
        !(t === 'c:name' && inQuotes('c:official')) &&
        // "who's this observatory": what the body named is; a quote naming it says.
        !(
          t === 'c:name' &&
          [...namedAfterWhoIs(corpus, fromQuestionWord(analysis.words).split(' '))].some(inQuotes)
        ),
    ).length,
    verbatim: verbatim.length > 0 ? 1 : 0,
  };
  // "'grandstanding' - did lavrov repeat that": the question after the words it quotes.
  const asksWords = whoseWords(afterQuoted(words, analysis.quoted));
  const whose = asksWords?.whose ?? null;
  // Asked yes or no ("did obama comment"), only a name the knowledge does not have says the
  // article has no words of theirs: "did the government in damascus say it retook the territory"
  // is answered by the sentence that says so, whoever the article has say it.
  const notTheirWords =
    // "the IS shootdown wasn't confirmed by damascus, right?": a speaker named by a verb of saying
    // in the passive (rank.ts sourceNamed), and no quote is theirs: the article has no such word.
    (notTheirs && saidByAsked(analysis.words)) ||
    (whose !== null &&
      // "does the piece say ...": the article itself, not someone it lacks.
      ((!asksWords?.bare &&
        unknown.some((w) => !w.inKnowledge && whose.includes(w.word) && !notASpeaker(corpus, w.word))) ||
        // "did the SDF say anything": a short word is chat noise elsewhere (rank.ts unknownWords),
        // but written as an acronym at the head of the name whose words are asked, it is a name.
        (!asksWords?.bare &&
          analysis.free.some(
            (w) =>
              !w.inKnowledge &&
              analysis.acronyms?.includes(w.word) &&
              !corpus.index.has(w.term) &&
              whose.at(-1) === w.word &&
              !notASpeaker(corpus, w.word),
          )) ||
        // "did assad say anything about it": whether they said anything at all, and no quote is theirs.
        ((!asksWords?.yesNo || asksWords.anything === true) && notTheirs) ||
        // "what did the UK say": the article has the word ("UK-based") but no speaker by that name.
        (!asksWords?.yesNo &&
          !asksWords?.bare &&
          asked.length === 0 &&
          analysis.free.some(
            (w) =>
              whose.includes(w.word) &&
              corpus.index.has(w.term) &&
              !notASpeaker(corpus, w.word) &&
              !wordsOfNames(corpus).has(w.word),
          ))));
  const chanceMatch = !useQa && verbatim.length === 0 && chance();
  // The other sides of a contested number are quoted with it (contested.ts): "how many soldiers
  // died according to damascus" is answered by the 62 and the 90 of "regime troops".
  // A curated entry's wordings say what its quotes count too ("how many visitors came").
  const sides = corpus.contestedBySentence.get(ids[0] ?? '')?.sides.flatMap((side) => side.ids) ?? [];
  const wordings = useQa ? corpus.wordingTerms.get(topQa[0]) : undefined;
  const held = (t: Term) =>
    inQuotes(t) || wordings?.has(t) || sides.some((id) => corpus.passageTerms.get(id)?.has(t));
  const count = known.includes('c:number') ? countedTerms(corpus, analysis) : null;
  const killer = count === null ? [] : killerAsked(corpus, mended);
  const countMissing =
    count !== null &&
    ((killer.length > 0 && !killer.some(held)) ||
      count.unknown ||
      !countedHeld(corpus, count, held) ||
      (count.happened.length > 0 && !count.happened.some(held)) ||
      figureApart(corpus, count.happened, useQa ? [] : [...shown, ...sides]));
  // What is asked and in no quote (askedMissing) and whether the sides are asked (sidesAsked) are
  // worked out when first read, once: a reading weighed only by its confidence and dropped (the
  // follow-up readings of conversation.ts: about 4 decisions in 10 of a follow-up turn) never
  // reads them. They read only what is fixed by now (the quotes shown, the question's words; the
  // analysis's lists as they are now).
  const asking = { free: analysis.free, acronyms: analysis.acronyms, alternatives: analysis.alternatives };
  const named = [
    ...(analysis.message ?? [...analysis.terms, ...analysis.context]),
    ...(analysis.excluded ?? []),
  ];
  const negatedAt = analysis.negatedAt;
  let askedMemo: boolean | undefined;
  let sidesMemo: boolean | undefined;
  const missingAsked = (): boolean => {
    const kindOf = kindAsked(corpus, mended);
    // "what jets did they fly", "which weapons were used": which ones of a kind of thing, as "what
    // kind of" asks; unless the curated entry answering asks that very thing in its own words.
    const plural = pluralAsked(mended, (w) => wordTerms(corpus, w).some((t) => t.startsWith('e:')));
    const whichOf = plural === null ? null : thingAfter(corpus, [plural]);
    const entry = useQa ? corpus.qaById.get(topQa[0]) : undefined;
    const curatedAsks =
      whichOf !== null &&
      !!entry &&
      [entry.question, ...entry.paraphrases].some((text) => {
        const asked = pluralAsked(tokenize(text).map((t) => t.word));
        return asked !== null && (thingAfter(corpus, [asked]) ?? []).some((t) => whichOf.includes(t));
      });
    // "which unit got hit": which one, where the quotes only count them ("at least 90 regime troops").
    const oneOf = oneAsked(corpus, mended);
    const curatedAsksOne =
      oneOf !== null &&
      !!entry &&
      [entry.question, ...entry.paraphrases].some((text) =>
        (
          oneAsked(
            corpus,
            tokenize(text).map((t) => t.word),
          ) ?? []
        ).some((t) => oneOf.includes(t)),
      );
    const nameOf = nameAsked(corpus, mended);
    // The type of answer asked (a count of this, a time of that, a person, what came later) is in
    // the quotes, of the thing asked (answer-type.ts).
    const typeMissing = answerTypeMissing(corpus, {
      words: mended,
      ...(negatedAt ? { negatedAt } : {}),
      known,
      // Whom it sets apart is named too ("any other countries' jets besides the americans and
      // australians": Australia's words are no other country's).
      named: new Set(named),
      shown,
      sides,
      counted: count === null || count.unknown ? [] : count.counted,
      whose,
    });
    return (
      // "how many aircraft took part": no figure in the quotes.
      (/\bhow (?:many|much)\b/.test(words) &&
        !shown.some((id) => NUMBER.test(corpus.kb.passageById.get(id)?.text ?? ''))) ||
      (kindOf !== null && !shown.some((id) => describes(corpus, id, kindOf.terms, kindOf.word))) ||
      (whichOf !== null &&
        !curatedAsks &&
        !shown.some((id) => describes(corpus, id, whichOf) || namesCountry(corpus, id, whichOf))) ||
      (nameOf !== null &&
        !shown.some((id) => (nameOf === 'person' ? namesPerson(corpus, id) : names(corpus, id, nameOf)))) ||
      // "what's his name" (of the official who talked to Reuters): a person must be named.
      (HIS_NAME.test(words) && !shown.some((id) => namesPerson(corpus, id))) ||
      // "who's the senior white house official, do we have a name": the quotes that hold the one
      // asked (their body and role) name no one, whoever another quote names.
      nameOfOneMissing(corpus, words, known, shown) ||
      (oneOf !== null && !curatedAsksOne && countedOnly(corpus, shown, oneOf)) ||
      deadOfOthers(corpus, mended, asking.free, [...new Set([...shown, ...sides])]) ||
      killedOfOthers(corpus, mended, [...new Set([...shown, ...sides])]) ||
      countsOnlyOthers(corpus, mended, [...new Set([...shown, ...sides])]) ||
      // Not when the words said are quoted and a quote holds them: "who called washington's
      // conduct a 'persistent refusal'" words the thing named its own way; the quote says it.
      (verbatim.length === 0 && claimSubjectMissing(corpus, mended, shown)) ||
      fragmentNotHeld(analysis, verbatim.length > 0) ||
      // "'Saturday night emergency consultation' - how long did that consultation run?": the
      // fragment says which sentence, not how long; no quote gives a length.
      (verbatim.length > 0 && /\bhow long\b/.test(words) && !inQuotes(DURATION)) ||
      // "what did the investigation find": a thing the story only has someone ask for.
      (verbatim.length === 0 && urgedOnly(corpus, mended, known)) ||
      // "did the syrian soldiers shoot back": a group of synonyms.yaml the article has no word of
      // (retaliation, munitions) names a thing it never tells, however the rest matches. Not a
      // group that weighs sides ("who is right"): it asks how, not what.
      untoldAsked(corpus, analysis) ||
      // "which jets exactly, f16 or a10?": a model the article never names, offered as a guess.
      modelGuessed(corpus, analysis.words) ||
      // "wat plane did isis shoot down, a mig?": a thing offered as a guess the knowledge never names.
      guessAtEnd(corpus, mended) ||
      // "what did churkin tell the diplomats": their words to an audience no quote of theirs went to.
      audienceUntold(corpus, mended, whose, shown, known) ||
      // "was it a mig or a sukhoi": a choice between things the knowledge never names.
      optionsUntold(corpus, mended, analysis.alternativeAt) ||
      unknownThingAsked(corpus, mended, asking.free) ||
      // "did russia send more troops there after this": a later deed in a word the knowledge lacks.
      laterDeedUntold(corpus, mended, asking.free) ||
      // "what happened in deir ez-zor a year after this": no sentence tells of weeks after the story.
      spanAfterStory(mended) ||
      // "where did the planes take off from": where they flew from, which no sentence tells.
      flownFromAsked(mended, known) ||
      // "who negotiated the truce": the deed only related to a word said of something else.
      relatedDeedElsewhere(corpus, mended, asking.free) ||
      // "did UK planes also join": the UK is in the story only where the monitor is based.
      basedOnlyTookPart(corpus, mended) ||
      // "who said the US should leave syria": no one's words, a deed sharing a word of the claim.
      whoSaidUntold(corpus, mended, shown) ||
      // "did the russians have their own jets up there": the one asked of is in no quote given.
      yesNoSubjectMissing(
        corpus,
        mended,
        [...(useQa ? shown : shown.slice(0, 1)), ...sides],
        asking.acronyms,
        asking.alternatives,
      ) ||
      typeMissing
    );
  };
  return {
    ids,
    qa: useQa && topQa ? topQa[0] : null,
    features,
    ranking,
    passageIds,
    notTheirWords,
    chanceMatch,
    countMissing,
    get sidesAsked() {
      sidesMemo ??= sidesAsked(corpus, analysis, shown, known);
      return sidesMemo;
    },
    get askedMissing() {
      askedMemo ??= missingAsked();
      return askedMemo;
    },
  };
}

const KIND_WORDS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts', 'model', 'models', 'make']);
/** A verb of being right after the kind asked ("what model were the tanks"). */
const KIND_BE = new Set(['was', 'were', 'is', 'are']);
/** Words before a noun that say which one or whose, not what kind. */
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'whose',
  'which',
  'any',
  'some',
  'every',
  'each',
  'no',
]);

/**
 * Words before a noun that say how many, not what kind: "several tanks" tells no kind of tank
 * ("what kind of tanks were destroyed"), "an anti-aircraft gun" does (figures: FIGURE_WORD).
 */
const QUANTIFIERS = new Set(
  'many few numerous multiple more most all both other others various least'.split(' '),
);

/** "who said ...", "who's saying ...", "who accused ...": asks the speaker (not "who did moscow accuse"). */
function asksWhoSaid(words: readonly string[]): boolean {
  const at = words.findIndex((w) => w === 'who' || w === 'whose');
  if (at < 0 || DID_WORDS.has(words[at + 1] ?? '')) return false;
  return words.slice(at + 1, at + 4).some((w) => SAYING.test(w) || SPEECH_VERB.test(w));
}
const DID_WORDS = new Set(['did', 'does', 'do']);

/**
 * "'this is not the end of the ceasefire' who said that": the question asks whose words a quoted
 * fragment is, and no sentence holds it, word for word or as remembered (a word in three wrong):
 * the article does not say who said what it does not have. Other questions about words the article
 * lacks only lose confidence (TUNING.reading.quotedMissing).
 */
export function fragmentNotHeld(analysis: Pick<QueryAnalysis, 'words' | 'quoted'>, held: boolean): boolean {
  if (held || analysis.quoted.length === 0) return false;
  return (
    asksWhoSaid(analysis.words) || asksWhetherSaid(afterQuoted(analysis.words.join(' '), analysis.quoted))
  );
}

/**
 * "'we will respond with force' did moscow say that", "'act of war' did anybody call it that":
 * asked yes or no whether someone said the words quoted before, pointed back to.
 */
function asksWhetherSaid(after: string): boolean {
  const said = DID_X_SAY.exec(after) ?? DID_X_CALL.exec(after);
  if (!said) return false;
  // Nothing said after the verb but the words pointed back to ("did anyone say it was on purpose"
  // asks whether a thing was said, in any words).
  const rest = after
    .slice(said.index + said[0].length)
    .trim()
    .split(' ')
    .filter(Boolean);
  return (
    rest.length > 0 &&
    rest.length <= 3 &&
    rest.every((w) => POINTED_WORDS.has(w)) &&
    rest.some((w) => POINTING_BACK.has(w))
  );
}
/** Words after a verb of saying that only point back at the words quoted ("say that exactly", "call it that"). */
const POINTED_WORDS = new Set([
  'that',
  'this',
  'it',
  'so',
  'those',
  'these',
  'words',
  'exactly',
  'too',
  'before',
  'ever',
]);
/** "did anybody call it that", "has anyone described it like that": a verb of naming, yes or no. */
const DID_X_CALL =
  /^(?:did|does|do|has|have|had)(?:n't| not)? (?:\S+ ){0,3}?(?:ever |even |actually |really |publicly |officially )?(?:call|called|label|labelled|labeled|describe|described|term|termed|dub|dubbed|brand|branded)\b/;

/** Words of a follow-up that point back at what the turn before said ("who said that?"). */
const POINTING_BACK = new Set(['that', 'this', 'it', 'so']);

/** "who said that?", "says who?": asks whose words the turn before's were (cheap: no reading). */
export function asksWhoseWordsBefore(words: readonly string[]): boolean {
  return asksWhoSaid(words) && words.some((w) => POINTING_BACK.has(w));
}

/**
 * "apparently someone called it 'an act of war'" -> "who said that?": the follow-up asks whose
 * words the turn before quoted, and no sentence it could quote (`ids`) holds them, word for word
 * or as remembered. `fragments` are the earlier turn's quoted fragments, as matchKey().
 */
export function earlierFragmentNotHeld(
  corpus: Corpus,
  words: readonly string[],
  fragments: readonly string[],
  ids: readonly string[],
): boolean {
  if (!asksWhoseWordsBefore(words)) return false;
  const asked = fragments.filter((f) => f.includes(' '));
  return (
    asked.length > 0 &&
    !asked.some((f) =>
      ids.some((id) => corpus.passageKey(id).includes(f) || quotedFromMemory(corpus.passageKey(id), f)),
    )
  );
}

/** Verbs of naming something something ("who called the strike a war crime", "who labelled it as ..."). */
const NAMING =
  /^(?:call(?:s|ed)?|label(?:s|led|ed)?|brand(?:s|ed)?|describe[sd]?|dub(?:s|bed)?|term(?:s|ed)?)$/;
/** Words that start the name given after what a verb of naming names. */
const NAME_GIVEN = /^(?:a|an|as)$/;

/** Verbs and auxiliaries that end the subject of a claim ("the strike [was] a war crime"). */
const CLAIM_VERB =
  /^(?:is|was|are|were|be|been|has|had|have|should|would|could|will|can|might|must|did|does|do|kept|keeps|never|not|didn't|wasn't|isn't|weren't|won't|can't|couldn't)$/;

/**
 * "who said the strike was a war crime": the claim's subject ("the strike") is what it is said
 * of, so a quote holding its predicate ("atrocities") of something else (Assad's) does not answer
 * who said it. True when no quote shown holds a term of the subject the knowledge has; a subject
 * of names or pronouns only ("it", "russia") is left to the speaker checks.
 */
export function claimSubjectMissing(
  corpus: Corpus,
  words: readonly string[],
  shown: readonly string[],
): boolean {
  const at = words.findIndex((w) => w === 'who' || w === 'whose');
  // "who called the strike a war crime": what a verb of naming names ends at the name given.
  const naming = at >= 0 && NAMING.test(words[at + 1] ?? '');
  if (!naming && !asksWhoSaid(words)) return false;
  let from = naming ? at + 1 : words.findIndex((w, i) => i > at && (SAYING.test(w) || SPEECH_VERB.test(w)));
  if (from < 0) return false;
  from++;
  if (words[from] === 'that') from++;
  let end = from;
  const ends = naming ? NAME_GIVEN : CLAIM_VERB;
  while (end < words.length && !ends.test(words[end] as string)) end++;
  if (end === from || end >= words.length) return false;
  const subject = corpus.analyzer
    .docTerms(words.slice(from, end).map((w) => ({ raw: w, word: w })))
    .filter((t) => !t.startsWith('e:') && corpus.index.has(t));
  if (subject.length === 0) return false;
  return !shown.some((id) => subject.some((t) => corpus.passageTerms.get(id)?.has(t)));
}
/** How far into a sentence its subject's name may start ("The Russian Foreign Ministry"). */
const SUBJECT_WORDS = 3;

/**
 * Whom "what did X do" asks a deed of: "what did churkin do", "what did he do when ..." (the
 * reading of a follow-up names them among its terms). The people among the question's names; none
 * unless it asks what someone did.
 */
function deedAsked(corpus: Corpus, analysis: QueryAnalysis): Term[] {
  if (!asksDeed(analysis.words)) return [];
  return analysis.terms.filter((t) => isPersonTerm(corpus, t));
}

/** Does the question ask "what did / does / has X do (done)", the verb a few words after its subject? */
export function asksDeed(words: readonly string[]): boolean {
  const at = words.indexOf('what');
  const aux = words[at + 1];
  if (at < 0 || (aux !== 'did' && aux !== 'does' && aux !== 'has')) return false;
  return words.some((w, i) => i > at + 2 && i <= at + 5 && (w === 'do' || w === 'done'));
}

/**
 * Who "what did X do" asks a deed of, as deedAsked but any party that acts (a government, an
 * army, a group), not only a person: "what did russia do on sunday". None unless it asks so.
 */
function deedDoers(corpus: Corpus, analysis: QueryAnalysis): Term[] {
  if (!asksDeed(analysis.words)) return [];
  return analysis.terms.filter(
    (t) => t.startsWith('e:') && DOER_KINDS.has(corpus.kb.entityById.get(t.slice(2))?.kind ?? ''),
  );
}

/** The kinds of party that act in the story: what "what did X do" can ask of. */
const DOER_KINDS = new Set(['person', 'government', 'military', 'group', 'alliance']);

/** Does the sentence open with its speaker's name, as the subject ("Russia decried ...", "The Russian Foreign Ministry urged")? */
function speakerLeads(corpus: Corpus, id: string): boolean {
  const speaker = corpus.passageSpeakers.get(id);
  if (!speaker || speaker.size === 0) return false;
  for (const token of tokenize(corpus.kb.passageById.get(id)?.text ?? '').slice(0, SUBJECT_WORDS)) {
    const entities = wordTerms(corpus, token.word).filter((t) => t.startsWith('e:'));
    if (entities.length > 0) return entities.some((t) => speaker.has(t));
  }
  return false;
}

/** A word's terms, once per corpus. */
const wordTerms = perCorpus((corpus, word) => corpus.analyzer.docTerms(tokenize(word)));

/**
 * The thing of the story named after "the name of": "the name of the jet", "names of the soldiers";
 * 'person' for a person in a chat word ("the name of the pentagon guy").
 */
function nameAsked(corpus: Corpus, words: readonly string[]): Term[] | 'person' | null {
  const at = words.findIndex((w, i) => (w === 'name' || w === 'names') && words[i + 1] === 'of');
  if (at < 0) return ownerNamed(corpus, words) ?? namedByVerb(corpus, words);
  const after = words.slice(at + 2, at + 6);
  // A thing of the story before a word of a name's ("the senior white house official": the
  // official, not "white").
  for (const noun of after) {
    if (STOP_WORDS.has(noun)) continue;
    const terms = storyThing(corpus, noun);
    if (terms) return terms;
  }
  const noun = nounAfter(corpus, after);
  // "the name of the pentagon guy": a person in a chat word (chat.yaml chatPeople), whose name is
  // any person's a quote names ("spokesman Peter Cook"), not one next to the word "guy".
  if (noun && corpus.kb.chat.chatPeople.includes(noun.word)) return 'person';
  return noun?.terms ?? null;
}

/**
 * A word for a thing of the story, not a name (a concept of the knowledge, no entity: "pilots",
 * "official", "jet"): its terms as a question reads them, or null.
 */
function storyThing(corpus: Corpus, word: string): Term[] | null {
  const terms = corpus.analyzer.analyzeQuery(word).terms;
  return !terms.some((t) => t.startsWith('e:')) && terms.some((t) => t.startsWith('c:')) ? terms : null;
}

/** Verbs of giving a name: "has the pentagon named the pilots", "did they identify the dead". */
const NAMING_VERBS = new Set(['name', 'named', 'names', 'naming', 'identify', 'identified', 'identifies']);
/** An auxiliary before the verb of naming, a yes-or-no question or a claim ("they haven't named ..."). */
const NAMING_AUX = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'been', 'be', 'was', 'were']);
/** Words between that verb and the thing named ("any of the", "their"). */
const NAMED_BEFORE = new Set(['the', 'any', 'of', 'their', 'those', 'these', 'its', 'all']);
/** How many words before the verb of naming its auxiliary is looked for ("has the pentagon named"). */
const NAMING_REACH = 4;

/**
 * "has the pentagon named the pilots", "the russians didn't name any of the pilots, did they": a
 * name asked by its verb, of a thing of the story (a group's word, not a name) after a determiner;
 * its terms, or null.
 */
function namedByVerb(corpus: Corpus, words: readonly string[]): Term[] | null {
  for (let i = 1; i < words.length; i++) {
    if (!NAMING_VERBS.has(words[i] as string)) continue;
    if (!words.slice(Math.max(0, i - NAMING_REACH), i).some((w) => NAMING_AUX.has(w))) continue;
    let j = i + 1;
    while (j < words.length && (NAMED_BEFORE.has(words[j] as string) || isNationWord(words[j] as string)))
      j++;
    if (j === i + 1 || j >= words.length) continue;
    const terms = storyThing(corpus, words[j] as string);
    if (terms) return terms;
  }
  return null;
}

/** Determiners before the one whose name is asked with an 's: "the pilots' names". */
const OWNER_DETERMINERS = new Set(['the', 'their', 'those', 'these', 'its']);
/** A plural noun, a group owning the names asked ("soldiers", "pilots"), not "ambassador's". */
const GROUP_OWNER = /[^s']s$/;
/** How many nation words may qualify the owner of a name asked ("the syrian soldiers' names"). */
const OWNER_QUALIFIERS = 2;

/**
 * "what were the pilots' names", "the commander's name?": a thing of the story (a word of its
 * groups, not a name) owning the name asked, after a determiner; a group's may have a nation's
 * word between ("if the syrian soldiers' names were released": whose soldiers); its terms, or null.
 */
function ownerNamed(corpus: Corpus, words: readonly string[]): Term[] | null {
  for (let i = 2; i < words.length; i++) {
    if (words[i] !== 'name' && words[i] !== 'names') continue;
    let before = i - 2;
    // Names qualify only a group's ("the syrian soldiers' names"): one person's role so qualified
    // ("the US ambassador's name") is named apart from it ("Samantha Power, US ambassador").
    while (
      GROUP_OWNER.test(words[i - 1] as string) &&
      before > 0 &&
      i - 2 - before < OWNER_QUALIFIERS &&
      isNationWord(words[before] as string)
    )
      before--;
    if (!OWNER_DETERMINERS.has(words[before] as string)) continue;
    // "the pentagon guy who claims ... before the op, name?": a last "name" after someone described
    // by a clause ("who claims ...") is theirs, not the name of the thing before it, unless that
    // thing's is marked ("the op's name?").
    if (i === words.length - 1 && !(words[i - 1] as string).includes("'") && describedBefore(words, i - 1))
      continue;
    const owner = (words[i - 1] as string).replace(/'s?$/, '');
    const terms = storyThing(corpus, owner);
    if (terms) return terms;
  }
  return null;
}

/** Someone described by a relative clause before `end` ("the pentagon guy who claims ..."). */
function describedBefore(words: readonly string[], end: number): boolean {
  return words
    .slice(0, end)
    .some((w, i) => i >= 2 && (w === 'who' || w === 'whose') && !STOP_WORDS.has(words[i - 1] as string));
}

/**
 * A name asked of someone: by a pronoun ("what's his name", "their names?"), or of the one just
 * mentioned ("who was that, got a name?", "any names?").
 */
const HIS_NAME = /\b(?:his|her|their|(?:got|have|has|any)(?: an?)?) (?:full |real |first |last )?names?\b/;

/**
 * A name asked of the one a question describes: by a pronoun or "a name" (HIS_NAME), a last word
 * "name?" ("who was the official that spoke to reuters, name?"), or "do we know who that was".
 */
const NAME_WANTED =
  /\b(?:his|her|their|got an?|have an?|has an?|any) (?:full |real |first |last )?names?\b|\bnames?$|\bknow who (?:that|this|it|he|she|they) (?:was|is|were|are)\b/;

/**
 * "who's the senior white house official, do we have a name": a person's name is asked of one
 * the question describes by their body and role ("white house", "official"); the quotes holding
 * every such word of the question ("... a senior White House official told the Reuters news
 * agency") must name a person. Another quote naming someone else ("spokesman Peter Cook") is no
 * name of theirs. Only when some quote shown holds them all; "the pentagon spokesman, what's his
 * name" is answered by the one that does ("spokesman Peter Cook").
 */
export function nameOfOneMissing(
  corpus: Corpus,
  words: string,
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  if (!NAME_WANTED.test(words)) return false;
  const roles = roleTerms(corpus, '');
  const of = known.filter((t) => (t.startsWith('e:') && !isPersonTerm(corpus, t)) || roles.has(t));
  if (!of.some((t) => roles.has(t))) return false;
  const holders = shown.filter((id) => of.every((t) => corpus.passageTerms.get(id)?.has(t)));
  return holders.length > 0 && !holders.some((id) => namesPerson(corpus, id));
}

/** The terms of the words for a person by their role (chat.yaml personWords: "official", "spokesman"). */
const roleTerms = perCorpus(
  (corpus): Set<Term> =>
    new Set(corpus.kb.chat.personWords.flatMap((w) => corpus.analyzer.analyzeQuery(w).terms)),
);

/** Does the sentence name a person of the knowledge ("spokesman Peter Cook")? */
function namesPerson(corpus: Corpus, id: string): boolean {
  for (const t of corpus.passageTerms.get(id) ?? []) if (isPersonTerm(corpus, t)) return true;
  return false;
}

/** The terms of the first word that is a thing of the story, not a name ("[russia's] ambassador"), or null. */
function thingAfter(corpus: Corpus, words: readonly string[]): Term[] | null {
  return nounAfter(corpus, words)?.terms ?? null;
}

/** The thing thingAfter reads, with the word that names it. */
function nounAfter(corpus: Corpus, words: readonly string[]): { terms: Term[]; word: string } | null {
  for (const noun of words) {
    if (STOP_WORDS.has(noun)) continue;
    // As the question reads it, typos mended ("invesigation").
    const terms = corpus.analyzer.analyzeQuery(noun).terms;
    if (terms.some((t) => t.startsWith('e:'))) continue;
    if (terms.length > 0) return { terms, word: noun };
  }
  return null;
}

/**
 * Does the sentence name the thing: a person, or a capitalised word the knowledge does not
 * know, right before or after it ("ambassador Churkin", "spokesman Peter Cook"; not "Syrian
 * soldiers" nor "a regime plane above Deir el-Zour")?
 */
function names(corpus: Corpus, id: string, thing: readonly Term[]): boolean {
  const tokens = tokenize(corpus.kb.passageById.get(id)?.text ?? '');
  // A capital of a body's name ("a senior White House official") names no one.
  const ofBody = new Set<number>();
  for (const m of corpus.lexicon.match(tokens)) {
    const names = m.terms.filter((t) => t.startsWith('e:'));
    if (names.length > 0 && !names.some((t) => isPersonTerm(corpus, t)))
      for (let k = m.start; k < m.end; k++) ofBody.add(k);
  }
  const isName = (k: number) => {
    const token = tokens[k];
    if (!token || k === 0 || ofBody.has(k) || !/^\p{Lu}/u.test(token.raw)) return false;
    const entities = wordTerms(corpus, token.word).filter((t) => t.startsWith('e:'));
    return entities.length === 0 || entities.some((t) => isPersonTerm(corpus, t));
  };
  return tokens.some(
    (token, i) =>
      wordTerms(corpus, token.word).some((t) => thing.includes(t)) && (isName(i - 1) || isName(i + 1)),
  );
}

/**
 * The terms of the thing whose kind the question asks: "what kind of plane", "which type of
 * aussie plane", "which aircraft type", "aircraft types involved?" (the thing and its kind
 * opening the question, no question word; not "it's kind of insane"), or null.
 */
function kindAsked(corpus: Corpus, words: readonly string[]): { terms: Term[]; word: string } | null {
  for (const [i, w] of words.entries()) {
    if (!KIND_WORDS.has(w)) continue;
    const asking = words.slice(Math.max(0, i - 2), i).some((v) => v === 'what' || v === 'which') || i === 1;
    if (!asking) continue;
    // "what kind of [aussie] plane": the first thing after "of"; "what type were the aussie jets":
    // the first after its verb of being; "which aircraft type": the word before.
    const thing = nounAfter(
      corpus,
      words[i + 1] === 'of'
        ? words.slice(i + 2, i + 5)
        : KIND_BE.has(words[i + 1] ?? '') && (words[i - 1] === 'what' || words[i - 1] === 'which')
          ? words.slice(i + 2, i + 5)
          : words.slice(Math.max(0, i - 1), i),
    );
    if (thing) return thing;
  }
  return null;
}

/**
 * Words after "which" that ask a party or a way, not one thing of a kind ("which side", "which
 * one"); "which army", "which country" ask whose (the Syrian one), not which unit of it.
 */
const NOT_ONE_THING =
  /^(?:sides?|ones?|way|ways|part|parts|kind|kinds|type|types|sort|sorts|army|military|country|nation|government)$/;
/** A verb's auxiliary after the thing asked ("what jets did ...", "which weapons were used"). */
const AUXILIARY_AFTER = new Set(['did', 'do', 'does', 'were', 'are', 'was', 'is', 'had', 'have']);
/** Words after the thing asked that make "which X" its subject or object ("which unit got hit"). */
const ONE_AFTER = new Set([...AUXILIARY_AFTER, 'has', 'got', 'get', 'gets']);

/** The subject of a question asked inside another after the thing: "which unit it was". */
const EMBEDDED_SUBJECTS = new Set(['it', 'they', 'that', 'this']);
/** Its verb of being: "which unit it was", "which units they were". */
const EMBEDDED_BE = new Set(['was', 'were', 'is', 'are']);

/**
 * "which syrian army unit got hit", "which plane was shot down": the question asks which one of a
 * kind of thing (singular; plurals are pluralAsked's), named by its words after "which" past the
 * names that say whose ("syrian army"), an auxiliary right after it. The thing's
 * terms, or null ("which day", "which side", "which ministry urged": a name is who, not which thing).
 */
export function oneAsked(corpus: Corpus, words: readonly string[]): Term[] | null {
  // "what plane did IS shoot down" is answered by "a regime plane", what it was; "which" asks which one.
  const at = words.indexOf('which');
  if (at < 0) return null;
  // Past the names that say whose, read as phrases ("syrian army"), in the order they come.
  const after = words.slice(at + 1, at + 6).map((w) => ({ raw: w, word: w }));
  let i = at + 1;
  for (const m of corpus.lexicon.match(after)) {
    if (at + 1 + m.start !== i || !m.terms.some((t) => t.startsWith('e:'))) break;
    i = at + 1 + m.end;
  }
  const noun = words[i];
  if (noun === undefined || STOP_WORDS.has(noun) || /s$/.test(noun) || TIMES.test(`${noun}s`)) return null;
  // "does anyone know which unit it was": the question asked inside another, its subject a
  // pronoun and a verb of being after the thing ("which plane it was", "which unit they were").
  const embedded = EMBEDDED_SUBJECTS.has(words[i + 1] ?? '') && EMBEDDED_BE.has(words[i + 2] ?? '');
  if (NOT_ONE_THING.test(noun) || KIND_WORDS.has(noun) || !(ONE_AFTER.has(words[i + 1] ?? '') || embedded))
    return null;
  const terms = wordTerms(corpus, noun).filter(
    (t) => !t.startsWith('e:') && t !== 'c:number' && corpus.index.has(t),
  );
  return terms.length > 0 ? terms : null;
}

/**
 * Do the quotes that hold the thing only count it: every time they name it, a figure stands
 * before it, with nothing but names, determiners or "at least" between ("at least 90 regime
 * troops", "dozens of Syrian soldiers"): how many, not which one. A word that says which ("a known
 * Syrian military unit"), a proper name beside it, or no figure ("a regime plane": whose, what it
 * was) answers. False when no quote holds it: whether the rest answers is for the other checks.
 */
export function countedOnly(corpus: Corpus, shown: readonly string[], thing: readonly Term[]): boolean {
  let held = false;
  for (const id of shown) {
    const tokens = tokenize(corpus.kb.passageById.get(id)?.text ?? '');
    for (const [i, token] of tokens.entries()) {
      // The thing as a noun: "relayed" is how, not a channel.
      if (VERB_FORM.test(token.word) || !wordTerms(corpus, token.word).some((t) => thing.includes(t)))
        continue;
      held = true;
      if (names(corpus, id, thing)) return false;
      let counted = false;
      for (let j = i - 1; j >= 0 && j >= i - 4 && !counted; j--) {
        const word = (tokens[j] as (typeof tokens)[number]).word;
        if (FIGURE_WORD.test(word)) counted = true;
        else if (!wordTerms(corpus, word).some((t) => t.startsWith('e:')) && !COUNT_LINKS.has(word)) break;
      }
      if (!counted) return false;
    }
  }
  return held;
}
/** A figure as a word ("90", "twelve", "dozens"). */
const FIGURE_WORD =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores?|several)$/;
/** Words between a figure and what it counts that do not say which ("at least 90", "dozens of"). */
const COUNT_LINKS = new Set(['of', 'least', 'most', 'the', 'some', 'about', 'around', 'over', 'nearly']);

/** "on which days is it open" asks when, not which kind. */
const TIMES =
  /^(?:days|dates|times|hours|minutes|seconds|weeks|months|years|nights|evenings|mornings|weekends)$/;

/**
 * The plural right after the first "what" or "which" when a verb's auxiliary follows it ("what
 * jets did the americans fly", "which weapons were used"): the question asks which ones of that
 * kind, as "what kind of jets" does. Null otherwise ("what did they fly", "which town").
 */
export function pluralAsked(words: readonly string[], named?: (word: string) => boolean): string | null {
  const at = words.findIndex((w) => w === 'what' || w === 'which');
  if (at < 0) return null;
  // "which australian planes exactly?": whose they are named first, the question ending there
  // (not "is it higher than what moscow says").
  const owned = at === 0 && named !== undefined && named(words[at + 1] ?? '');
  const noun = words[owned ? at + 2 : at + 1];
  if (noun === undefined || !/[^s]s$/.test(noun) || TIMES.test(noun)) return null;
  // "what munitions or bombs did they drop": a second thing joined to the first, then the verb
  // (the reader may have taken "or" out already).
  let next = owned ? at + 3 : at + 2;
  if (words[next] === 'or' || words[next] === 'and') next++;
  const joined = next > (owned ? at + 3 : at + 2) || /[^s]s$/.test(words[next] ?? '');
  if (joined && /[^s]s$/.test(words[next] ?? '')) next++;
  const after = words[next];
  if (owned && !joined && (after === undefined || after === 'exactly')) return noun;
  return AUXILIARY_AFTER.has(after ?? '') ? noun : null;
}

/**
 * "which countries had planes in that raid": countries are asked, and a quote that names one (a
 * government of entities.yaml: "Australia, whose aircraft took part") answers which.
 */
function namesCountry(corpus: Corpus, id: string, thing: readonly Term[]): boolean {
  if (!thing.includes('c:country')) return false;
  const terms = corpus.passageTerms.get(id);
  for (const t of terms ?? [])
    if (t.startsWith('e:') && corpus.kb.entityById.get(t.slice(2))?.kind === 'government') {
      const line = corpus.lexicon.entityTerms(t.slice(2));
      // A country itself, not a body within one (the Russian Foreign Ministry's words).
      if (line.length === 1) return true;
    }
  return false;
}

/** Does the sentence describe the thing: a word before it that is not a determiner or a name ("harsh language", "military vehicles")? */
function describes(corpus: Corpus, id: string, thing: readonly Term[], word?: string): boolean {
  const tokens = tokenize(corpus.kb.passageById.get(id)?.text ?? '');
  // "what kind of tanks" of "several tanks and military vehicles": the tanks themselves are
  // described or nothing is; another thing of their concept ("military vehicles") is no kind of
  // them. Without the word itself, each thing of the concept is a kind of it ("what kind of
  // equipment": "tanks").
  const own = word === undefined ? undefined : corpus.lexicon.stemOf(word);
  const itself = own !== undefined && tokens.some((t) => corpus.lexicon.stemOf(t.word) === own);
  return tokens.some((token, i) => {
    if (itself && corpus.lexicon.stemOf(token.word) !== own) return false;
    if (!wordTerms(corpus, token.word).some((t) => thing.includes(t))) return false;
    for (const before of tokens.slice(Math.max(0, i - 2), i).reverse()) {
      if (DETERMINERS.has(before.word) || QUANTIFIERS.has(before.word) || FIGURE_WORD.test(before.word))
        return false;
      if (!wordTerms(corpus, before.word).some((t) => t.startsWith('e:'))) return true;
    }
    return false;
  });
}

/** Bodies of the same kind under the same parent as one asked: the Pentagon's, the US military. */
function siblingsOf(corpus: Corpus, asked: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of asked) {
    const e = corpus.kb.entityById.get(t.slice(2));
    if (!e?.parent || e.kind === 'person') continue;
    for (const o of corpus.kb.entities)
      if (o.id !== e.id && o.parent === e.parent && o.kind === e.kind) out.push(`e:${o.id}`);
  }
  return out;
}

/** Words before a yes-or-no question's subject that say which or how many, not what. */
const BEFORE_SUBJECT = new Set([
  'the',
  'a',
  'an',
  'any',
  'some',
  'their',
  'its',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'those',
  'all',
  'both',
  'each',
  'every',
  'no',
  'own',
  'ever',
  'even',
  'actually',
  'really',
  'also',
]);
/** Subjects left to the reading of the turn before or of the sentence: pronouns, "there". */
const NO_SUBJECT =
  /^(?:they|it|he|she|we|you|i|there|them|this|that|what|who|these|those|anything|something|nothing)$/;
/** Words before "about" that open a topic ("what about IS, ...", "how about the UK, ..."). */
const TOPIC_OPENERS = new Set(['what', 'how', 'and']);
/** Auxiliaries opening a yes-or-no question about someone's deed or state. */
const YES_NO_OPENERS = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'was', 'were']);

/** Each paragraph's passage ids, by source and paragraph: worked out once for a corpus. */
const paragraphMembers = perCorpus((corpus): Map<string, string[]> => {
  const members = new Map<string, string[]>();
  for (const p of corpus.kb.passages) {
    const key = `${p.source}\u0000${p.paragraph}`;
    const ids = members.get(key);
    if (ids) ids.push(p.id);
    else members.set(key, [p.id]);
  }
  return members;
});

/** The terms of a passage's paragraph and of its speakers: what the quote's context tells of. */
const paragraphTerms = perCorpus((corpus, id): Set<Term> => {
  const passage = corpus.kb.passageById.get(id);
  const terms = new Set<Term>();
  if (!passage) return terms;
  for (const p of paragraphMembers(corpus, '').get(`${passage.source}\u0000${passage.paragraph}`) ?? []) {
    for (const t of corpus.passageTerms.get(p) ?? []) terms.add(t);
    for (const t of corpus.passageSpeakers.get(p) ?? []) terms.add(t);
  }
  return terms;
});

/**
 * "did the russians have their own jets up near there", "was the deir ezzor airport itself hit":
 * a yes-or-no question about a name of the knowledge (its subject: the first word after the
 * auxiliary and the determiners, with the whole name starting there) that neither the quotes
 * given nor their paragraphs (their sentences and speakers) tell of: the quote tells a deed of
 * someone or somewhere else. Names only: a thing may be told in other words ("were the jets
 * supposed to hit daesh": "the coalition sortie"), and so may the people of a thing ("was anyone
 * on the plane captured": lost an unread set's answer). A pronoun is left to other readings,
 * but for one taking up the topic "what about" named before it ("what about IS, did they lose
 * anyone"); a name written as an acronym ("IS") is a name, though "is" is a stop word. `given`: the quotes the answer stands on (the curated entry's, or the best passage alone, and
 * the sides of a contested point).
 */
export function yesNoSubjectMissing(
  corpus: Corpus,
  words: readonly string[],
  given: readonly string[],
  /** Words written as acronyms ("IS"): a name, though "is" is a stop word. */
  acronyms: readonly string[] = [],
  /** Names asked between (QueryAnalysis.alternatives): "did the US or russia ask" has either for subject. */
  alternatives: readonly (readonly (readonly Term[])[])[] = [],
): boolean {
  if (given.length === 0) return false;
  let at = 1;
  if (TOPIC_OPENERS.has(words[0] ?? '') && words[1] === 'about') {
    // "what about IS, did they lose anyone": the topic "what about" names, taken up by the pronoun
    // subject of the yes-or-no question after it, is that question's subject.
    const asked = words.findIndex(
      (w, i) => i > 2 && YES_NO_OPENERS.has(w) && NO_SUBJECT.test(words[i + 1] ?? ''),
    );
    if (asked < 0) return false;
    at = 2;
  } else if (words[0] === 'how' && words[1] === 'long' && YES_NO_OPENERS.has(words[2] ?? '')) {
    // "how long did IS fighters stay on the area": the length of a deed of a name the quotes
    // giving a length never tell of.
    at = 3;
  } else if (!YES_NO_OPENERS.has(words[0] ?? '')) return false;
  while (BEFORE_SUBJECT.has(words[at] ?? '')) at++;
  const first = words[at];
  if (first === undefined || NO_SUBJECT.test(first) || (STOP_WORDS.has(first) && !acronyms.includes(first)))
    return false;
  const match = corpus.lexicon
    .match(words.map((w) => ({ raw: acronyms.includes(w) ? w.toUpperCase() : w, word: w })))
    .find((m) => m.start === at);
  const subject = (match?.terms ?? wordTerms(corpus, first)).filter(
    (t) => t.startsWith('e:') && corpus.index.has(t),
  );
  if (subject.length === 0) return false;
  // "did IS kill the soldiers or the US?" (the reader has taken the "or" out): a stop word read
  // as a name only when no other name follows, which may be the one of two asked and told.
  if (
    STOP_WORDS.has(first) &&
    words
      .slice(at + 1)
      .some((w) => acronyms.includes(w) || wordTerms(corpus, w).some((t) => t.startsWith('e:')))
  )
    return false;
  for (const group of alternatives)
    if (group.some((side) => side.some((t) => subject.includes(t)))) subject.push(...group.flat());
  return !given.some((id) => subject.some((t) => paragraphTerms(corpus, id).has(t)));
}

/** "who said ...", "who says ...": the words of someone asked for, by a verb of saying itself. */
const WHO_SAID = /^(?:say|says|said|saying)$/;
/** Words of a sentence telling of saying beyond SAYING and SPEECH_VERB ("stated", "labeled"). */
const TOLD_AS_SAID = /^(?:stat|remark|comment|call|label|describ)/;

/**
 * "who said the US should leave syria": whose words are asked, and the first quote is nobody's
 * (no speaker) and tells of no saying (no verb of saying or speaking in it: "Churkin also walked
 * out ..."), nor the whole claim: a name or a thing of it is missing ("... leave *syria*"). It
 * tells a deed that shares a word with the claim, not who said it; the article's own telling of
 * the whole claim ("who said the incident could end the peace deal") says who.
 */
export function whoSaidUntold(corpus: Corpus, words: readonly string[], shown: readonly string[]): boolean {
  const at = words.indexOf('who');
  const first = shown[0];
  if (at < 0 || !WHO_SAID.test(words[at + 1] ?? '') || first === undefined) return false;
  if ((corpus.passageSpeakers.get(first)?.size ?? 0) > 0) return false;
  const text = corpus.kb.passageById.get(first)?.text ?? '';
  if (
    tokenize(text).some((t) => SAYING.test(t.word) || SPEECH_VERB.test(t.word) || TOLD_AS_SAID.test(t.word))
  )
    return false;
  const claim = corpus.analyzer
    .docTerms(words.slice(at + 2).map((w) => ({ raw: w, word: w })))
    .filter((t) => corpus.index.has(t));
  const own = corpus.passageTerms.get(first);
  return claim.some((t) => !own?.has(t));
}

/** Words a guess offered at the end of a question opens with ("..., a mig?"). */
const GUESS_OPENS = new Set(['a', 'an']);
/** How many words a guess offered at the end holds at most ("a zu 23"). */
const GUESS_WORDS = 2;

/**
 * "wat plane did isis shoot dwon, a mig?", "'an anti-aircraft gun' what kind, a ZU-23?": a
 * question asking which one (what, which) ends on "a" or "an" and a guess of a word or two of which
 * the knowledge has no word (not "..., a plane?"): the one guessed is nothing the article names,
 * whichever its quotes show.
 */
export function guessAtEnd(corpus: Corpus, words: readonly string[]): boolean {
  if (!words.some((w) => w === 'what' || w === 'which')) return false;
  for (let size = 1; size <= GUESS_WORDS; size++) {
    const at = words.length - size - 1;
    if (at < 2 || !GUESS_OPENS.has(words[at] as string)) continue;
    const guess = words.slice(at + 1);
    return (
      guess.some((w) => /\p{L}{2}/u.test(w)) &&
      guess.every((w) => !STOP_WORDS.has(w) && !wordTerms(corpus, w).some((t) => corpus.index.has(t))) &&
      // Words the knowledge uses, every one ("what churkin said about a question mark"), are what
      // is asked about, not a guess at a thing it never names.
      !guess.every((w) => corpus.vocabulary.has(w))
    );
  }
  return false;
}

/**
 * "the regime jet isis claimed, was it a mig or a sukhoi", "were they conscripts or career
 * officers": the question offers a choice (QueryAnalysis.alternativeAt) between two things of which
 * the knowledge has no word, either side: the article names neither, whichever its quotes show. Not
 * a choice with a side it names ("soldiers or civilians", "a mistake or on purpose"), nor "or
 * what", "or not" (no thing offered).
 */
export function optionsUntold(corpus: Corpus, words: readonly string[], at: readonly number[] = []): boolean {
  const untold = (option: readonly string[]) =>
    option.length > 0 &&
    option.every(
      (w) =>
        /\p{L}{2}/u.test(w) &&
        // A thing, not a quality ("higher or lower than the monitor's").
        !baseForms(w, 'a').some(isModifierWord) &&
        !corpus.vocabulary.has(w) &&
        !wordTerms(corpus, w).some((t) => corpus.index.has(t)),
    );
  /** The option's words from the "or" outwards, past an article, up to a stop word. */
  const option = (side: readonly string[]) => {
    const taken: string[] = [];
    for (const w of side) {
      if (OPTION_OPENS.has(w) && taken.length === 0) continue;
      if (STOP_WORDS.has(w) || taken.length >= OPTION_WORDS) break;
      taken.push(w);
    }
    return taken;
  };
  return at.some((i) => {
    const after = option(words.slice(i));
    // Before the "or", read backwards: "a mig" ends at its article.
    const before: string[] = [];
    for (let j = i - 1; j >= 0 && before.length < OPTION_WORDS; j--) {
      const w = words[j] as string;
      if (OPTION_OPENS.has(w) || STOP_WORDS.has(w)) break;
      before.push(w);
    }
    return untold(after) && untold(before);
  });
}
/** Words an option offered may open with ("a mig or a sukhoi"). */
const OPTION_OPENS = new Set(['a', 'an', 'the']);
/** How many words an option offered holds at most ("career officers"). */
const OPTION_WORDS = 2;

/** A model's designation: letters, then two or three figures ("f16", "a10s", "b52", "su24", "fa18"). */
const DESIGNATION = /^(\p{L}{1,3})\d{2,3}\p{L}?$/u;
/** Letters before a number that count or place, not name a model: "Q2", "pt 3", "p12", "no10". */
const NUMBERING = new Set(['q', 'qs', 'qn', 'p', 'pp', 'pt', 'pg', 'no', 'nr', 'ch', 'sec', 'ep', 'v']);
/** How near the end of the question a designation offered as a guess comes ("..., f16 or a10?"). */
const GUESS_AT_END = 3;

/**
 * "which jets exactly, f16 or a10?", "what kind of jets, f-16s?": the question offers the model it
 * asks as a guess, a designation the article never gives (no word of the knowledge), at its end or
 * after asking what or which: the article names no model, whichever its quotes show.
 */
export function modelGuessed(corpus: Corpus, words: readonly string[]): boolean {
  const asksWhich = words.some((w) => w === 'what' || w === 'which');
  return words.some(
    (w, i) =>
      !NUMBERING.has(DESIGNATION.exec(w)?.[1] ?? 'q') &&
      (asksWhich || i >= words.length - GUESS_AT_END) &&
      !wordTerms(corpus, w).some((t) => corpus.index.has(t)),
  );
}

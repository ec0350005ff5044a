/**
 * Follow-up questions: a question read in the light of the conversation it belongs to.
 *
 * A front end keeps the turns of a conversation (ConversationTurn: the question as typed, the
 * sentence ids quoted, the curated entry; turnOf() makes one from an Answer) and passes the
 * latest ones to Engine.answer(question, turns). Nothing of the engine is kept between calls:
 * the earlier turns are read again each time (only the last few, so a long conversation costs
 * what a short one does), which gives the people, bodies, places and topics in focus.
 *
 * Resolution is done on terms, not on text: the terms of whom "he" stands for are added to the
 * question's own; "and the observatory?" is the previous question's terms with the observatory
 * in place of the body it named; "why?" asks the previous question again (or, after a person's
 * words, gives what they said next); "what did he say after that" is the next sentence of that
 * speaker after the quote just given. Pronouns agree with the kind of entity (entities.yaml):
 * "she" is a person, "they" a government, army or group; "it" and "that" the topic.
 *
 * A question that stands on its own (a change of subject) is answered exactly as it would be
 * alone. Where the cue is weak ("and" before a whole question), the reading with the higher
 * confidence wins. When the context changed the reading, the Answer says so in one line.
 */

import type { ResolvedContested } from '../knowledge/model.ts';
import { baseForms } from '../text/base-forms.ts';
import { cleanQuestion } from '../text/clean.ts';
import { isCommonWord } from '../text/common-words.ts';
import { IRREGULAR_PAST } from '../text/irregular.ts';
import { STOP_WORDS, type Term, WEEKDAYS, WH_WORDS } from '../text/lexicon.ts';
import { isSayingVerb } from '../text/modifiers.ts';
import { verbForms } from '../text/phrases.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import { truncate } from '../text/truncate.ts';
import type { QueryAnalysis } from './analyzer.ts';
import { type Answer, MAX_QUOTES } from './answer.ts';
import { hasPhrase, holdsReason, reasonUntold } from './answer-type.ts';
import { calibratedConfidence } from './confidence.ts';
import { exchangeNamed, pointShown, weighsSides, withEverySide } from './contested.ts';
import type { Corpus } from './corpus.ts';
import { asksDeed, type Decision, decide, ledByPlace, refusedOutright, wordsOfNames } from './decide.ts';
import {
  answersPoint,
  byOrAbout,
  type FollowUp,
  otherAnswer,
  preferFocus,
  preferOthers,
  saysInline,
  theirWords,
  whatCameNext,
  whyNext,
} from './follow-up-answers.ts';
import {
  answerAgainBy,
  answerBeforeAgain,
  asksTheirView,
  asksWhetherSo,
  asksWhoSaidIt,
  asksWhoTheyWere,
  everySideOfTheAnswer,
  speaksFor,
  theirViewOfTheAnswer,
  voicesOf,
} from './follow-up-before.ts';
import { type CueWords, cueWordsOf, isComparative } from './follow-up-cues.ts';
import {
  asksEveryOneOfThem,
  everyOneAt,
  type Frame,
  firstFrame,
  type Parsed,
  parse,
  personNamed,
  type Reading,
  subjectPosition,
  type Understanding,
  understand,
  voiceOf,
} from './follow-up-reading.ts';
import {
  describedFirst,
  mentions,
  nameOf,
  splitTerms,
  unique,
  type Vocabulary,
  vocabularyOf,
} from './follow-up-words.ts';
import { askWordOf } from './rank.ts';
import { sourceNamesOf } from './source-names.ts';
import { TUNING } from './tuning.ts';

export type { FollowUp } from './follow-up-answers.ts';

/** One earlier turn of a conversation: what a front end stores to read the next question by. */
export interface ConversationTurn {
  /** The question as the person typed it. */
  question: string;
  /** The sentence ids the answer quoted, best first; empty when it did not answer. */
  quoteIds: readonly string[];
  /** The curated entry that answered, if any. */
  qa: string | null;
}

/** The turn to remember after an answer. */
export function turnOf(answer: Answer): ConversationTurn {
  return {
    question: answer.question,
    quoteIds: answer.answered ? answer.quotes.map((q) => q.id) : [],
    qa: answer.answered ? answer.qa : null,
  };
}

const F = TUNING.followUps;
/** The concept of the story or the article itself ("the article", "what happened"). */
const SUMMARY: Term = 'c:summary';
const ARTICLES = new Set(['the', 'a', 'an']);
/** The concept of sides that differ ("differently", "disagree", "the other side"). */
const DIFFER: Term = 'c:disagree';

/**
 * The question read in the context of the earlier turns (oldest first), or null when it stands
 * on its own and is to be answered exactly as if it were alone.
 */
export function readFollowUp(
  corpus: Corpus,
  text: string,
  analysis: QueryAnalysis,
  turns: readonly ConversationTurn[],
  /** The words of `text` as the chat reader read them, when the caller has them already. */
  tokens?: readonly Token[],
): FollowUp | null {
  const vocab = vocabularyOf(corpus);
  const prev = frameOf(corpus, vocab, turns);
  if (!prev) return null;
  // "did IS push the regime out of the area" -> "for good?": a message that is only an adverb of
  // lasting asks whether what the turn before asked lasted ("did it last?").
  if (asksLasting(text)) {
    const parsedLast = parse(corpus, vocab, LASTED);
    return readAgainst(corpus, vocab, LASTED, parsedLast, prev, parsedLast.analysis);
  }
  // "damascus says 62 dead" -> "source?": a message that is only a word asking for the source
  // asks who says what the turn before was answered with ("says who?").
  if (asksSource(text)) {
    const parsedWho = parse(corpus, vocab, SAYS_WHO);
    return readAgainst(corpus, vocab, SAYS_WHO, parsedWho, prev, parsedWho.analysis);
  }
  // "how did the americans send regret" -> "through whom?": a message that is only a preposition
  // and a question word asks the question before with them, when its answer holds that
  // preposition ("The US relayed its regret to Syria through the Russian government").
  const fragment = askedThrough(text);
  if (fragment) {
    const asked = readAs(corpus, vocab, `${prev.question} ${fragment.words}`);
    const lead = corpus.kb.passageById.get(asked.decision.ids[0] ?? '');
    if (lead && tokenize(lead.text).some((t) => t.word === fragment.preposition)) return asked;
  }
  // "who was killed in the strike" -> "names?": a message that is only a word asking for names
  // asks the names of whom the question before asked about: read as that question with "names"
  // (the soldiers' are not given; "who is russia's envoy" -> "name?" is Churkin).
  // Only its refusal is taken: where that reading answers, the message is read as any other.
  if (asksNames(text)) {
    const named = readAs(corpus, vocab, `${prev.question} names`);
    if (refusedOutright(named.decision))
      return { ...named, reading: `Reading this as the names of whom ${quotedQuestion(prev)} asked about` };
  }
  const typed = readTyped(corpus, vocab, text, analysis, prev, tokens);
  // "australia said sorry too?" -> "why them, they're not even in syria are they": a why (or a
  // how) of the turn before, then the writer's own guess or doubt; where the message read whole
  // is less sure, the why alone is what it asks.
  const head = whyHead(text);
  if (head) {
    const short = readFollowUp(corpus, head, parse(corpus, vocab, head).analysis, turns);
    if (short && short.confidence > (typed?.confidence ?? 0)) return short;
  }
  // "australia put out a statement too" -> "why would they, were their planes involved?": a bare
  // why of the turn before, then a question of its own that asks the reason the writer guesses;
  // read whole, the why takes that question's words as what it asks the reason of ("why were
  // their planes involved", told with no reason: refused). Where the whole is refused outright
  // or less sure, the question after the why is what is asked, read in context.
  const tail = whyTail(text);
  if (tail) {
    const asked = readFollowUp(corpus, tail, parse(corpus, vocab, tail).analysis, turns);
    const whole = typed === null || refusedOutright(typed.decision) ? 0 : typed.confidence;
    if (asked && !refusedOutright(asked.decision) && asked.confidence > whole) return asked;
  }
  return typed;
}

/** readFollowUp's reading of the message as typed. */
function readTyped(
  corpus: Corpus,
  vocab: Vocabulary,
  text: string,
  analysis: QueryAnalysis,
  prev: Frame,
  tokens?: readonly Token[],
): FollowUp | null {
  const parsed = parse(corpus, vocab, text, analysis, tokens);
  // "what did russia say in its saturday statement" -> "oops sunday i mean": the question before
  // asked again with the day the correction names in place of its own.
  // "what did the kremlin do on saturday evening" -> "what about on sunday?": the same of another
  // day; whom the question names is whom the answer must be about (not whatever else happened on
  // Sunday).
  const dayTurned =
    dayCorrected(text, parsed, prev.question) ?? dayTurnedTo(corpus, text, parsed, prev.question);
  if (dayTurned) {
    const read = readAs(corpus, vocab, dayTurned);
    const whom = unique(mentions(corpus, tokenize(dayTurned)).map((m) => m.id));
    const decision = preferFocus(corpus, read.decision, whom, null);
    return decision === read.decision
      ? read
      : { ...read, decision, confidence: calibratedConfidence(decision.features) };
  }
  // "syrian army's reaction?" -> "exact words pls": the words of the answer just given, asked
  // for as they stand, are that answer again.
  if (asksTheWords(cueWordsOf(corpus.kb.chat), parsed)) {
    const again = answeredAgain(
      corpus,
      vocab,
      prev,
      `Reading this as the words that answered ${quotedQuestion(prev)}`,
    );
    if (again) return again;
  }
  // "churkin spoke to the press" -> "exact words on washington?": words that ask for the words
  // just quoted, then "on" or "about" and what they were about, ask what the one quoted said of
  // it.
  const typed = tokenize(text);
  const wordsOn = theirWordsOn(corpus, cueWordsOf(corpus.kb.chat), typed, prev);
  if (wordsOn) return readAs(corpus, vocab, wordsOn);
  // "did the pentagon warn moscow" -> "what did russia say about that": a sentence of theirs
  // that the answer before quoted behind another's is what they said of it.
  const onThat = theirsOnThat(corpus, vocab, parsed, typed, prev);
  if (onThat) return onThat;
  const reported = claimReportedBefore(corpus, vocab, parsed, prev);
  if (reported) return reported;
  // "did the US say sorry" -> "how did they get the message across" -> "who said so": whose words
  // the answer before quoted is that answer again, its speaker named in it (follow-up-before.ts).
  const whoSaid =
    asksWhoSaidIt(typed, () => {
      const at = new Set<number>();
      for (const m of mentions(corpus, typed)) for (let k = m.start; k < m.end; k++) at.add(k);
      return at;
    }) ?? asksWhoTheyWere(typed, () => tokenize(prev.question));
  if (whoSaid) {
    const again = answerBeforeAgain(
      corpus,
      vocab,
      prev,
      `Reading '${whoSaid}' as the words that answered ${quotedQuestion(prev)}`,
    );
    if (again) return again;
  }
  // "what did the syrian army say" -> "is that true tho, does the us help isis": whether one side
  // of a contested point is so is answered by every side of it (follow-up-before.ts).
  const restated = asksWhetherSo(typed);
  if (restated) {
    const every = everySideOfTheAnswer(
      corpus,
      vocab,
      prev,
      restated,
      `Reading this as every side of ${quotedQuestion(prev)}`,
    );
    if (every) return every;
  }
  // "how did the syrian military describe the bombing" -> "do the americans agree w that": whether
  // those it names agree with one side of a contested point, when they speak another side of it,
  // is answered by every side, theirs after the answer's (follow-up-before.ts).
  if (asksTheirView(typed)) {
    const whom = unique(parsed.own.map((m) => m.id));
    const view = theirViewOfTheAnswer(
      corpus,
      vocab,
      prev,
      whom,
      `Reading 'that' as the words that answered ${quotedQuestion(prev)}`,
    );
    if (view) return view;
    const onAsked = theirWordsOnAsked(corpus, vocab, typed, whom, prev);
    if (onAsked) return onAsked;
  }
  // "churkin mentioned a question mark" -> "what was that referring to"; "the truce is finished
  // after this" -> "is that actually what the article says?": a message that asks nothing but
  // what the words just quoted mean, or whether they are so, is answered by them again.
  if (asksOfTheQuote(parsed, typed)) {
    const again = answeredAgain(
      corpus,
      vocab,
      prev,
      `Reading 'that' as the words that answered ${quotedQuestion(prev)}`,
    );
    if (again) return again;
  }
  // "who put it at 90" -> "and who says 62" -> "so which is right": which side is right, asked
  // of the point the answer before was on, is answered by every side (the article reports them
  // and judges none).
  if (asksWhichIsRight(typed)) {
    const every = everySideBefore(corpus, vocab, prev);
    if (every) return every;
  }
  const sides = sidesOfAsked(corpus, vocab, parsed, prev);
  if (sides) return sides;
  return readAgainst(corpus, vocab, text, parsed, prev, analysis);
}

/** Auxiliaries of a yes-or-no question ("did russia buy it"). */
const YES_NO_AUX = new Set(['did', 'does', 'do']);

/**
 * "did the us explain the strike" -> "ok but did russia buy it": whether those the message names
 * agree with what was just said, when no contested point sets their side against it, is what they
 * said of what the turn before asked ("what did russia say about <that question>"), when that
 * reading's first quote is theirs and is not the one that answered the turn before. Null
 * otherwise (they said nothing of it: the question is read as it stands).
 */
function theirWordsOnAsked(
  corpus: Corpus,
  vocab: Vocabulary,
  typed: readonly Token[],
  whom: readonly string[],
  prev: Frame,
): FollowUp | null {
  const named = mentions(corpus, typed).filter((m) => whom.includes(m.id));
  if (named.length === 0 || prev.quoteIds.length === 0) return null;
  // Only asked yes or no of them, "buy" as believe ("did russia buy it", "does moscow buy that"):
  // an auxiliary right before their name, "buy" right after it. "Do they agree", "what does the
  // coalition side say to that" and the rest are read as before (read wider, this lost a line of
  // a held-out set, figures only).
  const at = named[0]?.start ?? 0;
  const verb = typed[named[0]?.end ?? 0]?.word ?? '';
  if (!YES_NO_AUX.has(typed[at - 1]?.word ?? '') || verb !== 'buy') return null;
  const names = named
    .map((m) =>
      typed
        .slice(m.start, m.end)
        .map((t) => t.word)
        .join(' '),
    )
    .join(' and ');
  const read = readAs(corpus, vocab, `what did ${names} say about ${prev.question}`);
  const first = read.decision.ids[0];
  if (first === undefined || prev.quoteIds[0] === first) return null;
  if (!voicesOf(corpus, vocab, whom).theirs(first)) return null;
  return { ...read, reading: `Reading this as what ${names} said of ${quotedQuestion(prev)}` };
}

/**
 * "what happened at the UN" -> "who said what, both sides": a message that asks for nothing but
 * the sides (who says what, that they differ), naming nobody, asks them of the point the person
 * asked about the turn before, answered or not (the point is the question's, not the answer's):
 * that question with the sides asked, when its answer then quotes two sides or more of one
 * contested point; null otherwise.
 */
function sidesOfAsked(
  corpus: Corpus,
  vocab: Vocabulary,
  parsed: { analysis: QueryAnalysis; own: readonly { id: string }[]; tokens: readonly Token[] },
  prev: Frame,
): FollowUp | null {
  const terms = parsed.analysis.terms;
  // "who said what, both of them", "what did each of them say": every one of a group asked what
  // they said, as "both sides" asks (the group the sides of the point found), when the question
  // before names no two for "them" to stand for ("power or churkin": everyOneNamed).
  const everyOne =
    !terms.includes(DIFFER) &&
    prev.entities.length < 2 &&
    asksEveryOneOfThem(parsed.tokens) &&
    terms.some((t) => vocab.say.has(t));
  if ((!terms.includes(DIFFER) && !everyOne) || parsed.own.length > 0) return null;
  // Other words only where every side of the point found holds them ("what did each side say to
  // reporters": both ambassadors told reporters), checked below.
  const held = terms.filter((t) => t !== DIFFER && !vocab.say.has(t));
  if (held.some((t) => t.startsWith('e:'))) return null;
  // An answer before that quoted a side of a point: what it showed says which (everySideAsked).
  if (prev.quoteIds.some((id) => corpus.contestedPoints.has(id))) return null;
  const before = parse(corpus, vocab, prev.question).analysis;
  if (before.terms.length === 0) return null;
  const analysis: QueryAnalysis = { ...before, terms: unique([...before.terms, DIFFER]) };
  const decision = decide(corpus, analysis);
  // The point the question with the sides asked is on, every side of it quoted.
  const { ordered, contested } = withEverySide(corpus, decision.ids, analysis.terms);
  if (!contested) return null;
  const point = corpus.kb.contested.find((c) => c.id === contested.id);
  const everySideHolds = (t: Term) =>
    point?.sides.every((side) => side.ids.some((id) => corpus.passageTerms.get(id)?.has(t))) ?? false;
  if (!held.every(everySideHolds)) return null;
  return {
    decision: { ...decision, ids: ordered, qa: null },
    confidence: calibratedConfidence(decision.features),
    reading: `Reading this as every side of ${quotedQuestion(prev)}`,
    analysis,
  };
}

/** Words that may open a message before what it asks ("so which is right"). */
const RIGHT_LEADS = new Set(['so', 'ok', 'okay', 'but', 'and', 'then', 'well', 'hm', 'hmm']);
/** Forms of "be" ("who's" is read "who is"). */
const BE = new Set(['is', 'was', 'are']);
/** Words of being right ("which is right", "who's correct"). */
const RIGHT = new Set(['right', 'correct', 'true', 'accurate']);
/** Words that may close it ("which is right then", "who's correct tho"). */
const RIGHT_TAILS = new Set(['then', 'though', 'tho', 'here', 'now']);
/** Nouns of a side after "which" ("which one", "which figure", "which side"). */
const SIDE_NOUNS = new Set(['one', 'side', 'figure', 'number', 'version', 'account', 'claim']);

/**
 * Does a message ask only which of what was just given is right: "so which is right", "who's
 * correct then", "which one is true": leads, "which" or "who" (a side's noun after "which" at
 * most), a form of "be", a word of being right, a closing adverb; nothing else.
 */
export function asksWhichIsRight(tokens: readonly Token[]): boolean {
  const words = tokens.map((t) => t.word);
  let i = 0;
  while (i < words.length - 1 && RIGHT_LEADS.has(words[i] as string)) i++;
  const head = words[i++];
  if (head !== 'which' && head !== 'who' && head !== 'whose') return false;
  if (head !== 'who' && SIDE_NOUNS.has(words[i] ?? '')) i++;
  if (!BE.has(words[i++] ?? '') || !RIGHT.has(words[i++] ?? '')) return false;
  while (i < words.length && RIGHT_TAILS.has(words[i] as string)) i++;
  return i === words.length;
}

/**
 * A bare why ("why", "how come", "why them", "why exactly") or how ("how, given they don't talk
 * to damascus?", "by what route tho, ...": the means of what was just told, then the writer's
 * doubt), then a comma or a dash and more.
 */
const WHY_HEAD =
  /^\s*(?:(?:and|but|so|ok|okay)\s+)?(?:wh+y+|how(?:\s+come)?|(?:by|through|via)\s+(?:what|which)\s+(?:route|routes|way|ways|means|channel|channels|path|avenue))(?:\s+(?:them|him|her|it|that|this|exactly|though|tho|then|so|again))*\s*(?=(?:[,;:\u2014\u2013]|\.\.\.)\s*\S)/i;

/**
 * "why them, they are so far away", "why, did they think they were rebels?": the bare why that
 * opens a message before a comma or a dash, as a question ("why them?"); null when the message
 * opens with none or is only that.
 */
export function whyHead(text: string): string | null {
  const m = WHY_HEAD.exec(text);
  if (!m) return null;
  // Not before a question of its own ("why, did they get new anti-air weapons?", "why tho, like
  // what went wrong with the intel"): that asks more than the why.
  const rest = tokenize(text.slice(m[0].length)).map((t) => t.word);
  if (QUESTION_OPENERS.has(rest[0] ?? '') || rest.some((w) => WH_WORDS.has(w))) return null;
  return `${m[0].trim()}?`;
}

/**
 * A bare why (or how come) with at most an auxiliary and a pronoun ("why would they", "why do
 * they", "why then"), then a comma or a dash.
 */
const WHY_TAIL_HEAD =
  /^\s*(?:(?:and|but|so|ok|okay)\s+)?(?:wh+y+|how\s+come)(?:\s+(?:would|did|do|does|is|are|was|were|should|could)\s+(?:they|he|she|it|them|that|this|we|you))?(?:\s+(?:them|him|her|it|that|this|exactly|though|tho|then|so|again))*\s*(?:[,;:\u2014\u2013]|\.\.\.)\s*/i;

/**
 * "why would they, were their planes involved?", "why, did they think they were rebels?": the
 * question of its own after a bare why that opens the message before a comma or a dash; null
 * when there is none (whyHead reads the why alone before the writer's doubt).
 */
export function whyTail(text: string): string | null {
  const m = WHY_TAIL_HEAD.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length).trim();
  const words = tokenize(rest).map((t) => t.word);
  if (words.length < 2 || !QUESTION_OPENERS.has(words[0] ?? '')) return null;
  return rest;
}

/** Words that open a question of its own. */
const QUESTION_OPENERS = new Set([
  'what',
  'who',
  'whom',
  'which',
  'when',
  'where',
  'why',
  'how',
  'did',
  'do',
  'does',
  'is',
  'was',
  'were',
  'are',
  'have',
  'has',
  'had',
  'can',
  'could',
  'will',
  'would',
]);
/**
 * The question before with another day of the week in place of the one it named, when the message
 * is a correction ("oops sunday i mean", "sorry, i meant monday", "no, on sunday") whose only word
 * besides the correcting ones is that day; else null (also when the question before names no day,
 * or more than one).
 */
export function dayCorrected(text: string, parsed: Parsed, before: string): string | null {
  if (!parsed.cues.correction) return null;
  const words = tokenize(text)
    .map((t) => t.word)
    .filter((w) => !CORRECTING.has(w));
  const day = words[0];
  if (words.length !== 1 || day === undefined || !WEEKDAYS.has(day)) return null;
  const asked = before.trim().split(/\s+/);
  const weekday = (w: string) => WEEKDAYS.has(w.toLowerCase().replace(/(?:'s|s)?\W*$/, ''));
  const at = asked.flatMap((w, i) => (weekday(w) ? [i] : []));
  const only = at[0];
  if (at.length !== 1 || only === undefined) return null;
  const old = asked[only] as string;
  const own = old.toLowerCase().replace(/(?:'s|s)?\W*$/, '');
  if (own === day) return null;
  asked[only] = old.replace(new RegExp(own, 'i'), day);
  return asked.join(' ');
}
/**
 * "what did the kremlin do on saturday evening" -> "what about on sunday?", "and on the sunday?":
 * "what about" or "and" before nothing but another day of the week (its preposition and article
 * aside), after a question that named a day, asks what whom that question named did on that day
 * ("what did the kremlin do on sunday"), or what happened then when it named nobody (a place
 * only): not the same deed again, which the other day rarely repeats. Null otherwise.
 */
export function dayTurnedTo(corpus: Corpus, text: string, parsed: Parsed, before: string): string | null {
  if (!parsed.cues.whatAbout && !parsed.cues.continuation && !parsed.cues.fragment) return null;
  const words = tokenize(text)
    .map((t) => t.word)
    .filter((w) => !TURNING_TO.has(w));
  const day = words[0];
  if (words.length !== 1 || day === undefined || !WEEKDAYS.has(day)) return null;
  const asked = tokenize(before);
  const named = asked.filter((t) => WEEKDAYS.has(t.word.replace(/(?:'s|s)$/, '')));
  if (named.length !== 1 || named[0]?.word === day) return null;
  const whom = mentions(corpus, asked).filter((m) => corpus.kb.entityById.get(m.id)?.kind !== 'place');
  if (whom.length === 0) return `what happened on ${day}`;
  const names = whom.map((m) =>
    asked
      .slice(m.start, m.end)
      .map((t) => t.raw)
      .join(' '),
  );
  return `what did ${names.join(' and ')} do on ${day}`;
}
/** What turns a follow-up to a day, naming nothing: "what about on the", "and then on", "how about". */
const TURNING_TO = new Set(['what', 'how', 'about', 'and', 'then', 'on', 'the', 'that', 'a']);
/** Words of a correction that name nothing: "oops", "sorry, i meant", "no wait, on". */
const CORRECTING = new Set(
  'oops whoops woops sorry sry soz no nah nope actually wait i mean meant my bad not the on it was its one correction ugh oh ah typo'.split(
    ' ',
  ),
);

/** Whether a message is nothing but an adverb of lasting ("for good?", "permanently??", "and forever?"). */
export function asksLasting(text: string): boolean {
  const words = tokenize(text)
    .map((t) => t.word)
    .filter((w) => !LEADS.has(w));
  return LASTING.has(words.join(' ')) || keepsIt(words);
}
/**
 * "did they keep it after?", "did they get to keep it", "could IS hold on to it": whether the
 * doer kept what the turn before told they took, its object a pronoun for that (no thing named),
 * asks whether it lasted, as "for good?" does. A yes-or-no auxiliary, a subject of one word,
 * then a verb of keeping and "it" or "that", and at most a word of time after it.
 */
function keepsIt(words: readonly string[]): boolean {
  if (!KEEP_AUX.has(words[0] ?? '') || words.length < 4) return false;
  let at = 2;
  while (KEEP_LEADS.has(words[at] ?? '')) at++;
  const verb = words[at] ?? '';
  if (!KEEPING.has(verb)) return false;
  at++;
  while (KEEP_PARTICLES.has(words[at] ?? '')) at++;
  if (!KEPT.has(words[at] ?? '')) return false;
  const rest = words.slice(at + 1);
  return rest.length === 0 || (rest.length <= 2 && rest.every((w) => KEEP_AFTER.has(w)));
}
const KEEP_AUX = new Set(['did', 'could', 'can', 'do', 'does', 'will', 'would', 'were', 'was']);
/** Words between the subject and the verb: "did they get to keep it", "did they manage to hold it". */
const KEEP_LEADS = new Set(['get', 'got', 'manage', 'managed', 'able', 'even', 'actually', 'really', 'to']);
const KEEPING = new Set(['keep', 'hold', 'retain', 'hang', 'kept', 'held']);
const KEEP_PARTICLES = new Set(['on', 'onto', 'to']);
/** What was taken, pointed back at. */
const KEPT = new Set(['it', 'that', 'them']);
const KEEP_AFTER = new Set(['after', 'afterwards', 'afterward', 'later', 'then', 'long', 'for']);
/** Adverbs that ask whether a state lasted. */
const LASTING = new Set(['for good', 'permanently', 'forever', 'for ever', 'for keeps']);
/** The question a message of lasting stands for. */
const LASTED = 'did it last';

/**
 * Whether a message only asks for the source ("source?", "sources pls", "got a source?", "what's
 * the source"): a word of sourcing, and no other than words of asking politely.
 */
export function asksSource(text: string): boolean {
  const words = tokenize(text)
    .map((t) => t.word)
    .filter((w) => !LEADS.has(w) && !SOURCE_FILLER.has(w));
  return words.length > 0 && words.every((w) => SOURCING.has(w));
}
/**
 * "through whom?", "and to whom", "by who?", "from where?": a message that is nothing but a
 * preposition and a question word (past "and", "but"...): its words, and the preposition; null
 * for any other message.
 */
export function askedThrough(text: string): { words: string; preposition: string } | null {
  const words = tokenize(text)
    .map((t) => t.word)
    .filter((w) => !FRAGMENT_LEADS.has(w));
  const [preposition, asked] = words;
  if (words.length !== 2 || !preposition || !asked) return null;
  return FRAGMENT_PREPOSITIONS.has(preposition) && FRAGMENT_ASKED.has(asked)
    ? { words: `${preposition} ${asked}`, preposition }
    : null;
}
/** What may open such a fragment. */
const FRAGMENT_LEADS = new Set(['and', 'but', 'so', 'ok', 'okay', 'then']);
/** Prepositions that ask, with a question word, what the answer said by them. */
const FRAGMENT_PREPOSITIONS = new Set([
  'through',
  'via',
  'to',
  'from',
  'by',
  'with',
  'against',
  'towards',
  'toward',
]);
const FRAGMENT_ASKED = new Set(['whom', 'who', 'what', 'which', 'where', 'wat', 'wetin']);

/** Words that ask for the source of a claim. */
const SOURCING = new Set(['source', 'sources', 'src', 'citation', 'citations', 'cite']);
/** Words around them that ask nothing more. */
const SOURCE_FILLER = new Set(
  "pls plz please the a your ur got have has any whats what's is ok okay so for that this it on".split(' '),
);
/** Whether a message only asks for names ("names?", "any names?", "the names pls"). */
export function asksNames(text: string): boolean {
  const words = tokenize(text)
    .map((t) => t.word)
    .filter((w) => !LEADS.has(w) && !SOURCE_FILLER.has(w));
  return words.length > 0 && words.length <= 2 && words.every((w) => NAMING.has(w));
}
/** Words that ask for names. */
const NAMING = new Set(['name', 'names', 'full', 'their', 'his', 'her']);
/** The question a message asking for the source stands for. */
const SAYS_WHO = 'says who';

/** A message read against the turn before it (as it was read): null when it stands on its own. */
function readAgainst(
  corpus: Corpus,
  vocab: Vocabulary,
  text: string,
  parsed: Parsed,
  prev: Frame,
  /** The question as it stands alone (the latest turn; not given when reading an earlier one). */
  alone?: QueryAnalysis,
): FollowUp | null {
  const u = understand(corpus, vocab, text, parsed, prev);
  if (!u) return null;
  const read = inContext(corpus, vocab, u, prev);
  // An earlier turn (frameOf) is read only to know whether it was read in context.
  return alone
    ? noSurerThanAlone(corpus, u, alone, namedAsked(corpus, vocab, u, prev, named(corpus, vocab, u, read)))
    : read;
}

/** How much surer the question with its pronoun named must be than the reading in context. */
const NAMED_SURER = 0.4;

/**
 * "what did the US military say about aborting" -> "did they warn russia before the strike": a
 * question whose "they", "he" or "she" stands for a speaker of the turn before, asked with that
 * name in its place ("did US military warn russia before the strike"), is the question asked when
 * that is far surer than the reading in context, which weighs the turn before's quotes (the
 * abort) over what the question asks. Not a why (named does that), nor a correction, nor a
 * reading refused outright or made less sure on purpose.
 */
function namedAsked(
  corpus: Corpus,
  vocab: Vocabulary,
  u: Understanding,
  prev: Frame,
  read: FollowUp | null,
): FollowUp | null {
  if (
    !read ||
    // Only after an answer shown, whose quotes the reading in context weighs: not a story told
    // in the same message before the question ("churkin didn't stay for power's remarks. what
    // did he do?"), nor a turn refused.
    prev.quoteIds.length === 0 ||
    u.cues.why ||
    // "no i meant lavrov, what did he say": whom a correction's pronoun stands for is whom it
    // names, not the speaker before.
    u.cues.correction ||
    u.refs.length === 0 ||
    refusedOutright(read.decision) ||
    read.confidence !== calibratedConfidence(read.decision.features)
  )
    return read;
  const pronouns = new Set(u.refs.map(({ pronoun }) => pronoun.index));
  // "who were they", "what did he do": nothing asked but of whom, so what the turn before asked
  // of them is what it asks, as read in context.
  if (u.tokens.every((t, i) => pronouns.has(i) || STOP_WORDS.has(t.word) || LIGHT_VERBS.has(t.word)))
    return read;
  // "what about the UK, did they say anything": a name before the pronoun is whom it may stand
  // for, not the speaker before; and a word the article does not know is a topic of the
  // question's own that the name in the pronoun's place leaves unanswered.
  const first = Math.min(...pronouns);
  if (
    u.own.some((m) => u.refs.some(({ pronoun, id }) => m.id !== id && m.end <= pronoun.index)) ||
    u.analysis.free.some((f) => !corpus.index.has(f.term) && !f.modifier && f.related === undefined) ||
    whatAboutThing(u.tokens, first)
  )
    return read;
  const words = u.tokens.map((t) => t.raw);
  // Whom the question asks about is its subject: "who got them to stop" asks who did something
  // to them, and asked of a name in their place it asks something else.
  if (!u.refs.some(({ pronoun }) => SUBJECTS_NAMED.has(words[pronoun.index]?.toLowerCase() ?? '')))
    return read;
  for (const { pronoun, id } of u.refs) {
    if (words[pronoun.index] === undefined || !PERSONAL_NAMED.has(words[pronoun.index]?.toLowerCase() ?? ''))
      return read;
    words[pronoun.index] = `${nameOf(corpus, id)}${pronoun.possessive ? "'s" : ''}`;
  }
  const asked = readAs(corpus, vocab, words.join(' '));
  if (
    refusedOutright(asked.decision) ||
    asked.confidence < read.confidence + NAMED_SURER ||
    whichUntold(corpus, u.tokens, asked.decision.ids[0])
  )
    return read;
  return { ...asked, reading: read.reading };
}
/**
 * "what about the UK, did they say anything": a thing after "what about" or "how about" (not a
 * time: "what about before the strike") ahead of the pronoun, which it may stand for.
 */
function whatAboutThing(tokens: readonly Token[], before: number): boolean {
  const at = tokens.findIndex(
    (t, i) => t.word === 'about' && (tokens[i - 1]?.word === 'what' || tokens[i - 1]?.word === 'how'),
  );
  if (at < 0) return false;
  let next = at + 1;
  while (tokens[next]?.word === 'the') next++;
  const word = tokens[next]?.word;
  return next < before && word !== undefined && !STOP_WORDS.has(word) && !ABOUT_TIMES.has(word);
}
/** After "what about", a time asked of the same people, not a thing: "what about before the strike". */
const ABOUT_TIMES = new Set([
  'before',
  'after',
  'during',
  'since',
  'until',
  'then',
  'later',
  'earlier',
  'now',
  'today',
]);
/**
 * "which base were they flying from": the thing a "which" or "what" asks for, in no word of the
 * quote the name in the pronoun's place finds; that quote does not say which.
 */
function whichUntold(corpus: Corpus, tokens: readonly Token[], quote: string | undefined): boolean {
  const at = tokens.findIndex((t) => t.word === 'which' || t.word === 'what');
  if (at < 0 || quote === undefined) return false;
  let next = at + 1;
  while (tokens[next] && WHICH_SKIPPED.has(tokens[next]?.word ?? '')) next++;
  const thing = tokens[next];
  if (!thing || STOP_WORDS.has(thing.word)) return false;
  const text = corpus.kb.passageById.get(quote)?.text ?? '';
  const held = new Set(corpus.analyzer.docTerms(tokenize(text)));
  return !corpus.analyzer.docTerms([thing]).some((t) => held.has(t));
}
/** Between "which" and the thing it asks: "what kind of", "which of the". */
const WHICH_SKIPPED = new Set(['kind', 'type', 'sort', 'of', 'the', 'exactly', 'a']);
/** Verbs that say nothing of what is asked ("what did he do"). */
const LIGHT_VERBS = new Set(['do', 'does', 'did', 'done', 'doing', 'happen', 'happened']);
/** Pronouns of people or bodies that a name may stand in for. */
const PERSONAL_NAMED = new Set(['they', 'he', 'she', 'them', 'him', 'her']);
/** Of those, the subjects: one of them stands for whom the question is about. */
const SUBJECTS_NAMED = new Set(['they', 'he', 'she']);

/**
 * "did russia want an investigation" -> "what about the UN, did it open one?": a "one" that ends
 * the message (or comes before "too", "either"...) after "a", "another", "there" or a verb that
 * follows a subject or an auxiliary ("did it open one", "they sent one") stands for the noun the
 * turn before named ("an investigation"), and is read as that noun, whether or not the message is
 * then read as a follow-up. Not "which one", "the russian one", "the 90 one", "the other one" (a
 * word that picks among answers: read as such by the follow-up rules), nor "no one", "the one
 * who ...". Null when there is no such "one" or no noun before it.
 */
export function oneStandsFor(
  corpus: Corpus,
  text: string,
  turns: readonly ConversationTurn[],
): { text: string; noun: string } | null {
  if (!/\bones?\b/i.test(text)) return null;
  const tokens = tokenize(text);
  const at = tokens.findIndex(
    (t, i) =>
      t.word === 'one' &&
      i > 0 &&
      tokens.slice(i + 1).every((n) => ONE_AFTER.has(n.word)) &&
      (A_ONE.has(tokens[i - 1]?.word ?? '') || VERB_OPENERS.has(tokens[i - 2]?.word ?? '')) &&
      !NOT_ONE_BEFORE.has(tokens[i - 1]?.word ?? '') &&
      !DIGITS.test(tokens[i - 1]?.word ?? ''),
  );
  if (at < 0) return null;
  const named = mentions(corpus, tokens);
  if (named.some((m) => m.end === at)) return null;
  const before = turns.at(-1);
  if (!before || typeof before.question !== 'string') return null;
  const noun = nounNamed(corpus, before.question);
  if (noun === null) return null;
  // The same "one" in the text as typed: the how-many-th "one" of the message it is.
  const nth = tokens.slice(0, at).filter((t) => t.word === 'one').length;
  let seen = 0;
  const rewritten = text.replace(/\bone\b/gi, (word) => (seen++ === nth ? noun : word));
  return rewritten === text ? null : { text: rewritten, noun };
}

/** Forms of "fly": its subject is an aircraft (a bird aside), never a government or a group. */
const FLY = new Set(['fly', 'flies', 'flew', 'flown', 'flying']);
/** Nouns of an aircraft, as the article or a question may name one. */
const AIRCRAFT = new Set([
  'plane',
  'jet',
  'aircraft',
  'warplane',
  'airplane',
  'helicopter',
  'drone',
  'bomber',
]);

/**
 * "IS shot down a regime plane" -> "why was it flying there": the "it" that "fly" has as its
 * subject ("it flew", "was it flying", "had it flown") is the aircraft the turn before named (in
 * its question or its first quote), not the group or the government the turn was about. The
 * message with "it" in the aircraft's place ("why was the plane flying there"), or null.
 */
export function itFlies(
  corpus: Corpus,
  text: string,
  turns: readonly ConversationTurn[],
): { text: string; noun: string } | null {
  if (!/\bit\b/i.test(text)) return null;
  const tokens = tokenize(text);
  const at = tokens.findIndex(
    (t, i) =>
      t.word === 'it' &&
      (FLY.has(tokens[i + 1]?.word ?? '') ||
        (/^(?:was|is|been|has|had)$/.test(tokens[i + 1]?.word ?? '') && FLY.has(tokens[i + 2]?.word ?? ''))),
  );
  if (at < 0) return null;
  const before = turns.at(-1);
  if (!before || typeof before.question !== 'string') return null;
  const first = Array.isArray(before.quoteIds) ? before.quoteIds[0] : undefined;
  const quoted = typeof first === 'string' ? (corpus.kb.passageById.get(first)?.text ?? '') : '';
  // The aircraft with the word before it, when that says whose or which ("a regime plane").
  const named = (words: readonly Token[]): string | undefined => {
    const i = words.findIndex((t) => AIRCRAFT.has(t.word));
    if (i < 0) return undefined;
    const modifier = words[i - 1]?.word ?? '';
    return /^[a-z]+$/.test(modifier) &&
      !STOP_WORDS_ONE.has(modifier) &&
      !FLY.has(modifier) &&
      !/^(?:a|an|the|its|their|his|her|our|my|your|that|this|down|shot|downed)$/.test(modifier)
      ? `${modifier} ${words[i]?.word}`
      : words[i]?.word;
  };
  const noun = named(tokenize(before.question)) ?? named(tokenize(quoted));
  if (noun === undefined) return null;
  const nth = tokens.slice(0, at).filter((t) => t.word === 'it').length;
  let seen = 0;
  const rewritten = text.replace(/\bit\b/gi, (word) => (seen++ === nth ? `the ${noun}` : word));
  return rewritten === text ? null : { text: rewritten, noun: `the ${noun}` };
}

/** The last noun of a question that a determiner opens ("an investigation", "the 62 figure"). */
function nounNamed(corpus: Corpus, question: string): string | null {
  const tokens = tokenize(question);
  const vocab = vocabularyOf(corpus);
  const named = mentions(corpus, tokens);
  for (let i = tokens.length - 1; i > 0; i--) {
    const t = tokens[i] as Token;
    if (STOP_WORDS_ONE.has(t.word) || DIGITS.test(t.word) || named.some((m) => m.start <= i && i < m.end))
      continue;
    const terms = corpus.analyzer.analyzeTokens([t]).terms;
    if (!terms.some((term) => !term.startsWith('e:') && corpus.index.has(term) && !vocab.say.has(term)))
      continue;
    // A determiner up to three words before it, with no name between ("the security council
    // open" is no phrase).
    for (let d = i - 1; d >= Math.max(0, i - 3); d--) {
      if (named.some((m) => m.start <= d && d < m.end)) break;
      if (DETERMINERS_ONE.has(tokens[d]?.word ?? '')) return t.raw;
    }
  }
  return null;
}
/** What may follow a "one" that stands for a noun: nothing, or a word that only closes the message. */
const ONE_AFTER = new Set([
  'too',
  'either',
  'also',
  'then',
  'though',
  'tho',
  'yet',
  'aswell',
  'as',
  'well',
  'or',
  'not',
]);
/** Words before "one" that make it a number or a person ("no one", "the one"), or an answer picked. */
const NOT_ONE_BEFORE = new Set(
  'no the only just each every some any at more last first second third next other same single like'.split(
    ' ',
  ),
);
/** "another one", "is there one": a "one" that counts a thing, not picks an answer. */
const A_ONE = new Set(['a', 'an', 'another', 'there']);
/** A subject or an auxiliary two words before "one": the word between is its verb ("did it open one"). */
const VERB_OPENERS = new Set('it they he she we you i did does do ever also even'.split(' '));
/** Words no noun is: question words and the like. */
const STOP_WORDS_ONE = new Set(
  'what which who whom whose where when why how it they them that this one'.split(' '),
);

/**
 * A why whose pronouns, said as the names they stand for, make a question the article answers
 * surer with a quote the reading in context gave ("power went off on russia in front of the
 * cameras" -> "why was she so mad at them": "why was Samantha Power so mad at Russia"): the words
 * of the turn before that the reading carried ("in front of") weigh on it no more than they would
 * on that question asked alone. Only a why: the reasons the context found are the reasons of
 * whom it names; another follow-up's reading may be less sure on purpose in ways a bare
 * confidence does not show.
 */
function named(corpus: Corpus, vocab: Vocabulary, u: Understanding, read: FollowUp | null): FollowUp | null {
  // Not a reading made less sure on purpose (it misses what the follow-up changed, its quote gives
  // no reason), nor one refused outright.
  if (
    !read ||
    !u.cues.why ||
    u.refs.length === 0 ||
    read.decision.ids.length === 0 ||
    refusedOutright(read.decision) ||
    read.confidence !== calibratedConfidence(read.decision.features)
  )
    return read;
  const words = u.tokens.map((t) => t.raw);
  for (const { pronoun, id } of u.refs) {
    if (words[pronoun.index] === undefined) return read;
    words[pronoun.index] = `${nameOf(corpus, id)}${pronoun.possessive ? "'s" : ''}`;
  }
  const decision = decide(corpus, parse(corpus, vocab, words.join(' ')).analysis);
  const confidence = calibratedConfidence(decision.features);
  const given = read.decision.ids.slice(0, MAX_QUOTES);
  if (confidence <= read.confidence || refusedOutright(decision) || !given.includes(decision.ids[0] ?? ''))
    return read;
  return { ...read, confidence };
}

/** The message understood against the turn before, read in context (or alone when it stands on its own). */
/** A follow-up rewritten as a whole question (`text`), answered as that question and shown so. */
function readAs(corpus: Corpus, vocab: Vocabulary, text: string): FollowUp {
  const analysis = parse(corpus, vocab, text).analysis;
  const decision = decide(corpus, analysis);
  return {
    decision,
    confidence: calibratedConfidence(decision.features),
    reading: `Reading this as "${truncate(text, F.quotedQuestionLength)}"`,
    analysis,
  };
}

function inContext(corpus: Corpus, vocab: Vocabulary, u: Understanding, prev: Frame): FollowUp | null {
  // "what about the UK?" after what Australia said asks what the UK said: the article has the
  // word ("UK-based") but nobody by that name says anything, as when asked alone. Only a
  // name-like word ("UK"), not a word of English ("and the court?" asks about the court), nor a
  // figure ("and 62?" after who said 90 died asks who gave that one).
  const names = wordsOfNames(corpus);
  const notTheirs =
    splitTerms(vocab, prev.terms).say.length > 0 &&
    u.own.length === 0 &&
    u.refs.length === 0 &&
    (u.cues.whatAbout || u.cues.fragment) &&
    u.analysis.free.some(
      (w) =>
        corpus.index.has(w.term) &&
        !names.has(w.word) &&
        !corpus.reusable.english.has(w.word) &&
        !DIGITS.test(w.word),
    );
  // "what about canada, were they involved?", "and obama?": whom or what it turns to is a word
  // the article does not have at all, so nothing it says is about them.
  const objectEnd = u.cues.askedAt >= 0 ? u.cues.askedAt : u.tokens.length;
  const objectWords = new Set(
    u.tokens.slice(u.cues.aboutAt >= 0 ? u.cues.aboutAt + 1 : u.cues.start, objectEnd).map((t) => t.word),
  );
  // Not "and the smaller weapons?" after what was destroyed: a comparative before the thing
  // ("smaller", "heavier") picks some of what the answer before listed, no other thing.
  const picking = new Set(
    u.tokens
      .slice(0, objectEnd - 1)
      .filter((t, i) => objectWords.has(t.word) && isComparative(t.word) && u.tokens[i + 1] !== undefined)
      .map((t) => t.word),
  );
  // Nor the words that set something apart ("anything else apart from tanks", "aside from the
  // tanks?"): they name no other thing, even when the article lacks them ("apart").
  const settingApart = new Set(corpus.kb.chat.exclusions.flatMap((p) => p.split(/\s+/)));
  const unknownObject =
    (u.cues.whatAbout || (u.cues.fragment && !u.cues.questionWord && u.refs.length === 0)) &&
    u.own.length === 0 &&
    u.analysis.free.some(
      (w) =>
        objectWords.has(w.word) &&
        !picking.has(w.word) &&
        !settingApart.has(w.word) &&
        !corpus.index.has(w.term),
    );
  // "who is assad in this" -> "did he say anything himself about the strike": the one the
  // pronoun stands for, asked what they said, says nothing in the article; a sentence that names
  // them holds someone else's words (as "what about assad himself, did he say anything").
  const silent = u.readings.some(
    (r) =>
      r.speaker !== null &&
      u.refs.some((ref) => ref.id === r.speaker) &&
      !vocab.speaking.has(`e:${r.speaker}`),
  );
  const refused = (f: FollowUp | null): FollowUp | null =>
    f && (notTheirs || unknownObject || silent)
      ? {
          ...f,
          decision: { ...f.decision, notTheirWords: true },
          reading: f.reading ?? `Reading this as a follow-up to ${quotedQuestion(prev)}`,
        }
      : f;
  // "and injured?" after "how many died" or "the observatory says 90+ killed": a bare fragment
  // that names a thing (not whom, not "the observatory") asks the count the turn before asked, of
  // that thing ("how many injured"). A reading, in context or alone, whose quotes hold no figure
  // of it does not answer it ("killed or wounded" in Australia's condolences counts nobody).
  const counted = countedFragment(corpus, vocab, u, prev);
  const refusedAsCount = (a: QueryAnalysis): boolean => {
    if (!counted) return false;
    const d = decide(corpus, { ...a, words: counted.words, terms: unique([...a.terms, NUMBER]) });
    return d.countMissing || d.askedMissing;
  };
  // "what was the death toll" -> "what about the syrian soldiers?": people of a name, whom the
  // count counts, ask the count of them, not what the name said; answered when a quote gives it.
  if (counted && u.own.length > 0) {
    const d = decide(corpus, counted);
    if (!d.countMissing && !d.askedMissing && d.ids.length > 0)
      return {
        decision: d,
        confidence: calibratedConfidence(d.features),
        reading: `Reading this as how many of them, after ${quotedQuestion(prev)}`,
        analysis: counted,
      };
  }
  // The question alone, without the words that only made it a follow-up ("and", "sorry"):
  // decided once, when a check needs it.
  let alone: FollowUp | null | undefined;
  const standalone = (): FollowUp | null => {
    if (alone !== undefined) return alone;
    alone = null;
    if (u.analysis.terms.length === 0) return alone;
    const decision = decide(corpus, u.analysis);
    alone = {
      decision,
      confidence: calibratedConfidence(decision.features),
      // "the first guy" was read in context even so.
      reading: u.other ? `Reading '${u.other.words}' as ${nameOf(corpus, u.other.id)}` : null,
      analysis: u.analysis,
    };
    return alone;
  };

  // "no i meant where was power": a whole question after the correction is asked as it stands.
  // Not "i mean when": a question word alone asks the question before that way.
  const asksOwn = u.own.length > 0 || splitTerms(vocab, u.analysis.terms).topic.length > 0;
  // Not one with a "they" that stands for nobody it names ("sorry, where did they talk to
  // reporters" after the UN meeting: those at it): that points back too.
  const pointsBack = u.cues.pronouns.some(
    (p) => (p.kind === 'person' || p.kind === 'group') && !u.own.some((m) => m.end <= p.index),
  );
  // "no i meant russia, what it said": the one the correction names, asked their own words (a
  // fragment by its first word, a name, yet a whole question after it).
  const said =
    u.cues.correction && u.cues.questionWord && u.refs.length === 0 && !pointsBack
      ? theirOwnWords(corpus, vocab, u)
      : null;
  if (said) return readAs(corpus, vocab, said);
  // "no not the white house, canberra's lot - what did they say": a correction that sets one
  // aside and names another asks its question of the other.
  const instead = insteadOfSetAside(corpus, u);
  if (instead) return readAs(corpus, vocab, instead);
  // "where was power when churkin spoke" -> "other way round mate": the two swapped.
  const swapped = swappedRound(corpus, vocab, u, prev);
  if (swapped) return readAs(corpus, vocab, swapped);
  // "when did the UN meeting happen" -> "i mean who requested it": an "it" that ends the question
  // (its verb's object) and that the correction names nothing for is the thing asked before, so
  // the question is read in the conversation. Not "who said it was overloaded": a clause's own.
  const thingBack = u.cues.pronouns.some(
    (p) =>
      p.kind === 'thing' &&
      !p.possessive &&
      p.index === u.tokens.length - 1 &&
      !u.own.some((m) => m.end <= p.index),
  );
  if (
    u.cues.correction &&
    !u.cues.fragment &&
    u.cues.questionWord &&
    u.refs.length === 0 &&
    !pointsBack &&
    !thingBack &&
    asksOwn
  ) {
    const asked = standalone();
    // "how many died by the observatory's count" -> "no i mean what did moscow say": a correction
    // that asks nothing but what one it names said turns the question before to them, when that
    // reading leads with another quote than the question alone and is not clearly less sure
    // ("Damascus and Moscow put the death toll to 62").
    // Not after a question of what someone said: that turned to them is the question alone.
    // After "russia said 90 died" (what someone said, of a topic: the toll), "no, what did moscow
    // say" turns that topic to them too; after "what did russia say" alone, it is the question
    // alone.
    const before = splitTerms(vocab, prev.terms);
    const told = before.topic.some((t) => !t.startsWith('e:'));
    const turned = before.say.length === 0 || told ? saidOnlyBy(corpus, u) : null;
    if (turned) {
      const read = readAgainst(corpus, vocab, turned, parse(corpus, vocab, turned), prev);
      if (
        read &&
        read.decision.ids.length > 0 &&
        read.decision.ids[0] !== asked?.decision.ids[0] &&
        read.confidence + F.preferSameQuestion >= (asked?.confidence ?? 0)
      )
        return read;
    }
    const meant = u.tokens
      .slice(u.cues.start)
      .map((t) => t.raw)
      .join(' ');
    // "how many tanks were destroyed" -> "sorry, how many mortars i wanted to say": asked again
    // as the question before asked, of a thing of the same kind (both equipment), the correction
    // swaps the thing and the rest of that question stands (destroyed).
    const swappedThing = asked && meant ? likeThingSwapped(corpus, vocab, u, prev) : null;
    if (swappedThing && asked && swappedThing.confidence > asked.confidence)
      return {
        ...swappedThing,
        reading: `Reading this as "${truncate(meant, F.quotedQuestionLength)}", after ${quotedQuestion(prev)}`,
      };
    if (asked && meant)
      return { ...asked, reading: `Reading this as "${truncate(meant, F.quotedQuestionLength)}"` };
  }
  const writers = writersOwnWord(corpus, vocab, u, prev);
  if (writers) return writers;
  // "what about australia, what did it promise": a whole question about whom it names, with
  // nothing that points back, stands on its own.
  // "the russian guy, does he ...", read in context, is a whole question about whom it names.
  if (u.cues.askedAt >= 0 && u.own.length > 0 && u.refs.length === 0) {
    // "what about assad himself, did he say anything": whom it turns to says nothing in the
    // article, whatever sentence names them.
    const whom = u.own[0];
    if (whom && !vocab.speaking.has(`e:${whom.id}`) && u.analysis.terms.some((t) => vocab.say.has(t))) {
      const asked = standalone();
      if (asked)
        return {
          ...asked,
          decision: { ...asked.decision, notTheirWords: true },
          reading: asked.reading ?? `Reading this as what ${nameOf(corpus, whom.id)} said`,
        };
    }
    // "what about the pentagon, what did their guy say": the question after it, its owner's
    // pronoun in the name's place ("what did the pentagon's guy say").
    const owned = ownersQuestion(corpus, vocab, u);
    if (owned) return readAs(corpus, vocab, owned);
    // "what about the americans, did they express anything?": a question that asks nothing but
    // what they said is "what about the americans?", the question before asked of them.
    const turned = turnsOnlyTo(corpus, u, prev);
    if (turned) return readAgainst(corpus, vocab, turned, parse(corpus, vocab, turned), prev);
    if (u.other) return refused(standalone());
    // "what about IS, did they lose anyone" after the toll: the question after it is about whom
    // it names; alone it may be answered by a quote about someone else (the regime's losses),
    // which says nothing of them: the article does not say.
    // Only whom "what about" names, before the question, that question's pronoun standing for them.
    const pointed = u.cues.pronouns.some(
      (p) => p.index >= u.cues.askedAt && (p.kind === 'person' || p.kind === 'group'),
    );
    const asked = whom && whom.end <= u.cues.askedAt && pointed ? standalone() : null;
    const lead = asked?.decision.ids[0];
    // A quote of the body over them is about them too ("no i mean the syrian army, what did they
    // lose": the Syrian regime's list of its losses).
    const over = whom ? corpus.kb.entityById.get(whom.id)?.parent : undefined;
    if (asked && whom && lead !== undefined && !byOrAbout(corpus, lead, over ? [whom.id, over] : [whom.id]))
      return untold(asked, `Reading this as a question about ${nameOf(corpus, whom.id)}`);
    return null;
  }
  // "what about territory, did they lose any" after what equipment Syria lost: a whole question
  // about a thing, its subject a pronoun for whom the turn before named, is that question asked
  // of them and of the thing ("did Syria lose any territory").
  const ownQuestion = thingAskedOf(corpus, u);
  // Not "what about canada, were they involved?": a thing the article has no word for, or a
  // name nobody by which says anything, is refused as before.
  if (ownQuestion) return refused(readAs(corpus, vocab, ownQuestion));
  const every = everyOneNamed(corpus, vocab, u) ?? everyOneShown(corpus, vocab, u, prev);
  if (every) return every;
  const side =
    sideNamed(corpus, vocab, u, prev) ??
    everySideAsked(corpus, vocab, u, prev) ??
    speakerChosen(corpus, vocab, u, prev);
  if (side) return side;
  // "sorry the other one the russian foreign ministry what did they say about the pilots": the
  // name after "the other one" says which one (someone the turn before was not about), and the
  // question that follows is asked of them, not another answer to the question before.
  const namesWhich =
    u.cues.questionWord && u.own.some((m) => m.start > u.cues.otherThingAt && !prev.entities.includes(m.id));
  if (u.cues.otherThingAt >= 0 && !u.other && !namesWhich) {
    const other = otherAnswer(corpus, vocab, u, prev);
    if (other) return otherNamed(corpus, vocab, u, prev, other) ?? other;
  }
  // "does anyone else see it differently?": whom the turn before was about is not asked about;
  // after one side of a contested point, the other side is.
  const others = u.cues.someoneElse ? prev.entities.filter((id) => !u.own.some((m) => m.id === id)) : [];
  // Only when it asks nothing else in the article's words but that they differ ("condolences
  // from anyone else?" asks the same thing of others).
  const asksOnlyOthers =
    u.own.length === 0 &&
    !u.analysis.terms.some(
      (t) => !t.startsWith('e:') && t !== DIFFER && corpus.index.has(t) && !vocab.say.has(t),
    );
  // "whose planes did the strike, the US?" -> "and who else": who else did that thing, not
  // another side of the point the answer before was on (Russia's complaint about Washington).
  const whoElse = u.tokens.some((t, i) => WHO_ELSE.has(t.word) && u.tokens[i + 1]?.word === 'else');
  if (others.length > 0 && asksOnlyOthers && !whoElse) {
    const other = otherAnswer(corpus, vocab, u, prev, true);
    if (other) return other;
  }
  // "what did the pentagon say before the strike" -> "my bad, i mean after it": a correction
  // that turns the question before's time the other way asks that question so, not what was
  // said next.
  if (u.cues.correction && u.cues.after) {
    const turned = turnedTime(corpus, u, prev);
    if (turned) return readAs(corpus, vocab, turned);
  }
  // "why did they stop after that" asks why, "after that" placing it: not what came next.
  if (u.cues.after && !u.cues.why) {
    const next = whatCameNext(corpus, vocab, u, prev);
    if (next) return next;
  }
  const means = meansAsked(corpus, vocab, u, prev);
  if (means) return means;
  if (u.cues.whyOnly) {
    const next = whyNext(corpus, vocab, u, prev);
    if (next) return untoldAlone(corpus, vocab, u, next) ?? next;
  }
  // "what about damascus?" after what the observatory said of the deaths: the same question of
  // Damascus. Asking less (Damascus alone) is easier to cover, so it must be clearly surer.
  const onlyWhom =
    u.own.length > 0 && !u.analysis.terms.some((t) => !t.startsWith('e:') && corpus.index.has(t));
  const preferFirst = onlyWhom ? F.preferSameQuestion : F.preferFirstReading;
  // "IS shot down a plane sunday" -> "why was it even flying there": a why's subject "it" that
  // stands for the topic of the question before (no one named) is that topic; a reading that
  // drops it answers only with a quote that holds something of it (not the coalition's target,
  // about IS alone). A forum that says nothing itself is part of that topic ("the kremlin called
  // the UN meeting" -> "why was it closed to the press": the Security Council's session). Not
  // when the turn before spoke of the article or the story itself, which "it" may be ("the
  // article is biased ... does it even give the US account").
  const prevTopic = splitTerms(vocab, prev.terms).topic;
  const itsTopic =
    u.cues.why && topicPointedAt(u) && !prevTopic.includes(SUMMARY)
      ? prevTopic.filter(
          (t) =>
            corpus.index.has(t) &&
            (!t.startsWith('e:') || corpus.kb.entityById.get(t.slice(2))?.kind === 'institution'),
        )
      : [];
  const scored = u.readings.map((r, i) => {
    const found = decide(corpus, r.analysis);
    const decision = refusedAsCount(r.analysis) ? { ...found, countMissing: true } : found;
    // A reading whose answer is not about what the follow-up turned to ("and the americans?"
    // answered by Australia's words again) ranks as the answer would be trusted in the end.
    const focused = preferOthers(corpus, preferFocus(corpus, decision, r.focus, r.speaker), others);
    // So does one whose answer is: as sure as the quote it leads with, not the one it passed over
    // ("what did russia say about the pilots" -> "what about australia": the pilots are in
    // Russia's words, none of Australia's).
    const confidence = calibratedConfidence(focused.features);
    const missed =
      !answersPoint(corpus, vocab, focused, r.asks ?? u.analysis, r.focus) ||
      pronounLeftBehind(corpus, itsTopic, r, focused);
    const rank = confidence * (missed ? F.missedPoint : 1) + (i === 0 ? preferFirst : 0);
    return { r, decision, confidence, focused, missed, rank };
  });
  scored.sort((a, b) => b.rank - a.rank);
  // "what did the US say about the deaths" -> "and australia, what about them": the question
  // before asked of whom it names alone. Answered surely by their own sentence holding what that
  // question asked and the looser reading drops (Australia's condolences for those killed), it is
  // not passed over for whatever else they said.
  const same = onlyWhom ? scored.find((s) => s.r === u.readings[0]) : undefined;
  const loosest = scored[0];
  if (same && loosest && same !== loosest && asksOfThemToo(corpus, same, loosest)) {
    scored.splice(scored.indexOf(same), 1);
    scored.unshift(same);
  }
  const best = scored[0];
  if (!best) return standalone();
  // Alone, "did anyone else express regret?" may be answered with whom it excludes.
  const aloneFits = (f: FollowUp | null): f is FollowUp =>
    f !== null && !byOrAbout(corpus, f.decision.ids[0] ?? '', others);
  // After a weak cue ("and" before a whole question) the question alone wins unless the
  // context makes it clearly surer.
  if (u.weak) {
    const asked = standalone();
    if (aloneFits(asked) && asked.confidence + F.preferStandalone >= best.confidence) return refused(asked);
  }
  let decision =
    theirSide(corpus, vocab, best.focused, best.r, u, prev) ??
    nearestTheAnswerBefore(corpus, vocab, best.focused, best.r, u, prev);
  // The very sentence that answered the turn before, holding nothing of what this one asks,
  // answers the question before again ("what happened to its crew" after who shot the plane
  // down; "and wounded?" after the toll): a quote given with it that does hold it leads, else
  // it is surer still that this one is not answered.
  // "when was the UN meeting?" -> "and in which city?": a place asked of the thing asked before.
  if (decision.qa && asksOnlyPlace(vocab, u)) decision = ledByPlace(corpus, decision, u.analysis.words);
  let again = false;
  if (best.missed && decision.ids[0] !== undefined && decision.ids[0] === prev.quoteIds[0]) {
    const held = decision.ids
      .slice(1, MAX_QUOTES)
      .find((id) =>
        answersPoint(corpus, vocab, { ...decision, ids: [id] }, best.r.asks ?? u.analysis, best.r.focus),
      );
    if (held) decision = { ...decision, ids: [held, ...decision.ids.filter((id) => id !== held)] };
    else again = true;
  }
  let confidence = decision === best.decision ? best.confidence : calibratedConfidence(decision.features);
  // The answer must answer what the follow-up changed: "and how many wounded?" is not
  // answered by the death toll again.
  if (best.missed) confidence *= F.missedPoint;
  if (again) confidence *= F.missedPoint;
  // "how many australian jets took part" (not told) -> "and american ones?": a turn naming only
  // whom keeps the count the question before asked; a quote about them holding nothing of that deed
  // answers another question of them, and what was asked is no more told of them than before.
  if (
    onlyWhom &&
    u.cues.pronouns.length === 0 &&
    prev.quoteIds.length === 0 &&
    askWordOf(parse(corpus, vocab, prev.question).analysis.words) === 'how many' &&
    lacksDeed(corpus, vocab, decision, prev)
  )
    confidence = 0;
  // Whatever the cue, a question with a topic of its own and no pronoun that is far surer
  // alone is a change of subject ("and the death toll?" after the equipment destroyed; "and
  // brandt?" names only whom to ask the question before about).
  const ownTopic = u.analysis.terms.some((t) => !t.startsWith('e:') && corpus.index.has(t));
  if (ownTopic && u.cues.pronouns.length === 0) {
    const asked = standalone();
    if (
      aloneFits(asked) &&
      asked.confidence >= confidence + F.surerAlone &&
      !refusedAsCount(counted ?? u.analysis)
    )
      // Not "and the UK's?" after what Australia's military said: surer alone only by the word
      // ("UK-based"), it still asks what the UK said, and nobody by that name says anything.
      return notTheirs
        ? refused(asked)
        : peopleOfDeedUntold(corpus, vocab, u, prev, asked.decision)
          ? untold(asked, `Reading this as a follow-up to ${quotedQuestion(prev)}`)
          : asked;
  }
  const reading = readingLine(corpus, u, best.r, prev, others);
  // "what did the IS shoot down" -> "what about the crew?": whoever it turns to, by what they are,
  // is asked of the deed the turn before told; a quote that holds nothing of that deed (Russia on
  // the Western pilots) does not answer, and the article says nothing of them there.
  if (peopleOfDeedUntold(corpus, vocab, u, prev, decision))
    return untold(
      { decision, confidence, reading, analysis: best.r.analysis },
      reading ?? `Reading this as a follow-up to ${quotedQuestion(prev)}`,
    );
  // "what did the syrian army call the strikes" -> "when did they say it?": when or where someone
  // said something is told by their own sentence, or by one telling of them with no speaker of its
  // own ("Samantha Power ... spoke to the press outside ..."); another's sentence that only names
  // them ("The Saturday night raid ..., according to the UK-based Syrian Observatory") gives the
  // time of something else.
  if (timeOfOthersWords(corpus, vocab, u, decision))
    return untold(
      { decision, confidence, reading, analysis: best.r.analysis },
      reading ?? `Reading this as a follow-up to ${quotedQuestion(prev)}`,
    );
  // "did power talk to the press" -> "why was she outside and not in the chamber?": a why with
  // words of its own, read in context, found the sentence that tells the detail it asks the
  // reason of. As for a why that restates the turn before (follow-up-answers.ts sameAnswer), that
  // sentence answers only with a reason given in or after the detail's clause, whoever's words it
  // is: else the article tells that it was so, not why.
  if (
    reading !== null &&
    u.cues.why &&
    !u.cues.whyOnly &&
    !u.cues.correction &&
    reasonNotGiven(corpus, vocab, u, prev, decision)
  )
    return {
      decision: { ...decision, ids: [], qa: null },
      confidence: 0,
      reading,
      analysis: best.r.analysis,
    };
  return refused({ decision, confidence, reading, analysis: best.r.analysis });
}

/** Whether a subject "it" that stands for no one named points back at the topic ("why was it flying"). */
function topicPointedAt(u: Understanding): boolean {
  return u.cues.pronouns.some(
    (p) =>
      p.word === 'it' &&
      subjectPosition(u.tokens, p.index) &&
      p.index < u.tokens.length - 1 &&
      !u.refs.some((r) => r.pronoun === p),
  );
}

/**
 * Whether a reading leaves behind the topic a why's "it" stands for (`topic`: the question
 * before's, empty when no "it" points back at it): it carries none of it, and its answer's first
 * quote holds none of it either.
 */
function pronounLeftBehind(corpus: Corpus, topic: readonly Term[], r: Reading, decision: Decision): boolean {
  if (topic.length === 0 || topic.some((t) => r.analysis.terms.includes(t))) return false;
  const quote = corpus.passageTerms.get(decision.ids[0] ?? '');
  return quote !== undefined && !topic.some((t) => quote.has(t));
}

/**
 * "and in which city?", "where was it?": a follow-up whose own words ask where and nothing else
 * (no topic of its own, no name).
 */
function asksOnlyPlace(vocab: Vocabulary, u: Understanding): boolean {
  // Not where someone was ("where was he?"): the place of a thing.
  if (
    u.own.length > 0 ||
    u.cues.pronouns.some((p) => p.kind !== 'thing') ||
    !u.analysis.terms.includes(PLACE)
  )
    return false;
  const { topic } = splitTerms(vocab, u.analysis.terms);
  return topic.every((t) => t === PLACE);
}
const PLACE: Term = 'c:place';

/**
 * Whether a fragment turns to people by their role ("what about the crew?", "the pilots?"),
 * naming no one, after a turn that told a deed (not what someone
 * said) and was answered, while the answer's first quote holds none of that deed's words: what
 * befell them there, or what they did in it, is not told.
 */
function peopleOfDeedUntold(
  corpus: Corpus,
  vocab: Vocabulary,
  u: Understanding,
  prev: Frame,
  decision: Decision,
): boolean {
  // "what about the crew?" asks nothing besides whom it turns to; "what about the crew, who were
  // they" asks a question of its own.
  const asks = u.cues.whatAbout ? u.cues.askedAt >= 0 : u.cues.questionWord;
  // Not a correction ("no the other statement, the one about the pilots"): it asks anew.
  if (!(u.cues.whatAbout || u.cues.fragment) || asks || u.refs.length > 0 || u.other || u.cues.correction)
    return false;
  // People by their role or post ("the crew", "the pilots", "the commanders"), not those a count
  // counts ("what about soldiers?" after what equipment was lost asks how many died).
  const last = u.tokens[u.tokens.length - 1]?.word ?? '';
  if (!(CREW.has(last) || corpus.kb.chat.personWords.includes(last))) return false;
  // Only people by what they are: a name before them is whose they are ("IS fighters"), not whom
  // it turns to ("and churkin?").
  if (u.own.some((m) => m.end === u.tokens.length)) return false;
  if (prev.quoteIds.length === 0) return false;
  const before = splitTerms(vocab, prev.terms);
  if (before.say.length > 0) return false;
  const deed = before.topic.filter((t) => !t.startsWith('e:') && corpus.index.has(t));
  const lead = decision.ids[0];
  if (deed.length === 0 || lead === undefined) return false;
  return !deed.some((t) => corpus.passageTerms.get(lead)?.has(t));
}
/** Nouns for the people aboard an aircraft. */
const CREW = new Set(['crew', 'crews', 'aircrew', 'aircrews', 'crewmen']);

/** A reading refused: the article does not tell what it asks. */
/**
 * Whether a follow-up asks only when or where whom its pronoun stands for said something ("when
 * did they say it", "where did she say that") and the answer's first quote is someone else's
 * words: it tells the time or place of what that other said, not of theirs.
 */
function timeOfOthersWords(corpus: Corpus, vocab: Vocabulary, u: Understanding, decision: Decision): boolean {
  const words = u.tokens.map((t) => t.word);
  const asks = askWordOf(words);
  if (asks !== 'when' && asks !== 'where') return false;
  if (!u.analysis.terms.some((t) => vocab.say.has(t))) return false;
  const whom = u.refs.filter((r) => r.pronoun.kind === 'person' || r.pronoun.kind === 'group');
  if (whom.length === 0 || u.own.length > 0) return false;
  const speaker = corpus.kb.passageById.get(decision.ids[0] ?? '')?.speaker;
  if (!speaker) return false;
  return !whom.some(
    (r) => r.id === speaker || voiceOf(corpus, vocab, r.id) === speaker || speaksFor(corpus, speaker, r.id),
  );
}

function untold(read: FollowUp, reading: string): FollowUp {
  return { ...read, decision: { ...read.decision, ids: [], qa: null }, confidence: 0, reading };
}

/**
 * Whether the answer's first quote holds none of the topic words (no names) of the question
 * before that the article uses: false when that question had none.
 */
function lacksDeed(corpus: Corpus, vocab: Vocabulary, decision: Decision, prev: Frame): boolean {
  const deed = splitTerms(vocab, prev.terms).topic.filter((t) => !t.startsWith('e:') && corpus.index.has(t));
  if (deed.length === 0) return false;
  const first = decision.ids[0];
  const held = first ? corpus.passageTerms.get(first) : undefined;
  return !deed.some((t) => held?.has(t));
}

/**
 * Does the question before asked of whom a follow-up names (`same`) stand against a looser
 * reading that drops some of it (`loosest`)? When its first quote is their own, holds every word
 * of the question before the looser reading lacks, answers its point and clears the threshold with
 * the margin of a reading in context.
 */
function asksOfThemToo(
  corpus: Corpus,
  same: { r: Reading; confidence: number; missed: boolean; focused: Decision },
  loosest: { r: Reading },
): boolean {
  const lead = same.focused.ids[0];
  if (!lead || same.missed || same.r.focus.length === 0) return false;
  if (same.confidence < corpus.kb.settings.abstainBelow + F.readMargin) return false;
  const dropped = same.r.analysis.terms.filter(
    (t) => !t.startsWith('e:') && !loosest.r.analysis.terms.includes(t),
  );
  return (
    dropped.length > 0 &&
    dropped.every((t) => corpus.passageTerms.get(lead)?.has(t)) &&
    same.r.focus.some((id) => corpus.passageSpeakers.get(lead)?.has(`e:${id}`))
  );
}

/**
 * "russia keeps complaining the US won't coordinate" -> "why does washington refuse though": a why
 * in words of its own, read as a why of the turn before because its words restate it, is refused
 * when the message alone refuses the quotes it would give for want of a stated reason (the
 * refusal is only what Russia grieves at; answer-type.ts reasonUntold): the context says what
 * the why is about, never that the article tells its reason. Null when it stands.
 */
function untoldAlone(corpus: Corpus, vocab: Vocabulary, u: Understanding, read: FollowUp): FollowUp | null {
  const shown = read.decision.ids.slice(0, MAX_QUOTES);
  if (shown.length === 0) return null;
  const alone = parse(corpus, vocab, u.text).analysis;
  const known = alone.terms.filter((t) => corpus.index.has(t));
  if (!reasonUntold(corpus, alone.words, known, shown)) return null;
  return {
    ...read,
    decision: { ...read.decision, ids: [], qa: null },
    confidence: 0,
    repeated: false,
    lacks: true,
  };
}

/**
 * "not that, the other quote, on the american response", "no the other one, australia's line on
 * daesh": words after "the other ..." say which other answer is meant. They take the place of
 * what they correct in the question before (the reading in context), and its answer, leaving out
 * the quote that answered before, leads; the other answer still stands when those words find
 * nothing but that quote.
 */
function otherNamed(
  corpus: Corpus,
  vocab: Vocabulary,
  u: Understanding,
  prev: Frame,
  other: FollowUp,
): FollowUp | null {
  const after = u.tokens.slice(u.cues.otherThingAt + 2);
  // Words of the article's, besides a verb of saying ("line", "quote" ask for words, not which).
  const own = corpus.analyzer
    .analyzeTokens(after)
    .terms.filter((t) => corpus.index.has(t) && !vocab.say.has(t));
  if (own.length === 0) return null;
  const first = prev.quoteIds[0];
  const scored = u.readings
    .map((r) => {
      const decision = decide(corpus, r.analysis);
      const ids = decision.ids.filter((id) => id !== first);
      return { r, decision: { ...decision, ids }, confidence: calibratedConfidence(decision.features) };
    })
    .filter((s) => s.decision.ids.length > 0)
    .sort((a, b) => b.confidence - a.confidence);
  const best = scored[0];
  if (!best) return null;
  return {
    ...other,
    decision: { ...best.decision, qa: null },
    confidence: Math.max(best.confidence, other.confidence),
    analysis: best.r.analysis,
  };
}

/**
 * "exact words pls", "can you quote it", "what was the exact wording", "verbatim?": a message that
 * asks for nothing but the words of what was just said, as they were said (a word of quoting and
 * words that only ask), naming no one.
 */
function asksTheWords(cw: CueWords, parsed: Parsed): boolean {
  return (
    parsed.own.length === 0 &&
    parsed.tokens.some((t) => cw.quoting.has(t.word)) &&
    parsed.tokens.every((t) => cw.quoting.has(t.word) || cw.quoteRequests.has(t.word))
  );
}
/**
 * "exact words on washington?", "his quote about the pentagon": a word of quoting and words that
 * only ask, then "on" or "about" and what the words were about, after a turn answered with
 * someone's words: "what did <that speaker> say about <it>". Null for any other shape, or when the
 * first quote before has no one speaker.
 */
function theirWordsOn(corpus: Corpus, cw: CueWords, typed: readonly Token[], prev: Frame): string | null {
  // As typed: the chat reader drops "exact words" as filler.
  const words = typed.map((t) => t.word);
  const at = words.findIndex((w) => ON_WHAT.has(w));
  if (at < 1 || at === words.length - 1) return null;
  const before = words.slice(0, at);
  if (!before.some((w) => cw.quoting.has(w))) return null;
  if (!before.every((w) => cw.quoting.has(w) || cw.quoteRequests.has(w))) return null;
  const rest = typed.slice(at + 1);
  // "exact words on that": nothing named, the words just quoted again.
  if (rest.every((t) => cw.quoteRequests.has(t.word))) return null;
  const first = prev.quoteIds[0];
  const speakers = first ? [...(corpus.passageSpeakers.get(first) ?? [])] : [];
  const ids = speakers.filter((t) => t.startsWith('e:')).map((t) => t.slice(2));
  const id = ids.find((i) => prev.entities.includes(i)) ?? (ids.length === 1 ? ids[0] : undefined);
  if (!id) return null;
  return `what did ${nameOf(corpus, id)} say about ${rest.map((t) => t.raw).join(' ')}`;
}
/**
 * "did the pentagon warn moscow" -> "what did russia say about that", "and what does damascus
 * say about it?": a question of what one name said, about a "that" (or "this", "it") ending it,
 * asks their words on what the turn before was about. When the answer before quoted a sentence of
 * theirs, not first (Russia's complaint behind the Pentagon's account), that sentence leads, then
 * what they said as the question alone finds it. Else null: read as any follow-up.
 */
function theirsOnThat(
  corpus: Corpus,
  vocab: Vocabulary,
  parsed: Parsed,
  typed: readonly Token[],
  prev: Frame,
): FollowUp | null {
  const words = typed.map((t) => t.word).filter((w) => /\p{L}/u.test(w));
  const last = words.at(-1) ?? '';
  if (!THAT_SAID.has(last) || !ON_WHAT.has(words.at(-2) ?? '')) return null;
  const [whom] = parsed.own;
  if (!whom || parsed.own.some((m) => m.id !== whom.id)) return null;
  if (!parsed.analysis.terms.some((t) => vocab.say.has(t))) return null;
  const term: Term = `e:${whom.id}`;
  const lead = prev.quoteIds.find((id) => corpus.passageSpeakers.get(id)?.has(term));
  if (lead === undefined || lead === prev.quoteIds[0]) return null;
  const decision = decide(corpus, parsed.analysis);
  return {
    decision: { ...decision, ids: [lead, ...decision.ids.filter((id) => id !== lead)], qa: null },
    confidence: calibratedConfidence(decision.features),
    reading: `Reading 'that' as what ${quotedQuestion(prev)} was about`,
    analysis: parsed.analysis,
  };
}
/**
 * "what did isis do after the strike" -> "and damascus, what do they claim?": the answer before
 * reported the claim of the one now asked in passing ("..., although Damascus has claimed it
 * reclaimed most of the lost ground", the reporter's sentence, not theirs): what they claim is
 * there, and that sentence leads. Only a question of their words (a verb of saying) that names
 * them alone and asks what they said, not when, where or why.
 */
function claimReportedBefore(
  corpus: Corpus,
  vocab: Vocabulary,
  parsed: Parsed,
  prev: Frame,
): FollowUp | null {
  const [whom] = parsed.own;
  if (!whom || parsed.own.some((m) => m.id !== whom.id)) return null;
  const term: Term = `e:${whom.id}`;
  // Nothing asked but their words: not "what did she say russia never demanded", "the US
  // diplomats, what did they say" (a role of theirs).
  const { terms } = parsed.analysis;
  if (!terms.some((t) => vocab.say.has(t)) || !terms.every((t) => t === term || vocab.say.has(t)))
    return null;
  const asks = askWordOf(parsed.analysis.words);
  if (asks !== 'what' && asks !== null) return null;
  // "what did damascus say after that": what they said next is read as such (whatCameNext).
  if (parsed.analysis.words.some((w) => NEXT_WORDS.has(w))) return null;
  // Asked what they claim, in that word: "what did the US diplomats say" after the toll asks
  // their words at large, not the claim the toll's sentence reports ("which the US claims ...").
  if (!parsed.analysis.words.some((w) => /^claim(?:s|ed|ing)?$/.test(w))) return null;
  const lead = prev.quoteIds
    .slice(0, MAX_QUOTES)
    .find((id) => !corpus.passageSpeakers.get(id)?.has(term) && claimsIn(corpus, id, term));
  if (lead === undefined) return null;
  const decision = decide(corpus, parsed.analysis);
  return {
    decision: { ...decision, ids: [lead, ...decision.ids.filter((id) => id !== lead)], qa: null },
    confidence: calibratedConfidence(decision.features),
    reading: `Reading this as the claim of ${nameOf(corpus, whom.id)} in the answer to ${quotedQuestion(prev)}`,
    analysis: parsed.analysis,
  };
}

/** Words asking what came next, read by the rules of what came next. */
const NEXT_WORDS = new Set(['after', 'afterwards', 'later', 'next', 'then']);
/** Verbs of claiming, as a reporter tells another's claim: "Damascus has claimed ...". */
const CLAIMING = new Set([
  'claimed',
  'claims',
  'said',
  'says',
  'insisted',
  'insists',
  'maintained',
  'maintains',
  'stated',
  'states',
  'alleged',
  'alleges',
]);
/** Words between the claimant and the verb: "Damascus has claimed", "the US also said". */
const BEFORE_CLAIM = new Set(['has', 'have', 'had', 'also', 'later', 'reportedly']);
/**
 * Does the sentence tell the claim of this one, named as the subject of a verb of claiming ("...,
 * although Damascus has claimed it reclaimed ...", "which the US claims was unintentional")? Not
 * a name after a preposition ("through the Russian government, lamenting ...").
 */
function claimsIn(corpus: Corpus, id: string, term: Term): boolean {
  const text = corpus.kb.passageById.get(id)?.text;
  if (!text) return false;
  const tokens = tokenize(text);
  return corpus.lexicon.match(tokens).some((m) => {
    if (!m.terms.includes(term)) return false;
    let at = m.end;
    while (at < m.end + 2 && BEFORE_CLAIM.has(tokens[at]?.word ?? '')) at++;
    return CLAIMING.has(tokens[at]?.word ?? '');
  });
}

/** What words were about: "exact words on washington", "the quote about the pentagon". */
const ON_WHAT = new Set(['on', 'about', 'regarding', 'concerning']);

/**
 * "what was that referring to", "what is this talking about", "what did she mean by that", "is
 * that actually what the article says", "is that true?": a message of a "that" (or "this", "it") that points at what was just
 * said, and words that ask only what it means or whether it is so, naming no one.
 */
function asksOfTheQuote(parsed: Parsed, typed: readonly Token[]): boolean {
  const words = parsed.tokens.map((t) => t.word);
  // The chat reader drops "mean" as a filler ("i mean"): "what did she mean by that" asks what
  // the words meant, as typed, when no "i" says it.
  const means = typed.some((t, i) => MEANING.has(t.word) && typed[i - 1]?.word !== 'i');
  return (
    parsed.own.length === 0 &&
    words.some((w) => THAT_SAID.has(w)) &&
    (means || words.some((w) => MEANING.has(w) || CONFIRMING.has(w))) &&
    words.every((w) => THAT_SAID.has(w) || MEANING.has(w) || CONFIRMING.has(w) || ASKING_OF.has(w))
  );
}
const THAT_SAID = new Set(['that', 'this', 'it', 'thats', "that's"]);
/** What words mean or point at. */
const MEANING = new Set('refer refers referring referred mean means meant meaning talking'.split(' '));
/** Whether they are so. */
const CONFIRMING = new Set('true right correct accurate legit actually really'.split(' '));
/** Words that only ask, or name the telling ("what the article says"). */
const ASKING_OF = new Set(
  `what was is were did does do he she they by about to the article piece story report says said say
   so even exactly ok okay and but though tho pls please`.split(/\s+/),
);

/** Words for every one of the sides: "both numbers", "all the figures", "each count". */
const EVERY_SIDE = new Set(['both', 'all', 'each']);

/**
 * "power and churkin had a row" -> "what did each of them say", "what did they both say": what
 * every one of a group said, the group a plural pronoun for the people named before ("each of
 * them", "they each"; follow-up-reading.ts everyOneAt), when two of them or more are the own
 * speakers of the sides of an exchange (contested.yaml `speakers`): every side of it, one
 * sentence of each side first, as sure as the least sure of "what did X say" of each of them.
 * Not the topic of the turn before ("the row"), which may be nobody's words. Null otherwise.
 */
function everyOneNamed(corpus: Corpus, vocab: Vocabulary, u: Understanding): FollowUp | null {
  const every = u.refs.filter((r) => everyOneAt(u.tokens, r.pronoun.index));
  const people = unique(every.map((r) => r.id));
  const say = splitTerms(vocab, u.analysis.terms).say;
  // Only what they said: "where was each of them" asks something else of each.
  if (people.length < 2 || say.length === 0 || splitTerms(vocab, u.analysis.terms).topic.length > 0)
    return null;
  const named = people.flatMap((id) => corpus.lexicon.entityTerms(id));
  const point = exchangeNamed(corpus, named);
  if (!point) return null;
  const each = people.map((id) =>
    decide(corpus, { ...u.analysis, terms: unique([...corpus.lexicon.entityTerms(id), ...say]) }),
  );
  if (each.some((d) => d.ids.length === 0 || refusedOutright(d))) return null;
  const confidence = Math.min(...each.map((d) => calibratedConfidence(d.features)));
  const firsts = point.sides.flatMap((side) => side.ids.slice(0, 1));
  const ids = unique([...firsts, ...point.sides.flatMap((side) => side.ids)]);
  const analysis: QueryAnalysis = {
    ...u.analysis,
    terms: unique([...named, ...u.analysis.terms]),
    everyOne: true,
  };
  const decision = each[0] as Decision;
  const names = people.map((id) => nameOf(corpus, id));
  return {
    decision: { ...decision, ids, qa: null },
    confidence,
    reading: `Reading this as what each of ${names.slice(0, -1).join(', ')} and ${names.at(-1)} said`,
    analysis,
    repeated: true,
  };
}

/**
 * "russia and the us were fighting at the un?" -> "what did each of them say": what every one of
 * a group said (a plural pronoun after "each of", "both of"; everyOneAt), asking nothing else,
 * when the answer before quoted two sides or more of one contested point (the exchange at the UN,
 * though its first quote was another point's): every side of that point, the quotes of it given
 * before first (everySideBefore). Null otherwise.
 */
function everyOneShown(corpus: Corpus, vocab: Vocabulary, u: Understanding, prev: Frame): FollowUp | null {
  const every = u.refs.filter((r) => everyOneAt(u.tokens, r.pronoun.index));
  if (unique(every.map((r) => r.id)).length < 2) return null;
  const split = splitTerms(vocab, u.analysis.terms);
  if (split.say.length === 0 || split.topic.length > 0) return null;
  const sidesShown = (p: ResolvedContested) =>
    p.sides.filter((side) => side.ids.some((id) => prev.quoteIds.includes(id))).length;
  const shown = corpus.kb.contested.filter((p) => sidesShown(p) >= 2);
  // One point only: with two shown whole, which one is asked is not said.
  if (shown.length !== 1) return null;
  return everySideBefore(corpus, vocab, prev, shown[0]);
}

/**
 * "how many died according to the observatory" -> "no wait i need both numbers": a fragment
 * asking for every side's claim (chat.yaml sideClaims after "both", "all" or "each", a word
 * between at most) when the answer before was on a contested point asks the question before
 * again, every side of the point quoted, as sure as the point itself.
 */
function everySideAsked(corpus: Corpus, vocab: Vocabulary, u: Understanding, prev: Frame): FollowUp | null {
  const first = prev.quoteIds[0];
  if (!first || !u.cues.fragment || u.refs.length > 0) return null;
  const claims = cueWordsOf(corpus.kb.chat).sideClaims;
  const every = u.tokens.some(
    (t, i) =>
      EVERY_SIDE.has(t.word) &&
      (claims.has(u.tokens[i + 1]?.word ?? '') || claims.has(u.tokens[i + 2]?.word ?? '')),
  );
  if (!every) return null;
  return everySideBefore(corpus, vocab, prev);
}

/**
 * The question before asked again, every side of the contested point its answer was on quoted
 * (its quotes of a side first), as sure as that question; null when the answer before was on no
 * contested point. Of the points its first quote is a side of (one sentence can hold two claims:
 * the toll and "which the US claims was unintentional"), the one most of its quotes are sides of.
 */
function everySideBefore(
  corpus: Corpus,
  vocab: Vocabulary,
  prev: Frame,
  /** The point, when the caller chose it (everyOneShown). */
  chosen?: ResolvedContested,
): FollowUp | null {
  const first = prev.quoteIds[0];
  if (!first) return null;
  const points = corpus.contestedPoints.get(first) ?? [];
  const held = (p: ResolvedContested) =>
    prev.quoteIds.filter((id) => p.sides.some((s) => s.ids.includes(id))).length;
  const point =
    chosen ??
    points.reduce<ResolvedContested | undefined>(
      (best, p) => (best === undefined || held(p) > held(best) ? p : best),
      undefined,
    );
  if (!point) return null;
  const before = parse(corpus, vocab, prev.question).analysis;
  const again = decide(corpus, before);
  const ids = unique([
    ...prev.quoteIds.filter((id) => point.sides.some((s) => s.ids.includes(id))),
    ...point.sides.flatMap((s) => s.ids),
  ]);
  return {
    decision: { ...again, ids, qa: null },
    confidence: calibratedConfidence(again.features),
    reading: `Reading this as every side of ${quotedQuestion(prev)}`,
    analysis: before,
    repeated: true,
  };
}

/**
 * "how many were killed per SOHR" -> "no i meant the official figure, the regime and moscow one":
 * a correction that names, in a fragment, whose side of the contested point the answer before
 * was on it means instead (every body it names speaks that side's sentence) asks that side of
 * the question before, as sure as the point itself (as otherAnswer gives the other side).
 */
function sideNamed(corpus: Corpus, vocab: Vocabulary, u: Understanding, prev: Frame): FollowUp | null {
  const first = prev.quoteIds[0];
  if (!first || !u.cues.fragment || u.own.length === 0 || u.refs.length > 0) return null;
  // Only a side's claim, named as such (chat.yaml sideClaims: "the official figure", "moscow's
  // number"): "actually i meant syria's army" asks what the army said, not its side of the point.
  // Or a "one" after whose it is, when the question before asked such a claim ("what's the
  // observatory toll" -> "the official syrian one?"): the same question of that side, correction
  // or not.
  const claims = cueWordsOf(corpus.kb.chat).sideClaims;
  const claimed = u.tokens.some((t) => claims.has(t.word));
  const oneOf =
    !claimed &&
    u.tokens.some((t, i) => t.word === 'one' && i > 0 && u.own.some((m) => m.end === i)) &&
    tokenize(prev.question).some((t) => claims.has(t.word));
  if (!(claimed && u.cues.correction) && !oneOf) return null;
  const point = corpus.contestedBySentence.get(first);
  if (!point) return null;
  const named = u.own.map((m) => `e:${m.id}`);
  const side = point.sides.find(
    (s) =>
      !s.ids.includes(first) &&
      s.ids.some((id) => named.every((t) => corpus.passageSpeakers.get(id)?.has(t))),
  );
  if (!side) return null;
  // "no i meant damascus, what damascus claim about the ground": a thing of its own asked that
  // no sentence of that side holds and another sentence tells of them (the ground they claim
  // back, not the toll) is another question of theirs.
  const holds = (id: string, t: Term) => corpus.passageTerms.get(id)?.has(t) ?? false;
  const asked = splitTerms(vocab, u.analysis.terms).topic.filter(
    (t) => !t.startsWith('e:') && corpus.index.has(t) && !side.ids.some((id) => holds(id, t)),
  );
  const toldElsewhere = (t: Term) =>
    corpus.kb.passages.some(
      (p) =>
        holds(p.id, t) &&
        named.every((n) => corpus.passageSpeakers.get(p.id)?.has(n) || claimsIn(corpus, p.id, n)),
    );
  if (asked.some(toldElsewhere)) return null;
  const before = parse(corpus, vocab, prev.question).analysis;
  const again = decide(corpus, before);
  // Their own sentence of that side leads.
  const theirs = side.ids.filter((id) => named.every((t) => corpus.passageSpeakers.get(id)?.has(t)));
  const ids = unique([...theirs, ...side.ids, first]);
  return {
    decision: { ...again, ids, qa: null },
    confidence: calibratedConfidence(again.features),
    reading: `Reading this as the answer of ${unique(u.own.map((m) => nameOf(corpus, m.id))).join(' and ')} to ${quotedQuestion(prev)}`,
    analysis: before,
    repeated: true,
  };
}

/**
 * "the tanks the regime lost" -> "who said that, them or the SOHR?": who said what was just
 * quoted, offered a choice of speakers one of which is its speaker: that quote again, as sure as
 * it was (the other choice's own sentences answer nothing of what was asked).
 */
function speakerChosen(corpus: Corpus, vocab: Vocabulary, u: Understanding, prev: Frame): FollowUp | null {
  const first = prev.quoteIds[0];
  if (!first || u.tokens[0]?.word !== 'who' || !/\bor\b/i.test(u.text)) return null;
  if (splitTerms(vocab, u.analysis.terms).say.length === 0 && !u.tokens.some((t) => SPOKE.has(t.word)))
    return null;
  if (!u.tokens.some((t) => POINTING.has(t.word))) return null;
  const speakers = corpus.passageSpeakers.get(first);
  const choices = [...u.own.map((m) => m.id), ...u.refs.map((r) => r.id)];
  if (!speakers || choices.length < 2 || !choices.some((id) => speakers.has(`e:${id}`))) return null;
  return answeredAgain(corpus, vocab, prev, `Reading this as who said the answer to ${quotedQuestion(prev)}`);
}

/**
 * The answer before given again, as sure as its question is when asked again: only when that
 * question still finds the same first quote (its sureness is that quote's); else null.
 */
function answeredAgain(corpus: Corpus, vocab: Vocabulary, prev: Frame, reading: string): FollowUp | null {
  return answerAgainBy(corpus, prev, parse(corpus, vocab, prev.question).analysis, reading);
}

/**
 * Whether the first quote of a why's reading tells the detail the why asks about (a word of its
 * own, not the turn before's, that the quote holds) without giving a reason for it.
 */
function reasonNotGiven(
  corpus: Corpus,
  vocab: Vocabulary,
  u: Understanding,
  prev: Frame,
  decision: Decision,
): boolean {
  const first = decision.ids[0];
  const told = first === undefined ? undefined : corpus.kb.passageById.get(first);
  const quote = first === undefined ? undefined : corpus.passageTerms.get(first);
  if (!told || !quote) return false;
  const before = new Set(prev.terms);
  const held = splitTerms(vocab, u.analysis.terms).topic.filter((t) => corpus.index.has(t) && quote.has(t));
  const detail = held.filter((t) => !before.has(t));
  // Someone's words are their reasons for what they did or said ("what did vale say about the
  // ferry" -> "why did he promise an inquiry into it").
  // Only a why of what they said, or of what the turn before asked them to have said, or of
  // what the sentence tells as said: "did australia's jets take part" -> "why were they flying
  // with the americans" asks a reason for a deed the article tells of them, and their
  // condolences in the same sentence are none (follow-up-answers.ts theirWords).
  const whom = [...u.refs.map((r) => r.id), ...u.own.map((m) => m.id)];
  // "australia offered condolences" -> "why are they offering condolences, what's their link?":
  // the sentence opens with the name of whom the why asks of and a relative clause on them
  // ("Australia, whose aircraft took part in the strike, also offered ..."), which tells what
  // ties them to what they did. Only a why of something the quote tells that the turn before did
  // not ask ("did australia's jets take part" -> "why were they flying with the americans" asks
  // the reason for the very part the clause tells).
  if (detail.length > 0 && describedFirst(corpus, told.text, whom)) return false;
  if (
    told.speaker &&
    whom.includes(told.speaker) &&
    theirWords(corpus, vocab, told.id, [...u.analysis.terms, ...prev.terms])
  )
    return false;
  if (detail.length > 0)
    return !holdsReason(corpus, told.text, [...prev.terms, ...detail], detail, u.cues.circumstance);
  // "the IS shot down a syrian plane" -> "why the plane was flying there?": a why of what the
  // quote told, in words of its own. Someone's words are their reasons only for what they did or
  // said: not when the why points at someone else (IS's announcement is no reason for the flight).
  // "IS shot down a plane sunday" -> "why was it even flying there": nothing of the why's own
  // words is in the very sentence that answered the turn before, but its "it" stands for what that
  // sentence told: a why of it all the same.
  if (held.length === 0 && !(first === prev.quoteIds[0] && topicPointedAt(u))) return false;
  return !holdsReason(corpus, told.text, [...prev.terms, ...u.analysis.terms]);
}

/**
 * "did the white house say sorry to damascus" -> "directly?", "did the US send regret to syria" ->
 * "how did it get there": a follow-up that asks only how (a "how" with no word of its own the
 * article has, or a fragment of nothing but adverbs that say how) asks the means of what the
 * answer before told. When its first quote tells one ("through the Russian government", "by
 * calling for the UN meeting"), that answer again, as sure as the question before asked again;
 * else null (read as any other follow-up).
 */
function meansAsked(corpus: Corpus, vocab: Vocabulary, u: Understanding, prev: Frame): FollowUp | null {
  const first = prev.quoteIds[0];
  const told = first === undefined ? undefined : corpus.kb.passageById.get(first)?.text;
  if (!told || !MEANS.test(told) || u.cues.correction || u.cues.why || u.own.length > 0 || u.other)
    return null;
  const known = u.analysis.terms.some((t) => !t.startsWith('e:') && corpus.index.has(t));
  if (known) return null;
  const unknown = u.analysis.free.filter((f) => !corpus.index.has(f.term));
  const how =
    askWordOf(u.tokens.slice(u.cues.start).map((t) => t.word)) === 'how' || BY_WHAT_MEANS.test(u.text);
  const manner =
    u.cues.fragment &&
    !u.cues.questionWord &&
    unknown.length > 0 &&
    unknown.every((f) => f.modifier && MANNER.test(f.word));
  if (!how && !manner) return null;
  return answeredAgain(corpus, vocab, prev, `Reading this as how, following ${quotedQuestion(prev)}`);
}
/** A means told: "through the Russian government", "via Moscow", "by calling for the UN meeting". */
const MEANS = /\b(?:through|via)\s+(?:the|a|an|its|their|his|her)?\s*[A-Za-z]|\bby\s+[a-z]+ing\b/;
/**
 * "by what route?", "through which channel", "via what means": a how asked with a noun of ways, the
 * whole message (fillers after it aside).
 */
const BY_WHAT_MEANS =
  /^\s*(?:(?:and|but|so|ok|okay)\s+)?(?:by|through|via)\s+(?:what|which)\s+(?:route|routes|way|ways|means|channel|channels|path|avenue)(?:\s+(?:tho|though|then|exactly|again))*\s*[?!.]*\s*$/i;
/** An adverb of manner ("directly", "officially", "publicly"). */
const MANNER = /^[a-z]{4,}ly$/;

/** The concept of before: "previously", "before", "earlier" (synonyms.yaml). */
const PREVIOUS: Term = 'c:previous';
/** Words that stand for what the question before named: "i mean after it". */
const POINTING = new Set(['it', 'that', 'this', 'then']);

/**
 * "what did the pentagon say before the strike" -> "my bad, i mean after it": the question
 * before with its word of before and what follows it turned to the correction's "after" and what
 * follows that ("after the strike"; a word that points back keeps the question before's own);
 * null when the question before says no before, or the correction says more than its "after".
 */
function turnedTime(corpus: Corpus, u: Understanding, prev: Frame): string | null {
  const words = u.tokens.slice(u.cues.start).map((t) => t.word);
  const at = words.indexOf('after');
  if (at !== 0) return null;
  const asked = cleanQuestion(prev.question).text.split(/\s+/);
  const before = asked.findIndex(
    (w) => corpus.lexicon.single({ raw: w, word: w.toLowerCase() })?.terms.includes(PREVIOUS) === true,
  );
  if (before < 0) return null;
  const object = words.slice(at + 1);
  const own = object.length > 0 && !(object.length === 1 && POINTING.has(object[0] as string));
  return [...asked.slice(0, before), 'after', ...(own ? object : asked.slice(before + 1))].join(' ');
}

/** A verb that tells only that someone spoke, in any form ("said", "commented", "spoke"). */
function spoke(word: string): boolean {
  const past = IRREGULAR_PAST.get(word);
  return baseForms(word, 'v').some((b) => SPOKE.has(b)) || (past !== undefined && SPOKE.has(past));
}

/**
 * "what about the americans, did they express anything?", "what about the russian side of that,
 * did they agree?": the words before the question when it asks nothing of its own, only whether
 * or what whom they name said (a verb that tells only that someone spoke, a pronoun for them,
 * "anything"); else null. Not "what did it promise": a promise is a claim of its own.
 */
function turnsOnlyTo(corpus: Corpus, u: Understanding, prev: Frame): string | null {
  if (!u.cues.whatAbout || u.cues.askedAt <= 0) return null;
  const asked = u.tokens.slice(u.cues.askedAt);
  const ownTerms = new Set(
    u.own.filter((m) => m.start < u.cues.askedAt).flatMap((m) => corpus.lexicon.entityTerms(m.id)),
  );
  // "what do they say the US did" after "what did the US say it targeted": the doer the turn
  // before named, subject of a last bare "did" whose object is the "what" asked, is what they
  // did as that turn told it, nobody new.
  const last = u.tokens.length - 1;
  const doer = u.own.find(
    (m) =>
      m.start >= u.cues.askedAt &&
      m.end === last &&
      DO_FORMS.has(u.tokens[last]?.word ?? '') &&
      prev.entities.includes(m.id),
  );
  // "what's their version", "and their take?": a word of someone's take after their possessive
  // asks what they say, no topic.
  const take = (i: number) =>
    TAKE_WORDS.has(asked[i]?.word ?? '') && POSSESSIVE_PRONOUNS.has(asked[i - 1]?.word ?? '');
  const nothingElse = asked.every(
    (t, i) =>
      (doer !== undefined && u.cues.askedAt + i >= doer.start && u.cues.askedAt + i <= last) ||
      PRONOUNS.has(t.word) ||
      spoke(t.word) ||
      take(i) ||
      // "what do they think happened": their view of what the turn before told, no topic.
      baseForms(t.word, 'v').some((b) => VIEW_OF_EVENTS.has(b)) ||
      // "did they say 100?": a figure offered is a guess at the one asked before, no topic.
      DIGITS.test(t.word) ||
      corpus.analyzer.docTerms([t]).every((term) => ownTerms.has(term)),
  );
  if (
    !nothingElse ||
    !asked.some((t, i) => spoke(t.word) || take(i) || baseForms(t.word, 'v').some((b) => BELIEVED.has(b)))
  )
    return null;
  return u.tokens
    .slice(0, u.cues.askedAt)
    .map((t) => t.raw)
    .join(' ');
}
/**
 * "no i mean what did moscow say", "sorry, what did the observatory say": a question past the
 * message's openers that names one and asks nothing but what they said: "what about X?"; else
 * null.
 */
function saidOnlyBy(corpus: Corpus, u: Understanding): string | null {
  if (u.own.length !== 1) return null;
  const whom = u.own[0];
  if (!whom || whom.start < u.cues.start) return null;
  const asked = u.tokens.slice(u.cues.start);
  const ownTerms = new Set(corpus.lexicon.entityTerms(whom.id));
  const nothingElse = asked.every(
    (t) =>
      PRONOUNS.has(t.word) ||
      SAID_ASKING.has(t.word) ||
      spoke(t.word) ||
      corpus.analyzer.docTerms([t]).every((term) => ownTerms.has(term)),
  );
  if (!nothingElse || !asked.some((t) => spoke(t.word))) return null;
  const name = u.tokens
    .slice(whom.start, whom.end)
    .map((t) => t.raw)
    .join(' ');
  return `what about ${name}`;
}
/** The words around a name and a verb of speaking that ask what they said. */
const SAID_ASKING = new Set(['what', 'did', 'does', 'do', 'has', 'have', 'the', 'wetin']);

/**
 * "what about the pentagon, what did their guy say", "what about australia, what did its military
 * say": the whole question after "what about X", each possessive pronoun in it that stands for X
 * (named once, before it, and no pronoun standing for anyone else) written as X's; else null.
 */
function ownersQuestion(corpus: Corpus, vocab: Vocabulary, u: Understanding): string | null {
  const at = u.cues.askedAt;
  if (!u.cues.whatAbout || at <= 0 || u.refs.length > 0 || u.own.length !== 1) return null;
  const whom = u.own[0];
  if (!whom || whom.end > at) return null;
  const after = u.cues.pronouns.filter((p) => p.index >= at);
  if (after.length === 0 || after.some((p) => !p.possessive || p.kind === 'person')) return null;
  // "what about the US, what's their version": their take, no owner's thing (turnsOnlyTo).
  if (after.some((p) => TAKE_WORDS.has(u.tokens[p.index + 1]?.word ?? ''))) return null;
  const name = u.tokens
    .slice(whom.start, whom.end)
    .map((t) => t.raw)
    .join(' ');
  // "its military": the body of that name under it ("the Australian military"), else "X's".
  const people = cueWordsOf(corpus.kb.chat).people;
  const words: string[] = [];
  for (let i = at; i < u.tokens.length; i++) {
    const token = u.tokens[i] as Token;
    if (!after.some((p) => p.index === i)) {
      words.push(token.raw);
      continue;
    }
    const noun = u.tokens[i + 1]?.word ?? '';
    const part = vocab.partOf(whom.id, noun);
    const partName = part ? corpus.kb.entityById.get(part)?.name : undefined;
    // "what about the russians, what did their fella say": a noun for a person after it is the
    // person under that body, as "russia's guy" is (follow-up-reading.ts personOf), not the body.
    const person = people.has(noun)
      ? personNamed(corpus, vocab, parse(corpus, vocab, `${name}'s ${noun}`))
      : null;
    const personName = person ? corpus.kb.entityById.get(person)?.name : undefined;
    if (partName) {
      words.push(`the ${partName}`);
      i++;
    } else if (personName) {
      words.push(personName);
      i++;
    } else words.push(`${name}'s`);
  }
  return words.join(' ');
}

/**
 * "what about territory, did they lose any": after "what about" a thing (no one named), then a
 * whole question whose pronouns (after its start) all stand for someone: that question with
 * whom they stand for in their place and the thing after it ("did Syrian government lose any
 * territory"); else null. Not "what about the UN, did it open one" (whom it turns to is named).
 */
export function thingAskedOf(corpus: Corpus, u: Understanding): string | null {
  const at = u.cues.askedAt;
  if (!u.cues.whatAbout || u.cues.aboutAt < 0 || at <= u.cues.aboutAt + 1) return null;
  if (u.own.length > 0 || u.refs.length === 0 || u.other) return null;
  if (u.refs.some((r) => r.pronoun.index < at || r.pronoun.possessive)) return null;
  if (u.cues.pronouns.some((p) => p.index >= at && !u.refs.some((r) => r.pronoun === p))) return null;
  const thing = u.tokens.slice(u.cues.aboutAt + 1, at).filter((t) => !/^\W+$/.test(t.raw));
  if (thing.length === 0 || thing.some((t) => PRONOUNS.has(t.word))) return null;
  // A thing in words of English, not a name ("what about the UK, did they say anything": they
  // are the UK).
  const names = wordsOfNames(corpus);
  if (thing.some((t) => names.has(t.word) || !corpus.reusable.english.has(t.word))) return null;
  const clause = u.tokens.slice(at).map((t, i) => {
    const ref = u.refs.find((r) => r.pronoun.index === at + i);
    return ref ? nameOf(corpus, ref.id) : t.raw;
  });
  return [...clause, ...thing.map((t) => t.raw)].join(' ');
}
/**
 * "where was power when churkin spoke" -> "other way round mate", "the other way around", "no the
 * opposite": a message that says only that the question before had its two parties the wrong way
 * round asks it with the two swapped ("where was churkin when power spoke"). Null for any other
 * shape.
 */
function swappedRound(corpus: Corpus, vocab: Vocabulary, u: Understanding, prev: Frame): string | null {
  const words = u.tokens.map((t) => t.word);
  // "opposite", "the reverse" say the same.
  const at = words.findIndex(
    (w, i) => (w === 'other' && words[i + 1] === 'way' && ROUND.has(words[i + 2] ?? '')) || SWAPPED.has(w),
  );
  if (at < 0 || u.own.length > 0 || u.cues.questionWord) return null;
  const before = parse(corpus, vocab, prev.question);
  const [a, b, ...more] = before.own;
  if (!a || !b || more.length > 0 || a.id === b.id) return null;
  const raw = before.tokens.map((t) => t.raw);
  // "the ferry company": its article goes with it, though the name's span starts after it.
  const from = (m: (typeof before.own)[number]) =>
    m.start > 0 && before.tokens[m.start - 1]?.word === 'the' ? m.start - 1 : m.start;
  const [as, bs] = [from(a), from(b)];
  if (bs < a.end) return null;
  return [
    ...raw.slice(0, as),
    ...raw.slice(bs, b.end),
    ...raw.slice(a.end, bs),
    ...raw.slice(as, a.end),
    ...raw.slice(b.end),
  ].join(' ');
}
const ROUND = new Set(['round', 'around']);
const SWAPPED = new Set(['opposite', 'reverse', 'reversed']);
/**
 * "no not the white house, canberra's lot - what did they say": a correction that sets one aside
 * ("not X") and names one other before a whole question whose subject pronoun stands for them
 * asks that question of the other: "what did Australia say". Null for any other shape.
 */
export function insteadOfSetAside(corpus: Corpus, u: Understanding): string | null {
  const at = u.cues.askedAt;
  if (!u.cues.correction || at <= 0 || u.refs.length > 0) return null;
  // Whom the message names are those it does not set aside.
  const kept = u.own.filter((m) => m.end <= at);
  if (u.negated.length === 0 || kept.length !== 1 || u.own.some((m) => m.start >= at)) return null;
  const whom = kept[0] as (typeof kept)[number];
  const asked = u.tokens.slice(at);
  const subject = asked.findIndex((t) => SAYERS.has(t.word) && t.word !== 'it');
  if (subject < 0) return null;
  return asked.map((t, i) => (i === subject ? nameOf(corpus, whom.id) : t.raw)).join(' ');
}
/**
 * "no i meant IS, what they announced": a correction naming someone, then a question word, a
 * subject pronoun and a past verb of saying, asks that one's own words: "what did IS announce"
 * (the rest after the verb kept). Null for any other shape.
 */
export function theirOwnWords(corpus: Corpus, vocab: Vocabulary, u: Understanding): string | null {
  const named = u.own[0];
  if (!named || named.start < u.cues.start) return null;
  const words = u.tokens.map((t) => t.word);
  const at = words.findIndex((w, i) => i >= named.end && ASK_WORDS.has(w));
  if (at < 0 || u.own.some((m) => m.start > named.start && m.start < at)) return null;
  if (!SAYERS.has(words[at + 1] ?? '')) return null;
  const verb = u.tokens[at + 2];
  if (!verb || !corpus.analyzer.docTerms([verb]).some((t) => vocab.speech.has(t))) return null;
  // Its base form: "said" -> "say", "announced" -> "announce" (not "announc"); a word that is
  // already its base form ("what they say") asks nothing past.
  const forms = verbForms(verb.word).slice(1);
  const base = forms.find(isSayingVerb) ?? forms.find(isCommonWord);
  if (!base) return null;
  // "the observatory": its article kept, though the name's span starts after it.
  const from = named.start > u.cues.start && words[named.start - 1] === 'the' ? named.start - 1 : named.start;
  const who = u.tokens
    .slice(from, named.end)
    .map((t) => t.raw)
    .join(' ');
  const rest = u.tokens.slice(at + 3).map((t) => t.raw);
  return [u.tokens[at]?.raw ?? 'what', 'did', who, base, ...rest].join(' ');
}
const ASK_WORDS = new Set(['what', 'how', 'why', 'when', 'where', 'who']);
const SAYERS = new Set(['they', 'he', 'she', 'it']);
/** Verbs that tell only that someone spoke or took a stand, not what kind of claim. */
const SPOKE = new Set([
  'say',
  'tell',
  'express',
  'comment',
  'respond',
  'react',
  'reply',
  'agree',
  'speak',
  'talk',
  'mention',
  'state',
]);
/** "did", "do", "does" ending a clause whose object is asked ("what they say the US did"). */
const DO_FORMS = new Set(['did', 'do', 'does']);
/** Verbs of holding a view ("what do they think", "what do they reckon"): their side, as saying is. */
const BELIEVED = new Set(['think', 'reckon', 'believe']);
/** A view and the bare event it is of ("what do they think happened"): nothing asked of its own. */
const VIEW_OF_EVENTS = new Set([...BELIEVED, 'happen']);
/** Pronouns for whom a question turns to, and "anything": none of them asks something of its own. */
const PRONOUNS = new Set([
  'they',
  'them',
  'their',
  'he',
  'him',
  'his',
  'she',
  'her',
  'it',
  'its',
  'anything',
  'something',
]);

/** "who else", "which else": the question asks another doer. */
const WHO_ELSE = new Set(['who', 'whom', 'which']);

const NUMBER: Term = 'c:number';
/** A figure as written ("62", "90+"). */
const DIGITS = /^\d/;
const FIGURE = /^w:\d/;
/** Nouns that name a count: "the death toll", "the official tally", "the casualty figures". */
const COUNT_NOUNS = new Set(['toll', 'tally', 'count', 'figure', 'figures', 'number', 'numbers']);
/** A fragment that starts with one names a thing of its own ("and the planes involved?"). */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'that',
  'this',
  'those',
  'these',
]);
/** The determiners that open the noun a "one" stands for ("an investigation", "any ceasefire"). */
const DETERMINERS_ONE = new Set([...DETERMINERS, 'any', 'some', 'another']);
/** Words that only lead a fragment into the question before ("and injured?", "what about tanks"). */
const LEADS = new Set(['and', 'or', 'but', 'what', 'about', 'also', 'then', 'n']);

/**
 * A fragment naming a thing after a turn that asked or told a count ("how many died", "the
 * observatory says 90+ killed"), read as "how many" of that thing; null when it is not one.
 */
function countedFragment(
  corpus: Corpus,
  vocab: Vocabulary,
  u: Understanding,
  prev: Frame,
): QueryAnalysis | null {
  // "what about X?" asks nothing of its own besides whom or what it turns to.
  const asks = u.cues.questionWord && !(u.cues.whatAbout && u.cues.askedAt < 0);
  if (!u.cues.fragment || asks || u.refs.length > 0 || u.other) return null;
  // A name is whom it turns to ("and the observatory?"), unless the fragment ends on the people
  // of it ("and IS fighters?", "what about regime soldiers?"): those the count would count.
  if (u.own.length > 0 && !COUNTED_PEOPLE.has(u.tokens[u.tokens.length - 1]?.word ?? '')) return null;
  if (!u.analysis.terms.some((t) => !t.startsWith('e:') && !vocab.slot.has(t) && corpus.index.has(t)))
    return null;
  const asked = askWordOf(parse(corpus, vocab, prev.question).analysis.words);
  // "what was the death toll" asks a count as "how many died" does: a noun of counting.
  const countNoun = tokenize(prev.question).some((t) => COUNT_NOUNS.has(t.word));
  if (asked !== 'how many' && !countNoun && !(asked === null && prev.terms.some((t) => FIGURE.test(t))))
    return null;
  let from = u.cues.aboutAt >= 0 ? u.cues.aboutAt + 1 : u.cues.start;
  while (from < u.tokens.length && LEADS.has(u.tokens[from]?.word ?? '')) from++;
  const rest = u.tokens.slice(from);
  // "and the planes involved?" names a thing of its own, to ask anything of; "and injured?",
  // "and civilians?" name those the count would count, and so does "the" before a word that
  // says what befell them ("and the wounded?", "what about the injured?": those people).
  // "what about the syrian soldiers?" names people the count counts, "the" or not.
  const people = rest.length > 1 && COUNTED_PEOPLE.has(rest[rest.length - 1]?.word ?? '');
  if (rest.length === 0 || (DETERMINERS.has(rest[0]?.word ?? '') && !peopleBefallen(rest) && !people))
    return null;
  const read = corpus.analyzer.analyzeTokens([
    { raw: 'how', word: 'how' },
    { raw: 'many', word: 'many' },
    ...(people && DETERMINERS.has(rest[0]?.word ?? '') ? rest.slice(1) : rest),
  ]);
  return read.terms.includes(NUMBER) ? read : null;
}

/**
 * "the wounded", "the injured", "the dead": "the" and a word saying what befell people (a past
 * participle, or an adjective of BEFALLEN), nothing after: English's name for the people it
 * befell, whom a count counts.
 */
function peopleBefallen(words: readonly Token[]): boolean {
  const said = words[1]?.word ?? '';
  return words.length === 2 && words[0]?.word === 'the' && (BEFALLEN.has(said) || /[^e]ed$/.test(said));
}
/** Plural nouns of people by what they are, whom a count counts ("IS fighters", "regime soldiers"). */
const COUNTED_PEOPLE = new Set([
  'fighters',
  'soldiers',
  'troops',
  'militants',
  'civilians',
  'jihadists',
  'personnel',
  'servicemen',
  'conscripts',
  'people',
  'men',
]);
/** Adjectives that say what befell people, used as nouns after "the" ("the dead", "the missing"). */
const BEFALLEN = new Set(['dead', 'missing', 'hurt', 'slain', 'fallen']);

/**
 * Whom "and X?", "what about X's take?" newly turns to, when the follow-up asks nothing else:
 * the turn before quoted someone's claim, so X's own word on the same matter is asked. On a
 * contested point, X's sentence of another side leads ("the US says it was unintentional" ->
 * "what about russia's take": Russia's "criminal negligence"; the observatory's 90 -> "what
 * about damascus and moscow": their 62); otherwise the sentence just quoted, when it goes on to
 * what X claims ("IS used the airstrike to push the regime troops out ..., although Damascus
 * has claimed it reclaimed most of the lost ground" -> "and the regime?") or did ("Power ...
 * spoke to the press outside ... while her Russian colleague Vitaly Churkin addressed the
 * diplomats inside" -> "churkin?"). Null when neither.
 */
function theirSide(
  corpus: Corpus,
  vocab: Vocabulary,
  decision: Decision,
  r: Reading,
  u: Understanding,
  prev: Frame,
): Decision | null {
  const before = prev.quoteIds[0];
  if (before === undefined || !r.carried || u.cues.correction) return null;
  // "what does russia think", "what do the russians say": their word on it, as "and russia?" asks.
  if (!(u.cues.whatAbout || u.cues.fragment || u.theirWord)) return null;
  // "what did power do" -> "what about churkin?": a deed of theirs is asked, not their word.
  if (asksDeed(r.analysis.words)) return null;
  // Named first, right after "what about", "and": whom it turns to, someone new.
  const named = u.theirWord ? (u.own[0]?.id ?? null) : namedFirst(u, true);
  if (named === null) return null;
  const term = `e:${named}`;
  const speakerOf = (id: string) => corpus.passageSpeakers.get(id);
  if (speakerOf(before)?.has(term)) return null;
  // Named in the turn before, they are no one new, but for whom it was said of or to ("what did
  // the pentagon say about warning moscow" -> "what about russia's view": Moscow was told; a
  // side of the point the answer was on is Russia's own).
  // Not one placed back then ("and moscow's reaction back then?", "at the time"): what they did
  // at the time of the sentence just quoted, which it says.
  const namedBefore = prev.entities.includes(named);
  if (
    namedBefore &&
    u.tokens.some(
      (t, i) =>
        t.word === 'then' ||
        (t.word === 'time' && u.tokens[i - 1]?.word === 'the' && u.tokens[i - 2]?.word === 'at'),
    )
  )
    return null;
  // Nothing asked but whom: no word of the article's sentences but a verb of saying ("their
  // version", "moscow's take" are in none). The words that name them are not asked ("the russian
  // ambassador" names Churkin; "ambassador" asks nothing more).
  const naming = new Set(
    u.own.flatMap((m) => corpus.analyzer.analyzeTokens(u.tokens.slice(m.start, m.end)).terms),
  );
  const asksMore = u.analysis.terms.some(
    (t) =>
      !t.startsWith('e:') &&
      !naming.has(t) &&
      corpus.index.docsWith('passage', t).length > 0 &&
      !vocab.say.has(t) &&
      !vocab.slot.has(t),
  );
  // Asking more ("and syria's view on the same strikes?"), the words alone choose what of
  // theirs leads; on another side of a point the quote before is on, that quote stays beside it.
  // Not one weighing the sides ("who came off better?"): each side's own quotes are given then.
  if (asksMore) return weighsSides(u.analysis.terms) ? null : otherSideKept(corpus, decision, before, term);
  const lead = (id: string): Decision => ({
    ...decision,
    ids: [id, ...decision.ids.filter((x) => x !== id)],
  });
  const point = pointShown(corpus, prev.quoteIds);
  if (point) {
    const mine = point.sides.find((s) => s.ids.includes(before));
    for (const side of point.sides) {
      if (side === mine) continue;
      // Theirs first, then the side just quoted: every side of the point stays in the answer.
      const theirs = side.ids.find((id) => speakerOf(id)?.has(term));
      if (theirs) {
        const led = lead(theirs);
        const rest = led.ids.slice(1).filter((id) => id !== before);
        return { ...led, ids: [theirs, before, ...rest] };
      }
    }
  } else if (u.tokens.some((t) => TAKE_WORDS.has(t.word))) {
    const met = sideOfTheirs(corpus, decision, prev.quoteIds, term);
    if (met) {
      const rest = decision.ids.filter((id) => id !== met.theirs && id !== met.mine && id !== before);
      return { ...decision, ids: [met.theirs, met.mine, before, ...rest] };
    }
  }
  if (namedBefore) return null;
  // "what did the US say it was aiming at" -> "and syria's take?": asked their take (not "and
  // the americans?", where the sentence nearest the answer before leads), of their sentences in the
  // answer, the one sharing most of the matter of the quote before (IS, which Syria's army says
  // the US supports) is their take on it, not the one the words alone rank first, nor the one the
  // article puts nearest the quote before (the regime's list of what was destroyed).
  const matter = u.tokens.some((t) => TAKE_WORDS.has(t.word))
    ? matterLead(corpus, decision, before, term)
    : undefined;
  const text = corpus.kb.passageById.get(before)?.text;
  // The quote before going on to what they claim is their take first.
  if (text !== undefined && saysInline(corpus, vocab, text, named, true)) return lead(before);
  return matter ? lead(matter) : null;
}

/**
 * "what did australia say about targeting" -> "and syria's view on the same strikes?": the
 * answer's first quote, by whom the follow-up turns to, is on another side of a contested point
 * the quote before is on (Syria's army's "conclusive evidence" against Australia's "never
 * intentionally target"): the quote before follows it, so that every side of the point is quoted.
 * Null when the first quote is not theirs or on no such side, or the answer quotes that side.
 */
function otherSideKept(corpus: Corpus, decision: Decision, before: string, term: Term): Decision | null {
  const first = decision.ids[0];
  if (first === undefined || first === before || !corpus.passageSpeakers.get(first)?.has(term)) return null;
  // Not when the answer holds that side already ("what about churkin, who came off better?"
  // after Power's words: another sentence of hers).
  const shown = decision.ids.slice(1);
  const opposed = (corpus.contestedPoints.get(before) ?? []).some(
    (point) =>
      point.sides.some((side) => side.ids.includes(first) && !side.ids.includes(before)) &&
      !point.sides.some((side) => side.ids.includes(before) && side.ids.some((id) => shown.includes(id))),
  );
  if (!opposed) return null;
  return { ...decision, ids: [first, before, ...decision.ids.slice(1).filter((id) => id !== before)] };
}

/**
 * "what did the US military say the sortie was against" -> "and russia's version?": the quote
 * before is on no contested point, but another quote of the answer before, by the same speaker or
 * the body over them (the White House's "unintentional loss of life", the US's), is one side of
 * one, and whom the follow-up names holds another ("criminal negligence", Russia's): their take
 * on what was just said is that side, which leads, the side just quoted after it. Of several such
 * points, the one whose sentence of theirs the words rank first. Undefined when none.
 */
function sideOfTheirs(
  corpus: Corpus,
  decision: Decision,
  quoteIds: readonly string[],
  term: Term,
): { theirs: string; mine: string } | undefined {
  const speakers = corpus.passageSpeakers.get(quoteIds[0] ?? '');
  if (!speakers || speakers.size === 0) return undefined;
  const rank = (id: string) => {
    const at = decision.ids.indexOf(id);
    return at < 0 ? Number.POSITIVE_INFINITY : at;
  };
  let found: { theirs: string; mine: string } | undefined;
  for (const mine of quoteIds.slice(1, MAX_QUOTES)) {
    const by = corpus.passageSpeakers.get(mine);
    if (!by || ![...by].some((t) => speakers.has(t)) || by.has(term)) continue;
    for (const point of corpus.contestedPoints.get(mine) ?? []) {
      for (const side of point.sides) {
        if (side.ids.includes(mine)) continue;
        const theirs = side.ids.find((id) => corpus.passageSpeakers.get(id)?.has(term));
        if (theirs && (found === undefined || rank(theirs) < rank(found.theirs))) found = { theirs, mine };
      }
    }
  }
  return found;
}

/** Words before a noun for the text ("the article itself"). */
const TEXT_DETERMINERS = new Set(['the', 'this', 'that']);

/**
 * "what did churkin say about the peace effort" -> "what about the article itself, does it say
 * the deal could end?": after someone's words, "what about" turned to the text itself asks the
 * writer's own word on the same matter: the sentence no one in the story is credited with that
 * shares the most of what was asked ("The incident could end the peace deal on Syria.") leads the
 * answer before. Null when the message turns to something else, or no such sentence shares it.
 */
function writersOwnWord(corpus: Corpus, vocab: Vocabulary, u: Understanding, prev: Frame): FollowUp | null {
  if (!u.cues.whatAbout || u.cues.aboutAt < 0 || u.own.length > 0) return null;
  let at = u.cues.aboutAt + 1;
  while (TEXT_DETERMINERS.has(u.tokens[at]?.word ?? '')) at++;
  const { chat, sources } = corpus.kb;
  const word = u.tokens[at]?.word ?? '';
  if (!chat.articleNouns.includes(word) && !sourceNamesOf(chat, sources).publisherWords.has(word))
    return null;
  const before = prev.quoteIds[0];
  if (before === undefined || !corpus.kb.passageById.get(before)?.speaker) return null;
  // The matter asked, before and now, not whose words: the writer's sentence names no speaker.
  const asked = parse(corpus, vocab, prev.question).analysis;
  const matter = new Set(
    [...asked.terms, ...u.analysis.terms].filter(
      (t) => !t.startsWith('e:') && !vocab.say.has(t) && corpus.index.has(t),
    ),
  );
  // The speakerless sentence sharing the most of it (by weight), two terms at least; not the
  // headline (a sentence of the text ends as one).
  let own: string | undefined;
  let most = 0;
  for (const passage of corpus.kb.passages) {
    if (passage.speaker || !/[.!?"”]$/.test(passage.text)) continue;
    const terms = corpus.passageTerms.get(passage.id);
    const shared = [...matter].filter((t) => terms?.has(t));
    const weight = shared.reduce((w, t) => w + corpus.index.idf(t), 0);
    if (shared.length >= 2 && weight > most) {
      most = weight;
      own = passage.id;
    }
  }
  if (own === undefined) return null;
  const decision = decide(corpus, asked);
  return {
    decision: { ...decision, ids: [own, ...decision.ids.filter((id) => id !== own)] },
    confidence: calibratedConfidence(decision.features),
    reading: `Reading this as what the article itself says, after ${quotedQuestion(prev)}`,
    analysis: asked,
  };
}

/** Possessive pronouns before a word of someone's take ("their version"). */
const POSSESSIVE_PRONOUNS = new Set(['their', 'its', 'his', 'her']);
/** Words asking someone's take ("and syria's take?", "russia's version"). */
const TAKE_WORDS = new Set([
  'take',
  'view',
  'version',
  'side',
  'stance',
  'position',
  'opinion',
  'angle',
  'perspective',
]);
/**
 * Of the answer's first quotes spoken by whom `term` names, the one sharing the most (by weight)
 * of the quote before's terms other than names, when it shares some; undefined otherwise.
 */
function matterLead(corpus: Corpus, decision: Decision, before: string, term: Term): string | undefined {
  const matter = [...(corpus.passageTerms.get(before) ?? [])].filter((t) => !t.startsWith('e:'));
  const theirs = decision.ids
    .slice(0, MAX_QUOTES)
    .filter((id) => id !== before && corpus.passageSpeakers.get(id)?.has(term));
  let best: string | undefined;
  let most = 0;
  for (const id of theirs) {
    const terms = corpus.passageTerms.get(id);
    const shared = matter.reduce((w, t) => w + (terms?.has(t) ? corpus.index.idf(t) : 0), 0);
    if (shared > most) {
      most = shared;
      best = id;
    }
  }
  return best;
}

/**
 * The entity a follow-up names first, right after "what about" or where it starts ("and the
 * US?"), with nothing but articles before it (and "and", when andToo); null when there is none.
 */
function namedFirst(u: Understanding, andToo: boolean): string | null {
  const head = u.own[0];
  if (head === undefined) return null;
  const from = u.cues.aboutAt >= 0 ? u.cues.aboutAt + 1 : u.cues.start;
  const before = u.tokens.slice(from, head.start);
  return before.every((t) => ARTICLES.has(t.word) || (andToo && t.word === 'and')) ? head.id : null;
}

/**
 * "what about washington?" after Australia's condolences asks the same thing of Washington: of
 * the answer's quotes about whom it turned to, the one the article puts nearest the answer before
 * ("The US relayed its regret", beside Australia's condolences) leads, not the one the words
 * alone rank first (what the US military said of the target). The same quotes, reordered.
 */
function nearestTheAnswerBefore(
  corpus: Corpus,
  vocab: Vocabulary,
  decision: Decision,
  r: Reading,
  u: Understanding,
  prev: Frame,
): Decision {
  const before = prev.quoteIds[0];
  const at = before === undefined ? undefined : vocab.position.get(before);
  // Only for someone new, whom it names first, right after "what about", "and" ("what about
  // before power addressed the council?" turns to no one). Not after a correction: the answer
  // before was not what was meant, so being near it says nothing. Not on the contested point of
  // the answer before, where the side named leads ("what about damascus?" after the
  // observatory's 90: Damascus's 62, not the sentence that names its troops among the dead).
  const point = corpus.contestedBySentence.get(before ?? '');
  const named = namedFirst(u, false);
  const turned = r.focus.filter((id) => id === named && !prev.entities.includes(id));
  if (
    at === undefined ||
    !r.carried ||
    u.cues.correction ||
    // "and the US ambassador to the UN?" after who the defense spokesman was asks who she is: the
    // sentence that best says so, not the one nearest his.
    askWordOf(r.analysis.words) === 'who' ||
    turned.length === 0 ||
    (point !== undefined && point === corpus.contestedBySentence.get(decision.ids[0] ?? ''))
  )
    return decision;
  const source = corpus.kb.passageById.get(before as string)?.source;
  const terms = turned.map((id) => `e:${id}`);
  const about = (id: string) =>
    terms.some((t) => corpus.passageTerms.get(id)?.has(t) || corpus.passageSpeakers.get(id)?.has(t));
  let nearest: string | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const id of decision.ids) {
    const pos = vocab.position.get(id);
    if (pos === undefined || corpus.kb.passageById.get(id)?.source !== source || !about(id)) continue;
    if (Math.abs(pos - at) < distance) {
      distance = Math.abs(pos - at);
      nearest = id;
    }
  }
  if (!nearest || nearest === decision.ids[0]) return decision;
  return { ...decision, ids: [nearest, ...decision.ids.filter((id) => id !== nearest)] };
}

// --- what the earlier turns give ---------------------------------------------------------

/**
 * The latest turn as read in the light of the ones before it (at most TUNING.followUps.turnsRead
 * of them), or null when there is none. Each is read by the rules alone (no answer is composed),
 * the way the latest one would be.
 */
function frameOf(corpus: Corpus, vocab: Vocabulary, turns: readonly ConversationTurn[]): Frame | null {
  let frame: Frame | null = null;
  for (const turn of turns.slice(-F.turnsRead)) {
    if (!turn || typeof turn.question !== 'string') continue;
    const text = cleanQuestion(turn.question.slice(0, TUNING.input.maxQuestionLength)).text;
    const parsed = parse(corpus, vocab, text);
    const { analysis } = parsed;
    const u: Understanding | null = frame ? understand(corpus, vocab, text, parsed, frame) : null;
    // A turn answered as it stood (a change of subject, a whole question surer alone) sets the
    // topic by itself, as the person saw it answered.
    const alone: boolean =
      u && frame ? (readAgainst(corpus, vocab, text, parsed, frame)?.reading ?? null) === null : true;
    const read: Reading | undefined = alone ? undefined : u?.readings[0];
    const quoteIds = Array.isArray(turn.quoteIds)
      ? turn.quoteIds.filter((id) => typeof id === 'string' && corpus.kb.passageById.has(id))
      : [];
    // "who was the russian guy at the UN": the person it names by a noun, before the body.
    const person = read ? null : personNamed(corpus, vocab, parsed);
    const entities: string[] = read
      ? read.entities
      : unique([...(person ? [person] : []), ...parsed.own.map((m) => m.id)]);
    const terms: Term[] = read ? read.analysis.terms : analysis.terms;
    // A turn with nothing to go on (small talk) leaves the focus where it was; so does a remark
    // read as a follow-up that nothing answered, with no name of its own and correcting nothing
    // ("the strike was 'unintentional'" -> "sure it was lol" -> "says who though?").
    if (terms.length === 0 && frame) continue;
    const remark = parsed.cues.fragment && !text.includes('?');
    if (
      frame &&
      read &&
      remark &&
      quoteIds.length === 0 &&
      !parsed.cues.correction &&
      parsed.negated.length === 0 &&
      parsed.own.every((m) => frame?.entities.includes(m.id))
    )
      continue;
    const earlier: Frame['earlier'] = frame
      ? [
          {
            entities: frame.entities,
            quoteIds: frame.quoteIds,
            question: frame.question,
            terms: frame.terms,
            free: frame.free,
            quoted: frame.quoted,
            qa: frame.qa,
          },
          ...frame.earlier,
        ].slice(0, F.turnsRead)
      : [];
    frame = {
      earlier,
      question: read?.carried && frame ? frame.question : turn.question,
      terms,
      free: read ? read.analysis.free : analysis.free,
      quoted: read ? read.analysis.quoted : analysis.quoted,
      entities,
      quoteIds,
      qa: typeof turn.qa === 'string' ? turn.qa : null,
    };
  }
  return frame;
}

/** The question a follow-up follows, quoted and shortened for the reading line. */
function quotedQuestion(prev: Frame): string {
  return `"${truncate(cleanQuestion(prev.question).text, F.quotedQuestionLength)}"`;
}

/** "Reading 'he' as Vitaly Churkin", "Reading this as a follow-up to "how long did it last"". */
function readingLine(
  corpus: Corpus,
  u: Understanding,
  r: Reading,
  prev: Frame,
  others: readonly string[],
): string | null {
  const elseWords = others.length > 0 ? /\b\w+ else\b/i.exec(u.text)?.[0] : undefined;
  const refs = [
    ...(r.refs ?? u.refs).map((ref) => `'${ref.pronoun.word}' as ${nameOf(corpus, ref.id)}`),
    ...(u.other ? [`'${u.other.words}' as ${nameOf(corpus, u.other.id)}`] : []),
    ...(elseWords
      ? [`'${elseWords}' as someone other than ${others.map((id) => nameOf(corpus, id)).join(', ')}`]
      : []),
  ].join(' and ');
  // "that first thing" follows the earliest turn still read.
  const earlier = quotedQuestion(u.cues.firstThingAt >= 0 ? firstFrame(prev) : prev);
  if (refs && r.carried) return `Reading ${refs}, following ${earlier}`;
  if (refs) return `Reading ${refs}`;
  return r.carried ? `Reading this as a follow-up to ${earlier}` : null;
}

/**
 * "did the coalition really bomb syrian soldiers" -> "why did the intelligence get it so wrong?":
 * the context must not make a follow-up surer than it is alone when what it asks for (a reason,
 * a length, a count, a time, what came later) is of a thing the article has no word for: the
 * words carried from the turn before outweigh "intelligence", and the quote that answered them
 * tells nothing of it. Such a reading is as sure as the question alone, and needs the follow-up's
 * margin. Not a word that says how the question asks (a modifier, a word related to the
 * article's, a cue word: "what was her reasoning", "why's he so pessimistic").
 */
function noSurerThanAlone(
  corpus: Corpus,
  u: Understanding,
  alone: QueryAnalysis,
  read: FollowUp | null,
): FollowUp | null {
  if (!read?.reading || alone.terms.length === 0) return read;
  const words = alone.words;
  const asked = askWordOf(words);
  const asksSlot =
    u.cues.why ||
    (u.cues.after && LATER.test(u.cues.afterPhrase)) ||
    (asked !== null && SLOTS.has(asked)) ||
    corpus.kb.chat.laterCues.some((cue) => hasPhrase(words, cue));
  // Its words as read in context: not its cue words, nor those of whom it points back at ("the
  // first guy").
  const unknown = u.analysis.free.filter(
    (f) => !corpus.index.has(f.term) && !f.modifier && f.related === undefined,
  );
  // Asked yes or no of whom a pronoun stands for, the verb is what is asked ("was it confirmed",
  // "did they ever pay"): not a word around it ("did he stay for power's speech").
  const predicate = asked === null ? predicateOf(words) : null;
  const lacking = asksSlot ? unknown.length > 0 : unknown.some((f) => f.word === predicate);
  if (!lacking) return read;
  const confidence = calibratedConfidence(decide(corpus, alone).features);
  // Nor does the contested point its carried words ask in other words answer it when too unsure
  // ("who did the US think it was bombing" -> "why did they think they were IS tho, bad intel?"
  // is not answered by who says it was deliberate): the sides answer the words carried, not the
  // reason asked of a thing the article has no word for.
  return confidence < read.confidence
    ? { ...read, confidence, repeated: false, lacks: true }
    : { ...read, lacks: true };
}
/**
 * "was it confirmed by damascus?", "and did they ever pay compensation": in a yes-or-no question
 * (an auxiliary first, after a word that only joins it on) whose subject is a pronoun (the turn
 * before says whom it stands for), the verb after them (past an adverb: "ever", "actually"),
 * which is what it asks; or null.
 */
function predicateOf(words: readonly string[]): string | null {
  let at = 0;
  while (at < words.length - 1 && JOINING.has(words[at] as string)) at++;
  if (!YES_NO.has(words[at] ?? '') || !SUBJECTS.has(words[at + 1] ?? '')) return null;
  at += 2;
  while (at < words.length - 1 && (ADVERBS.has(words[at] as string) || MANNER.test(words[at] as string)))
    at++;
  return words[at] ?? null;
}
const JOINING = new Set(['and', 'but', 'so', 'ok', 'okay', 'also', 'then', 'n', 'oh', 'well']);
const YES_NO = new Set(
  'is was are were did does do has have had can could will would isnt wasnt didnt doesnt hasnt'.split(' '),
);
const SUBJECTS = new Set(['it', 'he', 'she', 'they', 'that', 'this', 'those', 'these']);
const ADVERBS = new Set(['ever', 'even', 'also', 'still', 'then', 'later', 'not', 'never', 'already']);
/** What a question asks for that a quote must hold: a reason, a length, a count, a time. */
const SLOTS = new Set(['why', 'how long', 'how many', 'how much', 'when']);
/** "after that", "later", "next": a later time, not "what else" nor "add". */
const LATER = /^(?:after|later|next)/;

/**
 * A correction asking again as the question before asked ("how many tanks were destroyed" ->
 * "sorry, how many mortars i wanted to say"), whose topic is all of the question before's (tanks
 * and mortars are both equipment): that question with the thing swapped (how many mortars were
 * destroyed), decided; null when the correction leaves nothing of it to keep.
 */
function likeThingSwapped(corpus: Corpus, vocab: Vocabulary, u: Understanding, prev: Frame): FollowUp | null {
  const asks = askWordOf(u.analysis.words);
  if (asks === null || asks !== askWordOf(parse(corpus, vocab, prev.question).analysis.words)) return null;
  const before = splitTerms(vocab, prev.terms).topic.filter((t) => !t.startsWith('e:'));
  const own = splitTerms(vocab, u.analysis.terms).topic.filter(
    (t) => !t.startsWith('e:') && corpus.index.has(t),
  );
  if (own.length === 0 || !own.every((t) => before.includes(t))) return null;
  // Not one naming whom the question before did not ("sorry i meant IS fighters, how many of
  // them" after the Syrian troops killed): that asks of others, whose count is not the same.
  if (u.analysis.terms.some((t) => t.startsWith('e:') && !prev.terms.includes(t))) return null;
  const rest = before.filter((t) => !u.analysis.terms.includes(t));
  if (rest.length === 0) return null;
  const analysis = { ...u.analysis, terms: unique([...u.analysis.terms, ...rest]) };
  const decision = decide(corpus, analysis);
  if (decision.ids.length === 0 || refusedOutright(decision)) return null;
  return { decision, confidence: calibratedConfidence(decision.features), reading: null, analysis };
}

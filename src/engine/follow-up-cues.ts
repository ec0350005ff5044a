/**
 * What the words of a message say about how it leans on the conversation before it: pronouns
 * ("what did he say"), a leading "and", "what about ...", "why?", corrections ("no, I meant
 * ..."), "after that", a fragment with no question of its own ("and the observatory?"), or a
 * change of subject ("unrelated, but ..."). English grammar only: nothing of one story. The chat
 * words a moderator extends (what opens a follow-up, switches topic, takes the turn before back
 * or corrects it, feelings, asking for the words) are chat.yaml's (cueWordsOf); the words kept
 * here are grammar (pronouns, determiners, auxiliaries, question words) or the words of one
 * construction each ("how come", "what caused", "the other number").
 */
import type { ChatWords } from '../knowledge/model.ts';
import { beingAfterAt } from '../text/being-after.ts';
import { STOP_WORDS, WHY_WORD } from '../text/lexicon.ts';
import { isModifierWord } from '../text/modifiers.ts';
import type { Token } from '../text/tokenize.ts';
import { wordTable } from '../text/word-table.ts';
import { tripled } from './reader.ts';

export type PronounKind = 'person' | 'group' | 'thing' | 'place';

export interface PronounUse {
  /** The word as typed ("she", "its"). */
  word: string;
  /** Token index in the message. */
  index: number;
  kind: PronounKind;
  gender?: 'm' | 'f';
  /** "its military": the pronoun names the owner of what the next word names. */
  possessive: boolean;
}

export interface Cues {
  /** "unrelated, but", "btw", "new question": the message starts afresh. */
  switchTopic: boolean;
  /** "no, I meant ...", "sorry, ...", "oops": it corrects the question before. */
  correction: boolean;
  /** "what about X", "how about X", or a correction that is only "about X". */
  whatAbout: boolean;
  /** Where the "about" of "what about" is (-1 without one): any other "about" marks what is asked about. */
  aboutAt: number;
  /** Starts with "and", "but", "also", "then" (after fillers such as "ok"). */
  continuation: boolean;
  /** Ends with "too", "as well", "instead", "besides", "either". */
  trailing: boolean;
  /** Asks why ("why?", "whyyy", "how come"). */
  why: boolean;
  /** Has a question word ("by who?", "which one?"): something is asked, if only that. */
  questionWord: boolean;
  /**
   * A why of a circumstance alone, its verb left out: "why through russia though?", "why on a
   * saturday night?" (the reason for that way, time or place of what the turn before told).
   */
  circumstance: boolean;
  /** Nothing but why, pronouns and fillers: "why did she say that", "but whyy". */
  whyOnly: boolean;
  /**
   * A why about being somewhere ("why were they even there"): it asks what they were there for,
   * not the place; "there" stands for no place to look up.
   */
  beingThere: boolean;
  /** What came next: "after that", "what did he add", "then what did X say". */
  after: boolean;
  /** The words that asked it ("after that", "next"), for saying how the question was read. */
  afterPhrase: string;
  /** "after walking out": where the words saying what it came after start (-1 if none). */
  afterClauseAt: number;
  /** No question of its own: no question word, auxiliary or request at its start ("the pentagon?"). */
  fragment: boolean;
  /** Where the question starts, past openers such as "ok so", "no wait", "sorry, i meant". */
  start: number;
  /**
   * "how were they able to?", "why did they want to": the verb left out after a final "to" is
   * the one of the question before; the word before "to" (where it is, else -1) only says how
   * it was done, and is no topic of its own.
   */
  strandedAt: number;
  /**
   * "what about australia, what did it promise", "back to power, where did she speak": where a
   * whole question starts after "what about X" or another fragment naming X (-1 if none); with
   * X named, it stands on its own.
   */
  askedAt: number;
  /**
   * "moscow's figure for that first thing": where "first" of "the first thing", "that first
   * question" is (-1 if none): it points back at what was asked before, as "that" does, and its
   * words are no topic of their own.
   */
  firstThingAt: number;
  /**
   * "no, the other number", "and the other figure?": where "other" of "the other <thing>" is (-1
   * if none): the answer before's other quote is asked for, not a person ("the other guy").
   */
  otherThingAt: number;
  /**
   * "does anyone else see it differently?", "condolences from anybody else?": someone other than
   * whom the turn before was about is asked for.
   */
  someoneElse: boolean;
  pronouns: PronounUse[];
}

/**
 * The chat words follow-up reading looks for (chat.yaml; cueWordsOf): what opens a follow-up,
 * starts afresh, takes the turn before back or corrects it, says a feeling, asks for the words.
 */
export interface CueWords {
  /** Words that open a message without being its question ("ok", "so", "nvm"). */
  openers: ReadonlySet<string>;
  /** One word that starts a new subject anywhere ("btw", "unrelated"). */
  switchWords: ReadonlySet<string>;
  /** Two words that do ("new question", "forget him"), joined by a space. */
  switchPairs: ReadonlySet<string>;
  /** A word that takes the turn before back where it opens the message ("nvm", "whatever"). */
  takingBackFirst: ReadonlySet<string>;
  /** Two words that take the turn before back anywhere ("scratch that", "never mind"). */
  takingBack: ReadonlySet<string>;
  /** A word that corrects the turn before among the message's openers ("no", "sorry", "oops"). */
  correctionOpeners: ReadonlySet<string>;
  /** Two words that correct the turn before, before a question ("my bad", "scratch that"). */
  correctingPairs: ReadonlySet<string>;
  /** How someone feels ("annoyed", "salty"): "why is she so mad" asks why, not about a feeling. */
  feelings: ReadonlySet<string>;
  /** Words that ask for the words just quoted ("exact", "verbatim"). */
  quoting: ReadonlySet<string>;
  /** Words that only ask, around a word of quoting ("can u give me the exact words pls"). */
  quoteRequests: ReadonlySet<string>;
  /**
   * Nouns for a person ("the russian guy", "the american woman"): chat.yaml chatPeople, with "one"
   * and the nouns for a counterpart ("her russian counterpart"), which the reading of such a
   * person asks by name.
   */
  people: ReadonlySet<string>;
  /** Words for a side's claim on a contested point ("the official figure", "moscow's number"). */
  sideClaims: ReadonlySet<string>;
  /**
   * Words for another of the answers to the question before, after "the other" ("the other
   * number", "the other quote", "the other one"): chat.yaml sideClaims and otherAnswers, and "one".
   */
  otherThings: ReadonlySet<string>;
  /** A word or two that make the message a correction wherever they are (chat.yaml correctionsAnywhere). */
  correctingWords: ReadonlySet<string>;
  correctingAnywhere: ReadonlySet<string>;
  /** "X i mean", "i mean X", "i meant X" after the question, with nothing else (chat.yaml afterthoughts). */
  afterthought: RegExp;
  /**
   * Nouns that, after whose they are ("moscow's take", "her argument"), name what someone says:
   * chat.yaml sayingNouns, with the nouns of a side's telling that the analyser keeps in their own
   * senses ("the russian side", "the company's version", "russia's position").
   */
  claimNouns: ReadonlySet<string>;
}

/** Nouns of a side's telling, besides chat.yaml's sayingNouns (claimNouns). */
const TELLING_NOUNS = ['version', 'side', 'view', 'account', 'story', 'position'];

/** Nouns for the one in the same role on another side ("her russian counterpart"). */
export const COUNTERPART_WORDS: readonly string[] = ['counterpart', 'colleague', 'equivalent'];

const compiledCues = new WeakMap<ChatWords, CueWords>();

/** chat.yaml's follow-up words as sets, once per chat lists (a knowledge version). */
export function cueWordsOf(chat: ChatWords): CueWords {
  let cues = compiledCues.get(chat);
  if (cues) return cues;
  const ofLength = (phrases: readonly string[], n: number) =>
    new Set(phrases.filter((p) => p.split(' ').length === n));
  cues = {
    openers: new Set(chat.followUpOpeners),
    switchWords: ofLength(chat.topicSwitches, 1),
    switchPairs: ofLength(chat.topicSwitches, 2),
    takingBackFirst: ofLength(chat.takingBack, 1),
    takingBack: ofLength(chat.takingBack, 2),
    correctionOpeners: ofLength(chat.corrections, 1),
    correctingPairs: ofLength(chat.corrections, 2),
    feelings: new Set(chat.feelings),
    quoting: new Set(chat.quoting),
    quoteRequests: new Set(chat.quoteRequests),
    people: new Set([...chat.chatPeople, 'one', ...COUNTERPART_WORDS]),
    sideClaims: new Set(chat.sideClaims),
    // "the other one": "one" stands for any noun, a pronoun (a closed class): code.
    otherThings: new Set(['one', ...chat.sideClaims, ...chat.otherAnswers]),
    correctingWords: ofLength(chat.correctionsAnywhere, 1),
    correctingAnywhere: ofLength(chat.correctionsAnywhere, 2),
    afterthought: afterthoughtPattern(chat.afterthoughts),
    claimNouns: new Set([...chat.sayingNouns, ...TELLING_NOUNS]),
  };
  compiledCues.set(chat, cues);
  return cues;
}

const PERSON = wordTable<'m' | 'f'>({
  he: 'm',
  him: 'm',
  his: 'm',
  himself: 'm',
  she: 'f',
  her: 'f',
  hers: 'f',
  herself: 'f',
});
const GROUP = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const THING = new Set(['it', 'its', 'itself']);
const DEMONSTRATIVE = new Set(['that', 'this', 'those', 'these']);
/** A place left unsaid after a verb of going in ("could reporters go in?"). */
const INSIDE = new Set(['in', 'inside']);
const ENTERING = new Set(['go', 'get', 'come', 'let', 'allowed', 'admitted', 'went', 'got', 'came']);
/** Nouns of something told, standing for what the turn before told ("the message"). */
export const MESSAGE_NOUNS = new Set(['message', 'news']);
const REFLEXIVE = new Set(['itself', 'himself', 'herself', 'themselves']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'you', 'i']);

const QUESTION_WORDS = new Set('what whats wat wut who whos whom whose when where why how which'.split(' '));
const AUXILIARIES = new Set(
  `did does do is was were are has have had can could will would should may might must
   didnt doesnt dont isnt wasnt werent arent hasnt havent hadnt cant couldnt wont wouldnt shouldnt
   am`.split(/\s+/),
);
/** A request rather than a question: "tell me who ...". */
const REQUESTS = new Set(
  'tell give show explain list describe name say summarize summarise remind'.split(' '),
);
/** "anyone else", "who else": someone other than whom the turn before was about. */
const SOMEONE = new Set(
  'anyone anybody someone somebody everyone everybody noone nobody who whom whose any'.split(' '),
);
const CONTINUATIONS = new Set(['and', 'but', 'also', 'then', 'plus', 'n']);
const TRAILING = new Set(['too', 'also', 'instead', 'besides', 'either', 'aswell']);
/** "other things", "more stuff": the words that ask more of the same, naming nothing. */
const VAGUE_THINGS = new Set(['things', 'stuff']);
/** What a comparative picks among the things the answer before listed ("the smaller ones"). */
const PICKED_THINGS = new Set([...VAGUE_THINGS, 'ones']);
const MORE_OF = new Set(['other', 'more']);
/** "next week" is a time, not "what came next". */
const TIME_WORDS = new Set(
  'week weeks month months year years day days time morning evening night weekend'.split(' '),
);
/** After a feeling, what it is about: "unhappy with it", "mad at them". */
const FEELING_ABOUT = new Set(['with', 'at', 'about']);
/** "different from X", "compared to X", "stack up against X": X asked the question before. */
const COMPARED = new Set([
  'different',
  'differ',
  'differs',
  'compare',
  'compares',
  'compared',
  'up',
  'versus',
]);
const COMPARED_TO = new Set(['from', 'to', 'with', 'against']);

/** "how come", "what for", "how so": why in other words. */
const WHY_PAIRS = new Set(['how come', 'what for', 'how so', 'what reason', 'based on']);
/** "what was the reason", "what caused that": why, when a question word comes just before. */
const REASON = new Set([
  'reason',
  'reasons',
  'reasoning',
  'rationale',
  'justification',
  'cause',
  'caused',
  'motive',
  'motives',
  'motivation',
  'point',
  'grounds',
  'basis',
  'purpose',
  'purposes',
]);
/** "where did he get that from", "where does that come from": the grounds of it. */
const GET_COME = new Set(['get', 'gets', 'getting', 'got', 'come', 'comes', 'coming', 'came']);
/**
 * "what's got him so rattled", "what made them do that", and the verbs of causing ("what triggered
 * that", "what sparked it"): why, right after "what" (and "is", "has").
 */
const WHAT_CAUSED = new Set(
  `got made makes prompted prompts drove drives caused causes triggered triggers sparked sparks provoked
   provokes motivated motivates`.split(/\s+/),
);
const SAY_DO = new Set(
  'say said says saying do did does doing think thought so mean meant call called happen happened'.split(' '),
);
/** "anything more", "something more", "any more": more of what was asked. */
const SOME_MORE = new Set(['anything', 'something', 'any', 'nothing']);
/**
 * "and the smaller stuff?", "the bigger ones?": a comparative that picks some of what the answer
 * before listed, by size or kind, with nothing after it but a noun that names nothing ("stuff",
 * "ones"): more of what the question before asked. Where the comparative is, or -1.
 */
export function pickedComparativeAt(words: readonly string[]): number {
  // A chat filler ("stuff") is gone by the time the cues are read: "the smaller" ends the message.
  const last = PICKED_THINGS.has(words.at(-1) ?? '') ? words.length - 2 : words.length - 1;
  return words[last - 1] === 'the' && isComparative(words[last] ?? '') ? last : -1;
}
/** "anything else", "something else". */
const ANYTHING = new Set(['anything', 'something']);
/**
 * Whom "anything else she said", "anything else in their statement" asks more of: a pronoun of
 * a person or party, as subject or owner.
 */
const PERSONS = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'him', 'them']);
/** "why do they want that", "why does that matter to them": a motive of what was told, nothing new. */
const MOTIVE = new Set(
  'want wants wanted care cares cared bother bothers bothering matter matters mattered much to'.split(' '),
);

/**
 * Words that only say how the message leans on the conversation ("whyyy", "oops", "meant",
 * "add"): once the cues are read they are not what the question is about, and an unknown one
 * must not count against the answer as an unknown word would.
 */
/** Whether a word opens a question ("what", "who", "how"...). */
export function isQuestionStart(word: string): boolean {
  return QUESTION_WORDS.has(word);
}

export function isCueWord(cw: CueWords, word: string): boolean {
  const w = squeeze(word);
  if (PAIRED_FILLERS.has(w)) return false;
  return (
    cw.openers.has(w) || cw.switchWords.has(w) || TRAILING.has(w) || WHY_WORD.test(w) || CUE_WORDS.has(w)
  );
}

/** Verbs of saying before what was said ("say sorry"). */
const SAYING = new Set(['say', 'said', 'says', 'saying']);
/** An opener and no other cue word ("sorry", "no", "wait"; not "afterwards" or "though"). */
function onlyOpener(cw: CueWords, word: string): boolean {
  const w = squeeze(word);
  return (
    cw.openers.has(w) && !cw.switchWords.has(w) && !TRAILING.has(w) && !WHY_WORD.test(w) && !CUE_WORDS.has(w)
  );
}

/**
 * The message's words that only carry cues, read in place: a filler only in a pair that opens the
 * message ("hold on, ...", "ok quick question") is one there, and a word of the question elsewhere
 * ("did the truce hold", "did it hold up").
 */
export function cueTokens(cw: CueWords, tokens: readonly Token[], start = Number.POSITIVE_INFINITY): Token[] {
  return tokens.filter((t, i) => {
    const pair = PAIRED_FILLERS.get(squeeze(t.word));
    // "did they say sorry afterwards": an opener ("sorry", "no") said, right after a verb of
    // saying past where the question starts, is what was said, not a cue (with the start given).
    if (i >= start && SAYING.has(tokens[i - 1]?.word ?? '') && onlyOpener(cw, t.word)) return false;
    if (pair === undefined) return isCueWord(cw, t.word);
    // "ok hold on, ...", not "did the truce hold up".
    const opens = i === 0 || isCueWord(cw, tokens[i - 1]?.word ?? '');
    return opens && pair.has(squeeze(tokens[i + 1]?.word ?? ''));
  });
}
/** Fillers only before one of these words. */
const PAIRED_FILLERS = new Map<string, ReadonlySet<string>>([
  ['hold', new Set(['on', 'up'])],
  ['quick', new Set(['question', 'q'])],
]);

const CUE_WORDS = new Set(
  `add added adds next afterwards afterward later else exactly though tho come came meant mean wrong
   channel instead besides either reason reasoning rationale justification motivation grounds basis purpose purposes whyy again scratch different differ differs
   compare compares compared stack versus stuff manage manages managed able`.split(/\s+/),
);

/**
 * "unrelated, but", "btw", "totally different thing": the message starts afresh. Read on every
 * word of the message too, as the chat reader may drop such openers as filler.
 */
export function startsAfresh(cw: CueWords, tokens: readonly Token[]): boolean {
  const words = tokens.map((t) => squeeze(t.word));
  if (words.some((w, i) => cw.switchWords.has(w) || cw.switchPairs.has(`${w} ${words[i + 1] ?? ''}`)))
    return true;
  // "ok other thing, what's the date": only where it opens the message ("the other thing they
  // destroyed" points back).
  let at = 0;
  while (at < words.length - 2 && cw.openers.has(words[at] as string)) at++;
  // "one other thing: ..." as well.
  if (words[at] === 'one' && words[at + 1] === 'other') at++;
  return OPENING_SWITCH.has(`${words[at]} ${words[at + 1] ?? ''}`);
}
/** Two words that start afresh only where they open the message, past its openers. */
const OPENING_SWITCH = new Set(['other thing', 'other question', 'other q']);

/**
 * "forget that. how many minutes were the jets at it?", "nvm, who asked for the meeting", "whatever,
 * was it deliberate?": the turn before is taken back, so a whole
 * question after it stands on its own, its "it" the story's, not the turn's (read on the words as
 * typed: the chat reader drops these as filler).
 */
export function takesBack(cw: CueWords, tokens: readonly Token[]): boolean {
  const words = tokens.map((t) => squeeze(t.word));
  if (cw.takingBackFirst.has(words[0] ?? '')) return true;
  return words.some((w, i) => cw.takingBack.has(`${w} ${words[i + 1] ?? ''}`));
}

/** A word that opens a message before what it says ("and", "sorry", "no", "ok so", "wait"). */
export function isOpener(cw: CueWords, word: string): boolean {
  return cw.openers.has(squeeze(word));
}

/**
 * "anyone else", "who else": someone other than whom the turn before was about. Read on the words
 * as typed too, as the chat reader drops "anyone" as filler.
 */
export function asksSomeoneElse(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => SOMEONE.has(squeeze(t.word)) && tokens[i + 1]?.word === 'else');
}

/** Repeated letters squeezed for matching cue words: "sooo" -> "so", "whyyy" -> "why". */
function squeeze(word: string): string {
  // Most words have no character three times in a row: the regex only for those that may.
  return tripled(word) ? word.replace(/(\p{L})\1{2,}/gu, '$1') : word;
}

/** Prepositions that open a circumstance of a deed: the way, place, time or partner of it. */
const CIRCUMSTANCE = new Set([
  'through',
  'via',
  'by',
  'with',
  'in',
  'on',
  'at',
  'from',
  'during',
  'near',
  'inside',
  'outside',
]);

/**
 * "why through russia though?", "why on a saturday night?", "why via moscow": a why followed only
 * by a prepositional phrase (no verb of its own) is elliptical: it asks the reason for that
 * circumstance of what the turn before told, whose verb it leaves out. Read as a fragment. So is
 * a why before a noun with "a" ("why a stunt tho": why what the turn before told was called so).
 */
function whyCircumstance(words: readonly string[], start: number): boolean {
  // "why a stunt tho": a why before a noun with "a", what the turn before called it, leaves out
  // the verb as well.
  const next = words[start + 1] ?? '';
  if (!WHY_WORD.test(words[start] ?? '') || !(CIRCUMSTANCE.has(next) || next === 'a' || next === 'an'))
    return false;
  return words
    .slice(start + 2)
    .every((w) => !AUXILIARIES.has(w) && !QUESTION_WORDS.has(w) && !/(?:ed|ing)$/.test(w) && w !== 'not');
}

export function readCues(cw: CueWords, tokens: readonly Token[]): Cues {
  const words = tokens.map((t) => squeeze(t.word));
  const at = (i: number) => words[i] ?? '';
  // Each word and the next, joined once (the loop below asks a word's pair up to a dozen times).
  const pairs: (string | undefined)[] = new Array(words.length).fill(undefined);
  const pair = (i: number) => {
    if (i < 0 || i >= words.length) return `${at(i)} ${at(i + 1)}`;
    let joined = pairs[i];
    if (joined === undefined) {
      joined = `${at(i)} ${at(i + 1)}`;
      pairs[i] = joined;
    }
    return joined;
  };

  const switchTopic = startsAfresh(cw, tokens);
  let correction = false;
  let why = false;
  let after = false;
  let afterPhrase = '';
  let afterClauseAt = -1;
  const asksSomething = words.some((w) => QUESTION_WORDS.has(w));
  for (let i = 0; i < words.length; i++) {
    const w = at(i);
    // "..., i meant the envoy", "not that, ...", "my bad": chat.yaml correctionsAnywhere.
    if (cw.correctingWords.has(w) || cw.correctingAnywhere.has(pair(i))) correction = true;
    if (
      WHY_WORD.test(w) ||
      WHY_PAIRS.has(pair(i)) ||
      (REASON.has(w) && [1, 2, 3].some((k) => QUESTION_WORDS.has(at(i - k)))) ||
      // "and the reason it stopped?", "the motive?": a fragment asking for the reason.
      (REASON.has(w) &&
        w !== 'point' &&
        at(i - 1) === 'the' &&
        !words.slice(0, i).some((x) => QUESTION_WORDS.has(x) || AUXILIARIES.has(x))) ||
      (WHAT_CAUSED.has(w) &&
        (at(i - 1) === 'what' || (['is', 'has', 's'].includes(at(i - 1)) && at(i - 2) === 'what')))
    )
      why = true;
    if (
      (w === 'after' &&
        // "who were the americans after": "be after" is to seek them (text/being-after.ts).
        beingAfterAt(words) !== i &&
        (i === words.length - 1 ||
          ['that', 'this', 'it', 'which', 'him', 'her', 'them'].includes(at(i + 1)) ||
          /ing$/.test(at(i + 1)) ||
          // "what happened after they did", "and after he had?": a clause whose subject points
          // back at whom the turn before was about.
          (AFTER_SUBJECTS.has(at(i + 1)) && (AFTER_DONE.has(at(i + 2)) || i + 2 >= words.length)))) ||
      w === 'afterwards' ||
      w === 'afterward' ||
      w === 'later' ||
      (w === 'next' && at(i + 1) !== 'to' && !TIME_WORDS.has(at(i + 1))) ||
      // "go on" on its own; "how long did it go on" asks how long.
      (['go on', 'carry on', 'keep going'].includes(pair(i)) && !asksSomething) ||
      (w === 'continue' && !asksSomething) ||
      w === 'add' ||
      w === 'added' ||
      w === 'adds' ||
      pair(i) === 'what else' ||
      // "anything else she threw at them?": more of what was just quoted, as "what else"; not
      // a bare "anything else?", which may ask more of the question before.
      (ANYTHING.has(w) && at(i + 1) === 'else' && words.some((x) => PERSONS.has(x))) ||
      pair(i) === 'and then' ||
      // Not "why then, what set it off": the "then" of "why then" asks why at that time.
      (pair(i) === 'then what' && !WHY_WORD.test(at(i - 1)))
    ) {
      after = true;
      const twoWords =
        [
          'go on',
          'carry on',
          'keep going',
          'what else',
          'anything else',
          'something else',
          'and then',
          'then what',
        ].includes(pair(i)) ||
        (w === 'after' && i < words.length - 1 && !/ing$/.test(at(i + 1)));
      afterPhrase ||= twoWords ? pair(i) : w;
      if (w === 'after' && (/ing$/.test(at(i + 1)) || AFTER_SUBJECTS.has(at(i + 1)))) afterClauseAt = i + 1;
    }
  }

  // Where the question itself starts, past "ok so", "no wait", "sorry, i meant".
  let start = 0;
  while (start < words.length) {
    if (cw.openers.has(at(start))) start++;
    // "no scratch that, what did australia say": a correction's own words.
    else if (cw.correctingPairs.has(pair(start))) start += 2;
    else break;
  }
  const opener = words.slice(0, start);
  if (opener.some((w) => cw.correctionOpeners.has(w))) correction = true;
  const continuation = opener.some((w) => CONTINUATIONS.has(w));
  const first = at(start);
  // "what about X": X takes the place of what it matches; "(and|no,) about X": X is the topic.
  // "how's that different from churkin", "how does that compare to X": the question before, of X.
  const comparedAt = words.findIndex(
    (w, i) => COMPARED.has(w) && COMPARED_TO.has(at(i + 1)) && i + 2 < words.length,
  );
  const aboutAt =
    (first === 'what' || first === 'wat' || first === 'how') && at(start + 1) === 'about'
      ? start + 1
      : comparedAt >= 0
        ? comparedAt + 1
        : -1;
  const whatAbout = aboutAt >= 0 || first === 'about';
  const circumstance = whyCircumstance(words, start);
  const fragment =
    start >= words.length ||
    whatAbout ||
    circumstance ||
    !(QUESTION_WORDS.has(first) || AUXILIARIES.has(first) || REQUESTS.has(first) || WHY_WORD.test(first));
  const last = words.length - 1;
  const trailing =
    TRAILING.has(at(last)) ||
    (at(last - 1) === 'as' && at(last) === 'well') ||
    at(last) === 'else' ||
    // "something more?", "any more?": more of it, as "anything else?".
    (at(last) === 'more' && SOME_MORE.has(at(last - 1))) ||
    // "and other things?", "any more stuff?": more of what the question before asked.
    (VAGUE_THINGS.has(at(last)) && MORE_OF.has(at(last - 1))) ||
    pickedComparativeAt(words) >= 0;

  // "why were US jets even there": a why about being there asks their purpose, not the place.
  const beingThere =
    at(last) === 'there' &&
    !BE_THERE.has(at(last - 1)) &&
    words.slice(0, last).some((w) => BE_THERE.has(w)) &&
    // "why was the plane flying there" asks why it did something there: not its purpose in being there.
    !words.slice(0, last).some((w) => w.length > 4 && w.endsWith('ing')) &&
    words.some((w) => WHY_WORD.test(w));
  const pronouns: PronounUse[] = [];
  words.forEach((w, i) => {
    // "forget him": dropped, not pointed at. "the session itself": emphasis on what is named.
    if (at(i - 1) === 'forget' || at(i - 1) === 'not') return;
    if (REFLEXIVE.has(w) && DETERMINERS.has(at(i - 2)) && !STOP_WORDS.has(at(i - 1))) return;
    const possessive = POSSESSIVE.has(w) && i < last && !STOPS_AFTER_POSSESSIVE.has(at(i + 1));
    const gender = PERSON[w];
    if (gender) pronouns.push({ word: w, index: i, kind: 'person', gender, possessive });
    // "how many of them": some of what was just talked about, not a body.
    else if (GROUP.has(w) && at(i - 1) === 'of')
      pronouns.push({ word: w, index: i, kind: 'thing', possessive });
    else if (GROUP.has(w)) pronouns.push({ word: w, index: i, kind: 'group', possessive });
    else if (THING.has(w)) pronouns.push({ word: w, index: i, kind: 'thing', possessive });
    else if (DEMONSTRATIVE.has(w) && demonstrativePronoun(words, i))
      pronouns.push({ word: w, index: i, kind: 'thing', possessive: false });
    // "how did they get the message to damascus", "how did that news reach them": the message is
    // what the turn before told, as "that" is.
    else if (MESSAGE_NOUNS.has(w) && (at(i - 1) === 'the' || at(i - 1) === 'that') && at(i + 1) !== 'of')
      pronouns.push({ word: w, index: i, kind: 'thing', possessive: false });
    else if (soStandsForClause(words, i))
      pronouns.push({ word: w, index: i, kind: 'thing', possessive: false });
    else if (w === 'there' && i === last && !['is', 'was', 'are', 'were'].includes(at(i - 1)) && !beingThere)
      pronouns.push({ word: w, index: i, kind: 'place', possessive: false });
    // "could journalists go in?", "were reporters let in": in where the turn before was.
    else if (i === last && i > 0 && INSIDE.has(w) && ENTERING.has(at(i - 1)))
      pronouns.push({ word: w, index: i, kind: 'place', possessive: false });
  });

  const firstThingAt = words.findIndex(
    (w, i) => w === 'first' && DETERMINERS.has(at(i - 1)) && FIRST_THINGS.has(at(i + 1)),
  );
  if (firstThingAt >= 0)
    pronouns.push({ word: at(firstThingAt - 1), index: firstThingAt, kind: 'thing', possessive: false });
  const otherThingAt = words.findIndex(
    (w, i) =>
      ANOTHER.has(w) && (at(i - 1) === 'the' || at(i - 1) === 'that') && cw.otherThings.has(at(i + 1)),
  );

  // "where are they getting that from", "where does that come from": on what grounds.
  const whence =
    words.includes('where') &&
    at(last) === 'from' &&
    words.some((w) => GET_COME.has(w)) &&
    words.some((w) => w === 'that' || w === 'this') &&
    !switchTopic;
  if (whence) why = true;
  // "why did she say that", "but whyy", "why would they": nothing asked besides why.
  const whyOnly =
    why &&
    words.every(
      (w, i) =>
        WHY_WORD.test(w) ||
        cw.openers.has(w) ||
        AUXILIARIES.has(w) ||
        SAY_DO.has(w) ||
        MOTIVE.has(w) ||
        pronouns.some((p) => p.index === i) ||
        REASON.has(w) ||
        WHAT_CAUSED.has(w) ||
        (whence && (w === 'where' || w === 'from' || GET_COME.has(w))) ||
        [
          'how',
          'come',
          'what',
          'for',
          'exactly',
          'though',
          'tho',
          'is',
          'was',
          'that',
          'the',
          'a',
          'so',
          'about',
          'on',
          'based',
        ].includes(w) ||
        cw.feelings.has(w) ||
        // "why were they unhappy with it", "why is she so mad at them": whom the feeling is about.
        (FEELING_ABOUT.has(w) && cw.feelings.has(at(i - 1))),
    );
  // A final "to" with its verb left out, after a word of the question's own (not "what to").
  const strandedAt =
    last >= 2 && at(last) === 'to' && !QUESTION_WORDS.has(at(last - 1)) && !STOP_WORDS.has(at(last - 1))
      ? last - 1
      : -1;
  // After "what about X" or another fragment ("back to power, where did she speak").
  let askedAt = -1;
  if (aboutAt >= 0 || (fragment && !correction))
    for (let i = aboutAt >= 0 ? aboutAt + 2 : start + 1; i < last && askedAt < 0; i++) {
      const next = at(i + 1);
      if (
        (QUESTION_WORDS.has(at(i)) && AUXILIARIES.has(next)) ||
        (AUXILIARIES.has(at(i)) && (SUBJECT_PRONOUNS.has(next) || DETERMINERS.has(next))) ||
        // "what about assad himself, he comment?": a question asked without its auxiliary, a
        // subject pronoun then a bare verb ending the message (not "the people they killed", a
        // relative clause whose verb is past).
        (whatAbout &&
          SUBJECT_PRONOUNS.has(at(i)) &&
          i + 1 === last &&
          !STOP_WORDS.has(next) &&
          !next.endsWith('ed'))
      )
        askedAt = i;
    }
  const someoneElse = asksSomeoneElse(tokens);
  return {
    switchTopic,
    someoneElse,
    strandedAt,
    askedAt,
    firstThingAt,
    otherThingAt,
    correction,
    whatAbout,
    aboutAt,
    continuation,
    trailing,
    why,
    questionWord: asksSomething,
    whyOnly,
    beingThere: beingThere && why,
    circumstance,
    after,
    afterPhrase,
    afterClauseAt,
    fragment,
    start,
    pronouns,
  };
}

/** Being somewhere: "why were they even there". */
const BE_THERE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** "the other number", "the lower figure": another of the answers (of two) to the question before. */
const ANOTHER = new Set(['other', 'lower', 'higher', 'smaller', 'bigger', 'larger', 'second']);

/** "the first thing", "that first question": what was asked at first. */
const FIRST_THINGS = new Set(['thing', 'question', 'topic', 'point', 'part', 'bit', 'subject']);

/** A pronoun subject of the clause after "after" that points back ("after they did"). */
const AFTER_SUBJECTS = new Set(['he', 'she', 'they']);
/** The verb that stands for what they did in such a clause, or its end ("after they did", "after they had"). */
const AFTER_DONE = new Set(['did', 'had', 'have', 'has', 'do', 'does', 'were', 'was']);

/** Words after "his", "her" that make it an object pronoun, not a possessive ("ask her about"). */
const STOPS_AFTER_POSSESSIVE = new Set(['about', 'to', 'for', 'and', 'or', 'after', 'before', 'that', 'if']);

const ARTICLE_NEXT = new Set(['the', 'a', 'an']);
/** "that" and "this" as pronouns: "why did she say that", "when did that happen", not "that the". */
function demonstrativePronoun(words: readonly string[], i: number): boolean {
  const next = words[i + 1];
  if (next === undefined) return true;
  // "were those the only things hit", "is this a first": before an article it stands for a
  // thing ("that the" is a conjunction as often).
  if (words[i] !== 'that' && ARTICLE_NEXT.has(next)) return true;
  // "how did that even happen", "was that really true": an adverb that only stresses stands
  // between the subject and its verb.
  let j = i + 1;
  while (STRESS_ADVERBS.has(words[j] ?? '') && j < i + 3) j++;
  const verb = words[j] ?? next;
  // "what was that referring to", "is this based on anything": the subject of a verb, after
  // an auxiliary, not "that meeting".
  if (AUXILIARIES.has(words[i - 1] ?? '') && /(?:ing|ed)$/.test(verb)) return true;
  return ['happen', 'happened', 'mean', 'true', 'is', 'was', 'right', 'real', 'about', 'so'].includes(verb);
}
/** Adverbs that only stress the verb after them ("how did that even happen"). */
const STRESS_ADVERBS = new Set(['even', 'really', 'actually', 'ever', 'just', 'truly']);

/** Verbs of saying and believing after which "so" stands for a clause ("who said so", "why do they think so"). */
const CLAUSE_SO_VERBS = new Set(
  `say says said saying claim claims claimed claiming think thinks thought reckon reckons reckoned
   believe believes believed suppose supposes supposed`.split(/\s+/),
);
/** What may close a message after such a "so" ("who said so tho"). */
const CLAUSE_SO_CLOSERS = new Set(['tho', 'though', 'then', 'too', 'exactly', 'first']);
/**
 * "who said so?", "why do they think so": "so" right after a verb of saying or believing, ending
 * the message, is a pro-form for the clause just said (as "that" in "who said that"), so it
 * points back at the answer before as that pronoun would. Not "so" as a conjunction or an
 * intensifier ("so what did they say", "said so much").
 */
export function soStandsForClause(words: readonly string[], i: number): boolean {
  if (words[i] !== 'so' || !CLAUSE_SO_VERBS.has(words[i - 1] ?? '')) return false;
  return words.slice(i + 1).every((w) => CLAUSE_SO_CLOSERS.has(w));
}

/** Pronouns an afterthought may name ("... helping them? the rebels i mean"), possessives apart. */
const NAMEABLE = new Set(['he', 'him', 'she', 'her', 'they', 'them', 'it']);
const NAMEABLE_POSSESSIVE = new Set(['his', 'their', 'its']);
/** "X i mean", "i mean X", "i meant X" after the question, with nothing else: chat.yaml afterthoughts. */
function afterthoughtPattern(phrases: readonly string[]): RegExp {
  const marks = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .split(' ')
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+'),
    );
  if (marks.length === 0) return /(?!)/;
  const mark = `(?:${marks.join('|')})`;
  return new RegExp(`^[\\s,.;:!?-]*(?:${mark}[\\s,:]+(.+?)|(.+?)[\\s,]+${mark})[\\s.!?]*$`, 'i');
}

/**
 * "do they think the US is helping them? the rebels i mean", "what did he say, i mean the envoy":
 * words after the question that say whom they mean name what its last pronoun stands for; the
 * question is read with them in its place ("... helping the rebels"), not as a turn of its own
 * that the question's pronouns would point back at. Null when the words after the question are no
 * such afterthought (at most four words), or the question has no pronoun to name.
 */
export function withAfterthoughtNamed(
  cw: CueWords,
  question: string,
  after: string,
): { question: string; named: string } | null {
  const m = cw.afterthought.exec(after);
  const named = (m?.[1] ?? m?.[2])?.trim();
  if (!named || named.split(/\s+/).length > 4) return null;
  const words = question.split(/(\s+)/);
  for (let i = words.length - 1; i >= 0; i--) {
    const bare = (words[i] ?? '').toLowerCase().replace(/[^a-z]/g, '');
    const tail = (words[i] ?? '').replace(/^[A-Za-z]+/, '');
    if (NAMEABLE.has(bare) || NAMEABLE_POSSESSIVE.has(bare)) {
      words[i] = `${named}${NAMEABLE_POSSESSIVE.has(bare) ? "'s" : ''}${tail}`;
      return { question: words.join(''), named };
    }
  }
  return null;
}

/**
 * An adjective's comparative or superlative ("smaller", "heavier", "biggest"): its base, the
 * ending taken off (a doubled consonant undone, "i" back to "y"), is an English adjective; no
 * stop word ("after").
 */
export function isComparative(word: string): boolean {
  const ending = /^(.{2,}?)(?:er|est)$/.exec(word);
  if (!ending || STOP_WORDS.has(word)) return false;
  const stem = ending[1] as string;
  const bases = [stem, `${stem}e`];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) bases.push(stem.slice(0, -1));
  if (stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`);
  return bases.some((b) => b.length > 2 && isModifierWord(b));
}

/**
 * Reading a chat message, not a search query: what people type around a question in a server is
 * taken away or turned into words before the question is analysed.
 *
 *   emoji            listed ones become their word ("💀" -> dead), flags the country's name,
 *                    every other emoji (and Discord's <:name:id>) goes
 *   shouting         in an ALL-CAPS message "US"/"IS" count as names only where a name can stand
 *                    ("THE US", "DID IS"), not as the words "us"/"is" ("WHAT IS")
 *   stretched words  "sooo", "whyyy" -> "so", "why" (when the stretched form is not a word)
 *   abbreviations    "govt" -> government, "didnt" -> did not (chat.yaml)
 *   filler           "ngl", "lol", "fr fr" anywhere, "ok so" at the start of a sentence
 *   negations        "not", "never", "nobody" are noted, and carry no topic
 *   meaning          "what does X mean", "what do they mean by X": the verb goes ("meant to" stays)
 *   spoken marks     "... meeting question mark" -> "... meeting?" (dictation; chat.yaml spokenMarks)
 *   sound-alikes     "more then ten" -> "more than ten", "were did it happen" -> "where ..." (homophones.ts)
 *   sentences        split with Intl.Segmenter; a sentence is a question when it ends with "?",
 *                    starts with a question word or holds a question cue ("anyone know")
 *   two questions    "... and what ...", "... and did ..." start a second question
 *
 * Pure and story-agnostic: the word lists are the knowledge folder's chat.yaml (ChatWords). The
 * conversation layer can use readMessage's parts as they are (questions, context, tokens).
 */
import type { ChatWords } from '../knowledge/model.ts';
import { cleanQuestion } from '../text/clean.ts';
import { EndTag } from '../text/end-tag.ts';
import { withHomophonesHeard } from '../text/homophones.ts';
import { isKnownName } from '../text/known-names.ts';
import { STOP_WORDS, WH_WORDS } from '../text/lexicon.ts';
import { isModifierWord, isSayingVerb } from '../text/modifiers.ts';
import { isPeopleWord } from '../text/peoples.ts';
import {
  meaningTokens,
  OBJECT_PRONOUNS,
  PARTICLES,
  type PhraseMatch,
  PhraseMeanings,
} from '../text/phrases.ts';
import { SpokenMarks } from '../text/spoken-marks.ts';
import { markedToken, retyped, type Token, TokenizedText, tokenize } from '../text/tokenize.ts';

/** One sentence of a message, its words read. */
export interface ReadSentence {
  /** The sentence as written (cleaned). */
  text: string;
  /** Its words once chat filler, negations and emoji are gone and abbreviations expanded. */
  tokens: Token[];
  /** Ends with "?", starts with a question word or holds a question cue. */
  question: boolean;
  /** Mostly words of no language the bot reads ("wie viele tote??"). */
  foreign: boolean;
}

/** One question of a message. */
export interface QuestionPart {
  /** The question as written, e.g. "how long did the raid last". */
  text: string;
  tokens: Token[];
  /**
   * Asked by its "?" alone, no question word or cue: perhaps what the writer supposes rather
   * than asks ("I'm guessing CENTCOM?", "from what I gather they hit the army by mistake?").
   * Or by a cue alone, no "?" and no question word after it: perhaps it only says that a
   * question is coming ("... but I genuinely want to know:", "I want to know their line.").
   */
  supposed?: boolean;
}

export interface MessageReading {
  /** The message cleaned (mentions, markdown, emoji gone). */
  text: string;
  sentences: ReadSentence[];
  /**
   * The questions asked, in order: usually one; two or more when the message asks several
   * things ("how long did it last and who says so?"). When no sentence reads as a question, the
   * whole message is the one question.
   */
  questions: QuestionPart[];
  /** The words of the sentences around the questions (the story someone tells before asking). */
  context: Token[];
  /** Words in quotation marks, as typed: a fragment of the article someone pasted ("grandstanding"). */
  quoted: string[];
  /** Written in capitals. */
  shouted: boolean;
  /** A negation in a question ("didn't", "never"). */
  negated: boolean;
  /** Words dropped as chat filler, and all words read. */
  filler: number;
  words: number;
}

/** The articles before a noun (see Reader.saidOfAThing). */
const THING_ARTICLES = new Set(['the', 'a', 'an']);
/** Words that point back at what was just said: "is that right", "was this planned". */
const THAT_SAID = new Set(['that', 'this']);
/** Flags: two regional indicator letters. */
const FLAG = /\p{Regional_Indicator}{2}/gu;
/** An emoji with its modifiers and joined parts ("👨‍✈️", "🚶‍♂️", "👍🏽", "1️⃣"). */
const EMOJI_SEQUENCE =
  /(?:\p{Extended_Pictographic}|[#*0-9]\uFE0F?\u20E3)(?:\uFE0F|\p{Emoji_Modifier}|\u200D(?:\p{Extended_Pictographic}|\u2640|\u2642)\uFE0F?)*/gu;
/** Discord's custom emoji, as typed in a message ("<:name:id>", animated "<a:name:id>"). */
const CUSTOM_EMOJI_SOURCE = String.raw`<a?:[\w~-]+:\d+>`;
/** Emoji (and Discord's custom ones) at the start of a message, with the spaces between. */
const LEADING_EMOJI = new RegExp(
  String.raw`^\s*(?:(?:\p{Regional_Indicator}|${EMOJI_SEQUENCE.source})\s*|${CUSTOM_EMOJI_SOURCE}\s*)+`,
  'u',
);
const FLAG_TEST = /\p{Regional_Indicator}/u;
/** A span in stars (Discord's italics or bold): "*shocked pikachu*", "**facepalm**". */
const ACTION = /\*{1,2}([^*\n]+?)\*{1,2}(?!\*)/gu;
/** Words of its own topic a question needs for the emoji before it to be only a decoration. */
const MIN_TOPICAL = 1;
/** Emoji (and spaces) after an emoji, then a question word opening a clause of 3 words or more. */
const QUESTION_AFTER_EMOJI = new RegExp(
  String.raw`^(?:\s|\p{Regional_Indicator}|${EMOJI_SEQUENCE.source})*\s(\p{L}+)\s+\p{L}+\s+\p{L}`,
  'u',
);

/**
 * Whether the emoji at `at` (`length` long) stands where a full stop would: after a word of the
 * message (a letter or a digit right before it and its spaces) and before a question
 * word opening a clause ("blunder than ferrari double stacking on the wrong lap 💀 how many died").
 * Not an emoji at the start (withoutLeadingEmoji reads those) nor one after another emoji.
 */
function closesBeforeQuestion(all: string, at: number, length: number): boolean {
  const before = all.slice(0, at);
  if (!/[\p{L}\p{N}][\s]*$/u.test(before)) return false;
  const after = QUESTION_AFTER_EMOJI.exec(all.slice(at + length));
  return after !== null && WH_WORDS.has((after[1] as string).toLowerCase());
}

/** Where a heading ends and its question starts: a dash, or a colon. */
const HEADING_CUT = /\s[—–-]+\s|[—–]|:\s/u;
/** Text in quotation marks: straight or curly, double or single (not an apostrophe inside a word). */
const QUOTED = /(?<![\p{L}\p{N}])["“”'‘’«]([^"“”«»]+?)["“”'‘’»](?![\p{L}\p{N}])/gu;
const CUSTOM_EMOJI = new RegExp(CUSTOM_EMOJI_SOURCE, 'g');
const SHORTCODE = /:[a-z0-9_+-]+:/gi;
const STRETCHED = /(\p{L})\1\1/u;
const NOT_PLAIN = /[^ -~]|:/;
/** A word written in capitals, two letters or more ("MID", "IS"). */
const CAPITALS = /^\p{Lu}{2,}$/u;
/** Where a name can stand right after: "THE US", "DID IS", "BY IS". */
const BEFORE_A_NAME = new Set(
  'the did does do by of against and with from for to on at between vs versus than support supports backed help helped helping fight fighting fought'.split(
    ' ',
  ),
);
/** How many words a phrase put before a question's auxiliary may have ("after the bombing did"). */
const MAX_FRONTED = 5;
/** How far into a sentence with no "?" a question word may come after a phrase put first. */
const MAX_FRONTED_WH = 8;
/** Prepositions a question can start with, before its question word ("for how long"). */
const PREPOSITIONS = new Set(
  'for since until till at in on to by from with about after before during of'.split(' '),
);
/** The verb a contraction stands for ("it'd": "it would", "they'll": "they will"). */
const CONTRACTED: Record<string, string> = { d: 'would', ll: 'will', re: 'are', ve: 'have', m: 'am' };
/**
 * The words English contracts a verb onto: those the stop words list a contraction of ("it's",
 * "they'd", "there's"), and the question words ("what'll", "how'd").
 */
const CONTRACTS: ReadonlySet<string> = new Set([
  ...[...STOP_WORDS].flatMap((w) => /^([a-z]+)'(?:s|d|ll|re|ve|m)$/.exec(w)?.slice(1, 2) ?? []),
  ...WH_WORDS,
]);
/**
 * A quoted question, then "is what" someone asked: "\"who carried out the strike?\" is what my
 * friend asked". The asker's words and the question, in any order of the message.
 */
const ASKED_CLEFT =
  /^\s*(["“”«][^"“”«»]{3,}?["“”»])\s*[,.]?\s*(?:is|was|'s|’s|that's|that’s|thats)\s+what\s+((?:[\p{L}'’@<>!0-9]+\s+){1,5}?)(asked|asks|wanted to know|wants to know|wondered|wonders|was asking|is asking|keeps asking|kept asking|kept on asking)((?:\s+(?:me|us|him|her|them|today|yesterday|earlier|in class))*)\s*[.!?]*\s*$/iu;

/**
 * "\"who carried out the strike?\" is what my friend asked" read as "my friend asked \"who carried
 * out the strike?\"": the question quoted is what is asked, and who asked it the story around it,
 * as when the asker comes first.
 */
export function withAskerFirst(text: string): string {
  const m = ASKED_CLEFT.exec(text);
  if (!m) return text;
  const [, quoted, asker, verb, after] = m as unknown as [string, string, string, string, string];
  return `${asker}${verb}${after} ${quoted}`;
}

/**
 * A question asked where its answer would stand, as Chinese, Vietnamese and Thai ask it ("churkin
 * is who?", "the observatory is what ah"): a sentence ending in "is who" / "is what" (a chat word
 * of up to four letters after it), with no question word before. Its subject is a few words.
 */
const ASKED_IN_PLACE =
  /(^|[.!?]\s+)((?:[\p{L}\p{N}'’-]+\s+){0,5}?[\p{L}\p{N}'’-]+)\s+(is|are|was|were)\s+(who|what)((?:\s+\p{L}{1,4})?\s*[?!.？]*\s*)$/iu;

/**
 * "churkin is who?" read as "who is churkin?": the question word first, as English asks it. Not
 * where the subject holds a question word already ("what he said is what?").
 */
export function withQuestionWordFirst(text: string): string {
  const m = ASKED_IN_PLACE.exec(text);
  if (!m) return text;
  const [, lead, subject, verb, wh, after] = m as unknown as [string, string, string, string, string, string];
  if (subject.split(/\s+/).some((w) => WH_WORDS.has(w.toLowerCase()))) return text;
  return `${text.slice(0, m.index)}${lead}${wh} ${verb} ${subject}${after}`;
}

/** Forms of "tell", whose object is the hearer: "tell about" with none says something about it. */
const TELL = new Set(['tell', 'tells', 'telling', 'told']);
/** Words before a participle that make it passive ("was told about", "got told about"). */
const PASSIVE_BEFORE = new Set('be is are was were been being am get gets got gotten getting'.split(' '));

/** How many words before "told" a passive's auxiliary may come ("was the kremlin ever told about"). */
const PASSIVE_REACH = 5;

/**
 * "tell about" right after its subject, no hearer between: saying something about it. Not a
 * passive ("had moscow been told about the flights", "was the kremlin told about it": the one
 * told), a form of "be" or "get" in the words just before.
 */
function tellsAbout(tokens: readonly Token[], at: number): boolean {
  if (!TELL.has(tokens[at]?.word ?? '') || tokens[at + 1]?.word !== 'about') return false;
  return !tokens.slice(Math.max(0, at - PASSIVE_REACH), at).some((t) => PASSIVE_BEFORE.has(t.word));
}

/** A stop word, also with a contraction ("i'm", "we're"). */
const noTopic = (word: string) => STOP_WORDS.has(word) || STOP_WORDS.has(word.replace(/['’]\p{L}+$/u, ''));
/** Words at most between a question cue and its question word ("curious, in this case, what"). */
const MAX_FRAMING = 3;
const AUXILIARIES = new Set(
  'did does do was were is are has have had will would could can should'.split(' '),
);

/**
 * Question words that ask a question of their own when they come in the middle of a message with
 * no stop before them, their verb put first ("... again what did X say", "... finally how many
 * died"): two messages run together. Not "who" or "which", which open relative clauses ("the
 * pilots who were ..."), and "what" only before "do" ("they hit what was ..." is no question).
 */
const RUN_ON_ASKING: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const inverted = 'did does do is are was were has have had can could will would should'.split(' ');
  return new Map<string, ReadonlySet<string>>([
    ['what', new Set(['did', 'does', 'do'])],
    ['when', new Set(inverted)],
    ['where', new Set(inverted)],
    ['why', new Set(inverted)],
    ['how', new Set([...inverted, 'many', 'much', 'long', 'come', 'far', 'often', 'old'])],
  ]);
})();
/**
 * Question words with two letters next to each other swapped ("waht", "whta", "wehre", "wihch"),
 * each to its word: not a swap that is a word itself, nor one two question words give ("hwo": who
 * or how).
 */
function swappedQuestionWords(isWord: (word: string) => boolean): Map<string, string> {
  const from = new Map<string, Set<string>>();
  for (const word of WH_WORDS) {
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const typo = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      from.set(typo, (from.get(typo) ?? new Set()).add(word));
    }
  }
  const out = new Map<string, string>();
  for (const [typo, words] of from) {
    if (words.size === 1 && !WH_WORDS.has(typo) && !isWord(typo)) out.set(typo, [...words][0] as string);
  }
  return out;
}

/** Words opening an apology for asking ("sorry to ping", "sorry for the spam"): the writer's own. */
function apologises(typed: readonly Token[]): boolean {
  return typed[0]?.word === 'sorry' && APOLOGY_AFTER.has(typed[1]?.word ?? '');
}

/** A question word with its verb put first ("what did ...", "how many ..."): a question of its own. */
function asksInverted(tokens: readonly Token[]): boolean {
  const [wh, verb] = tokens;
  return !!wh && !!verb && tokens.length >= 3 && !!RUN_ON_ASKING.get(wh.word)?.has(verb.word);
}
/**
 * Words after which a question word opens a clause of theirs, not a question of its own ("i know
 * what did ...", "no matter how many ...", "about what ...", "that's how many ...").
 */
const EMBEDDING = new Set(
  `know knew known knows knowing wonder wondering wondered wonders ask asked asking asks tell told
  telling tells explain explained explaining see saw seen seeing remember forget forgot forgotten
  understand understood mean meant say said says saying show showed shown shows figure find found
  finding guess decide decided care matter matters depends depend depending idea clue sure unsure
  curious confused question learn learned check checking look looking read hear heard realize
  realise notice noticed imagine doubt unclear clear obvious count counted discuss discussed debate
  about of on to for at in into from over by with as is are was were be been being am me you him
  her them us it that this than if whether no exactly regarding re and or but so then`.split(/\s+/),
);
/** Words after which a word is a noun, not a verb: "on twitter", "the whisper" (not "to", "to say"). */
const BEFORE_A_NOUN = new Set('the a an on in at from via through'.split(' '));
/** Verbs that, after a comma and before their subject, open a question ("..., did they say sorry"). */
const COMMA_ASKING = new Set('did does do was were is are has have'.split(' '));
/** Words opening a clause that depends on the one after it: "if they knew why ...". */
const SUBORDINATING = new Set('if since because as once while though although unless whether'.split(' '));
/** Words opening what goes on from, or takes back, what was asked before: "and ...", "no not ...". */
const LEADS_ON = new Set('and but or so plus also then no not nah sorry actually oops wait'.split(' '));
/** Words after "sorry" that make it an apology for what follows ("sorry to ping"), no taking back. */
const APOLOGY_AFTER = new Set('to for if abt about'.split(' '));
/** Words of a question that point back at what the writer said before it. */
const POINTING_BACK = new Set(
  'he she they it him her them his hers their theirs its this that these those'.split(' '),
);
/** The writer's own, of someone they know ("my cousin", "our teacher"). */
const POSSESSIVE_FIRST = new Set(['my', 'our']);
/** Words before a noun: a one-word cue after one is a noun of the sentence ("the source analysis"). */
const NOUN_CUE_BEFORE = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
]);
/** Words pointing back that may stand before a noun ("this bombing"). */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/** Pronouns pointing back at one person ("what did he call it"). */
const ONE_PERSON_BACK = new Set('he she him her his hers'.split(' '));
/** Pronouns pointing back at a people, a government or a group ("what did they do"). */
const GROUP_BACK = new Set('they them their theirs'.split(' '));
/** Kinds of the knowledge's entities that are one person (entities.yaml `kind`). */
const PERSON_KINDS = new Set(['person']);
/** Kinds of the knowledge's entities that are no one who acts or speaks. */
const NO_ONE_KINDS = new Set(['place']);
/** The subject an inverted question puts after its verb: "did they ...", "is the truce ...". */
const SUBJECTS = new Set(
  'i you u he she it we they there this that these those the a an any some his her their its my our your'.split(
    ' ',
  ),
);

/** A request's first word: "could you tell me ...". */
const REQUEST_MODALS = new Set('can could would will may'.split(' '));

/** Labels that say the words quoted are a quote whose source is asked, not a claim to rate. */
const QUOTE_LABELS = new Set(
  'fragment quote quoted quotes sourced cite exact wording words misattribution misattributed'.split(' '),
);
/** A verb of saying or claiming, right before words quoted: "keeps saying '...'", "claims: '...'". */
const SAID_BEFORE =
  /\b(?:say|says|saying|said|claim|claims|claiming|claimed|insist|insists|insisting|insisted)[\s:,]*$/iu;
/** A word of rebutting right before words quoted (an owner between): "rebuttal to '...'", "rebut russia's '...'". */
const REBUTTED_BEFORE =
  /\b(?:rebut|rebuts|rebutting|rebuttal|rebuttals|refute|refuting|counter|countering|debunk|debunking)(?:\s+(?:to|for|of|against|on))?(?:\s+the)?(?:\s+[\p{L}.]+['’]s?)?[\s:,]*$/iu;
/** Asking how to answer the other side: "how do i rebut ...", "how can we counter ...". */
const REBUTTING =
  /^\s*how\s+(?:do|can|could|should|would|to)\s+(?:(?:i|we|you|u)\s+)?(?:rebut|counter|refute|answer|respond|reply|push\s+back|debunk|tackle|challenge|attack)\b/iu;

/**
 * A noun and "wise" ending a clause ("how bad were the losses, headcount wise", "equipment-wise"):
 * "as regards" the noun; "wise" is no word of the question (not "was that wise").
 */
const AS_REGARDS = /(\p{L}{3,})[\s-]wise\b(?=\s*(?:[,.;:!?…]|$))/gu;

/** The text with each noun before "wise" as the noun alone (AS_REGARDS); most messages have no "wise" to look for. */
function asRegards(text: string): string {
  if (!text.includes('wise')) return text;
  return text.replace(AS_REGARDS, (all, word: string) => (noTopic(word.toLowerCase()) ? all : word));
}
/** The fewest words a question keeps when the writer's words after it go ("who said it"). */
const MIN_FRAMED = 3;
/** The keyboard's home row, where a keysmash's letters fall ("asdfghjkl", "sjdkfhsk"). */
const HOME_ROW = 'asdfghjkl';
/** The fewest letters of a keysmash ("jsjsk"; "asdf" may be a placeholder). */
const MIN_KEYSMASH = 5;
/** Chat's own words for a laugh, which LAUGH does not spell out. */
const LAUGHS = new Set(['lol', 'lmao', 'lmfao', 'rofl', 'roflmao', 'xd', 'kek', 'haha', 'hehe']);
/**
 * A laugh as typed in any language, at any length: "hahaha", "hehe", "jajaja", "xaxa", "rsrs",
 * "kkkk" (Korean and Brazilian), "wwww" (Japanese), "lolll", Hangul letters alone ("ㅋㅋㅋ",
 * "ㅎㅎ", "ㅠㅠ": jamo with no syllable, a laugh or a cry), "哈哈", "呵呵", "笑", and "5555" (Thai: "5" is
 * read "ha"). A mood, like "lol".
 */
const LAUGH =
  /^(?:a?(?:h+[aeiou]+){2,}h*|(?:j[aei]){2,}j?|(?:x[ae]){2,}x?|(?:rs){2,}|k{3,}|w{3,}|5{3,}|l+o+l{2,}|l{2,}o+l+|[\u1100-\u11ff\u3131-\u318e]+|[\u54c8\u5475\u563f]{2,}|\u7b11+)$/u;
/**
 * Nouns naming the writer's own remark ("small correction", "pedantic point", "honest question",
 * "quick nitpick"): before a dash, they label the question after it.
 */
const REMARK_NOUNS = new Set([
  'correction',
  'nitpick',
  'point',
  'question',
  'q',
  'note',
  'aside',
  'clarification',
  'observation',
  'thought',
]);
/** The most words of a verdict on a statement after it ("that's fake news right"). */
const MAX_VERDICT = 6;
/** "that" or "this" with its verb, pointing back at the statement just made. */
const BACK_REFERENCES = new Set(["that's", 'thats', 'that’s', "this's"]);
/** Words that tie the writer's own reason or purpose to a question: "... so i don't misquote". */
const FRAMING_LINKS = new Set('so because cause cuz coz bc since as for'.split(' '));
/**
 * A framing link as a word of its own before the next word (the writer?): only the links are tried
 * (their case aside: FRAMING_LINKS says which match), not every word of a sentence.
 */
const FRAMING_LINK = new RegExp(
  String.raw`(?<![\p{L}'’])(${[...FRAMING_LINKS].join('|')})(?=\s+(?:that\s+)?(\p{L}+(?:['’]\p{L}+)?))`,
  'giu',
);

/** The writer opening a clause of their own: "i'm", "im", "i've", "i" before a word ("i swear"). */
const WRITER_CLAUSE = /(?<=[^\s,])\s+(?=(?:i['’]m|im|i['’]ve|ive|i)\s+\p{L})/giu;
/**
 * The writer's comment on someone after the question, opened by a link or a laugh: "who is X bc
 * he's giving villain energy", "why is X so worried lol he's being so dramatic". The pronoun
 * with its verb run on ("he's", "they're") says what the writer makes of them; it asks nothing.
 */
const COMMENT_AFTER =
  /(?<=[^\s,])\s+(?=(?:because|cause|cuz|coz|bc|lol|lmao|lmfao|ngl|tbh)\s+(?:he|she|they)(?:['’](?:s|re)|s|re)\b)/giu;
/**
 * The writer's own guess at the answer, closing a question after a comma ("what do the russians
 * want the US to do now, just chill?", "..., maybe sanctions?"): a word or three after "just",
 * "maybe"... Read as context, as the writer's words after the question are: the question before
 * it asks by itself, and a guess the article never words is no topic it lacks.
 */
const GUESS_AFTER =
  /,(?=\s*(?:or\s+)?(?:just|only|maybe|perhaps|probably)\s+[\p{L}'’]+(?:\s+[\p{L}'’]+){0,2}\s*[?？!.]*\s*$)/giu;
/** Words after which "i" goes on the same clause ("that i", "if i", "and i", "so i"). */
const BEFORE_A_CLAUSE = new Set(
  'that if whether than and or but so as because cause bc cuz coz when while where how what who which'.split(
    ' ',
  ),
);

/** The verb "to mean" (signify): it asks what words mean, never what the story is about. */
const MEANING = new Set(['mean', 'means', 'meant']);
/** ...except before what was intended: "meant to hit", "did they mean it". */
const INTENDED = new Set(['to', 'it']);
/** Auxiliaries after "whereabouts" asking where ("whereabouts was she", "whereabouts did they meet"). */
const AUXILIARY_AFTER_WHEREABOUTS = new Set(['was', 'were', 'is', 'are', 'did', 'do', 'does', 'had', 'has']);
/** "end up" before a verb in -ing ("ended up holding"): how things turned out, no ending. */
const END_UP = new Set(['end', 'ends', 'ended', 'ending']);
/** Adjectives of Scots, Irish and Northern English used as adverbs of degree before a describing word ("pure ragin"). */
const INTENSIFYING = new Set(['pure', 'proper']);
/** A word that describes: an adjective or adverb, or a participle ("raging", "ragin'", "gutted"). */
function describes(word: string): boolean {
  return isModifierWord(word) || /^\p{L}{3,}(?:ing|in'?|ed)$/u.test(word);
}
/** Words that may open a question before its question word ("and whereabouts was she"). */
const OPENING_AND = new Set(['and', 'so', 'but', 'then']);
/**
 * "use" of words said: "the exact wording they used", "what words did she use", "the term he
 * used": after a word of quoting (chat.yaml quoting, or one of these nouns of words) it is
 * "said", not "use" as exploiting (the IS militia used the airstrike).
 */
const USE = new Set(['use', 'used', 'uses', 'using']);
const WORDS_SAID = new Set([
  'word',
  'words',
  'phrase',
  'phrases',
  'term',
  'terms',
  'expression',
  'expressions',
]);
/** What may stand between such a noun and its "use": its subject and auxiliaries ("did they"). */
const USE_SUBJECTS = new Set([
  'they',
  'he',
  'she',
  'it',
  'we',
  'you',
  'i',
  'did',
  'do',
  'does',
  'had',
  'have',
  'has',
  'was',
  'were',
  'actually',
  'exactly',
]);

/**
 * Words that join two questions in one sentence: "how long did it last and who says so" (chat's
 * "n" too, before a question word: "how long did it last n how many tanks got hit"). A
 * condition on the answer before goes with them ("was the press allowed in, and if not, where
 * ..."): the question after it is one of its own, and "not" in it denies nothing asked. So does
 * ", like" before a question word ("when did they call it off, like what made them pull out"):
 * the question put again in other words.
 */
const JOINERS =
  /\s*(?:,\s*)?\b(?:and|or|but|also|plus|&|n(?=\s+(?:what|why|how|who|when|where|which)\b))\b(?:\s*,?\s*if\s+(?:not|so)\b\s*,)?\s*|\s*,\s*like\s+(?=(?:what|why|how|who|when|where|which)\b)/giu;
/** "how" asking an amount or a length of time. */
const HOW_MUCH = new Set(['many', 'much', 'long']);
/** Words opening a noun phrase put first as the topic of the question after it ("the dorm washing machine, who ..."). */
const TOPIC_FIRST = new Set([
  'the',
  'a',
  'an',
  'that',
  'this',
  'those',
  'these',
  'his',
  'her',
  'their',
  'its',
]);
/**
 * Words in a question that point back to a topic put before it ("..., how long is that one",
 * "..., what did he say"). Not "it" and "they": chat's "where did it happen", "what did they say"
 * point to the story.
 */
const POINTS_BACK = new Set(['that', 'this', 'those', 'these', 'one', 'he', 'she', 'him', 'his', 'her']);
/**
 * Words opening a clause that frames what follows rather than asking ("when they bombed them, how
 * many died", "if the US warned them, why ..."), with a subject after them, not an auxiliary.
 */
const FRAMING_CLAUSE = new Set(['when', 'where', 'if', 'while', 'as', 'once', 'since', 'because', 'whether']);

/** Determiners before a figure that name it as a noun ("the 62", "that 90"). */
const FIGURE_DETERMINERS = new Set(['the', 'that', 'this']);
/** Before "the" and a number, a day of the month ("on the 17th", "since the 19th"), no figure. */
const DAY_PREPOSITIONS = new Set(['on', 'by', 'since', 'until', 'till', 'before', 'after', 'from']);

/** Made when a flag is first read: a start does not wait for ICU's region names (about 10 ms). */
let regionNames: Intl.DisplayNames | undefined;
/** Made on first use: creating the first Intl object loads ICU's data (30-60 ms at a start). */
let sentences: Intl.Segmenter | undefined;

/**
 * Text in which the segmenter finds no sentence end that the split after it (an end mark, then
 * white space) does not find too: printable ASCII (in ASCII only `.`, `!` and `?` end a sentence,
 * and line breaks a paragraph) where each run of end marks is followed by a space or the end of
 * the text, or is a lone `.` before a digit or a small letter ("3.5", "u.s": Unicode's rules end
 * no sentence there, SB6 and SB8). A quotation mark or bracket after an end mark ("said 'no.'
 * then") is left to the segmenter. Most messages are such text, and the split alone reads them
 * as the segmenter and the split do: a start does not wait for ICU, and a long message is not
 * walked by the segmenter (issue 15).
 */
const NO_HIDDEN_END = /^(?:[ "-\-/->@-~]|[.!?]+(?: |$)|\.(?=[0-9a-z]))*$/;

/** In a phrase of chat.yaml, "#" stands for any number, in digits or a word ("like i am #"). */
const ANY_NUMBER = '#';
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  ),
);
/** Short forms of units that are the unit only after a figure ("40 min"; "min" alone: minimum). */
const UNITS_AFTER_FIGURE: ReadonlyMap<string, string> = new Map([
  ['min', 'minutes'],
  ['sec', 'seconds'],
  ['h', 'hours'],
]);
const isNumber = (word: string) => /^\d+$/.test(word) || NUMBER_WORDS.has(word);

/** A phrase list as a trie over folded words, for longest-first matching ("#": any number). */
class PhraseSet {
  private readonly root: PhraseLevel = { words: new Map(), number: undefined };
  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = phrase
        .split(/\s+/)
        .flatMap((part) => (part === ANY_NUMBER ? [ANY_NUMBER] : tokenize(part).map((t) => t.word)));
      if (words.length === 0) continue;
      let level = this.root;
      let node: PhraseNode | undefined;
      for (const w of words) {
        node = level.words.get(w);
        if (!node) {
          node = { end: false, next: { words: new Map(), number: undefined } };
          level.words.set(w, node);
          if (w === ANY_NUMBER) level.number = node;
        }
        level = node.next;
      }
      if (node) node.end = true;
    }
  }

  /** The length of the longest phrase starting at tokens[i], or 0. */
  matchAt(tokens: readonly Token[], i: number): number {
    let level = this.root;
    let best = 0;
    for (let j = i; j < tokens.length; j++) {
      const word = (tokens[j] as Token).word;
      // A number read as "#" only where a phrase has one here: most levels have none (no second
      // look-up, no regex test).
      const node =
        level.words.get(word) ?? (level.number !== undefined && isNumber(word) ? level.number : undefined);
      if (!node) break;
      if (node.end) best = j - i + 1;
      level = node.next;
    }
    return best;
  }

  /** Does the phrase set hold a phrase anywhere in the tokens? */
  within(tokens: readonly Token[]): boolean {
    for (let i = 0; i < tokens.length; i++) if (this.matchAt(tokens, i) > 0) return true;
    return false;
  }
}

interface PhraseNode {
  end: boolean;
  next: PhraseLevel;
}

/** One level of a PhraseSet's trie: the nodes by word, and the "#" node (any number) if it has one. */
interface PhraseLevel {
  words: Map<string, PhraseNode>;
  number: PhraseNode | undefined;
}

/** Without variation selectors, so "✈" and "✈️" are the same key. */
/** The share of a message's words no list knows that makes it a language the bot does not read. */
const UNREAD_SHARE = 0.6;

const emojiKey = (s: string) => s.replace(/\uFE0F/g, '');

export class ChatReader {
  private readonly filler: PhraseSet;
  private readonly openers: PhraseSet;
  private readonly negations: PhraseSet;
  /**
   * The sentence being read is a claim put to be checked with a tag and no question word ("power
   * wasn't in the chamber when she talked to the press, right?"): it asks the positive question
   * about the same fact, so a negation is dropped even where it starts a phrase of the knowledge
   * ("not in the chamber": a walkout), which would read another fact than the one asked.
   */
  private checkingClaim = false;
  private readonly cues: PhraseSet;
  private readonly questionWords: Set<string>;
  /** Single words of the filler, opener and negation lists. */
  private readonly fillerWords: Set<string>;
  private readonly abbreviations: Map<string, Token[]>;
  /** Idioms and phrasal verbs (chat.yaml idioms, then WordNet's collocations) -> what they mean. */
  private readonly idioms: PhraseMeanings;
  /**
   * The moderator's idioms holding a word that is also an abbreviation ("combien de temps":
   * "combien" alone is "how many"): matched as typed, before the abbreviation is expanded.
   */
  private readonly typedIdioms: PhraseMeanings;
  /** Every phrase of the chat lists ("find out", "hold on", "in the end"): read as the lists say. */
  private readonly chatPhrases: PhraseSet;
  private readonly emoji: Map<string, string>;
  private readonly shortcodes: Map<string, string>;
  /** Whom the writer teaches or streams to (chat.yaml audience): "a student asked", "tell the kids". */
  private readonly audience: Set<string>;
  private readonly spokenMarks: SpokenMarks;
  /**
   * A fact-checker's verdicts, asked of a claim: "true?", "accurate or nah", "true / false /
   * mixture?", "legit or fake", "verdict?", "rating?". English of fact-checking, of no story.
   */
  private readonly verdictWords: Set<string>;
  /** Words a label before a colon names a claim to rate by: "claim:", "rate this:", "verdict needed:". */
  private readonly claimLabels: Set<string>;
  /** Who posts a claim: "tiktok guy", "someone on fb", "a viral post", "this account". */
  private readonly posters: Set<string>;
  /** The writer's own people: "my family", "my cousin" tell whose, not the story's families. */
  private readonly kin: Set<string>;
  /**
   * Whom a request asks, and how politely (chat.yaml addressees): "could you kindly explain who"
   * (chat's "someone", "anyone" are filler too, gone already).
   */
  private readonly addressees: Set<string>;
  /** The writer, as the subject or owner of a clause (chat.yaml firstPerson): "i got nothing", "my essay". */
  private readonly firstPerson: Set<string>;
  /**
   * The article named, where a verdict is asked of it: "going by the article", "per dw" (chat.yaml
   * articleNouns and every word of the knowledge's sources' publishers' names).
   */
  private readonly articleNamed: Set<string>;
  /** Words of the writer's task (chat.yaml asking): "'Describe ...'" quoted is a task pasted. */
  private readonly tasks: Set<string>;
  /** Words of quoting (chat.yaml quoting): "need a direct quote from X" asks for X's words. */
  private readonly quoting: Set<string>;
  /** Nouns of what someone says (chat.yaml sayingNouns): "the 'regret' message". */
  private readonly sayingNouns: Set<string>;
  /** Nouns for people counted (chat.yaml peopleCounted): "50 guys" is a count of them. */
  private readonly peopleCounted: Set<string>;
  /** Words switching topic (chat.yaml topicSwitches): "unrelated", "btw", "new question". */
  private readonly switches: PhraseSet;

  /**
   * `isWord`: is this a word (of the knowledge or of English)? A stretched word ("sooo") is
   * shortened only to a word.
   */
  constructor(
    chat: ChatWords,
    private readonly isWord: (word: string) => boolean,
    /**
     * Does the knowledge use this word? An emoji stands for its word only then: "💥" is no
     * word of the story, and as a word the article never uses it would make the bot abstain.
     */
    private readonly knows: (word: string) => boolean = () => true,
    /**
     * How many words a phrase of the knowledge starting there spans (0: none): filler, an opener
     * or a negation that starts a longer phrase of the knowledge ("kept out", "never again") is
     * that phrase's words, not chat.
     */
    private readonly phraseAt: (tokens: readonly Token[], at: number) => number = () => 0,
    /**
     * The message with the names a phone's dictation wrote as other words in the knowledge's
     * spelling ("dare as or" -> "deir ez zor"; Analyzer.heardNames).
     */
    private readonly heardNames: (text: string) => string = (text) => text,
    /**
     * WordNet's verbs of several words related to the knowledge's words (wordnet.json:
     * "kick_off", "own_up"): a phrase of them is read as one word, that collocation, whose
     * related words the analyzer looks up.
     */
    collocations: Iterable<string> = [],
    /** Every word of the sources' publishers' names (article.yaml, sources.yaml): "per dw". */
    publisherWords: Iterable<string> = [],
    /**
     * The kinds (entities.yaml `kind`: person, government, place...) of the knowledge's entities
     * these words name ("churkin": person; "daesh": group).
     */
    private readonly namedKinds: (tokens: readonly Token[]) => ReadonlySet<string> = () => new Set(),
    /**
     * Is this word, as written, a name the knowledge holds only with its case (entities.yaml
     * caseSensitiveAliases: "IS", "Nga")?
     */
    private readonly namesAsWritten: (token: Token) => boolean = () => false,
  ) {
    this.filler = new PhraseSet([...chat.filler, ...(chat.opinionWords ?? [])]);
    this.openers = new PhraseSet(chat.openers);
    this.negations = new PhraseSet(chat.negations);
    this.cues = new PhraseSet(chat.questionCues);
    this.questionWords = new Set(chat.questionWords);
    this.fillerWords = new Set([
      ...chat.filler,
      ...(chat.opinionWords ?? []),
      ...chat.openers,
      ...chat.negations,
    ]);
    this.audience = new Set(chat.audience);
    this.verdictWords = new Set(chat.verdictWords);
    this.claimLabels = new Set(chat.claimLabels);
    this.posters = new Set(chat.posters);
    this.kin = new Set(chat.kin);
    this.addressees = new Set(chat.addressees);
    this.firstPerson = new Set(chat.firstPerson);
    // ("according", "per", "going by" are stop words: no list here.)
    this.articleNamed = new Set([...chat.articleNouns, ...publisherWords]);
    this.tasks = new Set(chat.asking);
    this.quoting = new Set(chat.quoting);
    this.sayingNouns = new Set(chat.sayingNouns);
    this.peopleCounted = new Set(chat.peopleCounted ?? []);
    this.switches = new PhraseSet(chat.topicSwitches ?? []);
    this.abbreviations = new Map(
      Object.entries(chat.abbreviations).map(([word, meaning]) => [word, tokenize(meaning)]),
    );
    // "who is samntha power and waht did she say": a question word typed with two letters swapped
    // is read as that word, as chat's "wat" is, so it opens its own question.
    for (const [typo, word] of swappedQuestionWords(isWord)) {
      if (!this.abbreviations.has(typo)) this.abbreviations.set(typo, tokenize(word));
    }
    this.typedIdioms = new PhraseMeanings(
      Object.entries(chat.idioms ?? {})
        .filter(([phrase]) => phrase.split(/\s+/).some((w) => this.abbreviations.has(w)))
        .map(([phrase, meaning]): [string, Token[]] => [phrase, meaningTokens(meaning)]),
    );
    this.idioms = new PhraseMeanings([
      ...Object.entries(chat.idioms ?? {}).map(([phrase, meaning]): [string, Token[]] => [
        phrase,
        meaningTokens(meaning),
      ]),
      // Not one holding a chat word ("keep_going": "keep" is filler).
      ...[...collocations]
        .filter((c) => !c.split('_').some((w) => this.fillerWords.has(w)))
        .map((c): [string, Token[]] => [c, [{ raw: c, word: c }]]),
    ]);
    this.chatPhrases = new PhraseSet(
      [
        ...chat.filler,
        ...chat.openers,
        ...chat.negations,
        ...chat.questionCues,
        ...chat.laterCues,
        ...chat.futureWords,
        ...Object.keys(chat.spokenMarks ?? {}),
      ].filter((p) => p.includes(' ')),
    );
    this.spokenMarks = new SpokenMarks(chat.spokenMarks ?? {});
    this.emoji = new Map();
    this.shortcodes = new Map();
    for (const [key, word] of Object.entries(chat.emoji)) {
      if (key.startsWith(':')) this.shortcodes.set(key.toLowerCase(), word);
      else this.emoji.set(emojiKey(key), word);
    }
  }

  /**
   * "who got the US 'regret' msg", "her 'stunt' message": a noun of what someone says (chat.yaml
   * sayingNouns, or a chat spelling of one) right after words quoted names those words as said;
   * the quoted words are what is asked, and the noun, no topic, goes.
   */
  private withoutQuotedNoun(text: string): string {
    return text.replace(QUOTED_NOUN, (all: string, mark: string, noun: string, at: number) => {
      const word = noun.toLowerCase();
      const meaning = this.abbreviations.get(word);
      const said =
        this.sayingNouns.has(word) ||
        (meaning?.length === 1 && this.sayingNouns.has((meaning[0] as Token).word));
      // Whether the mark closes a quotation: the text before it read again, only for such a noun.
      if (!said) return all;
      const closes = [...text.slice(0, at + mark.length).matchAll(QUOTED)].some(
        (m) => m.index + m[0].length === at + mark.length,
      );
      return closes ? mark : all;
    });
  }

  /** Is this word (folded) one of English, of chat or of the knowledge? */
  isEnglishWord(word: string): boolean {
    return this.isWord(word) || this.abbreviations.has(word) || this.fillerWords.has(word);
  }

  /**
   * Is the message written in a language the bot does not read: of its words (three or more,
   * letters only), most are no word of English, of chat or of the knowledge ("¿qué pasó con los
   * soldados?" read through no list). Only the reply to a question not answered says so.
   */
  unreadLanguage(message: string): boolean {
    const words = tokenize(message)
      .map((t) => t.word)
      .filter((w) => /^\p{L}+$/u.test(w));
    if (words.length < 3) return false;
    const unknown = words.filter(
      (w) =>
        !this.isWord(w) &&
        !this.abbreviations.has(w) &&
        !this.fillerWords.has(w) &&
        !this.questionWords.has(w) &&
        !this.knows(w),
    ).length;
    return unknown / words.length >= UNREAD_SHARE;
  }

  /** Reads a message: its sentences, the questions in it and the context around them. */
  read(message: string): MessageReading {
    // "+" and "&" between words join as "and" does ("what did X say + what did Y announce").
    // "who called the meeting question mark": punctuation said aloud is the mark.
    // "more then a hundred", "were did it happen": a sound-alike the grammar rules out (dictation).
    const said = withHomophonesHeard(
      this.spokenMarks.apply(
        cleanQuestion(this.emojiToWords(this.withoutLeadingEmoji(this.withoutActions(message)))).text,
      ),
    )
      .trim()
      .replace(/(?<=\S) [+&] (?=\S)/g, ' and ')
      .replace(OPTIONS, (options) => optionsAsAlternatives(options, this.ofStory));
    const cleft = this.withoutQuotedNoun(this.heardNames(this.runTogether(asRegards(said))));
    const text = withQuestionWordFirst(withAskerFirst(cleft));
    const shouted = isShouted(text);
    const counts = { filler: 0, words: 0, negated: false };
    const read: ReadSentence[] = [];
    const parts: QuestionPart[] = [];
    /** Words before the question in a question's sentence. */
    const lead: Token[] = [];
    let negated = false;
    /** A short label before a colon names what the question after it is about ("the UN meeting: whose idea?"). */
    let label: Token[] = [];
    /** A verdict is asked of a claim ("claim: X. true?", "rate this: 'X'"). */
    let rated = false;
    /** The text of each claim relayed in quotation marks (from past its opening mark). */
    const relayedClaims: string[] = [];
    /** How many sentences were read up to the last that asks only a verdict (0: none). */
    let ratedAt = 0;
    // A message run on before a question ("cant feel my feet what did ..."): the writer's words,
    // never a question of their own (though "cant" opens as one would).
    const runOnHeads = new Set<string>();
    const sentences = splitSentences(text)
      .map((s) => this.withoutGuessedName(withoutGuessedTime(this.withoutNameTakenBack(s))))
      .flatMap((s) => {
        const split = this.runOn(s, shouted);
        if (split.length === 1) {
          const heading = this.dashLabel(s);
          if (heading) return heading;
        }
        if (split.length > 1) runOnHeads.add(split[0] as string);
        return split;
      });
    for (const typed of sentences) {
      // "explaining the UN bit to kids - was the meeting public?": what it is for, before a dash.
      const [unbracketed, aside] = this.withoutTaskAside(typed, shouted);
      if (aside.length > 0) {
        lead.push(...aside);
        counts.filler += aside.length;
      }
      const [written, forWhom] = this.withoutAudienceLead(withoutRetracted(unbracketed), shouted);
      if (forWhom.length > 0) lead.push(...forWhom);
      counts.negated = false;
      // "how many were killed, seminar is tmrw and i got nothing", "... so i don't misquote anyone":
      // the writer's own situation after the question is the story around it.
      const [relayed, hearsay, relayedAsk] = this.withoutHearsay(written, shouted);
      if (hearsay.length > 0) lead.push(...hearsay);
      // "the viral tweet says 'US wiped out 100+ troops' — what's the toll", "my prof said 'always
      // check ...'": words quoted as what someone outside the story said are theirs, not the
      // article's words pasted to find.
      const relayedQuote = hearsay.length > 0 && !relayedAsk ? OPENS_QUOTED.exec(relayed) : null;
      if (relayedQuote) relayedClaims.push(relayed.slice(relayedQuote[0].length));
      // "how would you explain to a class why ...", "tell the kids what ...": whom it is to be put
      // to, and how, frame the question after them.
      const [heard, putTo] = this.withoutPuttingTo(relayed, shouted);
      if (putTo.length > 0) lead.push(...putTo);
      const asked = relayedAsk || (putTo.length > 0 && heard !== relayed);
      // Each step below reads the sentence's words off one tokenising of it (TokenizedText), until
      // a step changes the sentence.
      let typedSentence = new TokenizedText(heard);
      const retyped = (text: string) => {
        if (text !== typedSentence.text) typedSentence = new TokenizedText(text);
        return typedSentence;
      };
      let [sentence, framing] = this.withoutFraming(typedSentence, shouted);
      if (framing.length > 0) lead.push(...framing);
      const [stated, verdict] = this.withoutVerdict(retyped(sentence), shouted);
      if (verdict.length > 0) lead.push(...verdict);
      const [claimed, verdictAsked] = this.withoutRating(retyped(stated), shouted);
      if (verdictAsked.length > 0) {
        lead.push(...verdictAsked);
        rated = true;
      }
      sentence = claimed;
      this.checkingClaim = checksClaim(sentence);
      const pieces = this.pieces(retyped(sentence), shouted, counts);
      this.checkingClaim = false;
      const tokens = tokensOf(pieces);
      // "claim: X. true/false?", "X. accurate or nah", "verdict on: X": a sentence that holds
      // only a verdict asked for (or the label of a claim to rate) asks whether the claim beside
      // it is so; it says nothing of what the claim is about. Its words are context, and the claim
      // is what is asked (with every word of it: the claim's own words are what the article must
      // hold, not only those it happens to use).
      // Not a message's first sentence whose verdict word is also a task the writer asks done
      // ("summary?", "give me a summary", "summary pls"): with no claim before it to rate, it
      // asks for the summary.
      const asksTask =
        read.length === 0 && !sentence.endsWith(':') && tokens.some((t) => this.tasks.has(t.word));
      if (tokens.length > 0 && !asksTask && this.ratingOnly(tokens, sentence.endsWith(':'))) {
        lead.push(...tokens);
        counts.filler += tokens.length;
        read.push({ text: sentence, tokens: [], question: false, foreign: false });
        label = [];
        rated = true;
        ratedAt = read.length;
        continue;
      }
      // Mostly words of no language the bot reads ("wie viele tote??"): said around the question.
      const foreign = this.mostlyForeign(tokens);
      const question =
        !foreign &&
        !runOnHeads.has(typed) &&
        (asked ||
          /[?？]\s*$/.test(sentence) ||
          (this.startsQuestion(tokens, true) && !this.tellsOfWriter(tokens)) ||
          (this.frontedWhQuestion(sentence, tokens) && !this.tellsOfWriter(tokens)) ||
          // "what did X say? my cousin wants to know": the writer (or their people) wanting to know,
          // in a sentence after a question, asks that question again; it asks nothing of its own.
          pieces.some(
            (p) =>
              this.cues.within(p.typed) &&
              !(parts.length > 0 && this.cueLast(p.typed)) &&
              !(/\.\s*$/.test(sentence) && this.nounCuesOnly(p.typed)),
          ) ||
          pieces.some((p) => p.tokens.some((_, i) => reportedQuestion(p.tokens, i, this.ofStory) > 0)) ||
          // "sorry to ping mid game but what did X say abt the peace thing": a piece after "but"
          // opening with a question word and its verb put first asks, with no "?" typed, when the
          // words before it are the writer's own, no word of the story ("russia says X but what
          // does the US say" weighs the two).
          pieces.some(
            (p, k) =>
              /\bbut\b/i.test(p.joiner) &&
              asksInverted(p.tokens) &&
              pieces
                .slice(0, k)
                .every((b) => apologises(b.typed) || !b.tokens.some((t) => this.ofStory(t.word))),
          ));
      read.push({ text: sentence, tokens, question, foreign });
      const labelled = label;
      // Not one in another language ("ich möchte wissen: who counted the dead?"): the writer's
      // way in, no topic of the question after it.
      label =
        !question &&
        !foreign &&
        sentence.endsWith(':') &&
        tokens.length <= MAX_LABEL &&
        !tokens.some((t) => PRONOUN.has(t.word))
          ? tokens
          : [];
      if (!question) continue;
      negated ||= counts.negated;
      // "... and who says so": a piece that starts with a question word is a question of its own.
      // What comes before the first such piece, in a sentence that does not start as a question
      // ("So apparently X, but what did Y say?"), is context.
      // "between what and what": a question word said again after "and" asks the same question.
      const echoes = (k: number) => {
        const [only, more] = (pieces[k] as { tokens: Token[] }).tokens;
        return !!only && !more && WH_WORDS.has(only.word) && pieces[k - 1]?.tokens.at(-1)?.word === only.word;
      };
      let firstAsking = pieces.findIndex((p, k) => this.startsQuestion(p.tokens) && !echoes(k));
      // "so after the bombing did IS take the area or did the army hold on to it?": a question
      // word after "or" asks the other side of one question, whose first side is the piece
      // before it when that one asks behind a phrase of time or place put first.
      if (
        firstAsking > 0 &&
        /\bor\b/i.test(pieces[firstAsking]?.joiner ?? '') &&
        /[?？]\s*$/.test(sentence) &&
        this.frontedQuestion(pieces[firstAsking - 1]?.tokens ?? [])
      )
        firstAsking--;
      // Asking by its "?" alone ("I'm guessing CENTCOM?", "From what I gather they hit the army by
      // mistake?"): perhaps what the writer supposes (the engine weighs both readings).
      const byMark =
        firstAsking < 0 &&
        !this.startsQuestion(tokens, true) &&
        !pieces.some((p) => this.cues.within(p.typed));
      const before = parts.length;
      // Asking by a cue alone, with no "?" and no question word after it ("I genuinely want to
      // know:", "I want to know their official line."): perhaps it only says a question is
      // coming (the engine weighs both readings, as for a "?" alone).
      const byCue =
        firstAsking < 0 &&
        !/[?？]\s*$/.test(sentence) &&
        !this.startsQuestion(tokens, true) &&
        pieces.every((p) => this.askedAfterCue(p.tokens) === 0);
      // A sentence that asks only by a cue followed by a question word ("my teacher asked us to
      // find out what hardware they lost."): the question is what follows the cue, the story
      // before it context.
      // So does one with a "?" whose cue comes first ("So I'm curious, in this case, what made them
      // stop?"; not "moscow says the us couldn't explain what happened?", where what it asks is
      // what was said).
      const marked = /[?？]\s*$/.test(sentence);
      // "I want to know who said 'stunt' and who said 'serious trouble'": a piece before the first
      // that starts as a question asks one too when a cue in it is followed by a question word
      // (askedAfterCue); the cue's words are context, the two questions each their own.
      // Only two questions joined by "and": "..., like which division?" says the first again.
      // The first of the pieces before `end` that asks after a cue, its cue's words moved to the
      // lead; its index, or -1.
      const askedByCue = (end: number): number => {
        for (const [k, piece] of pieces.slice(0, end).entries()) {
          const from = this.askedAfterCue(piece.tokens, marked);
          if (from === 0) continue;
          lead.push(...piece.tokens.slice(0, from));
          piece.tokens = piece.tokens.slice(from);
          return k;
        }
        return -1;
      };
      if (firstAsking > 0 && /\band\b/i.test(pieces[firstAsking]?.joiner ?? '')) {
        const cued = askedByCue(firstAsking);
        if (cued >= 0) firstAsking = cued;
        // "Australia was mentioned somewhere — what role did they play and how did they respond?",
        // "Before the attack, did they tell Moscow, and did Moscow complain?": the piece before the
        // question "and" joins asks too from a comma, dash or colon on, where a question starts.
        else if (this.askedAfterBreak(pieces[firstAsking - 1], shouted, lead)) firstAsking--;
      }
      if (firstAsking < 0) firstAsking = askedByCue(pieces.length);
      // "could you kindly explain me who ...", "can someone tell me what ...": a request to be
      // told, the question from its question word on (the request's words are context).
      const asking = pieces[Math.max(0, firstAsking)];
      // "explain was it a mistake", "can u explain the IS part": with no question word after it,
      // a request opening the sentence is how it asks, not what about (what it asks follows).
      const told = asking ? this.requested(asking.tokens) || this.leadingRequest(asking.tokens) : 0;
      if (asking && told > 0) {
        lead.push(...this.uncued(asking.tokens.slice(0, told)));
        asking.tokens = asking.tokens.slice(told);
      }
      let current: QuestionPart | null = null;
      for (const [k, piece] of pieces.entries()) {
        if (firstAsking > 0 && k < firstAsking) {
          lead.push(...piece.tokens);
          continue;
        }
        if (!current || (this.startsQuestion(piece.tokens) && !echoes(k))) {
          const topic = parts.length === 0 && k === 0 ? this.labelTopic(labelled, piece.tokens) : [];
          current = { text: piece.text, tokens: [...topic, ...piece.tokens] };
          parts.push(current);
        } else {
          current.text = `${current.text}${piece.joiner}${piece.text}`;
          current.tokens.push(...piece.tokens);
        }
      }
      if (byMark || byCue) for (const part of parts.slice(before)) part.supposed = true;
    }
    const asked = parts.filter((p) => p.tokens.length > 0);
    // No sentence asks: the whole message is the question, but for the words in another language.
    // "my dad says X. is that true? he gets his news from facebook": the claim is what comes
    // before the verdict asked, the writer's words after it the story around it.
    const claimed = ratedAt > 0 && asked.length === 0 && read.slice(0, ratedAt).some((s) => isReadable(s));
    const after = claimed ? read.slice(ratedAt).filter(isReadable) : [];
    const readable = (claimed ? read.slice(0, ratedAt) : read).filter(isReadable);
    const whole = readable.length > 0 ? readable : read;
    // In a claim put up for a verdict ("their outrage is fake. does the article back that up?"),
    // a verdict word the story never uses is the writer's opinion of it, no topic of the claim.
    const claimTokens = claimed
      ? tokensOf(whole).filter((t) => !(this.verdictWords.has(t.word) && !this.ofStory(t.word)))
      : tokensOf(whole);
    const questions =
      asked.length > 0 ? asked : [{ text, tokens: claimTokens }].filter((p) => p.tokens.length > 0);
    for (const q of questions)
      q.tokens = withoutSerialVerb(whenClauseLast(withoutClosingRequest(q.text, claimAskedWhose(q.tokens))));
    if (hasQuoted(text)) for (const q of questions) q.tokens = wordUsedIsSaid(q.tokens);
    const labels = new Set(tokensOf(parts));
    const context =
      asked.length > 0
        ? [...tokensOf(read.filter((s) => !s.question)).filter((t) => !labels.has(t)), ...lead]
        : whole === read
          ? []
          : [...tokensOf(after), ...tokensOf(read.filter((s) => s.foreign))];
    return {
      text,
      sentences: read,
      questions,
      context,
      quoted: this.quotedFragments(text, rated ? read : []).filter(
        (f) => !relayedClaims.some((c) => isRelayed(f, c)),
      ),
      shouted,
      negated,
      filler: counts.filler,
      words: counts.words,
    };
  }

  /**
   * A sentence holding two messages typed with no stop between, the second a question ("forklift's
   * dead again lol what did X say", "cant feel my feet what did X say", "shift done finally how
   * many died"): the writer's own words, then a question word with its verb put first. The two are
   * read as two sentences, the first the story around the question. Not when the words before it
   * ask already ("did they ... how"), hold a cue ("idk what did ...", read by askedAfterCue), end
   * in a word a question word's clause depends on ("i know what did", "no matter how many",
   * "about how long") or are only filler ("lol what did"); not inside quotation marks.
   */
  private runOn(sentence: string, shouted: boolean): string[] {
    const words = [...sentence.matchAll(/\S+/gu)];
    for (let k = 1; k < words.length - 1; k++) {
      const match = words[k] as RegExpExecArray;
      // Most words are lower-case letters only: as typed, with no regex pass (a long message has
      // a hundred words, each read here).
      const typed = lowerLetters(match[0])
        ? match[0]
        : match[0].toLowerCase().replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '');
      const asked =
        this.abbreviations.get(typed)?.[0]?.word ??
        (typed.includes("'") || typed.includes('’') ? typed.replace(/['’]\p{L}+$/u, '') : typed);
      // "..., did they say sorry": after a comma, a verb put before its subject asks too.
      const afterComma = (words[k - 1] as RegExpExecArray)[0].endsWith(',');
      // (Not "IS" in capitals in a message not shouted: the name; looked at only for such a verb.)
      const inverted =
        afterComma &&
        COMMA_ASKING.has(asked) &&
        !(!shouted && /^\p{Lu}{2,}$/u.test(match[0].replace(/[^\p{L}]/gu, '')));
      // "u follow this stuff, whats the death toll": after a comma, any question word with its verb
      // put first (see `commaRunOn`).
      const commaAsking = afterComma && WH_WORDS.has(asked);
      if (!RUN_ON_ASKING.has(asked) && !inverted && !commaAsking) continue;
      if (/["“”«»]/u.test(sentence) || /(?:^|\s)['‘’]|['‘’](?:\s|$)/u.test(sentence)) return [sentence];
      const rest = sentence.slice(match.index);
      const question = this.words(tokenize(rest), shouted);
      const [wh, verb] = question;
      if (!wh || !verb || question.length < 3) continue;
      const head = sentence.slice(0, match.index).replace(/[\s,;]+$/u, '');
      // After a laugh, the question word and a name of the story with no verb between ("haha what
      // russia want ...": the auxiliary left out, as a learner of English writes it) ask too.
      const laughed =
        !inverted &&
        !RUN_ON_ASKING.get(wh.word)?.has(verb.word) &&
        RUN_ON_ASKING.has(wh.word) &&
        this.ofStory(verb.word) &&
        this.endsInLaugh(head);
      const runsOn = inverted
        ? wh.word === asked && (SUBJECTS.has(verb.word) || this.ofStory(verb.word))
        : RUN_ON_ASKING.get(wh.word)?.has(verb.word) || laughed;
      const commaAsks = commaAsking && (this.asksWithVerb(question) || /[?？]\s*$/u.test(rest));
      if (!runsOn && !commaAsks) continue;
      const typedHead = tokenize(head);
      const before = this.words(typedHead, shouted);
      const last = before.at(-1);
      if (!last) continue;
      if (this.headAsks(before) || this.cues.within(typedHead)) return [sentence];
      // "going only by this DW piece, is the deal in danger": the article named, a clause of the question's.
      if (inverted && before.some((t) => this.articleNamed.has(t.word))) return [sentence];
      // (A saying verb's form after a preposition or an article is a noun there, "saw it on
      // twitter, where ...", "the whisper, why ...": no verb the question word's clause is of.)
      const beforeLast = before.at(-2)?.word ?? '';
      const noun = BEFORE_A_NOUN.has(beforeLast);
      // (After a comma, a function word closes the clause before it: "u follow this, how long ...".)
      const closed = commaAsks && STOP_WORDS.has(last.word);
      if ((EMBEDDING.has(last.word) && !closed) || (isSayingVerb(last.word) && !noun)) continue;
      if (commaAsks && this.commaRunOn(before, this.firstAsked(rest, question, shouted))) return [head, rest];
      if (!runsOn) continue;
      // "before the op what did ...", "if they knew why did ...": a clause of the question's own;
      // "and the new season, how long is that one", "no not X, Y - what did they say": what the
      // question goes on to, or the one taken back.
      // ("sorry to ping, what did X say", "sorry for the spam, ...": an apology for asking is
      // the writer's own words, no taking back.)
      const opening = (typedHead[0] as Token).word;
      if (
        PREPOSITIONS.has(opening) ||
        SUBORDINATING.has(opening) ||
        (LEADS_ON.has(opening) && !apologises(typedHead))
      )
        return [sentence];
      // "kerry and lavrov had a call, what did they say": a question pointing back at the words
      // before it asks about them; not a "he" or "they" whom the writer's own words before it name
      // as someone of the story ("churkin reviewing the deal like a critic lmao, what did he call
      // it", "istg daesh always pops up, what'd they do"): the question is asked of them, the words
      // around the name the writer's own (read as the story, the pronoun read against it).
      if (this.pointsBack(before, question) && !this.namesWhomPointed(before, question)) return [sentence];
      // The writer's own words, not the story's ("forklift's dead again", "tea's cold again"): no
      // more words the knowledge has than English words it lacks. Words of the story before the question
      // ("power really cooked russia huh what'd she say") are what it asks about.
      // "my friend says they were trying to hit IS, what does the article say they were targeting":
      // a claim someone outside the story made is the story around the question, whatever words of
      // the story it holds.
      if (this.withoutHearsay(head, shouted)[1].length > 0) return [head, rest];
      let known = 0;
      let unknown = 0;
      for (const t of before) {
        if (this.small(t.word) || isNumber(t.word)) continue;
        if (this.knows(t.word)) known++;
        // (A word of no language, "acording", is a slip of the story's words as likely.)
        else if (this.isWord(t.word)) unknown++;
      }
      // "russia so angry haha what russia want ...": a laugh closes the writer's remark as a full
      // stop would, before a question that names what it asks about (no "he" or "they" pointing back).
      if (laughed && !this.pointsBack(before, question)) return [head, rest];
      if (unknown === 0 || known > unknown) return [sentence];
      return [head, rest];
    }
    return [sentence];
  }

  /**
   * "precautions in attack — was the attack suspended?": a short heading before a dash (no
   * pronoun, no question word, no word switching topic) holding an English word the knowledge
   * lacks, then a question naming a topic of the story itself, is a label as one before a colon
   * is (see labelTopic): the heading as its own sentence, ending in a colon. Else null.
   */
  private dashLabel(sentence: string): [string, string] | null {
    const m = DASH_LABEL.exec(sentence);
    if (!m) return null;
    const rest = sentence.slice(m[0].length);
    const head = (m[1] as string).trim();
    if (!ASKS_FIRST.test(rest.toLowerCase()) || ASKS_FIRST.test(head.toLowerCase())) return null;
    const words = tokenize(head);
    if (words.length === 0 || words.length > MAX_LABEL) return null;
    if (words.some((t) => PRONOUN.has(t.word)) || this.switches.within(words)) return null;
    if (!words.some((t) => !noTopic(t.word) && this.isWord(t.word) && !this.knows(t.word))) return null;
    if (!tokenize(rest).some((t) => this.ofStory(t.word))) return null;
    return [`${head}:`, rest];
  }

  /**
   * The words of a label before a colon that are the topic of the question after it ("the UN
   * meeting: whose idea?"); not English words the knowledge lacks (left to the story around it)
   * when the question names a topic of the story itself ("accountability mechanisms: did anyone
   * demand an investigation?", "UNSC angle: was it closed?" keeps "UNSC"): a heading the writer
   * files the question under. Names it does not know stay.
   */
  private labelTopic(label: readonly Token[], question: readonly Token[]): Token[] {
    if (label.length === 0 || !question.some((t) => this.ofStory(t.word))) return [...label];
    return label.filter((t) => noTopic(t.word) || !this.isWord(t.word) || this.knows(t.word));
  }

  /**
   * Does a word of the question point back at the words before it? Not "it" asked what it says
   * when those words name the article ("I need a line from the article, what does it say ..."):
   * the article; nor "this" or "that" before a word of the story ("what does this bombing do"):
   * what the question names itself.
   */
  private pointsBack(before: readonly Token[], question: readonly Token[]): boolean {
    const article = before.some((t) => this.articleNamed.has(t.word));
    return question.some((t, i) => {
      if (!POINTING_BACK.has(t.word)) return false;
      const next = question[i + 1]?.word ?? '';
      if (t.word === 'it' && article && isSayingVerb(next)) return false;
      return !(DEMONSTRATIVES.has(t.word) && this.ofStory(next));
    });
  }

  /**
   * Do the words before a question name whom its pronoun points back at: someone of the story,
   * one person for "he" or "she", anyone who acts (no place) for "they"? Not when it points back
   * with nothing else ("it", "that": a thing the words before it tell of).
   */
  private namesWhomPointed(before: readonly Token[], question: readonly Token[]): boolean {
    const one = question.some((t) => ONE_PERSON_BACK.has(t.word));
    const group = question.some((t) => GROUP_BACK.has(t.word));
    if (!one && !group) return false;
    const kinds = [...this.namedKinds(before)];
    return one ? kinds.some((k) => PERSON_KINDS.has(k)) : kinds.some((k) => !NO_ONE_KINDS.has(k));
  }

  /**
   * A piece of a sentence that asks from a break on (a comma, a dash, a colon): its last break is
   * followed by a question word, or by an auxiliary and its subject ("Australia was named — what
   * role did they play", "before the attack, did they tell Moscow"). Its words before the break
   * go to the story's (its tokens become the question's); true when it asks.
   */
  private askedAfterBreak(
    piece: { text: string; tokens: Token[] } | undefined,
    shouted: boolean,
    lead: Token[],
  ): boolean {
    if (!piece) return false;
    const breaks = [...piece.text.matchAll(/\s*(?:[,;:]|\s[—–-]+)\s+/gu)];
    const last = breaks.at(-1);
    if (!last) return false;
    const text = piece.text.slice(last.index + last[0].length);
    // ("'most through investigation' - did it happen": words quoted before the break are what the
    // question asks of, not a story around it.)
    const head = piece.text.slice(0, last.index);
    if (hasQuoted(head)) return false;
    const tail = this.words(tokenize(text), shouted);
    if (tail.length < 3 || !this.headAsks(tail)) return false;
    // "IS gained from the strike, is that what the article says", "they left, was this planned":
    // an auxiliary, then "that" or "this" pointing back at the words before the break; they are
    // what it asks of, not a story around it.
    if (!WH_WORDS.has(tail[0]?.word ?? '') && THAT_SAID.has(tail[1]?.word ?? '')) return false;
    lead.push(...this.words(tokenize(head), shouted));
    piece.text = text;
    piece.tokens = tail;
    return true;
  }

  /** Do these words ask already: a question word first, or a verb first with its subject after it ("did they")? */
  private headAsks(tokens: readonly Token[]): boolean {
    const [first, second] = tokens;
    if (!first || !this.startsQuestion(tokens, true)) return false;
    if (!AUXILIARIES.has(first.word) && !REQUEST_MODALS.has(first.word)) return true;
    // "cant feel my feet": a verb first, and no subject after it, is the writer's own "I can't".
    return !second || SUBJECTS.has(second.word) || this.ofStory(second.word);
  }

  /**
   * A statement with the writer's verdict on it after a comma, pointing back at it with "that" or
   * "this" ("IS didn't shoot anything down, that's fake news right", "..., this is made up?"): it
   * asks whether the statement is so, and the verdict's words ("fake news") are no topic of it;
   * they are read as context. Not a clause that asks ("..., that's what russia said?").
   */
  private withoutVerdict(typed: TokenizedText, shouted: boolean): [string, Token[]] {
    const sentence = typed.text;
    const at = sentence.lastIndexOf(',');
    if (at < 0 || [...sentence.matchAll(QUOTED)].length > 0) return [sentence, []];
    const tail = typed.between(at + 1);
    const [first, second] = tail;
    if (!first || tail.length > MAX_VERDICT || tail.some((t) => WH_WORDS.has(t.word))) return [sentence, []];
    const back =
      BACK_REFERENCES.has(first.word) ||
      (/^(?:that|this)$/.test(first.word) && !!second && /^(?:is|was|sounds|seems)$/.test(second.word));
    if (!back) return [sentence, []];
    const head = sentence.slice(0, at).replace(/[\s,]+$/u, '');
    // (Spaces and commas end no word: the head's words are those before the comma.)
    if (this.words(typed.between(0, at), shouted).length < MIN_FRAMED) return [sentence, []];
    return [`${head}?`, this.words(tail, shouted)];
  }

  /**
   * Words in quotation marks, as typed; not a claim put up for a verdict whole, in quotation marks
   * as a sentence of its own ("rate this: 'australia apologized for its part'", "tweet going
   * around: "US jets killed 90+ soldiers". accurate?"): those are someone's words to check, not
   * the article's words pasted to find (`rated`: the sentences of a message asking a verdict).
   */
  private quotedFragments(text: string, rated: readonly ReadSentence[]): string[] {
    // "rebuttal to 'the US kept bombing ...'", "how do i rebut russia's 'criminal negligence'
    // line": words quoted as what is argued against are the other side's claim, not the article's
    // words pasted to find.
    const fragments = [...text.matchAll(QUOTED)]
      .filter((m) => !REBUTTED_BEFORE.test(text.slice(0, m.index)))
      .map((m) => (m[1] as string).trim())
      .filter((f) => f !== '' && !this.pastedTask(f));
    if (fragments.length === 0) return fragments;
    // "fragment i need sourced: '...how Washington is going to react'", "exact quote needed: ...":
    // words said to be a quote, whose source is asked, are the article's words to find.
    const quote = tokenize(text.replace(QUOTED, ' ')).some((t) => QUOTE_LABELS.has(t.word));
    // "draft: 'Russia called for an emergency session of the UN General Assembly.' right body?":
    // a whole sentence in quotation marks (a capital first, its full stop inside the marks) is a
    // sentence of the writer's pasted to be checked, not a fragment of the article's to find word
    // for word; its words are what is asked. Not when the words are said to be a quote.
    const own = quote ? fragments : fragments.filter((f) => !pastedSentence(f));
    // No sentence asking a verdict (no claim to leave out): nothing more to read.
    if (own.length === 0 || rated.length === 0) return own;
    const claims = rated.filter((s) => {
      if (quote) return false;
      const unquoted = s.text.replace(QUOTED, ' ');
      if (s.tokens.length === 0 || unquoted === s.text) return false;
      const outside = tokenize(unquoted);
      return outside.every(
        (t) => STOP_WORDS.has(t.word) || this.fillerWords.has(t.word) || this.claimLabels.has(t.word),
      );
    });
    // "opp keeps saying 'only a handful died'. true?": words quoted right after a verb of saying,
    // in a message asking a verdict, are what someone claims.
    const claimed = rated.flatMap((s) =>
      quote ? [] : [...s.text.matchAll(QUOTED)].filter((m) => SAID_BEFORE.test(s.text.slice(0, m.index))),
    );
    return own.filter(
      (f) => !claims.some((s) => s.text.includes(f)) && !claimed.some((m) => (m[1] as string).trim() === f),
    );
  }

  /**
   * A task in quotation marks ("Q: 'Evaluate the claim that ...'", "'Describe how ...'") is one
   * pasted from a worksheet, not words of the article: a fragment of three words or more opening
   * with a word of the writer's task (chat.yaml asking: "evaluate", "describe", "explain").
   */
  private pastedTask(fragment: string): boolean {
    const words = tokenize(fragment);
    return words.length >= 3 && this.tasks.has((words[0] as Token).word);
  }

  /**
   * A claim with a verdict asked for after it, past a dash or a comma ("'the raid was aimed at
   * ISIS' — true / false / mixture?", "X, accurate?", "X - legit or fake"): the claim is what is
   * asked; the verdict's words are context (the "?" stays with the claim).
   */
  private withoutRating(typed: TokenizedText, shouted: boolean): [string, Token[]] {
    const sentence = typed.text;
    const cuts = [...sentence.matchAll(/\s[—–-]+\s|[—–]|,\s/gu)];
    const cut = cuts[cuts.length - 1];
    if (!cut) return [sentence, []];
    const tail = this.words(typed.between(cut.index + cut[0].length), shouted);
    if (tail.length === 0 || !this.ratingOnly(tail, false)) return [sentence, []];
    const head = sentence.slice(0, cut.index).replace(/[\s,]+$/u, '');
    if (this.words(typed.between(0, cut.index), shouted).length < MIN_FRAMED) return [sentence, []];
    return [`${head}${/[?？]\s*$/.test(sentence) ? '?' : ''}`, tail];
  }

  /**
   * A sentence opening with a question word and then the writer (chat.yaml firstPerson: "When I
   * was in the army we had a saying ...", "What I read was ...", "How we saw it then ..."): a
   * clause of their own story, not a question (a question puts its verb first: "when was I ...").
   * Only without a "?" (the caller's test comes first).
   */
  private tellsOfWriter(tokens: readonly Token[]): boolean {
    const [first, second] = tokens;
    return !!first && !!second && WH_WORDS.has(first.word) && this.firstPerson.has(second.word);
  }

  /**
   * Words that tell of the writer or their own people (chat.yaml firstPerson: "my dad says ...",
   * "I've seen ..."), not whom or what the writer means ("I mean IS, not the coalition": a
   * correction, what is asked).
   */
  private ofTheWriter(tokens: readonly Token[]): boolean {
    return tokens.some((t) => this.firstPerson.has(t.word)) && !tokens.some((t) => MEANING.has(t.word));
  }

  /**
   * Words that only ask for a verdict on a claim ("true or false", "accurate or nah", "is that
   * legit", "rating pls", "whats the rating going by the article"), or, in a label before a colon,
   * only name the claim to rate ("claim:", "rate this:", "verdict needed:"): a verdict word, and
   * no word but verdict words, the article named, and words of no topic.
   */
  private ratingOnly(tokens: readonly Token[], label: boolean): boolean {
    let verdicts = 0;
    for (const t of tokens) {
      // A name in capitals ("did IS do ...") is a topic, though "is" is a stop word.
      if (/^\p{Lu}{2,}$/u.test(t.raw)) return false;
      if (this.verdictWords.has(t.word) || (label && this.claimLabels.has(t.word))) verdicts++;
      else if (!STOP_WORDS.has(t.word) && !this.fillerWords.has(t.word) && !this.articleNamed.has(t.word))
        return false;
    }
    return verdicts > 0;
  }

  /**
   * A sentence that asks first and then tells of the writer (a clause after a comma with "i",
   * "we", "my"... in it: "how many were killed in this thing, seminar is tmrw and i got nothing";
   * or "so", "because", "for"... right before them: "what did each say to reporters so i don't
   * misquote anyone", "... for my essay"): the question, and the writer's words read as context.
   * Not when that clause asks too (a question word in it, or an auxiliary first: ", did we ..."),
   * nor inside quotation marks, nor when what comes before does not start as a question.
   */
  private withoutFraming(typed: TokenizedText, shouted: boolean): [string, Token[]] {
    const sentence = typed.text;
    const comments = [...sentence.matchAll(COMMENT_AFTER)].map((m) => m.index + 1);
    for (const m of sentence.matchAll(GUESS_AFTER)) comments.push(m.index + 1);
    if (comments.length === 0 && !typed.tokens.some((t) => this.firstPerson.has(t.word)))
      return [sentence, []];
    const quoted = [...sentence.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
    const inQuotes = (at: number) => quoted.some(([from, to]) => at >= from && at < to);
    // Cut points: each comma, and each framing word followed by the writer.
    const cuts: number[] = [];
    for (const m of sentence.matchAll(/,/g)) cuts.push(m.index + 1);
    for (const m of sentence.matchAll(FRAMING_LINK)) {
      const link = (m[1] as string).toLowerCase();
      const who = (m[2] as string).toLowerCase().replace('’', "'");
      if (
        FRAMING_LINKS.has(link) &&
        this.firstPerson.has(who) &&
        !(link === 'for' && !/^(?:my|our)$/.test(who))
      )
        cuts.push(m.index);
    }
    // And the writer starting a clause of their own with no comma, after a word that can end
    // one ("how many died i'm seeing two numbers", "who said 'grandstanding' i'm screaming"; not
    // "what did i", "what else do i need", "about what i").
    for (const m of sentence.matchAll(WRITER_CLAUSE)) {
      const before = /([\p{L}\p{N}'’]+)[^\p{L}\p{N}]*$/u.exec(sentence.slice(0, m.index))?.[1]?.toLowerCase();
      if (
        before === undefined ||
        AUXILIARIES.has(before) ||
        this.questionWords.has(before) ||
        PREPOSITIONS.has(before) ||
        BEFORE_A_CLAUSE.has(before) ||
        this.firstPerson.has(before)
      )
        continue;
      // Not a phrase of chat the filler list drops where it stands ("is there a line i can use on
      // ...": the rest of the question goes on after it).
      if (this.filler.matchAt(typed.between(m.index + 1), 0) > 0) continue;
      cuts.push(m.index + 1);
    }
    cuts.push(...comments);
    cuts.sort((a, b) => a - b);
    for (const [k, at] of cuts.entries()) {
      // (A cut found twice, a comma and a guess after it, is read once: it reads the same.)
      if (k > 0 && cuts[k - 1] === at) continue;
      if (inQuotes(at)) continue;
      const tail = typed.between(at);
      if (!comments.includes(at) && !tail.some((t) => this.firstPerson.has(t.word))) continue;
      if (tail.some((t) => WH_WORDS.has(t.word))) continue;
      const first = tail.find((t) => t.word !== 'and' && t.word !== 'but');
      if (first && (AUXILIARIES.has(first.word) || this.questionWords.has(first.word))) continue;
      const head = sentence.slice(0, at).replace(/[\s,]+$/u, '');
      const headTyped = typed.between(0, at);
      const headWords = this.words(headTyped, shouted);
      // The head asks by its question word, or by a cue before one ("tell me what X said, I
      // am learning english"), or asks for a quote ("need a direct quote from X for my essay").
      const asks =
        this.startsQuestion(headWords, true) ||
        this.askedAfterCue(headWords, true) > 0 ||
        headTyped.some((t) => this.quoting.has(t.word));
      if (!asks || headWords.length < MIN_FRAMED) continue;
      const mark = /[?？]\s*$/.test(sentence) ? '?' : '';
      return [`${head}${mark}`, this.words(tail, shouted)];
    }
    return [sentence, []];
  }

  /**
   * "my teacher said russia called the meeting, true?", "our history teacher told us that ...":
   * who told the writer (someone of theirs the knowledge never names) is how the claim reached
   * them, not what it is about; the claim after it is what is asked, their words context.
   */
  private withoutHearsay(sentence: string, shouted: boolean): [string, Token[], boolean] {
    const none: [string, Token[], boolean] = [sentence, [], false];
    // "a student asked me if ...", "kid in my form asked what ...": someone the writer teaches or
    // streams to asking, with no "my" needed; what they asked is a question.
    const audienceAsked = RELAYED_ASK.exec(sentence);
    const relayedAsk =
      audienceAsked && tokenize(audienceAsked[1] as string).some((t) => this.audience.has(t.word))
        ? audienceAsked
        : null;
    const own = HEARSAY.exec(sentence) ?? ASKED_BY.exec(sentence) ?? relayedAsk;
    const broadcast = own ? null : this.heardAbout(sentence);
    if (broadcast) {
      const rest = sentence.slice(broadcast.length);
      if (this.words(tokenize(rest), shouted).length < MIN_FRAMED) return none;
      return [rest, this.words(tokenize(broadcast), shouted), false];
    }
    const m = own ?? POSTED.exec(sentence);
    if (!m) return none;
    const who = tokenize(m[1] as string);
    if (
      who.some(
        (t) =>
          this.knows(t.word) &&
          !STOP_WORDS.has(t.word) &&
          !this.kin.has(t.word) &&
          !this.audience.has(t.word),
      )
    )
      return none;
    // "tiktok guy says", "some account claims", "streamer said": someone posting, not only "he"
    // or "they".
    if (!own && !who.some((t) => this.posters.has(t.word) || this.audience.has(t.word))) return none;
    const rest = sentence.slice(m[0].length);
    // What someone asked may be a short clause of its own ("a student asked if anyone apologised").
    const asked = own === relayedAsk && relayedAsk !== null;
    if (this.words(tokenize(rest), shouted).length < (asked ? 1 : MIN_FRAMED)) return none;
    return [rest, this.words(tokenize(m[0]), shouted), asked];
  }

  /**
   * "I heard Moscow wasn't happy ...", "heard on the radio that ...", "on the news this morning
   * they said ...", "the man on the radio said ...", "somebody rang in to the show saying ...":
   * how the claim reached the writer (by hearing it, or from a programme, chat.yaml posters), not
   * what it is about. The words before the claim, else null. Not when whoever said it is someone
   * the knowledge names ("on the news Churkin said ...": his words are the question's).
   */
  private heardAbout(sentence: string): string | null {
    const heard = HEARD.exec(sentence);
    if (heard) {
      const medium = heard[2]?.toLowerCase();
      if (medium !== undefined && !this.posters.has(medium)) return null;
      // "read" and "seen" are of hearsay only on a site or programme ("read on reddit that ...");
      // "i read the article ..." is the writer's reading, not a claim's source.
      if (medium === undefined && /\b(?:read|seen)\s/iu.test(heard[0])) return null;
      // "heard" alone may be of the story ("churkin heard power out"): the writer's "I heard", or
      // heard on a programme, or heard that.
      if (heard[1] || medium !== undefined || /\bthat\s*$/iu.test(heard[0])) return heard[0];
      return null;
    }
    const on = ON_AIR.exec(sentence);
    if (on && this.posters.has((on[1] as string).toLowerCase())) return on[0];
    const caller = CALLED_IN.exec(sentence);
    if (caller) {
      const who = tokenize(caller[1] as string);
      const medium = caller[2]?.toLowerCase();
      if (who.some((t) => this.knows(t.word) && !STOP_WORDS.has(t.word) && !this.posters.has(t.word)))
        return null;
      if (
        (medium !== undefined && this.posters.has(medium)) ||
        (caller[3] !== undefined && who.some((t) => this.posters.has(t.word)))
      )
        return caller[0];
    }
    return null;
  }

  /**
   * "explaining the UN bit to kids - was the meeting public?", "for my year 9 class - who ...":
   * words that say whom it is for (chat.yaml audience) and ask nothing, then a dash and a question:
   * the question is after the dash, the words before it context.
   */
  /**
   * "exact quote from X pls (MLA due tmrw)", "(for my essay)": words in brackets that name the
   * writer's task (chat.yaml asking: essay, mla, homework) and ask nothing (no question word, no
   * "?") are the writer's situation told aside, not what is asked; the sentence without them,
   * their words context. Not when the brackets hold the whole sentence.
   * So are words in brackets that tell of the writer or someone they know ("(my dad says it's just
   * one guy with a phone lol)", "(I've seen sixty-something and ninety-something)"): an aside of
   * theirs, hearsay or their own thoughts, not what is asked. Not "(I mean IS, not the
   * coalition)": whom the writer means is the question's.
   */
  private withoutTaskAside(sentence: string, shouted: boolean): [string, Token[]] {
    if (!sentence.includes('(')) return [sentence, []];
    const aside: Token[] = [];
    const rest = sentence.replace(/\s*\(([^()]*)\)/gu, (whole, inside: string) => {
      const tokens = tokenize(inside);
      if (inside.includes('?') || tokens.some((t) => WH_WORDS.has(t.word))) return whole;
      if (!tokens.some((t) => this.tasks.has(t.word)) && !this.ofTheWriter(tokens)) return whole;
      aside.push(...this.words(tokens, shouted));
      return '';
    });
    if (aside.length === 0 || tokenize(rest).length === 0) return [sentence, []];
    return [rest.trim(), aside];
  }

  private withoutAudienceLead(sentence: string, shouted: boolean): [string, Token[]] {
    for (const cut of sentence.matchAll(/\s[—–-]+\s|\s?[—–]\s?/gu)) {
      const head = sentence.slice(0, cut.index);
      const tail = sentence.slice(cut.index + cut[0].length);
      const asked = this.words(tokenize(tail), shouted);
      if (!this.startsQuestion(asked, true) || asked.length < MIN_FRAMED) continue;
      const before = tokenize(head);
      // "how do i rebut russia's 'criminal negligence' line - what does the US side say": how to
      // answer the other side, then what is asked to answer it with; the other side's words are
      // the story around the question.
      if (REBUTTING.test(head)) return [tail, this.words(before, shouted)];
      // "small correction to what someone said — was it a night raid?", "pedantic point but the
      // article says 'US airstrikes' — weren't others involved?": the writer labels a remark, then
      // asks; the words before the dash are the remark's setting, not the question (not a head
      // that itself opens with a question word: "who asked — was it russia?").
      const opener = before.find((t) => !this.fillerWords.has(t.word));
      if (
        !head.includes('?') &&
        before.some((t) => REMARK_NOUNS.has(t.word)) &&
        opener !== undefined &&
        !this.questionWords.has(opener.word)
      )
        return [tail, this.words(before, shouted)];
      // Not when the words before ask of their own ("kid asked what happened - was she there?").
      if (!before.some((t) => this.audience.has(t.word)) || before.some((t) => WH_WORDS.has(t.word)))
        continue;
      return [tail, this.words(before, shouted)];
    }
    return [sentence, []];
  }

  /**
   * "how would you explain to a class why the strike stopped", "simple way to tell the kids what
   * ...", "how do I explain to students why ...": a verb of putting it to someone the writer
   * teaches or streams to (chat.yaml audience), then a question word: the question is from that
   * word on ("whether" and "if" go); the words before it frame it and are context.
   */
  private withoutPuttingTo(sentence: string, shouted: boolean): [string, Token[]] {
    const m = PUT_TO.exec(sentence);
    if (!m || !this.audience.has((m[1] as string).toLowerCase())) return [sentence, []];
    const rest = sentence.slice(m.index + m[0].length).replace(/^(?:if|whether)\s+/iu, '');
    if (this.words(tokenize(rest), shouted).length < MIN_FRAMED) return [sentence, []];
    return [rest, this.words(tokenize(sentence.slice(0, m.index + m[0].length)), shouted)];
  }

  /**
   * More than half the words are no word of the knowledge or of English, and not stop words (two
   * words at least). The stop words are counted first (a set's look-up), then the others only
   * until the answer is known: a word list's look-up is a bisection, and a long message has
   * dozens of words a sentence.
   */
  private mostlyForeign(tokens: readonly Token[]): boolean {
    const n = tokens.length;
    if (n < 2) return false;
    let known = 0;
    for (const t of tokens) if (STOP_WORDS.has(t.word)) known++;
    let unknown = 0;
    for (let i = 0; i < n && known * 2 < n && unknown * 2 <= n; i++) {
      const word = (tokens[i] as Token).word;
      if (STOP_WORDS.has(word)) continue;
      if (this.isWord(word)) known++;
      else unknown++;
    }
    return unknown * 2 > n;
  }

  /**
   * What the writer does or shows, in stars, beside the question: a chat action or a reaction gif
   * put in words ("*shocked pikachu* 😳 death toll??", "🇦🇺 *awkward kermit gif* what did they
   * say", "who left first *grabs popcorn*"). Its words are a mood, not the question's. A span in
   * stars is one when it stands apart: at the message's start or end, with an emoji, a mark or a
   * question word on its other side. Stars inside a sentence ("did the US *actually* say sorry"),
   * or round a question ("*who* called it"), are emphasis: their words stay.
   */
  withoutActions(message: string): string {
    if (!message.includes('*')) return message;
    return message.replace(ACTION, (span, words: string, offset: number) => {
      const before = message.slice(0, offset);
      const after = message.slice(offset + span.length);
      const first = tokenize(words)[0]?.word ?? '';
      if (first === '' || this.questionWords.has(first) || /\?/.test(words)) return span;
      const next = tokenize(after)[0]?.word ?? '';
      const apart = (side: string, edge: RegExp) => side.trim() === '' || edge.test(side);
      const startApart = apart(
        before,
        /(?:^|[.!?…]|\p{Extended_Pictographic}|\p{Regional_Indicator}|>)(?:\s|\uFE0F|\u200D)*$/u,
      );
      const endApart =
        apart(after, /^(?:\s|\uFE0F)*(?:$|[.!?…,:;-]|\p{Extended_Pictographic}|\p{Regional_Indicator})/u) ||
        this.questionWords.has(next);
      return startApart && endApart ? ' ' : span;
    });
  }

  /**
   * Emoji that open a message before a question word ("🛩️💥 what got destroyed", "🚪🚶 who left
   * the room first"): a mood or a picture of the topic the question then says in words; read as
   * words they add a topic of their own ("plane", "leave"). Not before a thin question ("💣 how
   * long": the emoji is its topic), nor flags ("🇷🇺 what did they want": whose), nor emoji
   * before anything else ("💀 peace deal?", where they may be what is asked), but a heading that
   * names its topic in words before a dash or a colon and a question word ("⚔️ the two UN
   * ambassadors — who said what").
   */
  private withoutLeadingEmoji(message: string): string {
    const lead = LEADING_EMOJI.exec(message);
    if (!lead || FLAG_TEST.test(lead[0])) return message;
    const rest = message.slice(lead[0].length);
    const tokens = tokenize(rest);
    const first = tokens[0]?.word ?? '';
    // A question that says its topic in words ("what got destroyed apart from the soldiers"; "IS"
    // and "US" in capitals are names), not a thin one the emoji gives the topic of ("💣 how long":
    // the word after "how" is the question's own).
    const topical = tokens.filter(
      (t, i) =>
        !(i === 1 && first === 'how') &&
        ((!STOP_WORDS.has(t.word) && !this.fillerWords.has(t.word)) || /^\p{Lu}{2,}$/u.test(t.raw)),
    ).length;
    if ((WH_WORDS.has(first) || AUXILIARIES.has(first)) && topical >= MIN_TOPICAL) return rest;
    // "⚔️ the two UN ambassadors — who said what": a heading that names its topic in words, then
    // past a dash or a colon the question; the emoji decorates the heading.
    const cut = HEADING_CUT.exec(rest.split(/[.!?？\n]/u)[0] ?? '');
    if (!cut) return message;
    const heading = tokenize(rest.slice(0, cut.index));
    const asks = tokenize(rest.slice(cut.index + cut[0].length))[0]?.word ?? '';
    const named = heading.some((t) => !STOP_WORDS.has(t.word) && !this.fillerWords.has(t.word));
    return named && (WH_WORDS.has(asks) || AUXILIARIES.has(asks)) ? rest : message;
  }

  /** Listed emoji and flags as words (spaced), every other emoji gone. */
  emojiToWords(message: string): string {
    // Plain ASCII without a colon has no emoji: most messages skip the replacements.
    if (!NOT_PLAIN.test(message)) return message;
    // A message of flags and emoji alone ("🇺🇸🇺🇸🇺🇸", "🇯🇵🇰🇷 🔥"): a cheer, naming no one it asks
    // about; a flag names its country only beside words ("🇷🇺 what did they want").
    const worded = /[\p{L}\p{N}]/u.test(message.replace(FLAG, '').replace(CUSTOM_EMOJI, ''));
    return (
      message
        .replace(CUSTOM_EMOJI, ' ')
        .replace(EMOJI_SEQUENCE, (e, at: number, all: string) => {
          const word = this.emojiWord(
            this.emoji.get(emojiKey(e)) ?? this.emoji.get(emojiKey(e).replace(/\u200D.*$/u, '')),
          );
          // "... on the wrong lap 💀 how many died": an emoji between the writer's words and a
          // question word stands where a stop would, no word of either; the run-on reading (runOn)
          // decides whether the words before it are the writer's own. A mark ("❓") stays one.
          if (word && !/^\p{P}+$/u.test(word) && closesBeforeQuestion(all, at, e.length)) return ' ';
          return word ? ` ${word} ` : ' ';
        })
        // (Flags after the emoji: one after a flag follows no word of the message.)
        .replace(FLAG, (flag) => (worded ? ` ${flagName(flag)} ` : ' '))
        .replace(SHORTCODE, (code) => {
          const word = this.emojiWord(this.shortcodes.get(code.toLowerCase()));
          // ":skull:" is an emoji typed out; "10:30:" or "note:" is not one.
          return word !== undefined ? ` ${word} ` : /^:[a-z_]+:$/i.test(code) ? ' ' : code;
        })
    );
  }

  /** An emoji's word, when it means something here: a word of the knowledge, a "?" or a chat word ("not"). */
  private emojiWord(word: string | undefined): string | undefined {
    if (word === undefined) return undefined;
    const words = tokenize(word).map((t) => t.word);
    return words.every((w) => this.knows(w) || this.fillerWords.has(w)) ? word : '';
  }

  /** A sentence cut where a second question may start, each piece's words read. */
  private pieces(
    words: TokenizedText,
    shouted: boolean,
    counts: { filler: number; words: number; negated: boolean },
  ): { text: string; joiner: string; typed: Token[]; tokens: Token[] }[] {
    const out: { text: string; joiner: string; typed: Token[]; tokens: Token[] }[] = [];
    let last = 0;
    let joiner = '';
    const sentence = words.text;
    const cut = (end: number, next: string) => {
      const text = sentence.slice(last, end);
      const typed = words.between(last, end);
      const tokens = this.words(typed, shouted, counts);
      // "was it Assad or Gaddafi": the word after the "or" is an alternative to the one before.
      if (/\bor\b/i.test(joiner) && tokens[0]) tokens[0] = markedToken(tokens[0], 'alternative');
      out.push({ text, joiner, typed, tokens });
      joiner = next;
    };
    for (const m of sentence.matchAll(JOINERS)) {
      cut(m.index, m[0]);
      last = m.index + m[0].length;
    }
    cut(sentence.length, '');
    return out.filter((p) => p.text.trim() !== '' || p.tokens.length > 0);
  }

  /** A question word and its verb put first ("what is", "who did", "who paid", "how many"). */
  private asksWithVerb(tokens: readonly Token[]): boolean {
    if (!this.startsQuestion(tokens)) return false;
    const second = tokens[1]?.word ?? '';
    const first = tokens[0]?.word;
    // "who" asks with its own verb ("who paid"), as a subject.
    return (
      AUXILIARIES.has(second) ||
      (first === 'how' && HOW_MUCH.has(second)) ||
      (first === 'who' && second !== '' && !STOP_WORDS.has(second))
    );
  }

  /** The words of the first question in `rest` (read as `question`), up to a word joining a second ("and who ..."). */
  private firstAsked(rest: string, question: Token[], shouted: boolean): Token[] {
    const end = rest.search(JOINERS);
    return end > 0 ? this.words(tokenize(rest.slice(0, end)), shouted) : question;
  }

  /**
   * Words before a comma and a question that `runOn` reads only after a comma ("u follow this
   * stuff, whats the death toll", "been on shift all night, who ordered it"): the writer's own
   * clause, the question after it asked with no "?" typed? Only when the clause holds no word of
   * the story, opens with no question, auxiliary or preposition ("is there any truth in it, what
   * ...", "after the strike, what did IS do"), puts no topic first ("the washing machine, who
   * knows how to use it": a noun phrase, or a question pointing back to it with "that" or "he";
   * chat's "what did they say" points to the story), frames nothing ("when they hit them, how
   * many died") and has three words or more ("sorry, where did they talk": a correction).
   */
  private commaRunOn(front: readonly Token[], asked: readonly Token[]): boolean {
    const first = front[0]?.word ?? '';
    if (front.length < 3 || front.some((t) => this.ofStory(t.word))) return false;
    if (this.startsQuestion(front) || AUXILIARIES.has(first) || PREPOSITIONS.has(first)) return false;
    if (TOPIC_FIRST.has(first)) return false;
    if (FRAMING_CLAUSE.has(first) && !AUXILIARIES.has(front[1]?.word ?? '')) return false;
    return !asked.some((t) => POINTS_BACK.has(t.word));
  }

  /** The words of a piece of text (as tokenised), read: abbreviations expanded, filler and negations gone. */
  words(raw: readonly Token[], shouted: boolean, counts = { filler: 0, words: 0, negated: false }): Token[] {
    counts.words += raw.length;
    // Case first (it needs the word before), then spelling, then what carries no topic.
    const cased = shouted ? raw.map((t, i) => unshout(t, raw[i - 1])) : raw;
    const spelt: Token[] = [];
    for (let k = 0; k < cased.length; k++) {
      // Filler as typed, before its abbreviations are expanded ("ya rab": "ya" alone is "you").
      const typed = this.filler.matchAt(cased, k);
      if (
        typed > 0 &&
        cased.slice(k, k + typed).some((t) => this.abbreviations.has(t.word)) &&
        this.phraseAt(cased, k) <= typed
      ) {
        counts.filler += typed;
        k += typed - 1;
        continue;
      }
      // An idiom as typed, before its abbreviations are expanded ("combien de temps": how long).
      const idiom = this.typedIdioms.size > 0 ? this.typedIdioms.matchAt(cased, k) : null;
      if (idiom) {
        for (const t of idiom.meaning) this.respell(t, spelt);
        k += idiom.length - 1;
        continue;
      }
      // "y Moscú?", "y los rusos, qué dijeron?": Spanish "y" is "and" before a word of Spanish (one
      // written with an accent or "ñ", an article, "que"); chat's "y" (why) is followed by a verb
      // or a subject ("y did they stop", "y they do that").
      if (cased[k]?.word === 'y' && spanishWord(cased[k + 1])) {
        spelt.push({ raw: 'and', word: 'and' });
        continue;
      }
      // "were was the attack", "were did they meet": "were" before a verb opening a question is
      // "where" typed as it sounds ("were they warned" keeps it; so does "were IS fighters killed":
      // "IS" in capitals where a name stands is the name, not the verb).
      if (
        k === 0 &&
        cased[0]?.word === 'were' &&
        WHERE_BEFORE.has(cased[1]?.word ?? '') &&
        cased[1]?.raw !== 'IS'
      ) {
        spelt.push({ raw: 'where', word: 'where' });
        continue;
      }
      // "who ended up holding the ground", "they'll end up pullin out": "end up" before a verb in
      // -ing says how things turned out (the catenative of result); the verb after it is what is
      // asked, not an ending ("how did it end up", "end up dead" keep it).
      // So does "end up with" ("who ended up with the ground"): who came to have it.
      if (
        END_UP.has(cased[k]?.word ?? '') &&
        cased[k + 1]?.word === 'up' &&
        (/^\p{L}{2,}(?:ing|in'?)$/u.test(cased[k + 2]?.word ?? '') || cased[k + 2]?.word === 'with')
      ) {
        counts.filler += 2;
        k++;
        continue;
      }
      // "pure ragin", "proper bizarre", "pure gutted": Scots, Irish and Northern English "pure" and
      // "proper" before a word that describes (an adjective, a participle in -ing, -in or -ed) say
      // how much, as "really" does, and name nothing ("pure theatre", "a proper inquiry" keep them).
      if (
        INTENSIFYING.has(cased[k]?.word ?? '') &&
        describes(cased[k + 1]?.word ?? '') &&
        !STOP_WORDS.has(cased[k + 1]?.word ?? '')
      ) {
        counts.filler++;
        continue;
      }
      // "wit's the russian called", "wit's that": Scots "wit" (what) with its "'s" opening a
      // question is "what is" (chat.yaml's idioms read "wit happened", "wit did"); the noun "wit"
      // ("her wit's sharp") opens none.
      if (
        cased[k]?.word === 'wit' &&
        /^wit['’]s$/i.test(cased[k]?.raw ?? '') &&
        (spelt.length === 0 || OPENING_AND.has(spelt.at(-1)?.word ?? ''))
      ) {
        spelt.push({ raw: 'what', word: 'what' }, { raw: 'is', word: 'is' });
        continue;
      }
      // "whereabouts was she when ...": "whereabouts" opening a question, an auxiliary after it,
      // asks "where" ("her whereabouts" stays the noun).
      if (
        cased[k]?.word === 'whereabouts' &&
        AUXILIARY_AFTER_WHEREABOUTS.has(cased[k + 1]?.word ?? '') &&
        (spelt.length === 0 || OPENING_AND.has(spelt.at(-1)?.word ?? ''))
      ) {
        spelt.push({ raw: 'where', word: 'where' });
        continue;
      }
      this.respell(cased[k] as Token, spelt);
    }
    const read = withoutTopicPart(this.idioms.size > 0 ? this.withIdioms(spelt) : spelt);
    const out: Token[] = [];
    let i = 0;
    let afterNegation = false;
    /** Where the last word of quoting was ("the exact wording they used"), or -1. */
    let quotedAt = -1;
    // Openers only before the first word that stays ("ok so who ..."), filler anywhere.
    while (i < read.length) {
      // "Islamic State, in spanish Estado Islámico": a name of the story glossed in another
      // language; the language says how the name is written, no topic ("how do you say hello in
      // spanish" keeps it: no name of the story after it).
      if (read[i]?.word === 'in' && LANGUAGES.has(read[i + 1]?.word ?? '')) {
        const named = this.phraseAt(read, i + 2);
        if (named > 0 && this.namedKinds(read.slice(i + 2, i + 2 + named)).size > 0) {
          counts.filler += 2;
          i += 2;
          continue;
        }
      }
      // "how far, wetin russia talk": Nigerian Pidgin's greeting opening a message, a question
      // word right after it; "how far did IS advance" asks a distance.
      if (
        out.length === 0 &&
        read[i]?.word === 'how' &&
        read[i + 1]?.word === 'far' &&
        WH_WORDS.has(read[i + 2]?.word ?? '')
      ) {
        counts.filler += 2;
        i += 2;
        continue;
      }
      // "sorry, where did they talk to reporters", "sorry what did power say": the writer's "sorry"
      // opening a question (a question word or its verb right after it) excuses the asking; it
      // asks nothing of regret ("did the US say sorry" keeps it: not where the question opens).
      if (
        out.length === 0 &&
        read[i]?.word === 'sorry' &&
        (WH_WORDS.has(read[i + 1]?.word ?? '') || AUXILIARIES.has(read[i + 1]?.word ?? ''))
      ) {
        counts.filler++;
        i++;
        continue;
      }
      const opener = out.length === 0 ? this.openers.matchAt(read, i) : 0;
      // "how many guys did they lose": a word of chat after "how many" is what is counted, if it
      // is a plural ("how many ba talaga namatay": Tagalog's question particle is not counted);
      // so is one after a figure ("they lost 50 guys", "like 20 guys").
      const counted =
        (out.at(-1)?.word === 'many' && out.at(-2)?.word === 'how' && /s$/.test(read[i]?.word ?? '')) ||
        (this.peopleCounted.has(read[i]?.word ?? '') && isNumber(out.at(-1)?.word ?? ''));
      // "Nga nói gì": a word of chat in one language ("nga", Tagalog's particle) that is written as
      // the knowledge writes a name with its capital ("Nga", Russia in Vietnamese) is that name.
      const filler = counted || this.namedAsWritten(read, i) ? 0 : this.filler.matchAt(read, i);
      const negation = this.negations.matchAt(read, i);
      const skip = Math.max(opener, filler, negation);
      if (skip > 0 && (this.phraseAt(read, i) <= skip || (negation === skip && this.checkingClaim))) {
        // "name the american general who signed off": the request opening the question asks which
        // one, as "which" does (answer-type.ts reads a person or a place asked by it).
        // Only "name the" itself: "name all the", "name one" ask a list or any one.
        if (opener === skip && skip === 2 && read[i]?.word === 'name' && read[i + 1]?.word === 'the')
          out.push({ raw: 'which', word: 'which' });
        if (negation === skip) counts.negated = afterNegation = true;
        else counts.filler += skip;
        if (read.slice(i, i + skip).some((t) => this.quoting.has(t.word))) quotedAt = i + skip - 1;
        i += skip;
        continue;
      }
      const token = read[i] as Token;
      // "sjdkfhsk wait so how many ...", "asdkjfh what did ...": a keysmash is a mood, like "lol".
      if (this.keysmash(token.word) || this.laugh(token.word)) {
        counts.filler++;
        i++;
        continue;
      }
      if (this.quoting.has(token.word) || WORDS_SAID.has(token.word)) quotedAt = i;
      else if (
        USE.has(token.word) &&
        quotedAt >= 0 &&
        i - quotedAt <= 3 &&
        read.slice(quotedAt + 1, i).every((t) => USE_SUBJECTS.has(t.word))
      ) {
        out.push(
          afterNegation ? { raw: 'said', word: 'said', negated: true } : { raw: 'said', word: 'said' },
        );
        afterNegation = false;
        i++;
        continue;
      }
      // "what does 'grandstanding' mean", "what do they mean by refusal": how the question asks,
      // not what about; "meant to hit", "did they mean it" keep the word (what was intended), and
      // "no i meant ..." (the writer correcting a question: the conversation reads it; not "how
      // many i mean" closing one). "was meant for IS" is what was intended too.
      if (
        MEANING.has(token.word) &&
        !INTENDED.has(read[i + 1]?.word ?? '') &&
        !(token.word === 'meant' && read[i + 1]?.word === 'for') &&
        ((read[i - 1] as Token | undefined)?.word !== 'i' || i + 1 >= read.length)
      ) {
        i++;
        continue;
      }
      if (token.word.endsWith("n't")) counts.negated = true;
      // "power wasn't in the chamber when she spoke, right?": in a claim put to be checked, the
      // positive auxiliary, the word after it read as after a negation taken out.
      const positive = this.checkingClaim ? POSITIVE_AUXILIARY.get(token.word) : undefined;
      if (positive) {
        out.push({ raw: positive, word: positive });
        afterNegation = true;
        i++;
        continue;
      }
      out.push(afterNegation ? markedToken(token, 'negated') : token);
      afterNegation = false;
      i++;
      // "who's the source for the 62", "the 90 - whose number is that": a figure of the story
      // after "the", "that" or "this", no noun after it, is that figure, as "the 62 figure" says.
      if (this.figureNamed(out, read[i])) out.push({ raw: 'figure', word: 'figure' });
    }
    return out;
  }

  /** Is the word just read a figure of the story named as a noun ("the 62"), no noun after it? */
  private figureNamed(out: readonly Token[], next: Token | undefined): boolean {
    const figure = out.at(-1)?.word ?? '';
    if (!/^\d+$/.test(figure) || !FIGURE_DETERMINERS.has(out.at(-2)?.word ?? '')) return false;
    // "on the 17th", "by the 20": a day of the month, no figure.
    if (DAY_PREPOSITIONS.has(out.at(-3)?.word ?? '')) return false;
    return this.knows(figure) && (next === undefined || this.small(next.word));
  }

  /** A verb, a pronoun, a particle, whose verb and particle are a phrase of the knowledge alone. */
  private pronounInPhrase(tokens: readonly Token[], at: number): boolean {
    const [verb, object, particle] = [tokens[at], tokens[at + 1], tokens[at + 2]];
    if (!verb || !object || !particle || STOP_WORDS.has(verb.word)) return false;
    if (!OBJECT_PRONOUNS.has(object.word) || !PARTICLES.has(particle.word)) return false;
    // Not one the knowledge has with the pronoun ("call it off").
    return this.phraseAt(tokens, at) < 3 && this.phraseAt([verb, particle], 0) === 2;
  }

  /**
   * The words with each idiom or phrasal verb as what it means ("did russia buy it" -> "did
   * russia believe it", "kicked off" -> "kick_off"). Not a phrase of the knowledge ("walked
   * out", "called off" in synonyms.yaml: the knowledge's words) or of the chat lists ("find out",
   * "hold on": read as the lists say), where one starts there as long.
   */
  private withIdioms(tokens: Token[]): Token[] {
    // Most sentences hold no idiom: their words are read as they are, no phrase of the knowledge
    // or of the chat lists looked up at each of them (those only keep an idiom from starting).
    // (The words themselves, not a copy: words() made them and only reads them after.)
    if (!this.anyIdiom(tokens)) return tokens;
    const out: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // "who passed it on": a verb and particle that are a phrase of the knowledge ("passed on"),
      // a pronoun as the object between them, read as that phrase with the pronoun after it.
      if (this.pronounInPhrase(tokens, i)) {
        out.push(tokens[i] as Token, tokens[i + 2] as Token, tokens[i + 1] as Token);
        i += 2;
        continue;
      }
      // "what did churkin tell about the deal", "what power told about russia": "tell" with no
      // hearer before "about" is saying something about it; not passive ("was moscow told about the
      // flights": the hearer informed).
      if (tellsAbout(tokens, i)) {
        const told = tokens[i] as Token;
        out.push(retyped(told, told.raw, 'say'));
        continue;
      }
      const idiom = this.idiomAt(tokens, i);
      const own = Math.max(this.phraseAt(tokens, i), this.chatPhrases.matchAt(tokens, i));
      if (!idiom || own >= idiom.length) {
        // The knowledge's (or the chat lists') phrase is kept whole: no idiom starts inside it.
        const keep = Math.max(own, 1);
        for (let k = i; k < i + keep && k < tokens.length; k++) out.push(tokens[k] as Token);
        i += keep - 1;
        continue;
      }
      const negated = tokens[i]?.negated;
      for (const t of idiom.meaning) out.push(negated ? markedToken(t, 'negated') : t);
      i += idiom.length - 1;
    }
    return out;
  }

  /** The idiom or phrasal verb withIdioms() reads at `i`, or null. */
  private idiomAt(tokens: readonly Token[], i: number): PhraseMatch | null {
    const idiom = this.idioms.matchAt(tokens, i);
    // WordNet's phrasal verb only where its words, one by one, leave one the knowledge does not
    // use ("kicked off": "kick"): where it knows them all ("take off", "came up") they are read.
    if (
      idiom?.meaning[0]?.word.includes('_') &&
      tokens.slice(i, i + idiom.length).every((t) => noTopic(t.word) || this.knows(t.word))
    )
      return null;
    return idiom;
  }

  /** Does withIdioms() read anything at some word: a pronoun inside a phrase, "tell about", an idiom? */
  private anyIdiom(tokens: readonly Token[]): boolean {
    for (let i = 0; i < tokens.length; i++)
      if (this.pronounInPhrase(tokens, i) || tellsAbout(tokens, i) || this.idiomAt(tokens, i) !== null)
        return true;
    return false;
  }

  /**
   * Two words typed as one, the space left out (a dyslexic typist, a phone's dictation):
   * "whatdid russia say", "howmany died", "wasit a mistake". A word of no language the bot reads
   * (no word of the knowledge or of English, no chat word) that is, one way only, a question word
   * or an auxiliary (RUN_HEADS) and then a word: a word of grammar, or one of three letters or
   * more of the knowledge or of English. The text is returned as it is when no word is so.
   */
  private runTogether(text: string): string {
    return text.replace(RUN_WORD, (typed: string) => {
      const word = typed.toLowerCase();
      // Most words start with no question word or auxiliary: no word looked up for them.
      if (!RUN_START.test(word)) return typed;
      if (this.isWord(word) || this.abbreviations.has(word) || this.fillerWords.has(word)) return typed;
      let found: string | null = null;
      for (let at = 2; at <= word.length - 2; at++) {
        const head = word.slice(0, at);
        const rest = word.slice(at);
        if (!RUN_HEADS.has(head)) continue;
        if (!(rest.length >= 3 ? STOP_WORDS.has(rest) || this.isWord(rest) : RUN_SHORT.has(rest))) continue;
        if (found !== null) return typed;
        found = `${typed.slice(0, at)} ${typed.slice(at)}`;
      }
      return found ?? typed;
    });
  }

  /**
   * "which diplomat said moscow was cynical, nikki haley?", "who called the meeting, was it
   * lavrov?", "was it churkin who said russia was grandstanding?": a name put beside a question
   * that asks who (or "what group ...", and a place beside "where": GUESSED_WHERE) is the writer's
   * guess at the answer, not what is asked about; the article sets
   * it straight with whom it names. The guess goes when it is a name the bot does not know (no
   * word of the knowledge; one word a name WordNet knows, no word of English, or capitalised), or
   * when the question asks who said something (words the article gives someone else, as people
   * misremember whose they were). Not names given as options ("..., gaddafi or mubarak?":
   * knownAlternative weighs them), nor a guess of the story at who did something ("was it power
   * who walked out?": weighed against the quotes).
   */
  private withoutGuessedName(sentence: string): string {
    const tail = GUESSED_NAME.exec(sentence) ?? GUESSED_WHERE.exec(sentence);
    const askedCleft = tail ? null : CLEFT_GUESS.exec(sentence);
    const checked = tail || askedCleft ? null : CLEFT_CHECKED.exec(sentence);
    const cleft = askedCleft ?? checked;
    const m = tail ?? cleft;
    if (!m) return this.withoutGuessedPlace(sentence);
    let guess = tokenize(m[2] as string);
    if (guess.some((t) => t.word === 'or')) return sentence;
    if (!tail && NOT_A_GUESS.has(guess[0]?.word ?? '')) return sentence;
    // "it was canadian jets that joined in, right?": the story's noun after the guessed name is what
    // is asked about ("which jets joined in"); the name before it is the guess. Only in a claim put
    // to be checked: "was it the US jets that ...?" asks whether it was those.
    const last = guess.at(-1);
    const thing =
      checked !== null && guess.length > 1 && last !== undefined && this.ofStory(last.word) ? last.raw : '';
    if (thing !== '') guess = guess.slice(0, -1);
    const asked = tail ? (m[1] as string) : `${m[1]}${thing === '' ? 'who' : `which ${thing}`} ${m[3]}`;
    const words = tokenize(asked).map((t) => t.word);
    const who = words.findIndex((w) => w === 'who' || w === 'whose' || w === 'which');
    const sayingAsked = who >= 0 && words.slice(who + 1, who + 4).some((w) => QUOTING_VERB.test(w));
    // A word of the story in the guess makes it the story's, unless it only qualifies ("new" of "new
    // zealand": the article names New York).
    const storyNamed = guess.some((t) => this.ofStory(t.word) && !isModifierWord(t.word));
    // Beside "where", only a place WordNet names ("aleppo", "geneva"): a word of no dictionary there
    // may be the story's own place misspelt, which the analyzer reads as it.
    const placeGuess = tail !== null && !GUESSED_NAME.test(sentence);
    const unknownName =
      !storyNamed &&
      guess.some(placeGuess ? (t) => !this.ofStory(t.word) && isKnownName(t.word) : this.guessedName);
    return unknownName || sayingAsked ? `${asked.replace(/[\s?]+$/u, '')}?` : sentence;
  }

  /**
   * A word of a name the bot does not know: one WordNet knows as a name, no word of English,
   * capitalised, or a nation's people ("the french") the story does not name.
   */
  private readonly guessedName = (t: Token): boolean =>
    !this.ofStory(t.word) &&
    !STOP_WORDS.has(t.word) &&
    (isKnownName(t.word) || !this.isWord(t.word) || /^\p{Lu}/u.test(t.raw) || isPeopleWord(t.word));

  /**
   * "wasn't it near Homs", "the monitor is based in Paris, correct?", "my uncle says 200 died near
   * Idlib, is he right?": in a claim put to be checked (a tag asking agreement at its end, or
   * "wasn't it / isn't this" opening it), a place the bot does not know after "near", "in", "at" or
   * "around" is the writer's guess at where, to be set straight; it reads "where"
   * (synonyms.yaml `place`), not a word no sentence has, which would make the bot refuse. Only a
   * name (guessedName) of one or two words, placing a word of the story or a pronoun ("the bakery
   * near Leeds station" is no story's place); not after a question word ("what happened in Hama
   * right after?" asks of that place).
   */
  private withoutGuessedPlace(sentence: string): string {
    // "was this near aleppo", "was it in aleppo?": asked plainly, only a place WordNet names is a
    // guess at where (a word of no dictionary may be the story's place misspelt).
    const checked = CHECK_TAG_END.test(sentence) || CHECK_OPENER.test(sentence);
    if (!checked && !PLACE_ASKED_OPENER.test(sentence)) return sentence;
    if (tokenize(sentence).some((t) => WH_WORDS.has(t.word))) return sentence;
    const guessed = checked ? this.guessedName : (t: Token) => !this.ofStory(t.word) && isKnownName(t.word);
    for (const m of sentence.matchAll(PLACE_GUESSED)) {
      const [first, second] = [m[2] as string, m[3]];
      const name = (word: string) => tokenize(word).every(guessed);
      if (!name(first)) continue;
      // What is placed must be the story's: "died near Idlib", "it near Homs", not "the bakery
      // near Leeds" (a word before the preposition the bot knows of no story).
      const before = tokenize(sentence.slice(0, m.index ?? 0)).at(-1)?.word ?? '';
      if (before !== '' && !STOP_WORDS.has(before) && !this.ofStory(before)) continue;
      const both = second !== undefined && name(second);
      if (second !== undefined && !both && this.ofStory(tokenize(second)[0]?.word ?? '')) continue;
      const end = (m.index ?? 0) + (m[1] as string).length + first.length + (both ? 1 + second.length : 0);
      return `${sentence.slice(0, (m.index ?? 0) + (m[1] as string).length)}where${sentence.slice(end)}`;
    }
    return sentence;
  }

  /** A word of the knowledge that carries a topic ("mayor"; not "the", nor "student"). */
  private readonly ofStory = (word: string) => !noTopic(word) && this.knows(word);

  /**
   * Where the question starts in words that hold a cue followed by a question word ("... asked
   * us to find out what hardware ...", "... and i want to know who ..."): at that question word.
   * 0 when they hold no such cue.
   */
  private askedAfterCue(tokens: readonly Token[], leading = false): number {
    for (let i = 0; i < tokens.length; i++) {
      // A question reported ("one of my students asked why ...", "a kid asked whether ..."): what
      // was asked follows the verb, who asked it is context.
      const reported = reportedQuestion(tokens, i, this.ofStory);
      if (reported > 0) return reported;
      const n = this.cues.matchAt(tokens, i);
      if (n === 0) {
        if (leading && !noTopic((tokens[i] as Token).word)) return 0;
        continue;
      }
      // "I'm curious, in this case, what ...": words between the cue and the question word that
      // the knowledge does not use frame the question; they say nothing of what it asks.
      for (let j = i + n; j < tokens.length && j <= i + n + MAX_FRAMING; j++) {
        const word = (tokens[j] as Token).word;
        if (WH_WORDS.has(word)) return j;
        if (!noTopic(word) && this.knows(word)) break;
      }
    }
    return 0;
  }

  /**
   * A cue with no word of a topic after it, said of the writer's people ("my cousin wants to know",
   * "my teacher is curious lol"): it says that they ask, not what.
   */
  /**
   * "I'm doing the source analysis for Thursday and ... is bugging me.": every cue in the words
   * is one word after an article or a possessive ("the source analysis", "my context notes"), a
   * noun of what the writer tells, not a request ("source?", "source for the 62", "context pls").
   * Read only in a sentence closed by a full stop.
   */
  private nounCuesOnly(typed: readonly Token[]): boolean {
    let cues = 0;
    for (let i = 0; i < typed.length; i++) {
      const n = this.cues.matchAt(typed, i);
      if (n === 0) continue;
      if (n > 1 || !NOUN_CUE_BEFORE.has(typed[i - 1]?.word ?? '')) return false;
      cues++;
    }
    return cues > 0;
  }

  /**
   * The words of a request but its cues ("can someone lay out ...": "can someone"): the cue is how
   * the writer asks, no word of the story around the question ("lay" would rank the sentence that
   * "put" the toll at 62 first).
   */
  private uncued(tokens: readonly Token[]): Token[] {
    const kept: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const n = this.cues.matchAt(tokens, i);
      if (n > 0) i += n - 1;
      else kept.push(tokens[i] as Token);
    }
    return kept;
  }

  private cueLast(typed: readonly Token[]): boolean {
    let end = 0;
    for (let i = 0; i < typed.length; i++) {
      const n = this.cues.matchAt(typed, i);
      if (n > 0) end = i + n;
    }
    // Someone of theirs ("my cousin", "our teacher"), not the writer ("I'm not sure"): their own
    // doubt may be what they ask.
    const who = typed.slice(0, end);
    if (end === 0 || !who.some((t) => POSSESSIVE_FIRST.has(t.word))) return false;
    if (who.some((t) => this.firstPerson.has(t.word) && !POSSESSIVE_FIRST.has(t.word))) return false;
    for (let i = end; i < typed.length; i++) {
      const word = (typed[i] as Token).word;
      if (!noTopic(word) && !this.fillerWords.has(word)) return false;
    }
    return true;
  }

  /**
   * Where the question starts in words that open with a request to be told: a modal, whom it
   * asks, a cue, then a question word within a few words that frame it ("could you kindly explain
   * me who", "can someone tell me what", "would you tell me when"); 0 when they do not. Not "could
   * the US explain what happened" (no one asked to tell).
   */
  private requested(tokens: readonly Token[]): number {
    if (!REQUEST_MODALS.has(tokens[0]?.word ?? '')) return 0;
    let i = 1;
    while (i < tokens.length && this.addressees.has((tokens[i] as Token).word)) i++;
    const n = this.cues.matchAt(tokens, i);
    if (n === 0) return 0;
    // (Counting the words between that are no stop words: "reconstruct the sequence for me, who
    // ...", "lay out for us who ...".)
    let framing = 0;
    for (let j = i + n; j < tokens.length && framing <= MAX_FRAMING; j++) {
      const word = (tokens[j] as Token).word;
      if (WH_WORDS.has(word)) return j;
      if (!noTopic(word) && this.knows(word)) return 0;
      if (!STOP_WORDS.has(word)) framing++;
    }
    return 0;
  }

  /**
   * How many words open these with a request to be told and no more ("explain ...", "tell me
   * ...", "can you explain ..."): a cue that is not a question word ("who said ..." asks), after
   * a modal and whom it asks when there is one; 0 when they do not open so, or are only that.
   */
  private leadingRequest(tokens: readonly Token[]): number {
    let i = 0;
    if (REQUEST_MODALS.has(tokens[0]?.word ?? '')) {
      i = 1;
      while (i < tokens.length && this.addressees.has((tokens[i] as Token).word)) i++;
      if (i === 1) return 0;
    }
    if (this.questionWords.has(tokens[i]?.word ?? '')) return 0;
    const n = this.cues.matchAt(tokens, i);
    return n > 0 && i + n < tokens.length ? i + n : 0;
  }

  /**
   * A question behind a phrase of time or place put first: a preposition opening it, an
   * auxiliary after its phrase ("after the bombing did IS take the area").
   */
  private frontedQuestion(tokens: readonly Token[]): boolean {
    if (!PREPOSITIONS.has(tokens[0]?.word ?? '')) return false;
    return tokens.slice(2, 1 + MAX_FRONTED).some((t) => AUXILIARIES.has(t.word));
  }

  /**
   * A sentence that asks behind a phrase of time or place put first, with no "?" ("during all the
   * arguing at the UN what did Power say", "after the strike what did russia say"): a preposition
   * first, then within a few words a question word and an auxiliary ("who" a verb: "at the meeting
   * who walked out"). Not "which" (a clause of its own: "after the strike which killed 62").
   */
  private frontedWhQuestion(sentence: string, tokens: readonly Token[]): boolean {
    if (!PREPOSITIONS.has(tokens[0]?.word ?? '') || OPENS_QUOTED.test(sentence)) return false;
    for (let k = 2; k <= MAX_FRONTED_WH && k + 1 < tokens.length; k++) {
      const word = (tokens[k] as Token).word;
      const next = (tokens[k + 1] as Token).word;
      if (word === 'which' || !WH_WORDS.has(word)) continue;
      return AUXILIARIES.has(next) || (word === 'who' && !STOP_WORDS.has(next));
    }
    return false;
  }

  /**
   * A name taken back with no article before it ("did ireland sorry i mean australia apologize",
   * "what did Churchill, sorry, Churkin say"): the name and the words taking it back go, the name
   * after them stays. Both must be names: one WordNet knows of a place or person, a word for a
   * people, one the knowledge names, or a word capitalised inside the sentence. "i mean" as filler
   * ("to the UN i mean lol") keeps its words.
   */
  private withoutNameTakenBack(sentence: string): string {
    if (!TAKES_NAME_BACK_WORDS.test(sentence)) return sentence;
    const nameLike = (name: string, inside: boolean) => {
      const word = name.toLowerCase();
      if (STOP_WORDS.has(word)) return false;
      return (
        isKnownName(word) ||
        isPeopleWord(word) ||
        this.namedKinds([{ raw: name, word }]).size > 0 ||
        (inside && /^\p{Lu}/u.test(name))
      );
    };
    return sentence.replace(
      NAME_TAKEN_BACK,
      (whole, name: string, _marker: string, next: string, at: number) =>
        nameLike(name, at > 0) && nameLike(next, true) ? '' : whole,
    );
  }

  /** Is this a question's first word (after openers, already gone)? */
  private startsQuestion(tokens: readonly Token[], sentence = false): boolean {
    const first = tokens[0];
    if (!first) return false;
    if (this.questionWords.has(first.word)) return true;
    // A sentence "for how long", "since when", "in which town": a preposition, then a question
    // word.
    const second = tokens[1]?.word;
    if (!PREPOSITIONS.has(first.word) || second === undefined || !WH_WORDS.has(second)) return false;
    // Within a sentence, only with a verb after it: "... and at what point was it aborted" (not
    // "... and about what", the same question going on).
    return sentence || AUXILIARIES.has(tokens[2]?.word ?? '') || AUXILIARIES.has(tokens[3]?.word ?? '');
  }

  /** A token as a word, added to `out`: stretched letters shortened, an abbreviation as its words. */
  private respell(token: Token, out: Token[]): void {
    let word = token.word;
    if (tripled(word) && STRETCHED.test(word) && !this.isWord(word) && !this.abbreviations.has(word))
      word = this.unstretch(word);
    // A day of the month as an ordinal is its number ("on the 17th" is "on the 17").
    const first = word.charCodeAt(0);
    const ordinal = first >= 48 && first <= 57 ? /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word) : null;
    if (ordinal) word = ordinal[1] as string;
    // A unit's short form after a figure is the unit ("40 min", "30 sec"); alone, "min" may be
    // a minimum or a ministry.
    const unit = UNITS_AFTER_FIGURE.get(word);
    if (unit !== undefined && /^\d+(?:[.,]\d+)?$/.test(out.at(-1)?.word ?? '')) {
      out.push({ raw: unit, word: unit });
      return;
    }
    const meaning = this.abbreviations.get(word);
    // A name written in capitals that the knowledge holds as written ("MID", Russia's foreign
    // ministry as Russian media call it) is that name, not the chat word ("mid": during). A chat
    // sense of a word of English said of a thing ("why is the sea salty"; see saidOfAThing) is
    // the word's own sense.
    if (
      meaning &&
      !(CAPITALS.test(token.raw) && this.namedKinds([token]).size > 0) &&
      !(this.isWord(word) && this.saidOfAThing(out))
    )
      for (const t of meaning) out.push(t);
    else if (meaning) out.push(token);
    else {
      const contracted = this.contraction(word);
      if (contracted) for (const w of contracted) this.respell({ raw: w, word: w }, out);
      else out.push(word === token.word ? token : { raw: word, word });
    }
  }

  /**
   * Do the words read so far end in a thing the next word is said of: an article and a word
   * naming nothing of the knowledge ("the sea", "a soup"), not a name ("the kremlin") nor people
   * ("the russians")? A chat sense of an everyday word
   * ("salty": angry, "mad") is said of people; said of a thing, the word means what it says.
   */
  private saidOfAThing(out: readonly Token[]): boolean {
    const last = out.at(-1);
    if (last === undefined || !THING_ARTICLES.has(out.at(-2)?.word ?? '')) return false;
    return this.namedKinds([last]).size === 0 && !this.knows(last.word);
  }

  /**
   * Is the word at `at` one chat filler holds that is written with a capital as the knowledge
   * writes a name (a case-sensitive alias: "Nga", "Úc"), not as the chat word ("nga")? Only a
   * word alone, not one of a longer phrase of filler.
   */
  private namedAsWritten(tokens: readonly Token[], at: number): boolean {
    const token = tokens[at] as Token;
    if (!/^\p{Lu}/u.test(token.raw) || token.raw === token.word) return false;
    if (this.filler.matchAt(tokens, at) !== 1) return false;
    return this.namesAsWritten(token);
  }

  /**
   * A keysmash ("asdfghjkl", "sjdkfhsk", "askdjfh"): letters mashed on the keyboard, no word.
   * Five letters or more, all on the home row (one not, of seven or more), a vowel at most, and no
   * word of English or of the knowledge ("flask", "glass" are words).
   */
  private keysmash(word: string): boolean {
    if (word.length < MIN_KEYSMASH || !/^[a-z]+$/.test(word)) return false;
    let away = 0;
    for (const c of word) if (!HOME_ROW.includes(c)) away++;
    // Every letter on the home row, or all but one in a long one; one vowel at most ("killd",
    // "damscus" are words mistyped).
    if (away > (word.length >= 7 ? 1 : 0) || (word.match(/[aeiouy]/g)?.length ?? 0) > 1) return false;
    return (
      !this.isWord(word) && !this.knows(word) && !this.abbreviations.has(word) && !this.fillerWords.has(word)
    );
  }

  /** A laugh ("hahaha", "ㅋㅋ", "wwww"), where it is no word the lists or the knowledge hold. */
  private laugh(word: string): boolean {
    return LAUGH.test(word) && !this.knows(word) && !this.abbreviations.has(word);
  }

  /** Whether the text's last word is a laugh ("russia so angry haha"). */
  private endsInLaugh(text: string): boolean {
    const closing = tokenize(text).at(-1)?.word ?? '';
    return this.laugh(closing) || LAUGHS.has(closing);
  }

  /** A word of grammar or chat: a stop word, a question word, filler or an abbreviation. */
  private small(word: string): boolean {
    return (
      STOP_WORDS.has(word) ||
      WH_WORDS.has(word) ||
      this.questionWords.has(word) ||
      this.fillerWords.has(word) ||
      this.abbreviations.has(word)
    );
  }

  /**
   * A word of grammar or chat with a verb contracted onto it ("it'd", "that'll", "there'd",
   * "y'all'd", "they're"), as its words ("it would"): with an apostrophe after any such word;
   * without one ("itd", "theyll", "thatd") after a word English contracts (one the stop words
   * list a contraction of, or a question word) and only where the whole is no word ("shell",
   * "well", "wed" are words). Null when the word is none, or one the lists hold ("i'm").
   */
  private contraction(word: string): string[] | null {
    // One the lists hold already ("i'm", "they're", "whats") is read as they say.
    if (this.small(word)) return null;
    // (Only a word ending in one of those letters is tried: most are not.)
    const last = word.charCodeAt(word.length - 1);
    if (last !== 100 && last !== 108 && last !== 101 && last !== 109) return null;
    const marked = word.includes("'") ? /^(.+?)'(d|ll|re|ve|m)$/.exec(word) : null;
    if (marked) {
      const base = marked[1] as string;
      return this.small(base) || this.contraction(base) !== null
        ? [base, CONTRACTED[marked[2] as string] as string]
        : null;
    }
    const bare = /^(\p{L}+?)(d|ll|re|ve|m)$/u.exec(word);
    if (!bare) return null;
    const base = bare[1] as string;
    // A word English contracts, as typed ("u": "you") or itself a contraction typed without
    // its apostrophe ("yall" of "y'all").
    const meaning = this.abbreviations.get(base);
    const contracts =
      CONTRACTS.has(base) ||
      (meaning?.length === 1 && CONTRACTS.has((meaning[0] as Token).word)) ||
      (this.fillerWords.has(base) &&
        [...this.fillerWords].some((f) => f.includes("'") && f.replace(/'/g, '') === base));
    // Whether the whole is a word (a look-up in the word list) only then: most words ending so
    // ("killed", "were") are no contraction.
    return contracts && !this.isWord(word) ? [base, CONTRACTED[bare[2] as string] as string] : null;
  }

  /**
   * "whyyy" -> "why", "sooo" -> "so", "tooo" -> "too": each run of three or more letters becomes
   * two or one, the fewest changes that make a word (or a chat word) first; else one of each.
   */
  private unstretch(word: string): string {
    const runs = [...word.matchAll(/(\p{L})\1{2,}/gu)];
    // Every combination of two or one letter per run, two first (fewest letters removed).
    let candidates = [''];
    let at = 0;
    for (const run of runs) {
      const before = word.slice(at, run.index);
      const letter = run[1] as string;
      candidates = candidates.flatMap((c) => [`${c}${before}${letter}${letter}`, `${c}${before}${letter}`]);
      at = run.index + run[0].length;
    }
    candidates = candidates.map((c) => c + word.slice(at));
    // A small word of chat or grammar first ("noooo" is "no", not "noo"), then any word.
    const small = (c: string) =>
      STOP_WORDS.has(c) || this.abbreviations.has(c) || this.questionWords.has(c) || this.fillerWords.has(c);
    return (
      candidates.find(small) ?? candidates.find(this.isWord) ?? (candidates[candidates.length - 1] as string)
    );
  }
}

/** "my teacher said (that)", "our bio teacher told us": someone of the writer's, then what they said. */
const HEARSAY =
  /^(?:(?:ok|so|wait|but|and|well)[\s,]+)?(?:my|our)\s+((?:[\p{L}'’]+\s+){0,2}?[\p{L}'’]+)\s+(?:said|says|told\s+(?:us|me|the\s+class)|tells\s+(?:us|me)|claims|claimed|thinks|mentioned|reckons|(?:keeps|kept|is|was|always)\s+(?:saying|repeating|drilling|stressing|insisting|preaching)(?:\s+(?:into\s+)?(?:us|me))?)\s+(?:that\s+)?/iu;

/**
 * "my aunt keeps asking if ...", "my family in the east asked how long ...", "my sister in law is
 * from there and asked me, did ...": someone of the writer's asking is how the question reached
 * them; what they asked is the question.
 */
const ASKED_BY =
  /^(?:(?:ok|so|wait|but|and|well)[\s,]+)?(?:my|our)\s+((?:[\p{L}'’]+\s+){0,6}?[\p{L}'’]+)\s+(?:(?:keeps?|kept|is|was|are|were)\s+)?(?:asked|asks|asking|wants\s+to\s+know|wanted\s+to\s+know)\s+(?:(?:me|us)\b[\s,:]*)?(?:(?:if|whether)\s+)?/iu;

/**
 * "a student asked me if ...", "kids will ask ...", "kid in my form asked what ...": someone, with
 * a determiner or none, asking (ChatReader.withoutHearsay: only someone the writer teaches or
 * streams to, chat.yaml audience).
 */
const RELAYED_ASK =
  /^(?:(?:ok|so|wait|but|and|well)[\s,]+)?(?:(?:a|an|the|some|one\s+of\s+(?:my|our|the))\s+)?((?:[\p{L}'’]+\s+){0,3}?[\p{L}'’]+)\s+(?:(?:will|would|might|may|keeps?|kept|always|just|is|was|are|were)\s+)?(?:asked|asks|asking|ask|wants\s+to\s+know|wanted\s+to\s+know)\s+(?:(?:me|us)\b[\s,:]*)?(?:(?:if|whether)\s+)?/iu;

/**
 * "explain to a class why", "tell the kids what", "explaining it to students how": a verb of
 * putting it to someone, whom (ChatReader.withoutPuttingTo: chat.yaml audience), a question word.
 */
const PUT_TO =
  /\b(?:explain|explaining|tell|telling|teach|teaching|show|showing|describe|describing|put|word)\s+(?:(?:this|that|it)\s+)?(?:to\s+)?(?:(?:the|a|an|my|our|some|these|those|your)\s+)?([\p{L}'’]+)\s+(?=(?:who|whom|whose|what|which|when|where|why|how|if|whether)\b)/iu;

/**
 * "tiktok guy says ...", "some account on x claims that ...": someone the knowledge never names,
 * at the start, saying or posting the claim after it; how the claim reached the writer.
 */
const POSTED =
  /^(?:(?:ok|so|wait|but|and|well)[\s,]+)?((?:[\p{L}'’]+\s+){0,3}?[\p{L}'’]+)\s+(?:said|says|claims|claimed|claiming|saying|posted|posts|tweeted|tweets|reckons|mentioned|mentions|read|quoted)\s+(?:that\s+)?/iu;

/** When a programme was heard ("this morning", "last night", "earlier"). */
const AIRED = String.raw`(?:\s+(?:this|last|yesterday|today|earlier|tonight)(?:\s+(?:morning|evening|night|afternoon|week))?)?`;
const OPENING = String.raw`^(?:(?:ok|so|wait|but|and|well)[\s,]+)?`;

/**
 * "I heard ...", "we heard that ...", "heard on the wireless this morning that ...", "I saw on the
 * news that ...", "read on reddit ...": the writer (1) hearing it, on a programme or site (2)
 * (ChatReader.heardAbout).
 */
const HEARD = new RegExp(
  String.raw`${OPENING}(?:(i|we)\s+(?:have\s+|had\s+|just\s+|also\s+)?)?(?:heard|hear|saw|seen|read)\s+(?:(?:(?:it|this)\s+)?(?:on|in)\s+(?:the\s+)?([\p{L}'’-]+)${AIRED}[\s,]+)?(?:that\s+)?`,
  'iu',
);

/** "on the news this morning they said ...", "on the radio, someone said ...": a programme (1). */
const ON_AIR = new RegExp(
  String.raw`${OPENING}(?:on|in)\s+(?:the\s+)?([\p{L}'’-]+)${AIRED}[\s,]+(?:(?:they|someone|somebody|he|she|people|a\s+man|a\s+woman)\s+)?(?:said|say|says|were\s+saying|was\s+saying|reported|mentioned|claimed|reckoned)\s+(?:that\s+)?`,
  'iu',
);

/**
 * "the man on the wireless said ...", "somebody rang in to the show saying ...": whoever (1) on a
 * programme (2), or ringing in (3), saying it.
 */
const CALLED_IN = new RegExp(
  String.raw`${OPENING}((?:[\p{L}'’]+\s+){0,2}?[\p{L}'’]+)\s+(?:(?:on|in)\s+(?:the\s+)?([\p{L}'’-]+)${AIRED}\s+)?(?:(?:(rang|phoned|called|wrote)\s+in(?:\s+to\s+(?:the\s+)?[\p{L}'’-]+)?\s+(?:saying|and\s+said))|said|says|was\s+saying|reckoned|reckons)\s+(?:that\s+)?`,
  'iu',
);

/** The most words a label before a colon has ("Churkin's walkout: why?"); more is a story. */
const MAX_LABEL = 4;
/** A label names a thing; with a pronoun it is a clause ("before we record:"). */
const PRONOUN = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'me', 'them', 'my', 'our']);

/** A short heading, a dash, then a question opening with its question word or verb ("UNSC angle — was it closed?"). */
const DASH_LABEL = /^([^—–?!.:;,"“”]+?)\s+[—–-]+\s+(?=\S)/u;
/** Nouns that, last after a topic, say which part of it is meant ("the peace effort bit"). */
const TOPIC_PARTS = new Set(['part', 'parts', 'bit', 'bits', 'section', 'aspect']);
/** Determiners that open the topic such a noun closes ("the", "that"). */
const TOPIC_OPENERS = new Set(['the', 'that', 'those']);
/** Verbs whose object "part" is ("took part", "play a part"). */
const PART_VERBS = new Set([
  'take',
  'takes',
  'took',
  'taken',
  'taking',
  'tk',
  'play',
  'plays',
  'played',
  'playing',
]);

/**
 * "the peace effort bit", "the 'as usual' part", "what about the coordination part": a last noun
 * that names which part of a topic opened by a determiner says nothing of its own, and is
 * dropped (read as "the peace effort") where the topic is all the message asks. Kept after a
 * determiner or a possessive ("this part", "power's bit": the part itself is asked of) and as
 * the object of "take" or "play" ("took part").
 */
function withoutTopicPart(tokens: Token[]): Token[] {
  const last = tokens.length - 1;
  const before = tokens[last - 1];
  if (last < 2 || before === undefined || !TOPIC_PARTS.has(tokens[last]?.word ?? '')) return tokens;
  if (STOP_WORDS.has(before.word) || /['\u2019]s$/.test(before.raw)) return tokens;
  const opened = tokens.findIndex((t) => TOPIC_OPENERS.has(t.word));
  if (opened < 0 || opened >= last - 1) return tokens;
  if (tokens.slice(0, last).some((t) => PART_VERBS.has(t.word))) return tokens;
  // Only where the topic is all that is asked ("and the atrocities part?", "what about the
  // investigation part"): after a question of its own ("whats the atrocities bit") the noun
  // stays the question's.
  const asked = tokens
    .slice(0, opened)
    .some((t, i) => (WH_WORDS.has(t.word) || t.word === 'whats') && tokens[i + 1]?.word !== 'about');
  return asked ? tokens : tokens.slice(0, last);
}

/** Spanish articles and "que" (what, that): words no English message puts after "y" (why). */
const SPANISH_AFTER_Y = new Set(['el', 'la', 'los', 'las', 'del', 'un', 'una', 'unos', 'unas', 'que']);
/** Letters of Spanish spelling that English words never have. */
const SPANISH_LETTERS = /[áéíóúñ]/i;
/** Is this word Spanish by its spelling or as a word only Spanish has after "y"? */
function spanishWord(t: Token | undefined): boolean {
  return t !== undefined && (SPANISH_AFTER_Y.has(t.word) || SPANISH_LETTERS.test(t.raw));
}

/** Verbs that never follow "were" as a question opens: after them "were" is "where". */
const WHERE_BEFORE = new Set(['was', 'is', 'did', 'does', 'do', 'are', 'has', 'had']);

/** Languages a name is glossed in ("in spanish Estado Islámico", "in german Moskau"). */
const LANGUAGES = new Set(
  `english spanish german french italian portuguese russian arabic turkish serbian croatian bosnian
  dutch polish greek persian farsi urdu hindi chinese japanese korean swedish danish norwegian`.split(/\s+/),
);
const SAYS = new Set(['says', 'said', 'say', 'claims', 'claimed', 'claim']);
const BACK = new Set(['this', 'that', 'so', 'it']);

/**
 * "the US couldn't explain it — who says this?": a statement, then "who says this" pointing
 * back at it, asks who says the statement ("who says the US couldn't explain it").
 */
function claimAskedWhose(tokens: Token[]): Token[] {
  const n = tokens.length;
  if (n < 6) return tokens;
  const [who, says, back] = tokens.slice(n - 3) as [Token, Token, Token];
  if (who.word !== 'who' || !SAYS.has(says.word) || !BACK.has(back.word)) return tokens;
  const statement = tokens.slice(0, n - 3);
  if (statement.some((t) => t.word === 'who')) return tokens;
  return [who, says, ...statement];
}

/** Question words that ask the question after a clause of time ("when moscow raised the alarm, what happened"). */
const AFTER_WHEN_CLAUSE = new Set(['what', 'how', 'why', 'where']);
/** Words of a question that ask only what followed ("what happened next"). */
const WHAT_FOLLOWED = new Set(
  'happen happens happened happening next then after afterwards later'.split(' '),
);
/** Words before a question word that make it part of the clause ("when they said what ..."). */
const CLAUSE_TAKES_WH = new Set(
  'know knew known say says said tell told ask asked find found see saw explain explained about of on to for with by from at in'.split(
    ' ',
  ),
);

/**
 * "when moscow raise alarm, wetin happen to the strike": a clause of time opening the sentence (no
 * auxiliary after its "when": "when did ..." asks when), then the question word that asks: the
 * question first, its time after it ("what happened to the strike when moscow raised the alarm").
 */
export function whenClauseLast(tokens: Token[]): Token[] {
  if (
    tokens[0]?.word !== 'when' ||
    AUXILIARIES.has(tokens[1]?.word ?? '') ||
    WH_WORDS.has(tokens[1]?.word ?? '')
  )
    return tokens;
  for (let k = 3; k < tokens.length - 1; k++) {
    const word = (tokens[k] as Token).word;
    if (!AFTER_WHEN_CLAUSE.has(word)) continue;
    if (CLAUSE_TAKES_WH.has(tokens[k - 1]?.word ?? '')) return tokens;
    // "when moscow found out, what happened next": a question naming nothing of its own asks what
    // followed the clause, which stays what it is about.
    if (!tokens.slice(k + 1).some((t) => !STOP_WORDS.has(t.word) && !WHAT_FOLLOWED.has(t.word)))
      return tokens;
    return [...tokens.slice(k), ...tokens.slice(0, k)];
  }
  return tokens;
}

/** A request to be told closing a question: ", kindly explain", "please tell me", ", explain pls". */
const CLOSING_REQUEST =
  /(?:[,;]\s*|\b(?:kindly|please|pls|plz)\s+)(?:(?:kindly|please|pls|plz)\s+)?(?:explain|tell|clarify|confirm)(?:\s+(?:me|us))?(?:\s+(?:please|pls|plz))?\s*[?.!]*\s*$/iu;
/** CLOSING_REQUEST tried only where the text's last word ends in one of its words' last letters. */
const CLOSING_REQUEST_END = new EndTag(CLOSING_REQUEST, 'nlymesz', '?.!');
/** The words of such a request left once its "kindly" or "please" is gone as filler. */
const REQUEST_WORDS = new Set(['explain', 'tell', 'clarify', 'confirm', 'me', 'us']);

/**
 * "why russia is angry with washington, kindly explain": a request to be told closing a question
 * that asked already (a question word or an auxiliary first) is how it asks, not what about ("why
 * couldn't the US explain" keeps its verb: no comma nor "kindly" before it).
 */
export function withoutClosingRequest(text: string, tokens: Token[]): Token[] {
  if (!CLOSING_REQUEST_END.test(text)) return tokens;
  const first = tokens[0]?.word ?? '';
  if (!WH_WORDS.has(first) && !AUXILIARIES.has(first)) return tokens;
  let end = tokens.length;
  while (end > 1 && REQUEST_WORDS.has(tokens[end - 1]?.word ?? '')) end--;
  return end < tokens.length && end > 1 ? tokens.slice(0, end) : tokens;
}

/** Pidgin's verbs that lead another verb ("how the US take send", "why dem come talk"). */
const SERIAL_VERBS = new Set(['take', 'come']);
/** Words after "take" or "come" that make them the verb ("take part", "come back", "take the area"). */
const SERIAL_NOT_BEFORE = new Set(
  'part place over back off out down up away on in into action responsibility advantage control care note aim side sides cover hold charge credit time long clean here there home forward through across along around together true'.split(
    ' ',
  ),
);

/**
 * "how the US take send their regret", "why dem come talk outside": in a question opening with
 * "how" or "why" and no auxiliary, Nigerian Pidgin's "take" (the manner) or "come" (what followed)
 * leading another verb carries no topic: the question is asked of the verb after it. Not before a
 * word of grammar or a particle ("take the area", "take part", "come back").
 */
export function withoutSerialVerb(tokens: Token[]): Token[] {
  const first = tokens[0]?.word;
  if ((first !== 'how' && first !== 'why') || WH_WORDS.has(tokens[1]?.word ?? '')) return tokens;
  for (let k = 2; k < tokens.length - 1; k++) {
    const word = (tokens[k] as Token).word;
    if (AUXILIARIES.has(word)) return tokens;
    if (!SERIAL_VERBS.has(word)) continue;
    const next = (tokens[k + 1] as Token).word;
    if (STOP_WORDS.has(next) || SERIAL_NOT_BEFORE.has(next) || !/^\p{L}+$/u.test(next)) return tokens;
    return [...tokens.slice(0, k), ...tokens.slice(k + 1)];
  }
  return tokens;
}

const USES = new Set(['use', 'uses', 'used', 'using']);
const WORDING = new Set(['it', 'this', 'that', 'them', 'word', 'words', 'phrase', 'term', 'expression']);
const THE_WORDING = new Set(['the', 'this', 'that', 'these', 'those']);

/** A closing quotation mark and the word after it ("'regret' msg"). */
const QUOTED_NOUN = /(["“”'‘’»])\s+([\p{L}]+)\b/gu;

/** A quotation mark opening what is left of a sentence (past a colon or comma): "'...", ": \"...". */
const OPENS_QUOTED = /^[\s:,]*["“'‘«]/u;

/**
 * Is a fragment quoted the claim relayed (the text from past its opening mark, to the end of its
 * sentence, which may end inside the quotation: "... aiming at.' So ...")?
 */
function isRelayed(fragment: string, claim: string): boolean {
  const cut = claim.replace(/[\s"“”'‘’»]+$/u, '');
  return claim.startsWith(fragment) || (cut.length > 0 && fragment.startsWith(cut));
}

/** Words at least in a sentence pasted whole (pastedSentence): fewer are a phrase quoted ("'No concerns.'"). */
const PASTED_WORDS = 4;

/**
 * Is a fragment quoted, as typed, a whole sentence stating something: a capital letter first, a
 * full stop or "!" last (inside the marks), and PASTED_WORDS words or more ("'The Pentagon said it
 * had not informed Moscow of the operation.'")? Not a question quoted whole ("#2 'What action did
 * the Kremlin take?'"): a claim to check states; a homework question pasted is no claim.
 */
export function pastedSentence(fragment: string): boolean {
  // Not one cut off ("'I would be very interested to see how...'"): an ellipsis is no full stop.
  return (
    /^\p{Lu}/u.test(fragment) && /(?<!\.)[.!]$/u.test(fragment) && tokenize(fragment).length >= PASTED_WORDS
  );
}

function hasQuoted(text: string): boolean {
  return [...text.matchAll(QUOTED)].length > 0;
}

/**
 * "the word 'blatant' please, and who used it?": in a message quoting words, "who used it/this/
 * the word" asks who said the words quoted, not who made use of something ("used the airstrike").
 */
function wordUsedIsSaid(tokens: Token[]): Token[] {
  const wording = (k: number) =>
    WORDING.has(tokens[k]?.word ?? '') ||
    (THE_WORDING.has(tokens[k]?.word ?? '') && WORDING.has(tokens[k + 1]?.word ?? ''));
  const at = tokens.findIndex(
    (t, k) => k > 0 && USES.has(t.word) && tokens[k - 1]?.word === 'who' && wording(k + 1),
  );
  if (at < 0) return tokens;
  const said: Token = retyped(tokens[at] as Token, 'said', 'said');
  return [...tokens.slice(0, at), said, ...tokens.slice(at + 1)];
}

const TAKES_NAME_BACK_WORDS = /\b(?:sorry|i mean|i meant|or rather|no wait|oops)\b/iu;
const NAME_TAKEN_BACK =
  /(?<![\p{L}'-])(\p{L}[\p{L}'-]*)\s*(?:,|\.\.\.|…)?\s*(sorry\s*,?\s*i\s+mean(?:t)?|i\s+mean(?:t)?|or\s+rather|no\s+wait|sorry|oops)\s*(?:,|\.\.\.|…)?\s+(?=(\p{L}[\p{L}'-]*))/giu;

function withoutRetracted(sentence: string): string {
  // The words that take a name back, looked for first (most sentences have none): RETRACTED reads
  // on from every "the", "a" or "an" to the next comma.
  if (!TAKES_BACK.test(sentence)) return sentence;
  const m = RETRACTED.exec(sentence);
  if (!m) return sentence;
  let tail = sentence.slice(m.index + m[0].length);
  for (let next = tail.replace(SAID_AGAIN, ''); next !== tail; next = tail.replace(SAID_AGAIN, ''))
    tail = next;
  return sentence.slice(0, m.index) + tail;
}
const RETRACTED =
  /\b(?:the|a|an)\s+[^.…,;?!]*?(?:\.\.\.|…|,)\s*(?:no|sorry|i mean|or rather|correction)\b\s*,?\s*(?=(?:the|a|an)\s)/iu;
/** What RETRACTED holds after the name taken back: a pause, then the words taking it back. */
const TAKES_BACK = /(?:\.\.\.|…|,)\s*(?:no|sorry|i mean|or rather|correction)\b/iu;
/*
 * A name taken back and said again ("what did the Iranian army... no, the Lebanese... the SYRIAN
 * army call it", "the Austrian, sorry, the Australian military"): what was taken back is not
 * asked, only the last of the names that follow. A noun phrase ("the ...") before "no", "sorry",
 * "I mean" or "or rather", then another; each next one after an ellipsis replaces it again.
 */
/** After a name taken back: "the Lebanese... the Syrian army", the first replaced by the second. */
const SAID_AGAIN = /^(?:the|a|an)\s+[^.…,;?!]*?(?:\.\.\.|…)\s+(?=(?:the|a|an)\s)/iu;

/** A clause taking back what came before it: "no, the Lebanese...". */
const TAKEN_BACK = /^(?:no|sorry|i mean|or rather|correction)\b\s*,?\s*(?:the|a|an)\s/iu;
/** Text that has taken back a name after an ellipsis. */
const RETRACTING = /(?:\.\.\.|…)\s*(?:no|sorry|i mean|or rather|correction)\b\s*,?\s*(?:the|a|an)\s/iu;
/** A clause opening with a question word or an auxiliary: it asks of its own. */
const ASKS_FIRST =
  /^(?:who|whom|whose|what|which|when|where|why|how|did|do|does|is|are|was|were|has|have|had|can|could|will|would|should|may|might|must)\b/u;

/**
 * A word that leaves a story told for the question ("... dinner was a warzone anyway, what did
 * ..."): before a clause that asks, it ends the sentence the story was, where chat leaves out the
 * full stop (or puts an emoji, gone by now).
 */
const BACK_TO_QUESTION =
  /(?<=\S\s+\S+\s+\S+),?\s+(?=(?:anyway|anyways|anyhow|long story short|so yeah|but yeah)\b[,:]?\s+(?:who|whom|whose|what|which|when|where|why|how|did|do|does|is|are|was|were|has|have|had|can|could|will|would)\b)/giu;

/**
 * A question tag and a comma before a clause that asks ("russia didn't just stay quiet about it
 * right, what did they say"): the tag ends a question of its own, its "?" left out in chat.
 */
const TAG_THEN_QUESTION =
  /(?<=\S\s+\S+\s+\S+\s+)(right|yeah|innit|correct)\s*,\s+(?=(?:who|whom|whose|what|which|when|where|why|how|did|do|does|is|are|was|were|has|have|had|can|could|will|would)\b)/giu;

/**
 * The words BACK_TO_QUESTION and TAG_THEN_QUESTION turn on, looked for first: most clauses hold
 * none, and the two patterns' look-behinds are tried at every space of a clause otherwise.
 */
const LEAVING_STORY = /anyway|anyhow|long story short|so yeah|but yeah/iu;
const TAG_BEFORE_COMMA = /(?:right|yeah|innit|correct)\s*,/iu;

/**
 * A question that asks who, then after a comma a name of one to three words (perhaps after "was
 * it", "or", "maybe", "like"), and the "?": withoutGuessedName.
 */
/** "was it X who said ...", "is it X that called ...": a cleft putting a guess before "who". */
const CLEFT_GUESS =
  /^((?:[^,?!.]*,\s*)?)(?:was|is)\s+it\s+([\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}?)\s+(?:who|that)\s+([^,?!.]+?)\s*\?+\s*$/iu;
/**
 * The same cleft put as a claim to check: "wasn't it John Kerry who called the meeting", "it was the
 * french who said sorry, right?" (a negative question needs no "?"; a statement needs a tag).
 */
const CLEFT_CHECKED =
  /^((?:[^,?!.]*,\s*)?)(?:(?:wasn'?t|isn'?t)\s+it|it\s+(?:was|is)(?=[^?!.]*(?:,?\s*(?:right|correct|no|yeah|true|wasn'?t it|isn'?t it)\s*\?+|\?)\s*$))\s+([\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}?)\s+(?:who|that)\s+([^,?!.]+?)(?:\s*,?\s*(?:right|correct|no|yeah|true|wasn'?t it|isn'?t it))?\s*\?*\s*$/iu;
/** What follows "is it" in a question that is no cleft: "is it true that ...", "isn't it odd that ...". */
const NOT_A_GUESS = new Set(
  `true false possible likely weird odd strange funny ironic rich fair clear obvious known bad good
  wrong right correct normal unusual just only so also really actually even case`.split(/\s+/),
);
/** A tag asking the reader to agree, at a claim's end: "..., right?", "... is she right?", "..., no?". */
const CHECK_TAG =
  /(?:\b(?:right|correct|no|yeah|true|innit)|\b(?:is|am|was)\s+(?:she|he|that|this|it|i|they)\s+(?:right|correct|true)|\b(?:wasn'?t|isn'?t|weren'?t|aren'?t|didn'?t)\s+(?:it|that|this|they|she|he))\s*\?*\s*$/iu;
/** CHECK_TAG tried only where the sentence's last word ends in one of its words' last letters. */
const CHECK_TAG_END = new EndTag(CHECK_TAG, 'tohesy', '?');
/** A denied auxiliary and its positive form: "wasn't" -> "was". */
const POSITIVE_AUXILIARY = new Map(
  Object.entries({
    "wasn't": 'was',
    "isn't": 'is',
    "weren't": 'were',
    "aren't": 'are',
    "didn't": 'did',
    "doesn't": 'does',
    "don't": 'do',
    "hasn't": 'has',
    "haven't": 'have',
    "hadn't": 'had',
  }),
);

/** The positive tag after a denied claim: "..., did they?", "... has it". */
const AGREEING_TAG =
  /\b(?:did|does|do|has|have|had|was|is|were|are)\s+(?:it|he|she|they|that|this|we|you)\s*\?*\s*$/iu;
/** AGREEING_TAG tried only where the sentence's last word ends in one of its words' last letters. */
const AGREEING_TAG_END = new EndTag(AGREEING_TAG, 'teysu', '?');

/**
 * A negation as typed: "not", "never", a denied auxiliary with or without its apostrophe ("wasn't",
 * "wasnt", "didnt"); not any word ending in "nt" ("government", "point", "went", "want").
 */
const NEGATION_TYPED =
  /^(?:not|never|cannot|(?:did|was|is|are|were|do|does|has|have|had|ca|could|wo|would|should|must|need|ai|might)n'?t)$/u;

/**
 * A claim put to be checked with a tag ("..., right?", "..., innit") and no question word before
 * its negation ("power wasn't in the chamber when she spoke, right?"; not "who wasn't there, right?").
 */
function checksClaim(sentence: string): boolean {
  if (!CHECK_TAG_END.test(sentence) && !AGREEING_TAG_END.test(sentence)) return false;
  const tokens = tokenize(sentence);
  const at = tokens.findIndex((t) => NEGATION_TYPED.test(t.word));
  return at >= 0 && !tokens.slice(0, at).some((t) => WH_WORDS.has(t.word));
}

/** A negative question opening a claim to check: "wasn't it near Homs", "wasn't the raid in ...". */
const CHECK_OPENER =
  /^\s*(?:(?:so|wait|but|and|hmm|um|hold on)\s+)*(?:wasn'?t|isn'?t|weren'?t)\s+(?:it|this|that|the\s+\p{L}+)\b/iu;
/** A yes-or-no question of where it was: "was this near ...", "was it in ...", "did it happen in ...". */
const PLACE_ASKED_OPENER =
  /^\s*(?:(?:so|wait|but|and|hmm|um)\s+)*(?:was|is)\s+(?:it|this|that)\s+(?:near|in|at|around)\b/iu;
/**
 * A preposition that places a thing and the one or two words after it: "near Homs", "in Paris"
 * ("outside" is no guess at where: Power spoke outside the chamber).
 */
const PLACE_GUESSED = /(\b(?:near|in|at|around)\s+(?:the\s+)?)([\p{L}'-]+)(?:\s([\p{L}'-]+))?/giu;
/** Verbs of saying or of naming what someone said: "who said", "which diplomat called ...". */
const QUOTING_VERB =
  /^(?:say|says|said|call(?:s|ed)?|label(?:s|l?ed)?|describ(?:e|es|ed)|accus(?:e|es|ed)|claim(?:s|ed)?|decr(?:y|ies|ied)|blam(?:e|es|ed)|tell|tells|told|stat(?:e|es|ed)|announc(?:e|es|ed)|wrote|tweet(?:s|ed)?)$/;
/** A word of time: a day, a part of the day, a month, a date's number, "the", "on", "last". */
const TIME_WORD = String.raw`(?:on|at|in|the|last|this|that|early|late|mid|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekend|morning|afternoon|evening|night|nite|midnight|noon|dawn|today|tonight|yesterday|january|february|march|april|may|june|july|august|september|sept|october|november|december|\d{1,4}(?:st|nd|rd|th|am|pm)?|am|pm)`;

/**
 * "when was the statement from russia, was it sunday", "what time did it start? like saturday
 * night?", "when did they meet, monday or so": a question that asks when (1), then a time (2) put
 * beside it, after "was it", "like", "maybe" or alone. The time is the writer's guess at the
 * answer, which the article sets straight; it is no topic of the question (a day's name would
 * outweigh what the question is about). Only words of time (days, parts of the day, months, dates).
 */
const GUESSED_TIME = new RegExp(
  String.raw`^(\s*(?:[\p{L}']+\s+){0,2}?(?:when|what\s+(?:day|time|date)|which\s+day)\b[^,?!.]*[^\s,?!.])\s*(?:,|\?+)\s*(?:(?:was\s+it|is\s+it|was\s+that|like|maybe|probably|i\s+think|or)\s+)?((?:${TIME_WORD})(?:\s+(?:${TIME_WORD}))*)(?:\s+or\s+so)?\s*\?*\s*$`,
  'iu',
);

/** The question without a time guessed at its end (GUESSED_TIME); else the sentence as it is. */
export function withoutGuessedTime(sentence: string): string {
  const m = GUESSED_TIME.exec(sentence);
  return m ? `${(m[1] as string).replace(/[\s?]+$/u, '')}?` : sentence;
}

const GUESSED_NAME =
  /^(\s*(?:who|whom|whose|which|what\s+(?!about\b)[\p{L}]+)\b[^,?!.]*[^\s,?!.])\s*,\s*(?:(?:was it|is it|or|maybe|like|i think)\s+)?(?!(?:and|also|plus|but|what|how|who|when|where|why)\b)([\p{L}'-]+(?:\s+[\p{L}'-]+){0,2})\s*\?+\s*$/iu;
/**
 * "where was the strike, aleppo?", "where did the envoys talk to the media, geneva?", "where did it
 * happen, somewhere near aleppo wasn't it": a question that asks where (1), then a place (2) put
 * beside it after a comma, alone or after "near", "in"..., "maybe", "somewhere near", asked with a
 * "?" or a tag. The place is the writer's guess at the answer, as a name beside "who" is
 * (withoutGuessedName drops it when it is a place WordNet names that the story does not).
 */
const GUESSED_WHERE =
  /^(\s*(?:where|wher)\b[^,?!.]*[^\s,?!.])\s*,\s*(?:(?:was it|is it|or|maybe|like|i think|probably)\s+)?(?:somewhere\s+)?(?:(?:near|in|at|around|outside)\s+)?(?:the\s+)?([\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}?)\s*(?:(?:\?+|,?\s*(?:right|no|wasn'?t it|isn'?t it|was it)\s*\?*)\s*)$/iu;

/**
 * A multiple-choice question's options, each after its letter ("near (a) Aleppo (b) Raqqa (c) Deir
 * el-Zour", "a) Power b) Churkin c) Cook"): three or more, lettered from "a" on, up to a mark that
 * ends a clause. They are the alternatives asked between, read as "X or Y or Z", past those with
 * no word of the story (the one the article holds answers).
 */
const OPTION = String.raw`\(?[a-f]\)\s*[^()\n,;?!.\s][^()\n,;?!.]*?`;
const OPTIONS = new RegExp(
  String.raw`(?<![\p{L}\p{N}(])${OPTION}(?:(?:\s+|,\s*)${OPTION}){2,}(?=\s*(?:[,;?!.]|$))`,
  'giu',
);
const OPTION_LETTER = /(?:^|(?<=[\s,]))\(?([a-f])\)\s*/giu;

function optionsAsAlternatives(options: string, ofStory: (word: string) => boolean): string {
  const letters = [...options.matchAll(OPTION_LETTER)].map((m) => (m[1] as string).toLowerCase());
  if (!letters.every((l, i) => l.charCodeAt(0) === 'a'.charCodeAt(0) + i)) return options;
  const each = options
    .split(OPTION_LETTER)
    .filter((_, i) => i % 2 === 0)
    .map((o) => o.replace(/[\s,]+$/u, '').trim())
    .filter((o) => o.length > 0);
  // The options the article has no word of are not the answer: the others are asked between.
  const held = each.filter((o) => tokenize(o).some((t) => ofStory(t.word)));
  return (held.length > 0 ? held : each).join(' or ');
}

/** Sentences of a text, with the clause after a colon its own sentence ("Quick check: how long ..."). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let segments: Iterable<{ segment: string }> = [{ segment: text }];
  if (!NO_HIDDEN_END.test(text)) {
    sentences ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    segments = sentences.segment(text);
  }
  for (const { segment } of segments) {
    // In chat a sentence often starts in lower case ("... last night. ngl who ..."), which the
    // segmenter takes for an abbreviation: a full stop before a space ends a sentence too.
    for (const clause of segment
      .split(/(?<=:|[.!?…])\s+/)
      .flatMap((c) => (LEAVING_STORY.test(c) ? c.split(BACK_TO_QUESTION) : [c]))
      .flatMap((c) =>
        TAG_BEFORE_COMMA.test(c)
          ? c
              .replace(TAG_THEN_QUESTION, (all, tag: string, at: number) =>
                // A statement put up before it ("russia didn't stay quiet right, ..."), not a question
                // asked by its own word ("was it a mistake right, what ...": one question going on).
                ASKS_FIRST.test(c.slice(0, at).trim().toLowerCase()) ? all : `${tag}?\u0000`,
              )
              .split('\u0000')
          : [c],
      )) {
      const s = clause.trim();
      if (!s) continue;
      const previous = out[out.length - 1];
      // "the U.S. military" is not two sentences: a segment ending in an initial joins the next.
      // "What did the Iranian army... no, the Lebanese... the Syrian army call it": the ellipses
      // of a name taken back and said again are pauses in one sentence, not its ends (see
      // withoutRetracted): before the word that takes it back, and after it before a word in lower
      // case that asks nothing of its own.
      if (
        previous !== undefined &&
        (/(?:^|\s|\.)\p{L}\.$/u.test(previous) ||
          (/(?:\.\.\.|…)$/u.test(previous) &&
            (TAKEN_BACK.test(s) || (RETRACTING.test(previous) && /^\p{Ll}/u.test(s) && !ASKS_FIRST.test(s)))))
      )
        out[out.length - 1] = `${previous} ${s}`;
      else out.push(s);
    }
  }
  return out;
}

/**
 * The same character three times in a row ("sooo"), or a character outside the BMP (two code
 * units, left to the regex): STRETCHED is tried only then (most words have neither).
 */
export function tripled(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if (i >= 2 && c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** A sentence in a language the bot reads, with words left once read. */
function isReadable(sentence: ReadSentence): boolean {
  return !sentence.foreign && sentence.tokens.length > 0;
}

/** The tokens of each, in order, in one array (V8's flatMap costs several times this loop). */
function tokensOf(items: readonly { tokens: readonly Token[] }[]): Token[] {
  const out: Token[] = [];
  for (const item of items) for (const t of item.tokens) out.push(t);
  return out;
}

/** Only the letters a to z ("who"; not "Who", "who's", "who?"). */
function lowerLetters(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Mostly capitals, and long enough to tell. */
function isShouted(text: string): boolean {
  // Most messages have no three capitals in a row: no need to count.
  if (!THREE_CAPITALS.test(text)) return false;
  const upper = text.match(CAPITAL)?.length ?? 0;
  const letters = text.match(LETTER)?.length ?? 0;
  return letters >= 8 && upper / letters >= 0.7;
}

const THREE_CAPITALS = /\p{Lu}{3}/u;
const CAPITAL = /\p{Lu}/gu;
const LETTER = /\p{L}/gu;

/**
 * In a shouted message every word is in capitals, so "IS" or "US" may be the verb or pronoun: a
 * capitalised word keeps its capitals only after a word a name can follow ("THE US", "DID IS").
 */
function unshout(token: Token, previous: Token | undefined): Token {
  const lower = token.raw.toLowerCase();
  if (lower === token.raw) return token;
  const canBeName = previous !== undefined && BEFORE_A_NAME.has(previous.word);
  return canBeName ? token : { raw: lower, word: token.word };
}

/** 🇷🇺 -> "Russia", 🇺🇳 -> "United Nations": the region's English name (Intl). */
function flagName(flag: string): string {
  const code = [...flag]
    .map((c) => String.fromCharCode((c.codePointAt(0) as number) - 0x1f1e6 + 65))
    .join('');
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? '';
  } catch {
    return '';
  }
}

/** The verbs that report a question ("she asked why ..."). */
const ASKING = new Set(['asked', 'asks', 'wondered', 'wonders']);
/** Whom a reported question was put to ("asked me why ..."). */
const ASKED_OF = new Set(['me', 'us', 'him', 'her', 'them', 'you']);
/**
 * Where a question reported at `at` starts: a verb of asking ("asked", "wondered"), after a
 * word before it (someone asked: not "asked" opening the message), whom it was put to, then
 * a question word, "whether" or "if"; 0 otherwise. Not when who asked is someone of the story
 * (`ofStory` holds a word before the verb: "the mayor asked if the tower reopened" asks what the
 * mayor asked).
 */
export function reportedQuestion(
  tokens: readonly Token[],
  at: number,
  ofStory: (word: string) => boolean = () => false,
): number {
  if (at === 0 || !ASKING.has(tokens[at]?.word ?? '')) return 0;
  if (tokens.slice(0, at).some((t) => ofStory(t.word))) return 0;
  let j = at + 1;
  if (ASKED_OF.has(tokens[j]?.word ?? '')) j++;
  const word = tokens[j]?.word ?? '';
  return WH_WORDS.has(word) || word === 'whether' || word === 'if' ? j : 0;
}

/** A word of letters alone, five or more, that runTogether() may read as two. */
const RUN_START = /^(?:wh|how|did|does|is|was|were|are|ha[sdv]|can|could|would|will)/;
const RUN_WORD = /(?<![\p{L}\p{N}'’-])[A-Za-z]{5,}(?![\p{L}\p{N}'’-])/gu;
/** Two-letter words of English a run-together word may end with ("wasit"). */
const RUN_SHORT: ReadonlySet<string> = new Set(
  'in on of to it he we us is be do so at by an up my no or as'.split(' '),
);
/** Question words and auxiliaries a word typed without its space can start with ("whatdid"). */
const RUN_HEADS: ReadonlySet<string> = new Set(
  'what who where when why how which did does is was were are has have had can could would will'.split(' '),
);

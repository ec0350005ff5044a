/**
 * Turns text into index terms (see lexicon.ts). Queries also get typo correction:
 * a word that is neither in the knowledge base nor a real English word is matched with
 * Fuse.js against the knowledge base's vocabulary ("soliders" -> "soldiers",
 * "ezzor" -> "ezzor" via the alias "deir ezzor"). A real word the article never uses
 * ("refugees") is kept as an unknown term, which lowers the confidence of any answer.
 */

import Fuse from 'fuse.js';
import type { ChatWords, SourceInfo } from '../knowledge/model.ts';
import { baseForms } from '../text/base-forms.ts';
import { beingAfterAsTargeting } from '../text/being-after.ts';
import { isCommonWord } from '../text/common-words.ts';
import { editDistance } from '../text/edit-distance.ts';
import { isFamiliarWord } from '../text/familiar-words.ts';
import { IRREGULAR_PAST } from '../text/irregular.ts';
import { isKnownName } from '../text/known-names.ts';
import { type Lexicon, STOP_WORDS, type Term, WEEKDAYS, WH_WORDS, WHY_WORD } from '../text/lexicon.ts';
import { isModifierWord, isSayingVerb } from '../text/modifiers.ts';
import { nameKey } from '../text/name-key.ts';
import { asksAboutDenial } from '../text/negation.ts';
import { isPeopleWord } from '../text/peoples.ts';
import { consonantKey, soundKey } from '../text/sound-key.ts';
import { spellingVariants } from '../text/spelling-variants.ts';
import { retyped, type Token, tokenize } from '../text/tokenize.ts';
import type { EnglishWords } from './english.ts';
import { NO_SOURCE_NAMES, publisherAt, type SourceNames, sourceNamesOf } from './source-names.ts';
import { SpreadMap } from './spread-map.ts';
import { TUNING } from './tuning.ts';

export interface Correction {
  from: string;
  to: string;
}

export interface FreeWord {
  word: string;
  term: Term;
  /** A dictionary word (as opposed to a name or gibberish). */
  english: boolean;
  /** A word of the article or the curated questions, though not a term on its own ("criminal" of "criminal negligence"). */
  inKnowledge: boolean;
  /** A word the knowledge does not use but relates to its words (WordNet): how much it counts as theirs, 0..1. */
  related?: number;
  /**
   * How the question asks rather than what it asks about, weighing less than an unknown word that
   * names something: an adjective or adverb said of what the question names ("was churkin
   * optimistic?", "did they say it publicly"; not one right before a word, "danish jets", "the next
   * meeting": which ones; nor after "how", "how old"; nor in "how much ...", what is measured), or
   * a verb of saying ("who insists it was unintentional": what someone said is what it asks).
   */
  modifier?: true;
  /**
   * A modifier that is an adverb of degree (chat.yaml degreeWords): "did they explain it
   * adequately?" says how much, never what; it weighs nothing (rank.ts) and stands for none of the
   * knowledge's words.
   */
  degree?: true;
}

/** The knowledge's terms a word it does not use stands for ("warplane" -> the plane group), and how much. */
export interface RelatedTerms {
  terms: Term[];
  /** Below 1: a related word is weaker evidence than the word itself. */
  factor: number;
}

export interface QueryAnalysis {
  /** Distinct terms of the question. */
  terms: Term[];
  /**
   * Terms that count less than their full weight (those of related words, and those of English's
   * commonest words: `common`), with their factor.
   */
  factors: Map<Term, number>;
  /**
   * Terms of the question's own words that are among English's commonest ("put", "hold", "big",
   * "first"; src/text/common-words.ts): a story that uses such a word once makes it rare by chance,
   * not because it names the story's subject, so it weighs TUNING.scoring.commonWordShare of its
   * weight. Their own words, not related ones (rank.ts relatedWeight). Unset: none.
   */
  common?: ReadonlySet<Term>;
  /** Terms of the story told around the question: they rank candidates a little, nothing more. */
  context: Term[];
  /** Fragments the question quotes ("'no concerns were voiced' — voiced to whom?"), as matchKey(). */
  quoted: string[];
  /** The question's words, as read (for what it asks: "where", "how long"...). */
  words: string[];
  /** Content words outside the lexicon (no name, no synonym), with their terms. */
  free: FreeWord[];
  corrections: Correction[];
  /** It asks about a denial ("who said washington can't explain it"; not "didn't they apologize?"). */
  negated?: true;
  /**
   * Where a negation the reader took out stood: the indexes of `words` read right after one ("why
   * did russia not object": "object"; "why didnt they": "didnt" is "did not", so the word after
   * "did"). Unset: none.
   */
  negatedAt?: number[];
  /**
   * Words written as an acronym ("SDF", "YPG"): in capitals, among words that are not (a shouted
   * message has none). Unset: none.
   */
  acronyms?: string[];
  /**
   * It asks of every one of several ("what did both ambassadors say", "what did each of them
   * claim"): every side of a point its quotes are on, as "both sides" asks.
   */
  everyOne?: true;
  /**
   * Whom the question sets apart ("besides the US, who flew", "other than power, who spoke"): not
   * asked about, so their own words come after the others'. Unset: no one.
   */
  excluded?: Term[];
  /**
   * The names of the whole message it is a question of: its other questions' and the story's
   * ("it wasn't only US and australian planes, was it? which other countries' jets ..."). Unset:
   * its own and its context's.
   */
  message?: Term[];
  /**
   * Names asked between ("was it Power or Churkin who ...", "who called the meeting, US or
   * russia?"): each group's sides, each side the terms of one name. The question asks which one,
   * so a sentence naming one side answers it as well as one naming both (rank.ts). Unset: none.
   */
  alternatives?: Term[][][];
  /**
   * Where each alternative offered after an "or" the reader took out starts, as an index of
   * `words` ("was it a mig or a sukhoi": the "a" before "sukhoi"). Unset: none.
   */
  alternativeAt?: number[];
  /**
   * The message says it is not about the story ("sorry this is not about news") and this question
   * has no word of the story's own (engine.ts offTopicMarked): not asked of the article.
   */
  offTopic?: true;
}

/**
 * "which one is the American, Power or Churkin", "who was the russian envoy": which of them *is*
 * something, told apart by a sentence naming each with what they are (not a cleft, "was it Power
 * who", nor a deed, "who asked for the meeting, US or russia", "who is the US fighting").
 */
function asksWhichIs(tokens: readonly Token[]): boolean {
  let at = tokens.findIndex((t) => t.word === 'which' || t.word === 'who');
  if (at < 0) return false;
  at++;
  if (tokens[at]?.word === 'one') at++;
  if (!IDENTITY_BE.has(tokens[at]?.word ?? '') || tokens[at + 1]?.word === 'it') return false;
  // "who is the US fighting, assad or IS": the be of a verb in -ing asks a deed.
  return !tokens.slice(at + 1).some((t) => PROGRESSIVE.test(t.word));
}
const PROGRESSIVE = /^[a-z]{3,}ing$/;
const IDENTITY_BE = new Set(['is', 'are', 'was', 'were', "who's", 'whos']);

/** The indexes of the words read right after a negation the reader took out (QueryAnalysis.negatedAt). */
function negatedAtOf(tokens: readonly Token[]): { negatedAt?: number[] } {
  const at: number[] = [];
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).negated) at.push(i);
  return at.length > 0 ? { negatedAt: at } : {};
}

/**
 * The weight of a person's name said only as the owner inside the name of the body they head
 * ("assad's government"): it says whose government, and is asked about a little.
 */
const OWNER_FACTOR = 0.25;

/**
 * Words opening a clause the writer grants ("if they say it was aimed at IS", "although it was
 * a mistake"): set after what a why asks, a premise, not what is asked.
 */
const PREMISE_OPENS = new Set(['if', 'although', 'though', 'despite', 'given']);
/** The weight of a term said only in a why's premise: it frames the question, a little asked. */
const PREMISE_SHARE = 0.5;
/** How many words a why's own clause holds at least before a premise may open. */
const ASKED_CLAUSE_MIN = 3;
/** optionBeside: words before a pair of options that ask for one of either kind, not which of them. */
const OPTION_SCOPED = new Set([
  'which',
  'what',
  'whose',
  'any',
  'no',
  'some',
  'the',
  'their',
  'its',
  'his',
  'her',
]);
/** objectRestored: the auxiliaries of a question whose object is fronted ("what message did they send"). */
const FRONTED_AUX = new Set(['did', 'do', 'does', 'had', 'has', 'have', 'will', 'would', 'could', 'can']);
/** objectRestored: the words after the auxiliary the verb is looked for in (its subject first). */
const OBJECT_REACH = 4;
/**
 * timeGuessed: the days of the week and the parts of a day, the times a writer guesses an event at.
 * Folded, one word each.
 */
const GUESSED_TIMES = new Set([
  ...WEEKDAYS,
  ...`morning afternoon evening night daytime daylight nighttime midnight midday noon dawn dusk
   overnight`.split(/\s+/),
]);
/** timeGuessed: the words a yes-or-no question points at the event by ("was it", "was that"). */
const EVENT_POINTERS = new Set(['it', 'this', 'that']);
/** timeGuessed: the word the knowledge's concept of when reads (synonyms.yaml "day"). */
const DAY_WORD = 'day';
/**
 * timeGuessed: the words a yes-or-no question about the story's past opens with ("was it friday",
 * "did it happen at dawn"; not "is it wednesday this week", "does the seminar run on thursday").
 */
const YES_NO_START = new Set(['was', 'were', 'did']);
/** The concept of soldiers and those who command them (synonyms.yaml "troops"). */
const TROOPS: Term = 'c:troops';
/** knownAlternative: the words a side of "or" it reads, at most. */
const ALTERNATIVE_REACH = 2;
/** knownAlternative: the words a side of "or" is looked at for a name of the knowledge, at most. */
const NAME_REACH = 4;

/** The most words a name said is heard as ("dare as or"), and the fewest sounds of its key. */
const HEARD_SPAN = 3;
/** The most pieces a word of the story is found written in ("am bass a door"). */
const SPLIT_SPAN = 4;
/** The fewest letters of a word of the story found in pieces by its sound, not its exact letters. */
const SPLIT_HEARD_LENGTH = 8;
/** The shortest name word a name of two words is heard with one letter off ("crook" for "cook"). */
const NEAR_NAME_LENGTH = 4;
const MIN_HEARD_KEY = 6;
/** The fewest sounds of a name's word heard one sound off beside its other word said right ("serial observatory"). */
const NEAR_SOUND_KEY = 5;
/** The most letters of a piece of no word a name was heard in ("roy ters"): see soundPiece. */
const SOUND_PIECE = 4;
/** The most letters pieces of no word are off the name they were heard in ("royters": reuters). */
const PIECE_SLIPS = 2;
/**
 * A word as a recogniser writes it: letters, perhaps with an apostrophe ("church kin's"). A whole
 * word only, not a piece of one with a letter outside ASCII ("sold" of "soldıers", "Mosc" of
 * "Moscú"): a phone's dictation never writes one, a keyboard of another language does.
 */
const HEARD_WORD = /(?<!\p{L})[A-Za-z]+(?:'[A-Za-z]+)?(?!\p{L})/gu;
/** What may stand between the words of a name heard in one breath. */
const HEARD_GAP = /^[\p{L}' ]*$/u;
/** Articles a recogniser writes for a name's first sound ("the mask us", "a strait ya"). */
const ARTICLES = new Set(['the', 'a', 'an']);
/** The fewest sounds of a consonantKey() that finds a name whose vowels were lost ("observe a tree"). */
const MIN_CONSONANT_KEY = 6;
/**
 * A name half remembered: its first words, then "-something" in the same hyphenated word
 * ("Dare-ez-something", "Abu-something"): the speaker says they lost the rest.
 */
const HALF_NAME = /\b([A-Za-z]+(?:-[A-Za-z]+)*)-something\b/gi;
/** The fewest sounds of a half-remembered name's start that finds the one name it begins. */
const MIN_HALF_KEY = 5;

/** A name's words by a key of its sound, or null for a key two entities share. */
type NamesByKey = Map<string, readonly string[] | null>;

/** The names of a lexicon by their soundKey(), and the long ones by their consonantKey() too. */
interface HeardNames {
  sounds: NamesByKey;
  consonants: NamesByKey;
  /** Where in the lexicon's names each name of two words is, by its first word ("1:peter") and second ("2:cook"). */
  twoWords: Map<string, number[]>;
  /** Every name's soundKey(), its words and entity, for a name whose start alone was said. */
  all: { key: string; words: readonly string[]; id: string }[];
}

/** The shortest sound of a name heard split in two words (splitName). */
const MIN_SPLIT_KEY = 4;

/**
 * The one name of one word whose soundKey is `key` and whose letters are `joined`'s but for one
 * letter more or fewer ("mosscow" and "moscow"): a short name a recogniser wrote as two words.
 */
function splitName(heard: HeardNames, key: string, joined: string): readonly string[] | null {
  let found: { words: readonly string[]; id: string } | null = null;
  for (const name of heard.all) {
    if (name.key !== key || name.words.length !== 1) continue;
    const word = name.words[0] as string;
    const [short, long] = word.length < joined.length ? [word, joined] : [joined, word];
    if (long.length - short.length !== 1 || !isSubsequence(short, long)) continue;
    if (found !== null && found.id !== name.id) return null;
    found = name;
  }
  return found === null ? null : found.words;
}

function heardNamesOf(lexicon: Lexicon): HeardNames {
  const heard: HeardNames = { sounds: new Map(), consonants: new Map(), twoWords: new Map(), all: [] };
  const entities = new Map<string, string>();
  const file = (byKey: NamesByKey, key: string, words: readonly string[], id: string) => {
    const before = entities.get(key);
    if (before === undefined) {
      entities.set(key, id);
      byKey.set(key, words);
    } else if (before !== id) byKey.set(key, null);
  };
  lexicon.names.forEach(({ words, id }, at) => {
    if (words.length === 2)
      for (const key of [`1:${words[0]}`, `2:${words[1]}`]) {
        const list = heard.twoWords.get(key);
        if (list) list.push(at);
        else heard.twoWords.set(key, [at]);
      }
    const key = soundKey(words.join(''));
    heard.all.push({ key, words, id });
    if (key.length < MIN_HEARD_KEY) return;
    file(heard.sounds, key, words, id);
    const consonants = consonantKey(key);
    if (consonants.length >= MIN_CONSONANT_KEY) file(heard.consonants, `:${consonants}`, words, id);
  });
  return heard;
}

/** Words of address a stop word only where they address someone ("dear bot", "my dear"). */
const ADDRESS_WORDS = new Set(['dear']);

/**
 * A word of address (ADDRESS_WORDS) inside the message, not its first word nor after "my" or
 * "oh": no address there but a word as heard, which may be part of a name heard ("what happened at
 * dear ez zor": Deir ez-Zor).
 */
function addressedAfter(words: readonly string[], k: number): boolean {
  const before = words[k - 1];
  return k > 0 && ADDRESS_WORDS.has(words[k] as string) && before !== 'my' && before !== 'oh';
}

/** Fuse.js as a scorer only: threshold 1 scores every candidate, the edit distance has chosen them. */
const FUSE_WORD = { isCaseSensitive: true, ignoreLocation: true, threshold: 1 };

const { minLength, twoEditsFrom, nameTwoEditsFrom, swapOnlyLength, doubledFrom, cachedCorrections } =
  TUNING.typos;

/**
 * The pairs of `old` whose word number is under `kept`, and every pair of `fresh`, sorted: both
 * are sorted already, so a merge.
 */
function mergeFiled(old: Float64Array, kept: number, fresh: Float64Array): Generator<void, Float64Array> {
  return mergeInChunks(old, fresh, (from, to, out, at) => mergeChunk(old, from, to, kept, fresh, out, at));
}

/**
 * `old` passed through `chunk` MERGE_STEP pairs at a time (a pause between), then the rest of
 * `fresh`: the merge of mergeFiled and renumberFiled.
 */
function* mergeInChunks(
  old: Float64Array,
  fresh: Float64Array,
  chunk: (from: number, to: number, out: Float64Array, at: { n: number; j: number }) => void,
): Generator<void, Float64Array> {
  const out = new Float64Array(old.length + fresh.length);
  const at = { n: 0, j: 0 };
  // In chunks, each a plain function: V8 runs a generator's own loops unoptimised.
  for (let i = 0; i < old.length; i += MERGE_STEP) {
    if (i > 0) yield;
    chunk(i, Math.min(i + MERGE_STEP, old.length), out, at);
  }
  let { n, j } = at;
  while (j < fresh.length) out[n++] = fresh[j++] as number;
  return n === out.length ? out : out.slice(0, n);
}

/** mergeFiled's merge of `old[from..to)`, from `at` (advanced). */
function mergeChunk(
  old: Float64Array,
  from: number,
  to: number,
  kept: number,
  fresh: Float64Array,
  out: Float64Array,
  at: { n: number; j: number },
): void {
  let { n, j } = at;
  for (let i = from; i < to; i++) {
    const value = old[i] as number;
    // value % WORD_LIMIT without a floating-point remainder (see renumberChunk).
    if (value - Math.floor(value / WORD_LIMIT) * WORD_LIMIT >= kept) continue;
    while (j < fresh.length && (fresh[j] as number) < value) out[n++] = fresh[j++] as number;
    out[n++] = value;
  }
  at.n = n;
  at.j = j;
}

/**
 * The words a TypoIndex files of `words`, in order, and how many of the first are `before`'s first
 * ones (compared, not tested again: a reload goes through every word of the vocabulary).
 */
function filedWords(words: readonly string[], before: readonly string[]): { filed: string[]; kept: number } {
  const filed: string[] = [];
  let kept = 0;
  let keeping = true;
  for (const word of words) {
    if (keeping && before[filed.length] === word) {
      filed.push(word);
      kept++;
      continue;
    }
    if (!isFiled(word)) continue;
    keeping = false;
    filed.push(word);
  }
  return { filed, kept };
}

/**
 * Each word number of `before` as a number of `filed` (-1: gone), and the numbers of the words of
 * `filed` that `before` lacks, when the words both have are in the same order; else null. The first
 * `kept` are the same words.
 */
function renumbered(
  filed: readonly string[],
  kept: number,
  before: readonly string[],
): { number: Int32Array; came: number[]; gone: number } | null {
  const number = new Int32Array(before.length).fill(-1);
  for (let n = 0; n < kept; n++) number[n] = n;
  const had = new Set(before.slice(kept));
  const has = new Set(filed.slice(kept));
  const came: number[] = [];
  let gone = 0;
  let i = kept;
  let j = kept;
  for (;;) {
    while (j < before.length && !has.has(before[j] as string)) {
      j++;
      gone++;
    }
    while (i < filed.length && !had.has(filed[i] as string)) came.push(i++);
    if (i >= filed.length || j >= before.length) break;
    // A word both have, next in both orders, or one that moved.
    if (filed[i] !== before[j]) return null;
    number[j++] = i++;
  }
  // The rest of either: words that came, or went.
  while (i < filed.length) came.push(i++);
  gone += before.length - j;
  return { number, came, gone };
}

/**
 * The pairs of `old` with their word renumbered by `number` (those at -1 left out), and every pair
 * of `fresh`, sorted: renumbering keeps the order of the pairs (the words both have keep theirs),
 * so a merge.
 */
function renumberFiled(
  old: Float64Array,
  number: Int32Array,
  fresh: Float64Array,
): Generator<void, Float64Array> {
  return mergeInChunks(old, fresh, (from, to, out, at) =>
    renumberChunk(old, from, to, number, fresh, out, at),
  );
}

/** renumberFiled's pass over `old[from..to)`, from `at` (advanced). */
function renumberChunk(
  old: Float64Array,
  from: number,
  to: number,
  number: Int32Array,
  fresh: Float64Array,
  out: Float64Array,
  at: { n: number; j: number },
): void {
  let { n, j } = at;
  for (let i = from; i < to; i++) {
    const value = old[i] as number;
    // value % WORD_LIMIT without a floating-point remainder (a call, not an instruction).
    const word = value - Math.floor(value / WORD_LIMIT) * WORD_LIMIT;
    const now = number[word] as number;
    if (now < 0) continue;
    const renumbered = value - word + now;
    while (j < fresh.length && (fresh[j] as number) < renumbered) out[n++] = fresh[j++] as number;
    out[n++] = renumbered;
  }
  at.n = n;
  at.j = j;
}

/**
 * Finds the vocabulary words within one or two edits of a word without scanning the
 * vocabulary: every word is filed under the strings made by deleting one letter
 * (and two, for long words), so a lookup costs a few reads whatever the vocabulary
 * size (the "symmetric delete" method).
 *
 * Compact: a key is not kept as a string but as a 32-bit hash, and the (hash, word) pairs are one
 * sorted typed array (at 50,000 passages, 600,000 keys: 5 MB instead of 40 MB of strings and
 * map entries). A hash shared by another key is checked against the word itself, so a lookup
 * finds exactly the words, in the same order, that a map from the key strings would.
 */
export class TypoIndex {
  private words: string[] = [];
  /** hash * 2^21 + word number, sorted: the words filed under each hash, in vocabulary order. */
  private filed: Float64Array = new Float64Array(0);

  /**
   * `from`: the index of an earlier vocabulary (a reload). When the words both file are in the
   * same order, their keys are taken from it, renumbered, and only the words that come are filed
   * (see renumbering); else the words filed that this vocabulary starts with, the same ones in the
   * same order, are taken from it with their keys, and only the words after them are filed (a
   * curated question edited: every passage's word comes first, and a word that is not filed, such
   * as a number, changes nothing). The index is the same.
   */
  constructor(vocabulary: Iterable<string> = [], from?: TypoIndex) {
    const steps = this.filing(vocabulary, from);
    while (!steps.next().done);
  }

  /** new TypoIndex(vocabulary, from) in steps: it pauses (yields) every so many words and keys (a reload). */
  static *building(vocabulary: Iterable<string>, from?: TypoIndex): Generator<void, TypoIndex> {
    const index = new TypoIndex();
    yield* index.filing(vocabulary, from);
    return index;
  }

  private *filing(vocabulary: Iterable<string>, from: TypoIndex | undefined): Generator<void, void> {
    const words = [...vocabulary];
    if (from && (yield* this.renumbering(words, from))) return;
    const pairs: number[] = [];
    /** How many of the words filed come from `from`, the first ones; whether it still counts them. */
    const state = { kept: 0, keeping: from !== undefined };
    this.words = [];
    // In chunks, each a plain method: V8 runs a generator's own loops unoptimised.
    for (let i = 0; i < words.length; i += TYPO_STEP) {
      if (i > 0) yield;
      if (!this.file(words, i, Math.min(i + TYPO_STEP, words.length), from, state, pairs)) break;
    }
    const { kept } = state;
    if (from && kept > 0 && kept === from.words.length && pairs.length === 0) {
      // The same words: the same keys (never written to once filed).
      this.filed = from.filed;
      return;
    }
    const fresh = Float64Array.from(pairs).sort();
    yield;
    this.filed = from && kept > 0 ? yield* mergeFiled(from.filed, kept, fresh) : fresh;
  }

  /**
   * The index of `words` from `from`'s when the words both file are in the same order (issue 15:
   * a curated question given a word no text has, or one taken out, changes the vocabulary among
   * the curated wordings' own words, after every passage's): the words that come are filed, and
   * the keys of the words both file are `from`'s with the words renumbered (their order, and so
   * the keys' order, is the same), in one pass, instead of filing again every word after the
   * first that differs. The index is the same as one built afresh. False, with nothing done, when
   * a word both file moved (then `filing` files them again).
   */
  private *renumbering(words: readonly string[], from: TypoIndex): Generator<void, boolean> {
    if (from.words.length >= WORD_LIMIT) return false;
    const { filed, kept } = filedWords(words, from.words);
    if (filed.length >= WORD_LIMIT) return false;
    const numbers = renumbered(filed, kept, from.words);
    if (!numbers) return false;
    this.words = filed;
    if (numbers.came.length === 0 && filed.length === from.words.length && numbers.gone === 0) {
      // The same words: the same keys (never written to once filed).
      this.filed = from.filed;
      return true;
    }
    const pairs: number[] = [];
    for (const n of numbers.came)
      for (const key of deletions(filed[n] as string, editsFiled(filed[n] as string)))
        pairs.push(hashOf(key) * WORD_LIMIT + n);
    const fresh = Float64Array.from(pairs).sort();
    yield;
    this.filed = yield* renumberFiled(from.filed, numbers.number, fresh);
    return true;
  }

  /** Files `words[start..end)` (see filing); false once WORD_LIMIT words are filed. */
  private file(
    words: readonly string[],
    start: number,
    end: number,
    from: TypoIndex | undefined,
    state: { kept: number; keeping: boolean },
    pairs: number[],
  ): boolean {
    for (let i = start; i < end; i++) {
      const word = words[i] as string;
      const n = this.words.length;
      // The next word `from` filed: filed here too, with its keys (no test of its letters again:
      // a reload goes through every word of the vocabulary, tens of thousands at 50,000 passages).
      if (state.keeping && from?.words[n] === word) {
        this.words.push(word);
        state.kept++;
        continue;
      }
      if (!isFiled(word)) continue;
      if (n >= WORD_LIMIT) return false;
      this.words.push(word);
      state.keeping = false;
      // Two edits are allowed for long words (see Analyzer.correct).
      for (const key of deletions(word, editsFiled(word))) pairs.push(hashOf(key) * WORD_LIMIT + n);
    }
    return true;
  }

  /**
   * The words filed under `key` itself (each once, in vocabulary order): among them every word of
   * the vocabulary that is `key` with one letter more, when that word is filed (isFiled) and the
   * index has room for every word (`whole`).
   */
  filedUnder(key: string): string[] {
    const found: string[] = [];
    const { filed, words } = this;
    const from = hashOf(key) * WORD_LIMIT;
    for (let i = this.firstAt(from); i < filed.length && (filed[i] as number) < from + WORD_LIMIT; i++) {
      const candidate = words[(filed[i] as number) - from] as string;
      if (isFiledUnder(candidate, key) && !found.includes(candidate)) found.push(candidate);
    }
    return found;
  }

  /** The index in `filed` of the first pair at or above `from` (a hash times WORD_LIMIT). */
  private firstAt(from: number): number {
    const { filed } = this;
    let lo = 0;
    let hi = filed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((filed[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether every word of the vocabulary it was built from that isFiled is filed (below WORD_LIMIT words). */
  get whole(): boolean {
    return this.words.length < WORD_LIMIT;
  }

  /** Words that may be within `edits` of `word`; the caller checks the real distance. */
  candidates(word: string, edits: number): Set<string> {
    const found = new Set<string>();
    const { filed, words } = this;
    for (const key of deletions(word, edits)) {
      const from = hashOf(key) * WORD_LIMIT;
      // The first pair of this hash, then every one after it with the same hash.
      for (let i = this.firstAt(from); i < filed.length && (filed[i] as number) < from + WORD_LIMIT; i++) {
        const candidate = words[(filed[i] as number) - from] as string;
        if (!found.has(candidate) && isFiledUnder(candidate, key)) found.add(candidate);
      }
    }
    return found;
  }
}

/** Does a TypoIndex file `word` (while it has room)? Words of letters only, minLength or longer. */
const isFiled = (word: string) => word.length >= minLength && /^\p{L}+$/u.test(word);

/**
 * Do `a` and `b` give the same TypoIndex? They do when they file the same words in the same
 * order (an edit adding or removing a number or a short word no passage has changes only words
 * the index does not file). A plain function, not part of a generator: the words both start with
 * are only compared, the others tested (a millisecond or so at 50,000 passages).
 */
export function sameTypoWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const x = a.values();
  const y = b.values();
  let u = x.next();
  let v = y.next();
  // The words both start with: compared only.
  while (!u.done && !v.done && u.value === v.value) {
    u = x.next();
    v = y.next();
  }
  // Then the words each files, in order.
  for (;;) {
    while (!u.done && !isFiled(u.value)) u = x.next();
    while (!v.done && !isFiled(v.value)) v = y.next();
    if (u.done || v.done) return u.done === true && v.done === true;
    if (u.value !== v.value) return false;
    u = x.next();
    v = y.next();
  }
}

/** How many words (filing) and keys (merging) a TypoIndex goes through between two pauses. */
const TYPO_STEP = 2000;
const MERGE_STEP = 65_536;

/** Words per TypoIndex at most (2^21): a word's number and its key's hash share one float. */
const WORD_LIMIT = 2 ** 21;
/** A word written with a capital (a name in written text). */
const CAPITAL = /\p{Lu}/u;
/** A word written as an acronym: two to five capitals, a plural's "s" after them. */
const ACRONYM = /^\p{Lu}{2,5}s?$/u;
/** A word in lower case. */
const LOWER = /^\p{Ll}+$/u;

/** The words of the tokens written as acronyms, when others are in lower case (not a shouted message). */
function acronymsOf(tokens: readonly Token[]): { acronyms?: string[] } {
  if (!tokens.some((t) => LOWER.test(t.raw))) return {};
  const acronyms = tokens.filter((t) => ACRONYM.test(t.raw)).map((t) => t.word);
  return acronyms.length > 0 ? { acronyms } : {};
}

/** Where the alternatives after an "or" the reader took out start (QueryAnalysis.alternativeAt). */
function alternativesAt(tokens: readonly Token[]): { alternativeAt?: number[] } {
  const at = tokens.flatMap((t, i) => (t.alternative && i > 0 ? [i] : []));
  return at.length > 0 ? { alternativeAt: at } : {};
}

/** How many letters a word's keys delete: two for long words, else one. */
const editsFiled = (word: string) => (word.length >= twoEditsFrom ? 2 : 1);

/** Is `key` among the deletions the index files `word` under (deletions(word, editsFiled(word)))? */
function isFiledUnder(word: string, key: string): boolean {
  const removed = word.length - key.length;
  if (removed < 0 || removed > editsFiled(word)) return false;
  // A second letter is deleted only from a key of minLength letters or more.
  if (removed === 2 && word.length - 1 < minLength) return false;
  // A subsequence of the word, `removed` letters shorter.
  let k = 0;
  for (let w = 0; w < word.length && k < key.length; w++) if (word[w] === key[k]) k++;
  return k === key.length;
}

/** FNV-1a, 32 bits, of a string's UTF-16 code units. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The word and every string made from it by deleting up to `edits` letters. */
function deletions(word: string, edits: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let e = 0; e < edits; e++) {
    const next: string[] = [];
    for (const w of frontier) {
      // A key shorter than the shortest word corrected is not shortened further.
      if (w.length < minLength) continue;
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(d)) {
          out.add(d);
          next.push(d);
        }
      }
    }
    frontier = next;
  }
  return out;
}

export class Analyzer {
  /**
   * The words (folded) of the message being answered that were read from French and left as
   * typed (FrenchReader.unread): set by the engine for one answer, empty otherwise.
   */
  keptAsTyped: ReadonlySet<string> = new Set();
  /** Built when first needed (a word that is neither the knowledge's nor English): see `typos`. */
  private typoIndex: TypoIndex | undefined;
  /** The index this vocabulary's is built from when first needed (see the constructor's `typos`). */
  private typosFrom: TypoIndex | undefined;
  private readonly corrections = new SpreadMap<string | null>();

  constructor(
    private readonly lexicon: Lexicon,
    /** Folded words of the knowledge base (article, curated questions, names, synonyms). */
    private readonly vocabulary: ReadonlySet<string>,
    private readonly english: EnglishWords,
    /** How often each word occurs, to prefer common words when correcting. */
    private readonly frequency: ReadonlyMap<string, number>,
    /** The knowledge's terms a word it does not use is related to (WordNet), or null. */
    private readonly related: (word: string) => RelatedTerms | null = () => null,
    /** Whether some text of the knowledge holds the term (a word of a name alone does not). */
    private readonly indexed: (term: Term) => boolean = () => true,
    /**
     * The typo index of this same vocabulary, built earlier (a reload that added no word), or
     * `{ from }`: the index of the vocabulary served before (a reload that changed it), this one's
     * built from it on first use or by finishingTypos (see TypoIndex), not before the reload is
     * served.
     */
    typos?: TypoIndex | { from: TypoIndex },
    /**
     * The chat words the analyser reads (chat.yaml `exclusions`, `chatPeople`, `sayingNouns`;
     * analyzerChatOf).
     */
    private readonly chat: AnalyzerChat = NO_CHAT,
  ) {
    if (typos instanceof TypoIndex) this.typoIndex = typos;
    else this.typosFrom = typos?.from;
  }

  /**
   * The vocabulary's typo index (a pure function of the vocabulary, in order), built on first use:
   * a start whose first questions hold no typo (ask, the terminal chat) does not wait for it.
   */
  get typos(): TypoIndex {
    this.typoIndex ??= new TypoIndex(this.vocabulary, this.typosFrom);
    this.typosFrom = undefined;
    return this.typoIndex;
  }

  /**
   * The typo index if it is built already, or can be built from the one of the version before (a
   * reload builds on it only then): that one is built now, so a chain of reloads holds one index.
   */
  get builtTypos(): TypoIndex | undefined {
    return this.typosFrom ? this.typos : this.typoIndex;
  }

  /**
   * The typo index built from the one of the version before, in steps (a reload, once the new
   * version is served: see LiveKnowledge); nothing when there is none to build or it is built.
   */
  *finishingTypos(): Generator<void, void> {
    const from = this.typosFrom;
    if (!from || this.typoIndex) return;
    const steps = TypoIndex.building(this.vocabulary, from);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        this.typoIndex = step.value;
        this.typosFrom = undefined;
        return;
      }
      yield;
      // A question, or the next reload, needed it meanwhile: built then, at once (the same index).
      if (this.typoIndex) return;
    }
  }

  /** Terms of a tokenised text (for indexing passages and curated questions). */
  docTerms(tokens: readonly Token[]): Term[] {
    return this.terms(partOfPlace(tokens)).terms;
  }

  /**
   * Terms of a text as written (a source's sentence, not a question typed in lower case): a
   * person's name there counts only with a capital, as the knowledge build attributes speakers
   * (knowledge/attribute.ts). Among a hundred reports, "the vaquoja power" read as Samantha Power
   * (and so the US) made the US a rare name in 1,500 passages, and the US weigh three times what
   * it weighs in the article.
   */
  writtenTerms(tokens: readonly Token[]): Term[] {
    return this.terms(tokens, (start, end) => !tokens.slice(start, end).some((t) => CAPITAL.test(t.raw)))
      .terms;
  }

  /**
   * Terms of a curated wording whose answer writes these words only in lower case: a person's
   * name of the wording made of them is the common word its answer uses ("What happened at the
   * kaidoul power?", answered by "... the kaidoul power was overrun").
   */
  wordingTerms(tokens: readonly Token[], lowerCase: ReadonlySet<string>): Term[] {
    const read = partOfPlace(tokens);
    return this.terms(read, (start, end) => read.slice(start, end).every((t) => lowerCase.has(t.word))).terms;
  }

  analyzeQuery(text: string): QueryAnalysis {
    return this.analyzeTokens(tokenize(text));
  }

  /**
   * The terms of a question's words (as the message reader gives them). `story`: the words are
   * the sentences told around a question ("I've been trying to explain why Russia is so annoyed"),
   * not the question: what the question's own words are read as (being alerted for "find out", a
   * grievance for anger) is not read into them.
   */
  analyzeTokens(given: readonly Token[], story = false): QueryAnalysis {
    const tokens = foundOutAsAlarm(usAsWriters(given), story);
    const corrections: Correction[] = [];
    // "besides the US, who flew": what is set apart is asked about no more; whom it names, kept.
    const [kept, setApart] = withoutExcluded(
      asUk(
        causeAsWhy(
          howComeAsWhy(withoutSourceNamed(thereAsTheir(firstPlaceOfPresence(tokens)), this.chat.source)),
        ),
      ),
      this.chat.exclusions,
      (words) => {
        const { terms } = this.terms(words);
        return terms.length > 0 && terms.every((t) => t.startsWith('e:'));
      },
      (words) => this.terms(words).terms.some((t) => !t.startsWith('e:')),
    );
    const isPerson = (t: Token) => this.lexicon.isPerson(this.lexicon.single(t)?.terms ?? []);
    const read = wishedToSee(
      isPerson,
      zeroAsNo(
        this.onlyParty(
          landedAsHit(
            endedStrike(
              partOfPlace(
                wantedOf(
                  phonedIn(
                    calledMeeting(
                      this.toldWhom(
                        this.partySide(
                          this.backWithoutObject(
                            phrasalBack(
                              this.ofNamed(
                                this.roleGroup(
                                  this.sharedHead(
                                    this.particlesJoined(
                                      this.determinerInPhrase(
                                        withoutConjunctionWhen(
                                          withoutEventClause(
                                            withoutOccasion(
                                              fateWithoutHappen(
                                                withoutTurnToSpeak(
                                                  aircraftGone(
                                                    withoutKnownTime(
                                                      withoutSpanEnd(
                                                        withoutHedges(
                                                          whoCopula(
                                                            whatIsPersonAsWho(
                                                              isPerson,
                                                              beingInItAsInvolved(
                                                                nationalityAsWho(
                                                                  weekdayOfBeingAsWhen(
                                                                    beingAfterAsTargeting(putItAsSay(kept)),
                                                                  ),
                                                                ),
                                                              ),
                                                            ),
                                                          ),
                                                        ),
                                                      ),
                                                    ),
                                                  ),
                                                ),
                                              ),
                                            ),
                                          ),
                                        ),
                                      ),
                                    ),
                                  ),
                                ),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
    // A loop, not flatMap (several times slower in V8): a long message has a hundred words.
    const fixed: Token[] = [];
    // A capital marks a name only where the writer uses capitals as English does: not in a
    // message typed in Title Case, nor in capitals throughout (no word of those has a lower-case
    // letter after its capital).
    const cased = namesCapitalised(read);
    for (let i = 0; i < read.length; i++) {
      const token = read[i] as Token;
      // A phrasal verb read as one (ChatReader: "kicked off" -> "kick_off"): no typo to correct.
      if (this.isKnown(token.word) || token.word.includes('_')) {
        fixed.push(token);
        continue;
      }
      // A word of the writer's task as typed ("lede", "graf"; chat.yaml asking): meant, no slip
      // toward a word of the story ("led").
      // The other spelling, British or American ("defence", "armour", "apologised"): the same word.
      const variant = spellingVariants(token.word).find((w) => this.vocabulary.has(w));
      if (variant) {
        fixed.push({ raw: variant, word: variant });
        continue;
      }
      // A name: one WordNet knows ("iran", "leeds"), or a word capitalised inside the sentence
      // ("what did Patel say"). It is someone or somewhere the writer means, not a slip toward a
      // word of the story ("ran", "leads", "peter"), unless one slip off a name of the story
      // ("Powr", "Churkn").
      // A word of a French message the French reader left as typed ("près", "appelés", "poste")
      // is a word of French, not a slip toward a word of English ("press", "apples", "posted"):
      // read as a name is, only a slip off a name of the story.
      const foreign = this.keptAsTyped.has(token.word);
      const named = isKnownName(token.word) || (cased && i > 0 && NAME_CASE.test(token.raw)) || foreign;
      // A slip that keeps the first letter toward a word of the writer's task ("esay": essay) is
      // meant over a story word reached only by changing the first letter ("say").
      const task = this.taskSlip(token.word, this.correct(token.word), named);
      const to = task ?? this.correct(token.word);
      if (to && (task !== null || !named || this.nameSlip(token.word, to))) {
        corrections.push({ from: token.word, to });
        fixed.push({ raw: to, word: to });
        continue;
      }
      // A word of English rare in ordinary English, one letter short of a familiar word of the
      // story ("how many solders died": soldiers; "when was the raid lanched": launched), in a
      // message that names something else of the story: a letter left out, not the rare word meant.
      const rare = to || named ? null : this.rareSlip(token.word);
      if (rare !== null && read.some((t, j) => j !== i && this.aboutStory(t.word))) {
        corrections.push({ from: token.word, to: rare });
        fixed.push({ raw: rare, word: rare });
        continue;
      }
      // Two words run together ("whitehouse"): the two words.
      const split = to || isKnownName(token.word) || foreign ? null : this.split(token.word);
      if (!split) {
        // A word of English one slip off, not a name ("sombody", "wer"): the word meant, a
        // capitalised one only toward English's commonest words ("the Goverment").
        // Not a word the lexicon reads ("mins": minutes, not "minds").
        const english = this.lexicon.match([token]).length > 0 ? null : this.englishSlip(token.word, named);
        if (english) {
          corrections.push({ from: token.word, to: english });
          fixed.push({ raw: english, word: english });
          continue;
        }
        fixed.push(token);
        continue;
      }
      corrections.push({ from: token.word, to: split.join(' ') });
      for (const w of split) fixed.push({ raw: w, word: w });
    }
    const piped = contestNamed(
      lostGround(
        lostPeople(
          this.chat.peopleCounted,
          lightVerbOfSpeech(
            survivedAsAlive(
              angerAsGrievance(
                story,
                helpedAsBenefit(
                  endedNotKilled(
                    progressiveAsSimple(
                      whoDoing(
                        withoutOwnBelief(
                          withoutSeeming(
                            diplomatsQuarrel(
                              this.namedPerson(
                                this.spokenOf(
                                  this.groupPositions(
                                    countryAsWho(
                                      countInTheEnd(
                                        this.planesStopped(
                                          this.aircraftLeft(
                                            this.negatedAsUn(
                                              this.knownAlternative(
                                                this.timeGuessed(
                                                  this.objectRestored(atThatTime(spelledFigures(fixed))),
                                                ),
                                              ),
                                            ),
                                          ),
                                        ),
                                      ),
                                    ),
                                  ),
                                ),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
    // "why were the jets flying over deir ezzor": what they flew there for (presenceAsAim).
    const flown = presenceAsAim(piped);
    const aimed =
      flown < 0 ? flightTold(piped) : [...piped.slice(0, flown), AIMED, ...piped.slice(flown + 1)];
    const { terms, free, owners } = this.terms(
      withoutLetOfPermission(this.withoutOwnedTime(this.withoutNameAsEverydayWord(aimed))),
      undefined,
      true,
    );
    const direct = new Set(terms);
    const excluded =
      setApart.length > 0 ? [...new Set(this.terms(setApart).terms.filter((t) => t.startsWith('e:')))] : [];
    const factors = new Map<Term, number>();
    // A person named only as the owner of what they head ("assad's government") counts less.
    for (const t of owners) if (terms.indexOf(t) === terms.lastIndexOf(t)) factors.set(t, OWNER_FACTOR);
    // "what demands did moscow put to washington", "russia big mad": the article says "put" and
    // "big" once, so they weigh as much as its rarest names; as common as they are in English,
    // they say little of what is asked. Words only, not the knowledge's concepts or names.
    const common = new Set<Term>();
    for (const token of fixed) {
      const term: Term = `w:${this.lexicon.stemOf(token.word)}`;
      if (direct.has(term) && !common.has(term) && isCommonWord(token.word)) {
        common.add(term);
        factors.set(term, Math.min(factors.get(term) ?? 1, TUNING.scoring.commonWordShare));
      }
    }
    // "why did washington express regret if they say it was aimed at IS": a premise the writer
    // grants, not what the why asks; its own words count less.
    for (const term of this.premiseOnly(piped)) {
      if (direct.size > 1) factors.set(term, Math.min(factors.get(term) ?? 1, PREMISE_SHARE));
    }
    // "why were US planes flying near deir ez zor": where they flew is granted, their aim asked.
    if (flown >= 0) {
      for (const term of this.presencePlace(aimed, flown)) {
        if (direct.size > 1) factors.set(term, Math.min(factors.get(term) ?? 1, PREMISE_SHARE));
      }
    }
    // "how long were the jets over the target": where they were is granted, the time asked.
    const lengthPlace = this.placeOfLength(piped);
    for (const term of lengthPlace ?? []) {
      if (direct.size > 1) factors.set(term, Math.min(factors.get(term) ?? 1, PREMISE_SHARE));
    }
    // "why was power so harsh on russia": the manner the writer sees in what was done, asked the
    // reason of; the answer is what they did or said, which need not name the manner.
    for (const term of this.mannerAsked(fixed)) {
      if (direct.size > 1) factors.set(term, Math.min(factors.get(term) ?? 1, TUNING.scoring.modifierShare));
    }
    const words: FreeWord[] = free.map((t) => {
      const word: FreeWord = {
        word: t.word,
        term: `w:${this.lexicon.stemOf(t.word)}`,
        // (A word of the asking no list of English holds, "graf" or "lede", is a word, no name;
        // not one of three letters or fewer, "opp" or "mla", which may be a name's clipping.)
        english:
          this.vocabulary.has(t.word) ||
          this.isEnglish(t.word) ||
          t.word.includes('_') ||
          (t.word.length > 3 && this.chat.asking.has(t.word)),
        inKnowledge: (this.frequency.get(t.word) ?? 0) > 0,
      };
      const at = fixed.indexOf(t);
      if (word.english && (describes(fixed, at) || saying(fixed, at) || this.judgesMistake(fixed, at))) {
        word.modifier = true;
      }
      if (word.modifier && this.chat.degree.has(t.word)) word.degree = true;
      // "straight after the bombs", "shortly before": how soon, said of a time that is asked;
      // "where geographically", "when precisely": how exactly the question word asks.
      if (word.english && (nearInTime(fixed, at) || sharpensAsking(fixed, at))) {
        word.modifier = true;
        word.degree = true;
      }
      // "how long did the jets spend over the target": the verb of their staying there asks the
      // length, no topic of its own.
      if (word.english && lengthPlace && STAYING.has(t.word)) {
        word.modifier = true;
        word.degree = true;
      }
      // "soldiers or civilians?": the other option beside one the knowledge uses, no topic of its
      // own; the two weigh as the one the knowledge uses, as names asked between do (rank.ts).
      if (word.english && !word.modifier && this.optionBeside(fixed, at)) {
        word.modifier = true;
        word.degree = true;
      }
      // A word the knowledge uses only inside a name or phrase ("peter", "criminal") is looked up too.
      const related =
        word.degree || (this.vocabulary.has(t.word) && this.indexed(word.term)) ? null : this.related(t.word);
      if (related) {
        word.related = related.factor;
        for (const term of related.terms) {
          if (direct.has(term)) continue;
          factors.set(term, Math.max(factors.get(term) ?? 0, related.factor));
          terms.push(term);
        }
      }
      return word;
    });
    // "did they think it was deliberate": a belief about whether it was meant is that question.
    const asked = terms.includes(INTENT) ? terms.filter((t) => t !== BELIEF) : terms;
    return {
      terms: [...new Set(asked)].filter((t) => !excluded.includes(t)),
      factors,
      ...(common.size > 0 ? { common } : {}),
      context: [],
      quoted: [],
      words: tokens.map((t) => t.word),
      free: words,
      corrections,
      ...(asksAboutDenial(tokens) ? { negated: true as const } : {}),
      ...negatedAtOf(tokens),
      ...acronymsOf(tokens),
      ...alternativesAt(tokens),
      ...(excluded.length > 0 ? { excluded } : {}),
      ...(asksEveryOne(read) ? { everyOne: true as const } : {}),
      ...this.namesAskedBetween(piped),
    };
  }

  /**
   * "was it Power or Churkin who walked out", "who asked for the meeting, US or russia": a name
   * right before an "or" the reader took out and a name right after it are alternatives, one
   * question of which (QueryAnalysis.alternatives), not two names both asked about. Names only
   * (not "a mistake or on purpose"), each of up to NAME_REACH words, and not the same name twice.
   */
  private namesAskedBetween(tokens: readonly Token[]): { alternatives?: Term[][][] } {
    if (!tokens.some((t) => t.alternative) || asksWhichIs(tokens)) return {};
    const found: Term[][][] = [];
    const named = new Array<boolean>(tokens.length).fill(false);
    /** The terms of the name tokens[start, end) is, its words marked as named; null if none. */
    const nameAt = (start: number, end: number) => {
      const name = this.nameOf(tokens.slice(start, end));
      if (name) for (let i = start; i < end; i++) named[i] = true;
      return name?.filter((t) => t.startsWith('e:')) ?? null;
    };
    for (const [at, token] of tokens.entries()) {
      if (!token.alternative || at === 0) continue;
      let before: Term[] | null = null;
      for (let start = Math.max(0, at - NAME_REACH); start < at && !before; start++)
        before = nameAt(start, at);
      let after: Term[] | null = null;
      for (let end = Math.min(tokens.length, at + NAME_REACH); end > at && !after; end--)
        after = nameAt(at, end);
      if (!before || !after) continue;
      // A third name after another "or" ("US, russia or syria") joins the group before it.
      const last = found.at(-1);
      if (last && last.at(-1)?.join() === before.join()) last.push(after);
      else found.push([before, after]);
    }
    // A name the question also says outside the choice is asked whichever is chosen ("which one
    // is the American, Power or Churkin": the US stays asked), and is no side's.
    const outside = new Set(this.terms(tokens.filter((_, i) => !named[i])).terms);
    const groups = found
      .map((sides) => sides.map((side) => side.filter((t) => !outside.has(t))))
      // "power or samantha power" names one person: nothing to choose between.
      .filter(
        (sides) => new Set(sides.filter((side) => side.length > 0).map((side) => side.join())).size > 1,
      );
    return groups.length > 0 ? { alternatives: groups } : {};
  }

  /**
   * "what was her argument", "Power's main point", "russia's reasoning": a noun of what is said,
   * owned by whoever says it, asks what they said; its own senses ("argument" as a quarrel or as
   * evidence, "point" as a place) are no topic. The noun reads as "said". Only after a possessive
   * pronoun, a name's "'s" or a name of one word after "the" ("the US message").
   */
  private spokenOf(tokens: readonly Token[]): readonly Token[] {
    const nouns = this.chat.sayingNouns;
    // "what's russia's beef with washington", "their problem with the US": a grievance owned, and
    // whom it is with, is what they hold against them (as "angry at"), not what they said nor
    // trouble they are in.
    // Only with a party named, nothing of theirs after it ("gripe with the US explanation": with
    // what they said, told as "said").
    const party = (at: number) => {
      const j = tokens[at]?.word === 'the' ? at + 1 : at;
      const name = tokens[j];
      const after = tokens[j + 1]?.word;
      return (
        name !== undefined &&
        this.lexicon.match([name]).some((m) => m.terms.some((x) => x.startsWith('e:'))) &&
        (after === undefined || STOP_WORDS.has(after))
      );
    };
    const against = (i: number) =>
      GRIEVANCE_NOUNS.has((tokens[i] as Token).word) &&
      GRIEVANCE_WITH.has(tokens[i + 1]?.word ?? '') &&
      party(i + 2);
    if (!tokens.some((t, i) => nouns.has(t.word) || against(i))) return tokens;
    return tokens.map((t, i) => {
      const grievance = against(i);
      if ((!nouns.has(t.word) && !grievance) || i === 0) return t;
      let j = i - 1;
      while (j > 0 && this.chat.sayingModifiers.has((tokens[j] as Token).word)) j--;
      const owner = tokens[j] as Token;
      const named = () => this.lexicon.match([owner]).some((m) => m.terms.some((x) => x.startsWith('e:')));
      const owns =
        OWNERS.has(owner.word) ||
        (/['’]s?$/.test(owner.raw) && named()) ||
        // A name of one word after "the", as the noun's owner, the noun ending the question or
        // before whom it went to: "the US message to syria", "what was the kremlin take" (not a
        // verb after its subject: "did the militants take advantage").
        (j === i - 1 &&
          tokens[j - 1]?.word === 'the' &&
          (i === tokens.length - 1 || AFTER_SAYING_NOUN.has((tokens[i + 1] as Token).word)) &&
          named());
      if (!owns) return t;
      // A person's grievance ("power's beef with russia") is what they said of the other.
      const held = grievance && !this.lexicon.isPerson(this.lexicon.single(owner)?.terms ?? []);
      if (held) return { raw: 'complaint', word: 'complaint' };
      return nouns.has(t.word) ? { raw: 'said', word: 'said' } : t;
    });
  }

  /**
   * "daesh positions", "the islamic state's positions": the positions an armed group holds are
   * what a strike goes after, its targets, not ground of the story's own, a view or a job ("the
   * army's positions", "russia's position" keep those). The word reads as "targets". Only right
   * after the group's whole name.
   */
  private groupPositions(tokens: readonly Token[]): readonly Token[] {
    if (!tokens.some((t) => GROUP_HELD.has(t.word) || GROUP_FIGHTERS.has(t.word))) return tokens;
    const out: Token[] = [];
    for (const [i, t] of tokens.entries()) {
      // "IS fighters", "daesh's fighters": an armed group's fighters are its militants, not
      // fighter planes ("fighter jets" after the name stay planes).
      if (GROUP_FIGHTERS.has(t.word) && i > 0 && !AIRCRAFT.test(tokens[i + 1]?.word ?? '')) {
        const group = this.nameBefore(tokens, i);
        if (group && this.lexicon.isArmedGroup(group)) {
          out.push({ raw: 'troops', word: 'troops' });
          continue;
        }
      }
      const name = GROUP_HELD.has(t.word) && i > 0 ? this.nameBefore(tokens, i) : null;
      if (name && this.lexicon.isArmedGroup(name)) out.push({ raw: 'targets', word: 'targets' });
      // "hitting those positions", "over the syrian positions": positions a strike hits or planes
      // fly over are what it went after, whoever held them.
      else if (GROUP_HELD.has(t.word) && positionsStruck(tokens, i))
        out.push({ raw: 'targets', word: 'targets' });
      // "the russian position", "washington's position": one position of a state is the view it
      // argues, not ground it holds nor a post (a person's may be their post: "power's position").
      else if (name && t.word === STANCE && !this.lexicon.isPerson(name))
        out.push({ raw: 'view', word: 'view' });
      else out.push(t);
    }
    return out;
  }

  /** The name right before `at` (up to four words, a possessive "'s" passed over), or null. */
  private nameBefore(tokens: readonly Token[], at: number): Term[] | null {
    const end = tokens[at - 1]?.word === "'s" || tokens[at - 1]?.word === 's' ? at - 1 : at;
    for (let start = Math.max(0, end - 4); start < end; start++) {
      const name = this.nameOf(tokens.slice(start, end));
      if (name) return name;
    }
    return null;
  }

  /**
   * A person noun of chat right after a name or a word naming them ("this vitaly churkin guy",
   * "the pentagon guy", "russia's UN guy"): the one the name is; the noun carries no topic. Not
   * after a determiner or a question word ("the guy who", "which guy": a person asked about), nor
   * in a phrase of the knowledge ("the american lady"), nor a word the knowledge uses.
   */
  private namedPerson(tokens: readonly Token[]): readonly Token[] {
    const at = tokens.findIndex((t) => this.chat.people.has(t.word));
    if (at < 1) return tokens;
    const before = (tokens[at - 1] as Token).word;
    if (STOP_WORDS.has(before) || DETERMINERS.has(before) || this.vocabulary.has((tokens[at] as Token).word))
      return tokens;
    for (let start = Math.max(0, at - 3); start < at; start++)
      if (start + this.lexicon.phraseAt(tokens, start) > at) return tokens;
    return [...tokens.slice(0, at), ...tokens.slice(at + 1)];
  }

  /**
   * A one-word name of a person that is also an everyday verb or noun, written in lower case as
   * that word ("anyone know how to cook tom yum?", "how do you cook rice", "my power is out"): the
   * everyday word, no word of the story, so it is left out (as a free word it would still find
   * Peter Cook's sentence).
   */
  private withoutNameAsEverydayWord(tokens: readonly Token[]): readonly Token[] {
    const at = tokens.findIndex(
      (t, i) =>
        nameAsEverydayWord(tokens, i) &&
        this.isEnglish(t.word) &&
        this.lexicon.isPerson(this.lexicon.single(t)?.terms ?? []),
    );
    return at < 0 ? tokens : [...tokens.slice(0, at), ...tokens.slice(at + 1)];
  }

  /**
   * A time of the writer's or the reader's own ("how was your day", "what are your weekend plans",
   * "my saturday is ruined"): after a possessive of the chat (my, our, your) a day or a part of one
   * is their life's, no time of the story, so it is left out. "the day of the raid", "that night"
   * and "on saturday" stay times.
   */
  private withoutOwnedTime(tokens: readonly Token[]): readonly Token[] {
    const day = this.lexicon.single({ raw: DAY_WORD, word: DAY_WORD })?.terms[0];
    if (day === undefined) return tokens;
    const owned = (t: Token, i: number) =>
      POSSESSIVE_DETERMINERS.has(tokens[i - 1]?.word ?? '') &&
      this.lexicon.single(t)?.terms.includes(day) === true;
    return tokens.some(owned) ? tokens.filter((t, i) => !owned(t, i)) : tokens;
  }

  /**
   * "what message did the US send to damascus", "which word did they send": the object of a verb
   * asked by "what" or "which" stands before the verb (a wh-question fronts it), so the phrase the
   * two make ("send a message", "send word") is apart. When the noun after the question word and
   * a verb after its auxiliary and subject make one phrase of the knowledge with or without "a",
   * the noun is put back after the verb ("what did the US send a message to damascus"). Only
   * phrases that mean something of their own (a concept, not a name), the verb within
   * OBJECT_REACH words of the auxiliary.
   */
  private objectRestored(tokens: readonly Token[]): readonly Token[] {
    const at = tokens.findIndex((t) => t.word === 'what' || t.word === 'which');
    const noun = tokens[at + 1];
    // A noun the knowledge knows on its own ("what bombs did they drop": which bombs) is asked as
    // itself; only one it does not is read through the phrase.
    if (at < 0 || !noun || this.isKnown(noun.word) || !FRONTED_AUX.has(tokens[at + 2]?.word ?? ''))
      return tokens;
    const article: Token = { raw: 'a', word: 'a' };
    for (let v = at + 4; v < Math.min(tokens.length, at + 3 + OBJECT_REACH); v++) {
      const verb = tokens[v] as Token;
      if (STOP_WORDS.has(verb.word)) continue;
      for (const phrase of [
        [verb, noun],
        [verb, article, noun],
      ]) {
        const found = this.lexicon.match(phrase);
        const [one] = found;
        if (found.length !== 1 || one?.start !== 0 || one.end !== phrase.length) continue;
        if (!one.terms.some((t) => t.startsWith('c:'))) continue;
        return [...tokens.slice(0, at + 1), ...tokens.slice(at + 2, v), ...phrase, ...tokens.slice(v + 1)];
      }
    }
    return tokens;
  }

  /**
   * "was it friday night?", "did it happen in the morning", "was it daytime or night": a time the
   * writer guesses, a day of the week or a part of the day the knowledge does not use, asked with
   * yes or no or beside "or" and a time it does use. It is a value of the time asked, as a figure
   * misremembered is one of the count asked: it reads as the knowledge's day ("day", its concept of
   * when), and the sentence with the right day answers it. Not in a question asking something else
   * ("what did russia say on monday": what was said, on a day the article lacks).
   */
  private timeGuessed(tokens: readonly Token[]): readonly Token[] {
    if (!tokens.some((t) => GUESSED_TIMES.has(t.word)) || !this.isKnown(DAY_WORD)) return tokens;
    // "was it friday", "did it happen at dawn": the event itself placed in time, not whatever
    // happened then ("did anything happen on monday").
    const yesNo = YES_NO_START.has(tokens[0]?.word ?? '') && EVENT_POINTERS.has(tokens[1]?.word ?? '');
    const time = (t: Token | undefined) =>
      t !== undefined && (GUESSED_TIMES.has(t.word) || t.word === DAY_WORD) && this.isKnown(t.word);
    let changed = false;
    const out = tokens.map((t, at) => {
      if (!GUESSED_TIMES.has(t.word) || this.isKnown(t.word)) return t;
      // Beside "or" with a time the knowledge uses: "daytime or night", "friday or saturday".
      const offered =
        (t.alternative && time(tokens[at - 1])) || (tokens[at + 1]?.alternative && time(tokens[at + 1]));
      if (!yesNo && !offered) return t;
      changed = true;
      return retyped(t, t.raw, DAY_WORD);
    });
    return changed ? out : tokens;
  }

  /**
   * "soldiers or civilians?", "was it a mistake or an accident": a word the knowledge does not use
   * right beside an "or" the reader took out, with a word it uses on the other side, one word
   * each, ending the question. It asks which of the two; the one the article holds answers it (or tells it is
   * the other), so the word it lacks is an option offered, weighing nothing, not a topic it lacks. Not a name (knownAlternative) nor a stop word on the other side ("or the
   * civilians").
   */
  private optionBeside(tokens: readonly Token[], at: number): boolean {
    const token = tokens[at];
    if (!token) return false;
    // The options end the question ("were they soldiers or civilians?"), and no question word or
    // determiner asks for one of either kind ("which unit or division was hit", "the names or
    // ranks of the dead": not a choice between the two).
    const later = token.alternative ? at : at + 1;
    if (later !== tokens.length - 1 || OPTION_SCOPED.has(tokens[later - 2]?.word ?? '')) return false;
    const other = token.alternative
      ? tokens[at - 1]
      : tokens[at + 1]?.alternative
        ? tokens[at + 1]
        : undefined;
    if (!other || STOP_WORDS.has(other.word) || !this.vocabulary.has(other.word)) return false;
    return this.lexicon.match([other]).some((m) => m.terms.some((t) => !t.startsWith('e:')));
  }

  /**
   * "was it Assad or Gaddafi", "Peter Cooke or Paul Cook": a name the writer is unsure of, said
   * with "or" beside one of the knowledge. The name the knowledge has is what they mean; the other
   * (a name the bot does not know: not English, or written with a capital) is no word it lacks.
   * Only the words right beside "or", up to two a side, and only when one side names someone of
   * the knowledge.
   */
  private knownAlternative(tokens: readonly Token[]): readonly Token[] {
    if (!tokens.some((t) => t.alternative)) return tokens;
    const dropped = new Set<number>();
    for (const [at, token] of tokens.entries()) {
      if (!token.alternative) continue;
      // The words before the "or" end at `at - 1`; those after start at `at`.
      const side = (step: number, reach = ALTERNATIVE_REACH) => {
        const found: number[] = [];
        for (let i = step < 0 ? at - 1 : at; found.length < reach && i >= 0 && i < tokens.length; i += step) {
          if (reach === ALTERNATIVE_REACH && STOP_WORDS.has((tokens[i] as Token).word)) break;
          found.push(i);
        }
        return step < 0 ? found.reverse() : found;
      };
      const both = [side(-1), side(1)];
      // A name of the knowledge of more words than a side reads ("deir ez zor or hama", its "ez"
      // a stop word) is read whole to say the side names it.
      const names = [side(-1, NAME_REACH), side(1, NAME_REACH)].some((ids) =>
        this.lexicon
          .match(ids.map((i) => tokens[i] as Token))
          .some((m) => m.terms.some((t) => t.startsWith('e:'))),
      );
      if (!names) continue;
      for (const i of both.flat()) {
        const t = tokens[i] as Token;
        if (!this.isKnown(t.word) && (CAPITAL.test(t.raw) || !this.isEnglish(t.word))) dropped.add(i);
      }
    }
    return dropped.size === 0 ? tokens : tokens.filter((_, i) => !dropped.has(i));
  }

  /**
   * "the ambassador of Russia", "the envoy of moscow": a noun of someone's said with "of" and a
   * name after it, put the other way round ("russia ambassador") when that is a name of the
   * knowledge naming more than the name alone (Churkin, not only Russia): as non-native writers
   * and formal English say it. Not when the turned words are no one name ("the army of
   * volunteers", "the death toll of the monitor").
   */
  private ofNamed(tokens: readonly Token[]): readonly Token[] {
    const at = tokens.findIndex((t, i) => i > 0 && t.word === 'of');
    if (at < 0) return tokens;
    let from = at + 1;
    if (tokens[from]?.word === 'the') from++;
    for (let heads = 2; heads >= 1; heads--) {
      const head = tokens.slice(at - heads, at);
      if (head.length < heads || head.some((t) => STOP_WORDS.has(t.word))) continue;
      for (let n = 3; n >= 1; n--) {
        const name = tokens.slice(from, from + n);
        if (name.length < n || name.some((t) => STOP_WORDS.has(t.word) && t.raw === t.word)) continue;
        const named = new Set(this.lexicon.match(name).flatMap((m) => m.terms));
        if (![...named].some((t) => t.startsWith('e:'))) continue;
        const turned = [...name, ...head];
        const whole = this.lexicon.match(turned);
        const [one] = whole;
        if (whole.length !== 1 || one?.start !== 0 || one.end !== turned.length) continue;
        if (!one.terms.some((t) => t.startsWith('e:') && !named.has(t))) continue;
        return [...tokens.slice(0, at - heads), ...turned, ...tokens.slice(from + n)];
      }
    }
    return tokens;
  }

  /**
   * Two words sharing the noun after them ("the american and russian envoys", "us or russian
   * ambassador", "the american or the russian ambassador") each said with it, when each with it is a name of the knowledge naming more than
   * the word alone: "american envoy" is Power, "russian envoys" Churkin. Only the first pair.
   */
  private sharedHead(tokens: readonly Token[]): readonly Token[] {
    for (let i = 1; i + 1 < tokens.length; i++) {
      // The joining word may be gone already, as chat filler: "the american russian envoys".
      const joined = SHARING.has((tokens[i] as Token).word);
      let next = joined ? i + 1 : i;
      // The article may be said again before the second word: "the american or the russian envoy".
      if (tokens[next]?.word === 'the') next++;
      const head = tokens[next + 1];
      const first = tokens[i - 1] as Token;
      if (!head || STOP_WORDS.has(first.word) || STOP_WORDS.has(head.word)) continue;
      // The first word alone a name first: most words are none, and the lookups below are pure,
      // so asking this one first decides the same, with one lookup a word instead of two.
      const alone = this.nameOf([first]);
      if (!alone) continue;
      const second = tokens[next] as Token;
      // Each says the noun once: "american envoy" is Power, where "american envoys" are a group.
      const one = singularOf(head);
      if (!this.nameOf([second, one]) || this.nameOf([first, second, one])) continue;
      const named = this.nameOf([first, one]);
      if (!named?.some((t) => t.startsWith('e:') && !alone.includes(t))) continue;
      return [...tokens.slice(0, i), one, ...tokens.slice(i, next + 1), one, ...tokens.slice(next + 2)];
    }
    return tokens;
  }

  /**
   * "so it wasnt only american planes?", "who was doing the bombing, just the us?", "was it only
   * the US who bombed": one party said to be the only one, in a question that asks nothing else of
   * it (no word of the knowledge but the strike, its planes or whose it was) and makes it the one
   * striking (the strike or its planes named, or who asked), asks whether others took part. Read with "involved" ("were only us planes involved" is answered by whose aircraft took
   * part). Not "why did only australia apologize", which asks of the apology.
   */
  private onlyParty(tokens: readonly Token[]): readonly Token[] {
    const at = tokens.findIndex((t) => ONLY.has(t.word));
    if (at < 0) return tokens;
    const name = tokens[at + 1]?.word === 'the' ? at + 2 : at + 1;
    const named = tokens[name];
    if (!named) return tokens;
    // Not a list of parties known to have taken part ("it wasn't only US and australian planes,
    // was it? which others ..."; the reader may have dropped the "and"): asked beyond them, what
    // the article names is no answer.
    const isParty = (token: Token | undefined) => {
      const terms = token ? this.terms([token]).terms : [];
      return terms.length > 0 && terms.every((t) => t.startsWith('e:'));
    };
    if (!isParty(named)) return tokens;
    const after = tokens[name + 1];
    if (LISTING.has(after?.word ?? '') || isParty(after)) return tokens;
    const rest = tokens.filter((_, i) => i !== at && i !== name);
    const asked = this.terms(rest).terms;
    if (!asked.every((t) => t.startsWith('e:') || ONLY_ASKS.has(t))) return tokens;
    // The party as the one striking: the strike or its planes said, or who did it asked; not
    // "... or was it just syrians" (whom it hit).
    if (!asked.some((t) => ONLY_DOING.has(t)) && !rest.some((t) => t.word === 'who')) return tokens;
    return [...tokens, { raw: 'involved', word: 'involved' }];
  }

  /**
   * "the US diplomats", "russian envoys": a country's name and a role's plural, where the same
   * with the role said once names one person of the knowledge ("us diplomat" is Power), while
   * the plural names no one: many of that country's people, its side as a group, not her alone.
   * The plural goes and the country speaks for them ("what did the US diplomats say" reads as
   * "what did the US say"). Not two names sharing the noun (sharedHead: "the american and
   * russian envoys" are the two ambassadors), nor a plural that is a name itself ("russian
   * diplomats", the Foreign Ministry).
   */
  private roleGroup(tokens: readonly Token[]): readonly Token[] {
    for (let i = 1; i < tokens.length; i++) {
      const head = tokens[i] as Token;
      const one = singularOf(head);
      if (one === head || STOP_WORDS.has(head.word)) continue;
      const country = tokens[i - 1] as Token;
      const alone = this.nameOf([country]);
      if (!alone || this.lexicon.isPerson(alone)) continue;
      if (this.lexicon.match(tokens.slice(i - 1, i + 1)).some((m) => m.start === 0 && m.end === 2)) continue;
      const person = this.nameOf([country, one]);
      if (!person || !this.lexicon.isPerson(person)) continue;
      // "what did they say about the pilots", "what about the US diplomats": a matter asked, or
      // the group turned to, a sentence naming the group by its role ("US representatives") may
      // answer, so the role stays.
      if (tokens.some((t) => ABOUT_MATTER.has(t.word))) return tokens;
      return [...tokens.slice(0, i), ...tokens.slice(i + 1)];
    }
    return tokens;
  }

  /** The terms of a name of the knowledge the tokens are, whole; else null. */
  private nameOf(tokens: readonly Token[]): Term[] | null {
    const whole = this.lexicon.match(tokens);
    const [one] = whole;
    if (whole.length !== 1 || one?.start !== 0 || one.end !== tokens.length) return null;
    return one.terms.some((t) => t.startsWith('e:')) ? one.terms : null;
  }

  /**
   * A verb's particle said after its object ("call the strike off", "passed the msg along",
   * "shot the plane down") put back next to the verb, when verb and particle are a phrase of the
   * lexicon ("call off"): the phrase then reads as it does unseparated.
   */
  /**
   * A phrase of the knowledge, a verb and its noun, with a determiner between them: "express any
   * regret", "voice their concerns", "offer its condolences" read as "express regret" and so on;
   * the verb is said with the noun, not on its own ("express" alone is "voiced"). Only where the
   * two words without the determiner are a phrase and the three are not one already ("pull the
   * plug"); never "no" ("expressed no regret" keeps its negation).
   */
  private determinerInPhrase(tokens: readonly Token[]): readonly Token[] {
    let out: Token[] | null = null;
    for (let i = tokens.length - 2; i >= 1; i--) {
      if (!PHRASE_DETERMINERS.has((tokens[i] as Token).word)) continue;
      const verb = tokens[i - 1] as Token;
      const noun = tokens[i + 1] as Token;
      if (STOP_WORDS.has(verb.word) || STOP_WORDS.has(noun.word)) continue;
      if (this.lexicon.phraseAt(tokens, i - 1) >= 3) continue;
      const joined = this.lexicon.match([verb, noun]);
      if (joined.length !== 1 || joined[0]?.start !== 0 || joined[0]?.end !== 2) continue;
      out ??= [...tokens];
      out.splice(i, 1);
    }
    return out ?? tokens;
  }

  /**
   * Aircraft as what is stopped ("who got the jets called off", "who called off the planes",
   * "the jets were stopped"): their sortie is, and the article says the strike was. An aircraft
   * word next to a phrase of stopping, with only small words between, reads as "strike".
   */
  private planesStopped(tokens: readonly Token[]): readonly Token[] {
    // No word that may open a stop or a plane (most messages): nothing to match.
    if (!this.lexicon.mayMatch(tokens, STOP_TERM) || !this.lexicon.mayMatch(tokens, PLANE_TERM))
      return tokens;
    const matches = this.lexicon.match(tokens);
    const stops = matches.filter((m) => m.terms.includes(STOP_TERM));
    if (stops.length === 0) return tokens;
    const planes = matches.filter((m) => m.end === m.start + 1 && m.terms.includes(PLANE_TERM));
    if (planes.length === 0) return tokens;
    const stopped = planes.filter((p) =>
      stops.some(
        (s) =>
          (s.end <= p.start && nextTo(tokens, s.end, p.start)) ||
          (p.end <= s.start && nextTo(tokens, p.end, s.start)),
      ),
    );
    if (stopped.length === 0) return tokens;
    return tokens.map((t, i) => (stopped.some((p) => p.start === i) ? retyped(t, 'strike', 'strike') : t));
  }

  /**
   * Aircraft that leave ("the jets bailed after 40 mins", "the planes left"): the sortie broke off,
   * which the article tells as the strike aborted; a person who leaves walked out (synonyms.yaml
   * walk-out). A verb of leaving right after an aircraft word, with only small words between,
   * reads as "aborted" (then planesStopped reads the aircraft as the strike).
   */
  private aircraftLeft(tokens: readonly Token[]): readonly Token[] {
    if (!tokens.some((t) => LEAVING.has(t.word)) || !this.lexicon.mayMatch(tokens, PLANE_TERM)) return tokens;
    const planes = this.lexicon
      .match(tokens)
      .filter((m) => m.end === m.start + 1 && m.terms.includes(PLANE_TERM));
    return tokens.map((t, i) =>
      LEAVING.has(t.word) && planes.some((p) => p.end <= i && nextTo(tokens, p.end, i))
        ? retyped(t, 'aborted', 'aborted')
        : t,
    );
  }

  /**
   * A word of judgement right before a word for a mistake ("a stupid mistake", "dumb error",
   * "tragic accident"): how the writer judges the mistake, not which one; the question asks
   * whether it was one. Not a word that says which ("a nuclear accident": another story).
   */
  private judgesMistake(tokens: readonly Token[], at: number): boolean {
    const token = tokens[at];
    const next = tokens[at + 1];
    if (!token || !next || !MISTAKE_JUDGEMENTS.has(token.word)) return false;
    return this.lexicon.single(next)?.terms.includes(INTENT) === true;
  }

  /**
   * "why did washington express regret if they say it was aimed at IS", "why did the soldiers get
   * hit if the target was IS": the terms of a premise set after a why's own clause (PREMISE_OPENS,
   * a few words after the why) that the clause itself does not use, names aside. Only in a why: "did they say
   * if it was a mistake" asks the clause after "if".
   */
  private premiseOnly(tokens: readonly Token[]): Term[] {
    const why = tokens.findIndex((t) => WHY_WORD.test(t.word));
    if (why < 0 || why > 3) return [];
    const at = tokens.findIndex((t, i) => i > why + ASKED_CLAUSE_MIN && PREMISE_OPENS.has(t.word));
    if (at < 0) return [];
    const asked = new Set(this.terms(tokens.slice(0, at)).terms);
    // "why did the coalition fly there at all if the syrian army was there": a why's clause that
    // points at a place ("there") it leaves the granted clause to tell of is asked of what the
    // granted clause says; nothing of it weighs less.
    if (tokens.slice(why, at).some((t) => t.word === 'there')) return [];
    return [...new Set(this.terms(tokens.slice(at + 1)).terms)].filter((t) => !asked.has(t));
  }

  /**
   * "why were US planes flying near deir ez zor", "why the planes of the coalition were flying over
   * deir ezzor": a why of the aircraft's being there asks what they were there for, their aim; where
   * they flew is granted. The terms of the place words after the verb (prepositions of where, as
   * PLACE_PREPOSITIONS) that the clause before it does not use: said, weighing less.
   */
  private presencePlace(tokens: readonly Token[], verb: number): Term[] {
    // "at all" is no place; a clause the writer grants after it ("if the syrian army was there")
    // is weighed by premiseOnly, not as the place.
    const at = tokens.findIndex(
      (t, i) =>
        i > verb && PLACE_PREPOSITIONS.has(t.word) && !(t.word === 'at' && tokens[i + 1]?.word === 'all'),
    );
    if (at < 0) return [];
    const end = tokens.findIndex((t, i) => i > at && PLACE_ENDS.has(t.word));
    const asked = new Set(this.terms(tokens.slice(0, at)).terms);
    return [...new Set(this.terms(tokens.slice(at + 1, end < 0 ? undefined : end)).terms)].filter(
      (t) => !asked.has(t),
    );
  }

  /**
   * "how long were the warplanes over the target", "how much time did the aircraft spend on the
   * target area": in a question of a length, the place the doers were over (overPlace) is where
   * they were, granted; its terms the words before it do not use weigh less.
   */
  private placeOfLength(tokens: readonly Token[]): Term[] | null {
    const words = tokens.map((t) => t.word);
    const at = words.findIndex((w, i) => w === 'how' && words[i + 1] === 'long');
    if (at < 0) return null;
    const over = placeOfLengthAt(words, at);
    if (over < 0) return null;
    // Only of aircraft, no armed group's ("how long did IS fighters stay over the area"), and with
    // no time it is measured against ("before the strike").
    if (words.some((w, i) => i > over && LENGTH_AGAINST.has(w))) return null;
    const before = this.terms(tokens.slice(at + 2, over).filter((t) => !STAYING.has(t.word))).terms;
    if (
      !before.some((t) => LENGTH_DOERS.has(t)) ||
      !before.every((t) => LENGTH_DOERS.has(t) || (t.startsWith('e:') && !this.lexicon.isArmedGroup([t])))
    )
      return null;
    const asked = new Set(this.terms(tokens.slice(0, over)).terms);
    const place = this.terms(tokens.slice(over + 1, overPlace(words, over))).terms.filter(
      (t) => !asked.has(t),
    );
    // The aircraft that were there and the verb of their staying are granted too: the raid was theirs.
    const doers = before.filter((t) => LENGTH_DOERS.has(t));
    const staying = tokens
      .slice(at + 2, over)
      .filter((t) => STAYING.has(t.word))
      .map((t): Term => `w:${this.lexicon.stemOf(t.word)}`);
    return [...new Set([...place, ...doers, ...staying])];
  }

  /**
   * The knowledge's terms of an adjective after "so" in a question of why ("why was power so
   * harsh on russia", "why were they so angry"): the manner asked the reason of.
   */
  private mannerAsked(tokens: readonly Token[]): Term[] {
    if (!tokens.some((t) => t.word === 'why')) return [];
    const out: Term[] = [];
    for (let i = 1; i < tokens.length; i++) {
      if ((tokens[i - 1] as Token).word !== 'so') continue;
      const token = tokens[i] as Token;
      if (!baseForms(token.word, 'a').some(isModifierWord)) continue;
      const one = this.lexicon.single(token);
      if (one?.terms.every((t) => t.startsWith('c:'))) out.push(...one.terms);
    }
    return out;
  }

  /**
   * A negated word the knowledge lacks whose "un-" form its text has as a word of its own ("the US
   * wasn't able to explain", "not able"): that form, as the article says it ("unable to
   * provide"). Not one the knowledge has only inside a phrase ("isn't happy": "unhappy about").
   */
  private negatedAsUn(tokens: readonly Token[]): readonly Token[] {
    let out: Token[] | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const before = tokens[i - 1]?.word ?? '';
      if (!(token.negated || before.endsWith("n't") || NEGATORS.has(before))) continue;
      if (this.vocabulary.has(token.word) || !/^[a-z]{3,}$/.test(token.word)) continue;
      const un = `un${token.word}`;
      // The article's own word ("unable"), not one only inside a phrase of a concept ("unhappy about").
      if (!this.vocabulary.has(un) || !this.indexed(`w:${this.lexicon.stemOf(un)}`)) continue;
      out ??= [...tokens];
      out[i] = retyped(token, un, un);
    }
    return out ?? tokens;
  }

  private particlesJoined(tokens: readonly Token[]): readonly Token[] {
    if (!tokens.some((t) => PARTICLES.has(t.word))) return tokens;
    let out = [...tokens];
    for (let i = 2; i < out.length; i++) {
      const particle = out[i] as Token;
      if (!PARTICLES.has(particle.word)) continue;
      // The verb one to three words before the particle (its object between them).
      for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
        const verb = out[j] as Token;
        if (STOP_WORDS.has(verb.word)) continue;
        const phrase = this.lexicon.match([verb, particle]);
        if (phrase.length !== 1 || phrase[0]?.start !== 0 || phrase[0]?.end !== 2) continue;
        out = [...out.slice(0, j + 1), particle, ...out.slice(j + 1, i), ...out.slice(i + 1)];
        break;
      }
    }
    return out;
  }

  /**
   * A "back" with no object after it (the question ends, or a preposition or an adverb follows)
   * and no one before it who backs (a name, a pronoun, an auxiliary): the particle of the verb
   * before it, "did russia hit back later", "did the soldiers fire back at the planes", "did russia
   * bomb anybody back after this"; it carries no topic. Not "which side do they back", "does the
   * US back IS".
   */
  private backWithoutObject(tokens: readonly Token[]): readonly Token[] {
    const at = tokens.findIndex((t) => t.word === 'back');
    if (at < 1) return tokens;
    // "off the back of the bombing": a noun after a determiner, never backing.
    if (NOUN_BEFORE.has((tokens[at - 1] as Token).word))
      return [...tokens.slice(0, at), ...tokens.slice(at + 1)];
    const next = tokens[at + 1]?.word;
    if (next !== undefined && !NO_OBJECT.has(next) && !(next.endsWith('ly') && next.length > 4))
      return tokens;
    const before = tokens[at - 1] as Token;
    if (
      BACKER.has(before.word) ||
      this.lexicon.match([before]).some((m) => m.terms.some((t) => t.startsWith('e:')))
    )
      return tokens;
    // "won back", "pushed back": a phrase of the knowledge reads as it is.
    const phrase = this.lexicon.match([before, tokens[at] as Token]);
    if (phrase.length === 1 && phrase[0]?.start === 0 && phrase[0]?.end === 2) return tokens;
    return [...tokens.slice(0, at), ...tokens.slice(at + 1)];
  }

  /**
   * "the syrian side", "the pentagon's side of the story", "the government side": a side owned by
   * a party is that party, what it says; not two sides that disagree ("each side", "which side is
   * right"). The side reads as "said" (its "of the story" goes with it). "on the jihadists' side",
   * "on their side": being on a party's side is backing it.
   */
  private partySide(tokens: readonly Token[]): readonly Token[] {
    if (!tokens.some((t) => t.word === 'side')) return tokens;
    const out: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const before = tokens[i - 1];
      // "on the US side" (among them) stays as it is; "being on their side" backs them.
      const onAt = tokens[i - 2]?.word === 'on' ? i - 2 : tokens[i - 3]?.word === 'on' ? i - 3 : -1;
      const on = onAt >= 1 && ON_SIDE.has((tokens[onAt - 1] as Token).word);
      if (
        t.word !== 'side' ||
        !before ||
        (onAt >= 0 && !on) ||
        !(on ? !NOT_PARTY.has(before.word) : this.isParty(before))
      ) {
        out.push(t);
        continue;
      }
      // The noun stays as written ("side"): a possessive before it may say whose camp (terms()).
      out.push(on ? { raw: 'support', word: 'support' } : { raw: t.raw, word: 'said' });
      if (tokens[i + 1]?.word === 'of') {
        const skip = tokens[i + 2]?.word === 'the' ? 3 : 2;
        if (STORY.has(tokens[i + skip]?.word ?? '')) i += skip;
      }
    }
    return out;
  }

  /**
   * "did the US warn russia first", "did the pentagon alert moscow": a warning given to Russia is
   * Russia being told of the plans beforehand, not the alarm Moscow raised; the verb reads as
   * "informed" too. Not in the passive ("was russia warned"), which leaves who warned unsaid.
   */
  private toldWhom(tokens: readonly Token[]): readonly Token[] {
    const russia = (token: Token | undefined) =>
      !!token && this.lexicon.match([token]).some((m) => m.terms.includes('e:russia'));
    const informed = (at: number) => [
      ...tokens.slice(0, at + 1),
      { raw: 'informed', word: 'informed' },
      ...tokens.slice(at + 1),
    ];
    // "did the US tell the russians they were gonna fly there", "did they tell moscow": telling
    // Russia (whom, after the verb) is informing it, as warning it is. Not "what did power tell
    // the russians", whose question word asks the words told.
    const asksWords = tokens.some((t) => t.word === 'what');
    const at = tokens.findIndex(
      (t, i) =>
        (WARNING.has(t.word) || (TELLING.has(t.word) && !asksWords)) &&
        !PASSIVE.has(tokens[i - 1]?.word ?? ''),
    );
    if (at >= 0) {
      let j = at + 1;
      while (j < tokens.length && j <= at + 3 && BEFORE_WHOM.has((tokens[j] as Token).word)) j++;
      if (russia(tokens[j])) return informed(at);
    }
    // "did the russians know the americans were flying there", "so russia knew the planes were
    // coming": Russia knowing (the subject, just before the verb) is its having been told. Not
    // "did russia know how many died", whose question word asks what was known.
    const knew = tokens.findIndex(
      (t, i) => KNOWING.has(t.word) && russia(tokens[i - 1]) && !WH_WORDS.has(tokens[i + 1]?.word ?? ''),
    );
    return knew >= 0 ? informed(knew) : tokens;
  }

  /** A word naming a party: a name of the knowledge ("syrian", "pentagon's"), or "government", "their". */
  private isParty(token: Token): boolean {
    if (PARTY.has(token.word)) return true;
    return this.lexicon.match([token]).some((m) => m.terms.some((t) => t.startsWith('e:')));
  }

  /** A non-word that is two words of the knowledge run together ("whitehouse"), or null. */
  private split(word: string): [string, string] | null {
    if (word.length < 2 * minLength + 1 || !/^\p{L}+$/u.test(word) || this.isEnglish(word)) return null;
    for (let i = minLength; i <= word.length - minLength; i++) {
      const left = word.slice(0, i);
      const right = word.slice(i);
      if (
        this.vocabulary.has(left) &&
        this.vocabulary.has(right) &&
        !STOP_WORDS.has(left) &&
        !STOP_WORDS.has(right)
      )
        return [left, right];
    }
    return null;
  }

  /** English words looked up once (a long message repeats the same few hundred); bounded. */
  private readonly englishCache = new SpreadMap<boolean>();

  private isEnglish(word: string): boolean {
    let known = this.englishCache.get(word);
    if (known === undefined) {
      known = this.english.has(word);
      if (this.englishCache.size >= cachedCorrections) this.englishCache.clear();
      this.englishCache.set(word, known);
    }
    return known;
  }

  private isKnown(word: string): boolean {
    return word.length < minLength || STOP_WORDS.has(word) || this.vocabulary.has(word) || hasDigit(word);
  }

  /**
   * The one word of the writer's task (chat.yaml `asking`: "essay", "homework") one slip off
   * `word` with its first letter, when the story's correction `story` changes the first letter
   * ("esay": essay, not "say"; typos rarely change the first letter); else null. Not for a
   * name nor a word of English.
   */
  private taskSlip(word: string, story: string | null, named: boolean): string | null {
    if (named || story === null || story[0] === word[0] || !/^[a-z]+$/.test(word) || this.isEnglish(word))
      return null;
    let found: string | null = null;
    for (const candidate of this.chat.asking) {
      if (candidate[0] !== word[0] || Math.abs(candidate.length - word.length) > 1) continue;
      if (editDistance(word, candidate, 1) > 1) continue;
      if (found !== null) return null;
      found = candidate;
    }
    return found;
  }

  /** The vocabulary word a misspelling stands for, or null. Memoised: the vocabulary is fixed. */
  private correct(word: string): string | null {
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    let result: string | null = null;
    /** The word of the knowledge the word is spelled as it sounds, if any (spelledAsHeard). */
    let heard: string | null = null;
    // A word for a nation's people ("danes", "norwegians") is meant, not a slip toward a name of
    // the story ("daesh"): the word lists of English leave most of them out.
    if (isPeopleWord(word)) return null;
    if (word.length >= minLength && /^\p{L}+$/u.test(word) && !this.isEnglish(word)) {
      // Two slips only in long words, the word typed or the word meant: "france" is not a typo
      // of "face", "destroid" is of "destroyed" (a letter wrong and one left out of its ending).
      const allowed = word.length + 2 >= twoEditsFrom ? 2 : 1;
      // Three letters leave too little to go on: only swapped letters count ("sya" -> "say").
      const swapOnly = word.length === swapOnlyLength;
      // The closest words first (edit distance is cheap)...
      let closest: string[] = [];
      let bestDistance = allowed + 1;
      for (const candidate of this.typos.candidates(word, allowed)) {
        const distance = editDistance(word, candidate, allowed);
        // Typos rarely change the first letter; allow it only for a single slip.
        if (distance > allowed || (candidate[0] !== word[0] && distance > 1)) continue;
        if (distance > 1 && Math.max(word.length, candidate.length) < twoEditsFrom) continue;
        if (swapOnly && [...candidate].sort().join('') !== [...word].sort().join('')) continue;
        if (distance < bestDistance) {
          bestDistance = distance;
          closest = [candidate];
        } else if (distance === bestDistance) closest.push(candidate);
      }
      // ...a word spelled as it sounds ("armee": army, not "armed"; "neer": near, not "never"):
      // the one word of the knowledge as close or a slip further with the same sound...
      heard = this.spelledAsHeard(word, closest, allowed);
      if (heard !== null) closest = [heard];
      // ...two letters swapped and a letter left out are the commonest slips in chat ("mnay" is
      // "many", not "may"; "nevr" is "never", not "near")...
      const swapped = closest.filter((candidate) => sameLetters(word, candidate));
      const dropped = closest.filter((candidate) => leftOut(word, candidate));
      if (swapped.length > 0) closest = swapped;
      else if (dropped.length > 0) closest = dropped;
      // ...then Fuse.js's bitap score breaks ties between equally close words, then frequency.
      let best = { score: 1, frequency: -1 };
      for (const candidate of closest) {
        const score = closest.length === 1 ? 0 : (Fuse.match(word, candidate, FUSE_WORD).score ?? 1);
        const frequency = this.frequency.get(candidate) ?? 0;
        if (score < best.score || (score === best.score && frequency > best.frequency)) {
          best = { score, frequency };
          result = candidate;
        }
      }
    }
    // A letter doubled in the wrong place ("supossed" for "supposed"): one slip, not two.
    if (result === null && word.length >= minLength && /^\p{L}+$/u.test(word) && !this.isEnglish(word))
      result = this.movedDoubling(word);
    // Three letters, no word of English, one of them typed once for twice ("wat did they cal it",
    // "how many did it kil"): a letter of a double left out is the commonest slip of a short word,
    // and the one known word it makes is meant (only swapped letters are read above).
    if (result === null && word.length === swapOnlyLength && /^\p{L}+$/u.test(word) && !this.isEnglish(word))
      result = this.doubled(word);
    // A name misspelled twice over ("vitaly chirkn", "samanta"): names are the words people know
    // least how to spell, so a word that is no English word gets one more slip toward one name
    // word of the story, the first letter kept, when exactly one is that close.
    if (result === null && word.length >= nameTwoEditsFrom && /^\p{L}+$/u.test(word) && !this.isEnglish(word))
      result = this.closeName(word);
    // The word of English the writer meant, not a word of the story as far or further off: a
    // closer English word ("comming": "coming", not "command"; "decid": "decide", not "deir"), or
    // a word of grammar or chat just as close ("realy": "really", not "relay"; "ight": "right",
    // not "night"). English is the writer's language; the story's words are only a few of its words.
    // Not the word it is spelled as it sounds ("armee": army, not "armed").
    if (result !== null && result !== heard && !STOP_WORDS.has(result))
      result = this.nearerEnglish(word, result) ?? result;
    // A name spelled the way another language writes it ("tschurkin", "tchourkine", "чуркин",
    // "pauer"): the one name word of the story that sounds the same.
    if (result === null && word.length >= minLength + 1 && /^\p{L}+$/u.test(word) && !this.isEnglish(word))
      result = this.soundsLikeName(word);
    // A word typed without its vowels ("dmscs", "accdnt", "evidnc"): the one word of the knowledge
    // with those consonants, in that order, and vowels between them.
    if (result === null && word.length >= minLength && /^\p{L}+$/u.test(word) && !this.isEnglish(word))
      result = this.withVowels(word);
    // An English word the knowledge does not use whose two swapped letters make one it does:
    // a slip of the fingers ("did australia take prat"), not a word meant.
    if (result === null && word.length >= swapOnlyLength && /^\p{L}+$/u.test(word) && this.isEnglish(word))
      result = this.swapped(word) ?? (word.length >= doubledFrom ? this.doubled(word) : null);
    // A name of the story a phone's autocorrect completed into another word ("pentagram").
    if (result === null && word.length >= completedFrom && /^\p{L}+$/u.test(word))
      result = this.completedName(word);
    // A plural misspelled on top of its word ("atroshitys", "-ys" for "-ies"): the word without
    // its "s", corrected.
    if (
      result === null &&
      word.length > minLength &&
      /^\p{L}+[^s]s$/u.test(word) &&
      !this.isEnglish(word) &&
      !this.isEnglish(word.slice(0, -1))
    )
      result = this.correct(word.slice(0, -1));
    // Bounded: random input must not grow the cache forever.
    if (this.corrections.size >= cachedCorrections) this.corrections.clear();
    this.corrections.set(word, result);
    return result;
  }

  /**
   * The one word of the knowledge a word is spelled as it sounds: among the closest words found
   * (`closest`), or else, when none of them sounds the same nor is a likelier slip (a letter left
   * out, two swapped), up to two slips off, the first letter kept;
   * the same soundKey as the word, and no word of grammar. Null when none, or when two are, or
   * when one of the closest already sounds the same, or is the word with the "g" of "-ing".
   */
  private spelledAsHeard(word: string, closest: readonly string[], allowed: number): string | null {
    const key = soundKey(word);
    // "goin", "talkin": the "g" of "-ing" dropped as it is in speech, not another word.
    if (key.length < 3 || (word.endsWith('in') && closest.includes(`${word}g`))) return null;
    const same = closest.filter((c) => soundKey(c) === key);
    if (same.length === 1 && closest.length > 1) return same[0] as string;
    if (same.length > 0 || closest.length === 0 || allowed >= 2) return null;
    // A slip further only past a letter changed or added: a letter left out or two swapped are
    // likelier slips than a spelling by ear ("groud": ground, not "grid").
    if (closest.some((c) => leftOut(word, c) || sameLetters(word, c))) return null;
    let found: string | null = null;
    for (const candidate of this.typos.candidates(word, 2)) {
      if (candidate[0] !== word[0] || STOP_WORDS.has(candidate) || soundKey(candidate) !== key) continue;
      if (editDistance(word, candidate, 2) > 2) continue;
      if (found !== null && found !== candidate) return null;
      found = candidate;
    }
    return found;
  }

  /**
   * The names of the story by their soundKey() (see heardNames), and the keys of one sound fewer
   * they are filed under too; built when first needed, from the lexicon's few hundred names.
   */
  private heard: HeardNames | undefined;

  /** Builds what heardNames() looks names up in, before the first message that needs it (Engine.prime). */
  prepareHeardNames(): void {
    this.heard ??= heardNamesOf(this.lexicon);
    this.heardWordIndex();
  }

  /**
   * A name as a phone's dictation wrote it, in two or three words that sound like it: "dare as
   * or" is Deir ez-Zor, "the mask us" Damascus, "church kin" Churkin, "observe a tree" the
   * Observatory. Words said in one breath (only spaces between them) meet the name's sound
   * (soundKey), when each is a word a recogniser writes (no typo: `correct` mends those) and one
   * of them an English word the knowledge does not use (a word of the story is what it says): the
   * name's words stand for them. The text is returned as it is when nothing is heard so.
   */
  heardNames(said: string): string {
    const text = this.halfNames(this.spokenCapitals(this.spelledCapitals(said)));
    const words = [...text.matchAll(HEARD_WORD)];
    if (words.length < 2) return text;
    const folded = words.map((m) => (m[0] as string).toLowerCase());
    // Each word's unheard() and dictated() once (a word is in up to 2 * HEARD_SPAN - 2 spans):
    // 1 yes, 0 no, -1 not asked yet.
    const unheard = new Int8Array(folded.length).fill(-1);
    const dictated = new Int8Array(folded.length).fill(-1);
    const isUnheard = (k: number) => {
      if (unheard[k] === -1)
        unheard[k] = this.unheard(folded[k] as string) || addressedAfter(folded, k) ? 1 : 0;
      return unheard[k] === 1;
    };
    const isDictated = (k: number) => {
      if (dictated[k] === -1) dictated[k] = this.dictated(folded[k] as string) ? 1 : 0;
      return dictated[k] === 1;
    };
    const piece = new Int8Array(folded.length).fill(-1);
    const isPiece = (k: number) => {
      if (piece[k] === -1) piece[k] = this.soundPiece(folded[k] as string) ? 1 : 0;
      return piece[k] === 1;
    };
    let any = false;
    for (let k = 0; k < folded.length && !any; k++) any = isUnheard(k) || isPiece(k);
    if (!any) return text;
    // Whether only letters, apostrophes and spaces stand between word k and the next (the words
    // themselves are letters and apostrophes): a span is said in one breath when every gap in it is.
    const joined = new Uint8Array(words.length);
    for (let k = 0; k + 1 < words.length; k++) {
      const word = words[k] as RegExpExecArray;
      const gap = text.slice(
        word.index + (word[0] as string).length,
        (words[k + 1] as RegExpExecArray).index,
      );
      joined[k] = gap === ' ' || HEARD_GAP.test(gap) ? 1 : 0;
    }
    this.heard ??= heardNamesOf(this.lexicon);
    const heard = this.heard;
    // The sound of the words from k, n of them (2 to SPLIT_SPAN), and for two the word of the story
    // they are heard as (heardWord), each worked out once: splitWord asks them of the spans that
    // start at a word before the names are looked for in the same spans.
    const keys: (string | undefined)[] = new Array(words.length * (SPLIT_SPAN + 1));
    const spanKey = (k: number, n: number): string => {
      const at = k * (SPLIT_SPAN + 1) + n;
      let key = keys[at];
      if (key === undefined) {
        key = soundKey(folded.slice(k, k + n).join(''));
        keys[at] = key;
      }
      return key;
    };
    const heardTwo: (string | null | undefined)[] = new Array(words.length);
    const heardAt = (k: number, n: number): string | null => {
      if (n !== 2) return this.heardWord(spanKey(k, n), folded.slice(k, k + n).join(''));
      let word = heardTwo[k];
      if (word === undefined) {
        word = this.heardWord(spanKey(k, 2), `${folded[k]}${folded[k + 1]}`);
        heardTwo[k] = word;
      }
      return word;
    };
    let out = '';
    let from = 0;
    for (let i = 0; i < words.length; i++) {
      // Said as the name: opened by a word of its own or an article ("the mask us"), never
      // by another word of the sentence ("is theirs higher").
      const first = folded[i] as string;
      // A word of the story typed or heard in pieces, all its letters there ("am bass a door":
      // ambassador; "be fore": before): one of the pieces a word the knowledge does not use.
      const pieces = this.splitWord(folded, i, joined, isUnheard, heardAt);
      if (pieces !== null) {
        const last = words[i + pieces.n - 1] as RegExpExecArray;
        out += `${text.slice(from, (words[i] as RegExpExecArray).index)}${pieces.word}`;
        from = last.index + (last[0] as string).length;
        i += pieces.n - 1;
        continue;
      }
      if (STOP_WORDS.has(first) && !ARTICLES.has(first) && !addressedAfter(folded, i)) continue;
      for (let n = Math.min(HEARD_SPAN, words.length - i); n >= 2; n--) {
        let someUnheard = false;
        let somePiece = false;
        for (let k = i; k < i + n; k++) {
          if (isPiece(k)) somePiece = true;
          else if (isUnheard(k)) someUnheard = true;
        }
        if (!someUnheard && !somePiece) continue;
        let everyDictated = true;
        for (let k = i; k < i + n && everyDictated; k++) everyDictated = isDictated(k) || isPiece(k);
        if (!everyDictated) continue;
        let breath = true;
        for (let k = i; k < i + n - 1 && breath; k++) breath = joined[k] === 1;
        if (!breath) continue;
        const start = (words[i] as RegExpExecArray).index;
        const last = words[i + n - 1] as RegExpExecArray;
        const end = last.index + (last[0] as string).length;
        const span = folded.slice(i, i + n);
        // A name of two words with one of them heard as a word one letter off ("peter crook").
        const near = n === 2 ? this.nearTwoWordName(heard, span) : null;
        if (near !== null) {
          out += `${text.slice(from, start)}${near.join(' ')}`;
          from = end;
          i += n - 1;
          break;
        }
        const key = spanKey(i, n);
        if (key.length < MIN_HEARD_KEY) {
          // A short name split in two and spelled all but alike ("moss cow" Moscow).
          const split = n === 2 && key.length >= MIN_SPLIT_KEY ? splitName(heard, key, span.join('')) : null;
          if (split === null) continue;
          out += `${text.slice(from, start)}${split.join(' ')}`;
          from = end;
          i += n - 1;
          break;
        }
        // Looked up before the check below (both only skip the span): most spans sound like no name.
        // A span with a piece of no word meets a name by its whole sound only ("roy ters": Reuters).
        const found =
          heard.sounds.get(key) ?? (somePiece ? null : heard.consonants.get(`:${consonantKey(key)}`)) ?? null;
        if (found === null) {
          // A word of the story a recogniser wrote as two ("a boarded": aborted).
          const word = n === 2 && !somePiece ? heardAt(i, 2) : null;
          if (word === null) continue;
          out += `${text.slice(from, start)}${word}`;
          from = end;
          i += n - 1;
          break;
        }
        // Every word is heard in it: "syrian troops huh" is not the name "syrian troops".
        if (soundKey(span.slice(1).join('')) === key || soundKey(span.slice(0, -1).join('')) === key)
          continue;
        // Pieces of no word: two, both such pieces, the name's own letters but for PIECE_SLIPS
        // ("royters": reuters), not chat's shorthand beside a word that happens to sound alike.
        if (somePiece && (n !== 2 || !isPiece(i) || !isPiece(i + 1))) continue;
        if (somePiece && editDistance(span.join(''), found.join(''), PIECE_SLIPS) > PIECE_SLIPS) continue;
        out += `${text.slice(from, start)}${found.join(' ')}`;
        from = end;
        i += n - 1;
        break;
      }
    }
    return from === 0 ? text : out + text.slice(from);
  }

  /**
   * How many words from `i` (2 to SPLIT_SPAN, in one breath) are one word of the story's text
   * written in pieces, their letters joined exactly that word (HEARD_WORD_LENGTH letters or more),
   * or a long one heard so (its sound, its letters two slips off: "am bass a door"), with a piece
   * that is an English word the knowledge does not use ("bass", "fore"): null when none.
   */
  private splitWord(
    folded: readonly string[],
    i: number,
    joined: Uint8Array,
    isUnheard: (k: number) => boolean,
    /** heardWord() of the words from k, n of them (the caller keeps what it has asked). */
    heardAt: (k: number, n: number) => string | null,
  ): { n: number; word: string } | null {
    for (let n = Math.min(SPLIT_SPAN, folded.length - i); n >= 2; n--) {
      if (joined[i + n - 2] !== 1) continue;
      let breath = true;
      for (let k = i; k < i + n - 1 && breath; k++) breath = joined[k] === 1;
      if (!breath) continue;
      // One of the pieces a word the knowledge does not use (each word's answer kept by the
      // caller): asked before the letters are joined and looked up.
      let someUnheard = false;
      for (let k = i; k < i + n && !someUnheard; k++) someUnheard = isUnheard(k);
      if (!someUnheard) continue;
      // The letters' count first: most spans are too short to join, or too long to be heard as
      // any word of the story (heardWord: two slips at most), and are never joined or keyed.
      let length = 0;
      for (let k = i; k < i + n; k++) length += (folded[k] as string).length;
      if (length < HEARD_WORD_LENGTH) continue;
      const heardToo = length >= SPLIT_HEARD_LENGTH && length <= this.heardWordLongest() + 2;
      // Most spans start as no word of the knowledge of their length starts (wordStarts, built with
      // heardWordLongest's index): their letters are never joined nor looked up.
      const start = startKeyOf(folded, i, n, length);
      const known = start < 0 || hasBit(this.wordStartsIndex(), start);
      if (!known && !heardToo) continue;
      const letters = known ? folded.slice(i, i + n).join('') : '';
      // Its letters exactly, or (a long word) its sound and all but two of its letters.
      const word =
        known && (this.frequency.get(letters) ?? 0) > 0 ? letters : heardToo ? heardAt(i, n) : null;
      if (word !== null) return { n, word };
    }
    return null;
  }

  /** The words of the story by their soundKey() (null for a key two share), for heardWord. */
  private heardWords: Map<string, string | null> | undefined;
  /** The length of the longest word in heardWords (heardWordIndex). */
  private heardWordsLongest = 0;
  /**
   * The words of the knowledge (of HEARD_WORD_LENGTH letters or more) by their first three letters
   * and their length, one bit each (startKeyOf): built with heardWords, for splitWord.
   */
  private wordStarts: Uint32Array | undefined;

  /** wordStarts, built with heardWordIndex() when first needed. */
  private wordStartsIndex(): Uint32Array {
    this.heardWordIndex();
    return this.wordStarts as Uint32Array;
  }

  /** The length of the longest word heardWord() can return: letters more than two past it meet none. */
  private heardWordLongest(): number {
    this.heardWordIndex();
    return this.heardWordsLongest;
  }

  /**
   * The one word of the story (a word its text writes, no word of grammar) a recogniser wrote as
   * two words that sound as it does ("a boarded": aborted), their letters at most two slips from
   * its own. Null when none, or when two words of the story sound so.
   */
  private heardWord(key: string, joined: string): string | null {
    const word = this.heardWordIndex().get(key) ?? null;
    return word !== null && editDistance(joined, word, 2) <= 2 ? word : null;
  }

  /**
   * The words of the story by their soundKey(), built once (Engine.prime builds it before the
   * first message: built by the first two words heard as one, it cost that message 15 ms and
   * 10 MB at 50,000 passages).
   */
  private heardWordIndex(): Map<string, string | null> {
    if (this.heardWords === undefined) {
      const words = new Map<string, string | null>();
      const starts = new Uint32Array(START_KEYS / 32);
      for (const [word, count] of this.frequency) {
        if (count > 0 && word.length >= HEARD_WORD_LENGTH) {
          const start = startKeyOf([word], 0, 1, word.length);
          if (start >= 0) setBit(starts, start);
        }
        if (count === 0 || word.length < HEARD_WORD_LENGTH || STOP_WORDS.has(word) || !/^[a-z]+$/.test(word))
          continue;
        const wordKey = soundKey(word);
        const before = words.get(wordKey);
        words.set(wordKey, before === undefined || before === word ? word : null);
      }
      let longest = 0;
      for (const word of words.values()) if (word !== null) longest = Math.max(longest, word.length);
      this.heardWordsLongest = longest;
      this.wordStarts = starts;
      this.heardWords = words;
    }
    return this.heardWords;
  }

  /**
   * A name of capitals spelled out letter by letter, as a recogniser or a typist writes it ("the
   * i s fighters": IS; "the u n meeting": UN): two or three lone letters, one of them no word of a
   * letter ("a", "i", "u", "r": "r u sure" is chat), that are in capitals a name the story writes
   * only so (a case-sensitive alias). The text is returned as it is otherwise.
   */
  private spelledCapitals(text: string): string {
    if (!SPELLED.test(text)) return text;
    SPELLED.lastIndex = 0;
    return text.replace(SPELLED, (all: string) => {
      const letters = all.split(' ');
      if (letters.every((l) => LETTER_WORDS.has(l.toLowerCase()))) return all;
      const name = letters.join('').toUpperCase();
      return this.lexicon.isCaseSensitiveName(name) ? name : all;
    });
  }

  /**
   * A name of capitals said letter by letter that a recogniser wrote as the pronoun "I" ("what did
   * I says do": IS): "I" after a word that asks or governs it, then a verb's form for he or she
   * ("says", "does"), which "I" never takes. The name is the story's own (a name written only in
   * capitals, two letters, the first "I"); the text is returned as it is otherwise.
   */
  private spokenCapitals(text: string): string {
    if (!/\bI [a-z]/.test(text)) return text;
    const name = this.lexicon.capitalsStarting('I', 2);
    if (name === null) return text;
    return text.replace(I_THEN_VERB, (all: string, verb: string) => {
      const stem =
        verb.endsWith('es') && this.isEnglish(verb.slice(0, -2)) ? verb.slice(0, -2) : verb.slice(0, -1);
      // A verb has a form in "-ing" ("wanting"); "always", "besides" have none.
      const heSays =
        SAYS_DOES.has(verb) ||
        (/[^sui]s$/.test(verb) &&
          (this.isEnglish(`${stem}ing`) ||
            (stem.endsWith('e') && this.isEnglish(`${stem.slice(0, -1)}ing`))));
      return heSays ? `${name} ` : all;
    });
  }

  /**
   * Names half remembered ("Dare-ez-something", "Deer-el-something"): the words before
   * "-something" sound like the start of names of one entity only ("dare ez" begins "deir ez
   * zor"), so that name's words stand for them. Left as they are when they begin no name, or
   * names of two entities, or are too short to tell.
   */
  private halfNames(text: string): string {
    if (!/-something/i.test(text)) return text;
    return text.replace(HALF_NAME, (whole: string, start: string) => {
      const key = soundKey(start);
      if (key.length < MIN_HALF_KEY) return whole;
      this.heard ??= heardNamesOf(this.lexicon);
      let found: { words: readonly string[]; id: string } | null = null;
      for (const name of this.heard.all) {
        if (!name.key.startsWith(key)) continue;
        if (found !== null && found.id !== name.id) return whole;
        found ??= name;
      }
      return found === null ? whole : found.words.join(' ');
    });
  }

  /**
   * The one name of two words of the story that these two words are, one word for word and the
   * other an English word the knowledge does not use one letter off it, the first letter kept
   * ("peter crook" is Peter Cook): a person's first name said right names whose surname was
   * misheard. Null when none, or names of two entities.
   */
  private nearTwoWordName(heard: HeardNames, span: readonly string[]): readonly string[] | null {
    const [a, b] = span as [string, string];
    // Only names with one of the two words said right: those filed under it, in the lexicon's order.
    const first = heard.twoWords.get(`1:${a}`) ?? [];
    const second = heard.twoWords.get(`2:${b}`) ?? [];
    if (first.length + second.length === 0) return null;
    let found: { words: readonly string[]; id: string } | null = null;
    for (const at of [...first, ...second].sort((p, q) => p - q)) {
      const name = this.lexicon.names[at] as { words: readonly string[]; id: string };
      const [x, y] = name.words as [string, string];
      const pair = a === x && b !== y ? [b, y] : b === y && a !== x ? [a, x] : null;
      // "the lads" is not "the lady": an article said right names nobody.
      if (pair === null || ARTICLES.has(a === x ? a : b)) continue;
      const [said, meant] = pair as [string, string];
      if (meant.length < NEAR_NAME_LENGTH || said[0] !== meant[0] || !this.unheard(said)) continue;
      if (editDistance(said, meant, 1) > 1 && !autocorrected(said, meant) && !oneSoundOff(said, meant))
        continue;
      if (found !== null && found.id !== name.id) return null;
      found = name;
    }
    return found?.words ?? null;
  }

  /**
   * A word a dictated name may have become: an English word the knowledge does not use (a
   * recogniser writes words; a word no dictionary has is a typo, for `correct`).
   */
  private unheard(word: string): boolean {
    return (
      word.length >= minLength &&
      !STOP_WORDS.has(word) &&
      !this.vocabulary.has(word) &&
      /^[a-z]+$/.test(word) &&
      this.isEnglish(word)
    );
  }

  /**
   * A short piece of no word a name said was heard in ("roy ters": Reuters): letters only, no
   * stop word, no word of the knowledge, no English word, SOUND_PIECE letters at most (a longer
   * one is a typo of a word, for `correct`). Such words are no plausible reading of a question.
   */
  private soundPiece(word: string): boolean {
    return (
      word.length <= SOUND_PIECE &&
      /^[a-z]+$/.test(word) &&
      !STOP_WORDS.has(word) &&
      !WH_WORDS.has(word) &&
      !this.vocabulary.has(word) &&
      !this.isEnglish(word)
    );
  }

  /** A word a recogniser writes: a stop word, a word of the knowledge, or an English word. */
  private dictated(word: string): boolean {
    return (
      /^[a-z]+$/.test(word) &&
      !WH_WORDS.has(word) &&
      (STOP_WORDS.has(word) || this.vocabulary.has(word) || this.isEnglish(word))
    );
  }

  /** Words of the knowledge by their consonants (vowelsDropped), null for a key two of them share. */
  private consonantWords: Map<string, string | null> | undefined;

  /**
   * The one word of the knowledge that `word` is, typed with some of its vowels left out (chat
   * shorthand: "dmscs" Damascus, "accdnt" accident, "fghtrs" fighters): the same first letter and
   * consonants (a doubled one typed once or twice), at least two letters fewer, and five consonant
   * letters or more ("chnl", "wht" are too little to go on). Null when there is none, or two.
   */
  private withVowels(word: string): string | null {
    const key = vowelsDropped(word);
    if (key.length < MIN_CONSONANTS) return null;
    const found = this.consonantIndex().get(key) ?? null;
    return found !== null && found.length >= word.length + 2 && isSubsequence(word, found) ? found : null;
  }

  /**
   * consonantWords, built from the whole vocabulary when first needed: at 50,000 passages the
   * message with the first word no other correction mends paid 30 to 50 ms for it (Engine.prime
   * builds it before the first message: prepareConsonants).
   */
  private consonantIndex(): Map<string, string | null> {
    if (!this.consonantWords) {
      this.consonantWords = new Map();
      for (const known of this.vocabulary) {
        if (!/^\p{L}+$/u.test(known)) continue;
        const k = vowelsDropped(known);
        if (k.length < MIN_CONSONANTS) continue;
        const before = this.consonantWords.get(k);
        this.consonantWords.set(k, before === undefined || before === known ? known : null);
      }
    }
    return this.consonantWords;
  }

  /** Builds what withVowels() looks words up in, before the first message that needs it (Engine.prime). */
  prepareConsonants(): void {
    this.consonantIndex();
  }

  /** Name words of the lexicon by their nameKey(), null for a key two of them share. */
  private nameKeys: Map<string, string | null> | undefined;

  /** The one name word of the knowledge whose nameKey() this word's is, or null. */
  private soundsLikeName(word: string): string | null {
    if (!this.nameKeys) {
      this.nameKeys = new Map();
      for (const name of this.lexicon.nameWords) {
        if (name.length <= minLength || !this.vocabulary.has(name)) continue;
        const key = nameKey(name);
        const before = this.nameKeys.get(key);
        this.nameKeys.set(key, before === undefined || before === name ? name : null);
      }
    }
    const found = this.nameKeys.get(nameKey(word)) ?? null;
    return found === word ? null : found;
  }

  /**
   * A word of English one slip from `word` (Damerau: a letter changed, added, left out, or two
   * swapped), meant rather than `story`, the knowledge's word it would be corrected to: a word of
   * grammar ("really") when `story` is one slip off too and is neither such a word nor a name of
   * the story (names are what people misspell: "pwer" is Power, not "per"); any English word when
   * `story` is further. The likelier slip first: the first letter kept, then two letters swapped
   * or one doubled, a letter left out, a letter changed, a letter added. Null when there is none.
   */
  private nearerEnglish(word: string, story: string): string | null {
    if (!/^[a-z]+$/.test(word) || WH_WORDS.has(story)) return null;
    const further = editDistance(word, story, 2) > 1;
    // A person's name ("pauer": Power), a word of a name the article writes or one no dictionary
    // has ("chirkn": Churkin) is what people misspell worst; a word the article writes, one slip
    // off, is meant.
    const written = (this.frequency.get(story) ?? 0) > 0;
    if (
      this.lexicon.nameWords.has(story) &&
      (written ||
        !this.isEnglish(story) ||
        this.lexicon.names.some((n) => n.words.includes(story) && this.lexicon.isPerson([`e:${n.id}`])))
    )
      return null;
    if (!further && written) return null;
    let best: string | null = null;
    let bestRank = Number.POSITIVE_INFINITY;
    for (const near of oneSlip(word)) {
      if (near === story || near.length < minLength) continue;
      const small = STOP_WORDS.has(near) || WH_WORDS.has(near);
      if (!small && (!further || !this.isEnglish(near))) continue;
      const rank = (small ? 0 : 10) + (near[0] === word[0] ? 0 : 5) + slipRank(word, near);
      if (rank < bestRank) {
        best = near;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * Is `to`, the word of the story a name was corrected to, a name of the story one slip off it
   * ("Powr": Power, "Churkn": Churkin) or one that sounds the same ("Tschurkin")? A name is
   * corrected only to such a name.
   */
  private nameSlip(word: string, to: string): boolean {
    if (!this.lexicon.nameWords.has(to)) return false;
    return editDistance(word, to, 1) <= 1 || nameKey(word) === nameKey(to);
  }

  /** englishSlip's answers (null: none), by `commonOnly` and the word. */
  private readonly englishSlips = new SpreadMap<string | null>();

  /**
   * The word of English one slip from `word` (no English word itself, nor a name WordNet knows)
   * that the writer meant ("sombody": somebody, "wer": were, "compensaton": compensation), or
   * null: a word of grammar or one of English's commonest words (their inflections too), or, for
   * a word of ENGLISH_SLIP_FROM letters or more, any word of English; the first letter kept, and
   * the slip one of the commonest (letters swapped, a letter doubled or left out: slipRank 0 or
   * 1), the likeliest first, null when two are as likely. `commonOnly`: only the
   * commonest words (a capitalised word, likelier a name: "Patel" is not "pastel").
   */
  private englishSlip(word: string, commonOnly: boolean): string | null {
    if (word.length < minLength || !/^[a-z]+$/.test(word) || isKnownName(word) || this.isEnglish(word))
      return null;
    const key = `${commonOnly ? 1 : 0}${word}`;
    const cached = this.englishSlips.get(key);
    if (cached !== undefined) return cached;
    let best: string | null = null;
    let bestRank = Number.POSITIVE_INFINITY;
    let tie = false;
    // Three letters leave too little to go on: only a word of grammar ("wer": were, "dwn": down).
    const grammarOnly = word.length <= minLength;
    // Only the commonest slips: two letters swapped, a letter doubled or left out. A letter
    // changed makes a word of too many ("flot": foot, flat, plot; "unmute": uncute).
    for (const [near, slip] of commonSlips(word)) {
      if (near[0] !== word[0] || near.length < minLength) continue;
      const grammar = STOP_WORDS.has(near) || WH_WORDS.has(near);
      const common = grammar || (!grammarOnly && isCommonWord(near));
      if (grammarOnly && !grammar) continue;
      // The list itself, not isEnglish's memo: a word's hundred-odd slips would crowd the memo of
      // the words messages use (and each is looked up this once: englishSlips keeps the answer).
      if (!common && (commonOnly || word.length < ENGLISH_SLIP_FROM || !this.english.has(near))) continue;
      const rank = (common ? 0 : 10) + slip;
      if (rank < bestRank) {
        best = near;
        bestRank = rank;
        tie = false;
      } else if (rank === bestRank) tie = true;
    }
    const result = tie ? null : best;
    if (this.englishSlips.size >= cachedCorrections) this.englishSlips.clear();
    this.englishSlips.set(key, result);
    return result;
  }

  /**
   * The one name word of the lexicon within two edits of this word, with its first letter, or
   * null. Of several, the one the word is with letters left out or two swapped, nothing mistyped,
   * when only one is: letters are swapped and left out more often than mistyped ("forien":
   * foreign, not forces).
   */
  private closeName(word: string): string | null {
    const found: string[] = [];
    for (const name of this.lexicon.nameWords) {
      if (name[0] !== word[0] || Math.abs(name.length - word.length) > 2 || !this.vocabulary.has(name))
        continue;
      if (editDistance(word, name, 2) > 2) continue;
      found.push(name);
    }
    if (found.length === 1) return found[0] as string;
    const holding = found.filter((name) => leftOutOrSwapped(name, word));
    return holding.length === 1 ? (holding[0] as string) : null;
  }

  /**
   * The one name word of the story a phone's autocorrect completed into another English word from
   * the same start ("pentagram" for Pentagon): a name of one word the story writes, the first
   * two thirds of the longer word alike (COMPLETED_PREFIX letters at least), lengths at most two
   * apart, the word no common one of English (meant as written). Null when none, or more than one.
   */
  private completedName(word: string): string | null {
    if (isCommonWord(word) || STOP_WORDS.has(word)) return null;
    return this.completedFrom(word, COMPLETED_PREFIX) ?? this.completedShortName(word);
  }

  /**
   * The one short name of one word of the story whose first letters, all but its last two at
   * most and COMPLETED_SHORT at least, autocorrect finished as another, rarer word ("Syringe"
   * for Syrian): two thirds of the name said. Among spellings of one entity the story writes
   * ("syria", "syrian"), the one nearest the word's length. Null when none, or names of two.
   */
  private completedShortName(word: string): string | null {
    this.heard ??= heardNamesOf(this.lexicon);
    let found: { name: string; id: string } | null = null;
    for (const { words, id } of this.heard.all) {
      if (words.length !== 1) continue;
      const name = words[0] as string;
      if (name.length >= COMPLETED_PREFIX + 2 || name === word || word.length - name.length > 2) continue;
      if (word.length < name.length || !word.startsWith(name.slice(0, COMPLETED_SHORT))) continue;
      const shared = sharedPrefix(name, word, 0);
      if (3 * shared < 2 * name.length || name.length - shared > 2 || !this.vocabulary.has(name)) continue;
      if ((this.frequency.get(name) ?? 0) === 0) continue;
      if (found !== null && found.id !== id) return null;
      if (found === null || Math.abs(name.length - word.length) < Math.abs(found.name.length - word.length))
        found = { name, id };
    }
    return found?.name ?? null;
  }

  /** completedName with the first `prefix` letters said. */
  private completedFrom(word: string, prefix: number): string | null {
    const start = word.slice(0, prefix);
    let found: string | null = null;
    this.heard ??= heardNamesOf(this.lexicon);
    for (const { words } of this.heard.all) {
      // A name of one word ("Pentagon"), not a word of a longer one ("the Syrian military").
      if (words.length !== 1) continue;
      const name = words[0] as string;
      if (!name.startsWith(start) || name === word || !this.vocabulary.has(name)) continue;
      const shared = sharedPrefix(name, word, prefix);
      if (3 * shared < 2 * Math.max(name.length, word.length) || Math.abs(name.length - word.length) > 2)
        continue;
      // Of a name's spellings (the aliases "pentagone", "pentagono"), the one the story writes.
      if ((this.frequency.get(name) ?? 0) === 0) continue;
      if (found !== null && found !== name) return null;
      found = name;
    }
    return found;
  }

  /** The one word of the knowledge text that is this word with two neighbouring letters swapped, or null. */
  private swapped(word: string): string | null {
    let found: string | null = null;
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const swap = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if ((this.frequency.get(swap) ?? 0) === 0 || STOP_WORDS.has(swap)) continue;
      if (found !== null && found !== swap) return null;
      found = swap;
    }
    return found;
  }

  /** A word of the story a message says: one the knowledge uses, no word of grammar or chat. */
  private aboutStory(word: string): boolean {
    return word.length >= minLength && !STOP_WORDS.has(word) && this.vocabulary.has(word);
  }

  /**
   * The one word of the knowledge text that is this word with one letter put back (not before its
   * first: typos rarely change the first letter), when this word is English but rare in ordinary
   * English (no familiar word nor form of one, src/text/familiar-words.ts: "solders", "lanched")
   * and the word of the story is familiar ("soldiers", "launched"); else null. A familiar word is
   * meant as typed ("plan" is not "plane"), and so is a short one (doubledFrom).
   */
  private rareSlip(word: string): string | null {
    if (word.length < doubledFrom || !/^[a-z]+$/.test(word) || !this.isEnglish(word) || isFamiliarWord(word))
      return null;
    return this.rareSlipOf(word);
  }

  /** rareSlip's word meant, whatever the word (no test of whether it is rare English). */
  private rareSlipOf(word: string): string | null {
    // The words meant are words of the knowledge (a frequency), so of the vocabulary, and filed in
    // the typo index under this word (the word with a letter deleted): one look-up instead of 26
    // a letter of the word.
    const typos = this.typos;
    if (typos.whole) {
      let found: string | null = null;
      for (const meant of typos.filedUnder(word)) {
        if (meant.length !== word.length + 1 || meant[0] !== word[0] || !/^[a-z]+$/.test(meant)) continue;
        if ((this.frequency.get(meant) ?? 0) === 0 || STOP_WORDS.has(meant) || !isFamiliarWord(meant))
          continue;
        if (found !== null) return null;
        found = meant;
      }
      return found;
    }
    let found: string | null = null;
    for (let i = 1; i <= word.length; i++) {
      for (let code = 97; code <= 122; code++) {
        const meant = word.slice(0, i) + String.fromCharCode(code) + word.slice(i);
        if ((this.frequency.get(meant) ?? 0) === 0 || STOP_WORDS.has(meant) || !isFamiliarWord(meant))
          continue;
        if (found !== null && found !== meant) return null;
        found = meant;
      }
    }
    return found;
  }

  /**
   * The one word of the knowledge text that is this word with a doubled letter typed once, or a
   * letter typed twice ("the un meting", "vitally churkin"): the commonest slip that still makes
   * an English word. Null when none, or more than one.
   */
  private doubled(word: string): string | null {
    const found = new Set<string>();
    for (let i = 0; i < word.length; i++) {
      const c = word[i] as string;
      const variant =
        c === word[i + 1]
          ? word.slice(0, i) + word.slice(i + 1)
          : word.slice(0, i + 1) + c + word.slice(i + 1);
      if ((this.frequency.get(variant) ?? 0) > 0 && !STOP_WORDS.has(variant)) found.add(variant);
    }
    return found.size === 1 ? ([...found][0] as string) : null;
  }

  /**
   * The one known word that is this word with its doubled letter doubled elsewhere instead
   * ("supossed" -> "supposed", "ocassion" -> "occasion"), or null when none or more than one.
   */
  private movedDoubling(word: string): string | null {
    const found = new Set<string>();
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] !== word[i + 1]) continue;
      const once = word.slice(0, i) + word.slice(i + 1);
      for (let j = 0; j < once.length; j++) {
        if (j === i || once[j] === once[j + 1] || once[j] === once[j - 1]) continue;
        const variant = once.slice(0, j + 1) + once[j] + once.slice(j + 1);
        if (this.vocabulary.has(variant) || STOP_WORDS.has(variant)) found.add(variant);
      }
    }
    return found.size === 1 ? ([...found][0] as string) : null;
  }

  /** `commonWords`: are these tokens (from start to end) common words, whatever name they spell? */
  private terms(
    tokens: readonly Token[],
    commonWords?: (start: number, end: number) => boolean,
    chooseSense = false,
  ): { terms: Term[]; free: Token[]; owners: Term[] } {
    const terms: Term[] = [];
    // Each one-word match of two concepts or more, and the concepts its question words name
    // ("how long", "how many": a match opening with a question word, or a phrase right after one,
    // "what span of time"), for senseChosen.
    const ambiguous: { at: number; terms: readonly Term[] }[] = [];
    const asked = new Set<Term>();
    const free: Token[] = [];
    const owners: Term[] = [];
    // A person's name written as common words: the common words.
    const common = (terms: readonly Term[], start: number, end: number) =>
      commonWords !== undefined && this.lexicon.isPerson(terms) && commonWords(start, end);
    // 0: free word, 1: inside a phrase, 2: inside a name whose words also count on their own.
    const covered = new Array<0 | 1 | 2>(tokens.length).fill(0);
    // The name each word of a name is inside of (its terms), for the words that also count alone.
    const inside = new Array<readonly Term[] | undefined>(tokens.length);
    for (const match of this.lexicon.match(tokens)) {
      if (common(match.terms, match.start, match.end)) continue;
      if (
        match.end - match.start === 1 &&
        !WEEKDAYS.has(tokens[match.start]?.word ?? '') &&
        match.terms.filter((t) => t.startsWith('c:')).length > 1
      )
        ambiguous.push({ at: terms.length, terms: match.terms });
      if (
        WH_WORDS.has(tokens[match.start]?.word ?? '')
          ? match.end - match.start > 1
          : WH_WORDS.has(tokens[match.start - 1]?.word ?? '') && match.end - match.start > 1
      )
        for (const t of match.terms) if (t.startsWith('c:')) asked.add(t);
      terms.push(...match.terms);
      // "assad's generals", "assad's troops": the forces a leader commands, whose the possessive
      // says (the army of the leader's country answers), as "assad's government" does.
      const next = tokens[match.end];
      if (
        this.lexicon.isPerson(match.terms) &&
        /['’]s?$/.test(tokens[match.end - 1]?.raw ?? '') &&
        next !== undefined &&
        this.lexicon.single(next)?.terms.includes(TROOPS)
      )
        owners.push(match.terms[0] as Term);
      // "assad's side", "assad's camp": the camp a person leads, whose words its body says (the
      // person's own words, when the story has them, still count a quarter).
      else if (
        this.lexicon.isPerson(match.terms) &&
        /['’]s$/.test(tokens[match.end - 1]?.raw ?? '') &&
        CAMP.has(next?.raw.toLowerCase() ?? '')
      )
        owners.push(match.terms[0] as Term);
      const inner = match.keepInnerWords && match.end - match.start > 1 ? 2 : 1;
      for (let i = match.start; i < match.end; i++) {
        covered[i] = inner;
        if (inner === 2) inside[i] = match.terms;
      }
    }
    tokens.forEach((token, i) => {
      if (covered[i] === 1 || STOP_WORDS.has(token.word)) return;
      // "Syrian army" is the army, and also "Syrian" and "army"; "Deir ez-Zor" is not "ez" or "zor".
      const found = this.lexicon.single(token, tokens, i);
      // "assad's government": the government, whose head the person is; the person's own name,
      // a possessive, says whose more than it names what is asked (see OWNER_FACTOR). Not "the
      // assad regime" said after what Power said of it: there the name is what is asked.
      if (found && inside[i] !== undefined && this.lexicon.isPerson(found.terms) && /['’]s?$/.test(token.raw))
        if (!inside[i]?.includes(found.terms[0] as Term)) owners.push(found.terms[0] as Term);
      // "what's the assad government saying", "what does the assad regime say": the body named
      // after its head is the one speaking, a verb of saying right after its name; the head is
      // only whose body it is. Not "what did power say about the assad regime" (nothing said after).
      if (
        found &&
        inside[i] !== undefined &&
        this.lexicon.isPerson(found.terms) &&
        !inside[i]?.includes(found.terms[0] as Term) &&
        this.speaksAfter(tokens, i)
      )
        owners.push(found.terms[0] as Term);
      const single = found && !common(found.terms, i, i + 1) ? found : null;
      // Inside a name, only its words' own names and concepts the word is written as: "united"
      // in "United Nations" is not "unit" (troops).
      if (single && (covered[i] === 0 || this.lexicon.singleWords.has(token.word)))
        terms.push(...single.terms);
      else if (covered[i] === 0) {
        terms.push(`w:${this.lexicon.stemOf(token.word)}`);
        free.push(token);
      }
    });
    return { terms: chooseSense ? senseChosen(terms, ambiguous, asked) : terms, free, owners };
  }

  /** Is the name the word at `at` is inside followed by a verb of saying ("the vale government says")? */
  private speaksAfter(tokens: readonly Token[], at: number): boolean {
    const end = this.lexicon.match(tokens).find((m) => m.start <= at && at < m.end)?.end;
    if (end === undefined) return false;
    const next = tokens[end];
    return next !== undefined && (this.lexicon.single(next)?.terms.includes('c:say') ?? false);
  }
}

/**
 * A word of two concepts is read in the one its question's words ask for: "continue" is how long
 * something went on and carrying on instead of stopping, and "how long time the bombing was
 * continue" asks the first ("how long"). Only the concept a question phrase names (a phrase opening
 * with a question word, "how long", "how many", or right after one, "what span of time"), not any
 * other word: "saturday" is a day and
 * Saturday, and "on saturday evening" (a day) asks both; a day's name is never chosen between
 * ("what time is the show on this sunday" asks the day and Sunday). One word only: a phrase of two concepts
 * ("told reporters", "truce is dead") says both at once. `ambiguous`: where each such word's terms
 * start in `terms`, and its terms; `asked`: the concepts the question phrases name.
 */
function senseChosen(
  terms: readonly Term[],
  ambiguous: readonly { at: number; terms: readonly Term[] }[],
  asked: ReadonlySet<Term>,
): Term[] {
  if (ambiguous.length === 0 || asked.size === 0) return [...terms];
  const drop = new Set<number>();
  for (const { at, terms: own } of ambiguous) {
    const concepts = own.filter((t) => t.startsWith('c:'));
    const named = concepts.filter((t) => asked.has(t));
    if (named.length === 0 || named.length === concepts.length) continue;
    own.forEach((t, k) => {
      if (t.startsWith('c:') && !asked.has(t)) drop.add(at + k);
    });
  }
  return terms.filter((_, i) => !drop.has(i));
}

/**
 * Is the word at `at` an adjective or adverb said of what the question names (FreeWord.modifier):
 * at the end of a clause or before a word of no topic ("curious about", "publicly?"), not after
 * "how" nor a negation ("and not directly": the contrast asked about), and not in a question asking
 * "how much".
 */
function describes(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token || !baseForms(token.word, 'a').some(isModifierWord)) return false;
  // "how old": what is asked; "through russia and not directly": the contrast asked about.
  if (tokens[at - 1]?.word === 'how' || token.negated) return false;
  if (tokens.some((t, i) => t.word === 'how' && tokens[i + 1]?.word === 'much')) return false;
  const next = tokens[at + 1]?.word;
  return next === undefined || STOP_WORDS.has(next);
}

/**
 * Adverbs of how near in time, said before "after" or "before" ("straight after the bombs",
 * "shortly before the raid", "soon after"): they say how soon, never what is asked.
 */
const NEAR_IN_TIME = new Set(
  'straight right just shortly soon immediately directly promptly swiftly quickly instantly moments minutes'.split(
    ' ',
  ),
);
const TIME_PREPOSITIONS = new Set(['after', 'before', 'afterwards', 'afterward', 'since']);

/** An adverb of how near in time right before "after" or "before" (NEAR_IN_TIME). */
function nearInTime(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return (
    token !== undefined && NEAR_IN_TIME.has(token.word) && TIME_PREPOSITIONS.has(tokens[at + 1]?.word ?? '')
  );
}

/**
 * "where geographically was this", "when precisely", "who originally": an adverb in -ly right
 * after a question word (not "how": "how badly" asks the degree) says how exactly it asks, and
 * nothing of what. Not a word of the knowledge (those are found as such).
 */
const SHARPENED = new Set(['where', 'when', 'who', 'whom', 'what', 'which', 'why']);
function sharpensAsking(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return (
    token !== undefined && /^\p{L}{3,}ly$/u.test(token.word) && SHARPENED.has(tokens[at - 1]?.word ?? '')
  );
}

/** Who does a deed, right before the verb: "how do you cook rice", "they cook the numbers". */
const VERB_SUBJECTS = new Set(['i', 'you', 'u', 'ya', 'we', 'they', 'gonna', 'wanna', 'gotta']);
/** A word before "to" that makes what follows a verb: "how to cook", "love to cook", "have to cook". */
const BEFORE_TO_VERB = new Set([
  'how',
  'love',
  'like',
  'want',
  'wants',
  'need',
  'needs',
  'learn',
  'learning',
  'trying',
  'try',
  'time',
  // "any tips to cook rice", "you have to cook pasta", "best way to cook it".
  'tips',
  'tip',
  'have',
  'has',
  'had',
  'way',
  'ways',
]);

/**
 * A one-word name of a person that is also an everyday verb, written in lower case as that verb
 * ("anyone know how to cook tom yum?", "how do you cook rice"): the verb, not Peter Cook. Only
 * right after a subject pronoun or after "how / love / want ... to"; "what did cook say",
 * "according to cook" and "Cook" with a capital stay the name.
 * Also such a name that is an everyday noun, after a possessive determiner ("my power is out
 * again", "our power went off"): a personal name takes no determiner in English (one says "Power",
 * never "my Power"), so the word there is the noun; "power's speech" and "what did power say" stay
 * the name.
 */
function nameAsEverydayWord(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.word ?? '';
  const verbPlace =
    VERB_SUBJECTS.has(before) ||
    (before === 'to' && BEFORE_TO_VERB.has(tokens[at - 2]?.word ?? '')) ||
    POSSESSIVE_DETERMINERS.has(before) ||
    // "let him cook", "let bro cook", "let's cook": "let" and its object take a bare verb.
    before === 'let' ||
    LET_VERBS.has(tokens[at - 2]?.word ?? '');
  return verbPlace && !CAPITAL.test((tokens[at] as Token).raw);
}
/**
 * "let" tells of informing only as "let (someone) know" ("did the US let russia know"), or of
 * admitting as "let in"; "let him cook", "let them fight", "let it go" is allowing, no word of the
 * story. A "let" with neither "know" nor "in" in the LET_REACH words after it is left out.
 */
function withoutLetOfPermission(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex((t) => LET_VERBS.has(t.word));
  if (at < 0) return tokens;
  const after = tokens.slice(at + 1, at + 1 + LET_REACH);
  if (after.some((t) => t.word === 'know' || t.word === 'in')) return tokens;
  return [...tokens.slice(0, at), ...tokens.slice(at + 1)];
}
/** Words after "let" that may hold its "know": "let the russians know". */
const LET_REACH = 3;
/** "let" and its forms: the word after its object is a verb ("let them cook"), never a name. */
const LET_VERBS = new Set(['let', 'lets', 'letting']);
/** Determiners of the writer's or the reader's own ("my power", "our power"): before a noun, never a name. */
const POSSESSIVE_DETERMINERS = new Set(['my', 'our', 'your', 'ur', 'mah']);

/** Words before a noun, not a verb: "the sanctions" are no verb of saying. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'any',
  'some',
  'no',
  'every',
  'each',
]);

/** A verb of saying in any form ("insists", "predicted", "pledging"): how a statement is asked about. */
function saying(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.word ?? '';
  if (DETERMINERS.has(tokens[at - 1]?.word ?? '')) return false;
  const past = IRREGULAR_PAST.get(word);
  return baseForms(word, 'v').some(isSayingVerb) || (past !== undefined && isSayingVerb(past));
}

const ASKING = new Set(['who', 'what', 'where', 'why', 'which', 'how']);
const AUXILIARY_AFTER_WHEN = new Set([
  'did',
  'does',
  'do',
  'was',
  'were',
  'is',
  'are',
  'exactly',
  'had',
  'has',
]);

/**
 * "where was she when she spoke to the press" asks a place: a "when" after another question
 * word, with a clause after it, only says which moment; it asks no time ("who said it and when"
 * still does).
 */
function withoutConjunctionWhen(tokens: readonly Token[]): readonly Token[] {
  const asking = tokens.findIndex((t) => ASKING.has(t.word));
  if (asking < 0 || !tokens.some((t) => t.word === 'when')) return tokens;
  return tokens.filter((t, i) => {
    if (t.word !== 'when' || i < asking) return true;
    const next = tokens[i + 1]?.word;
    return next === undefined || AUXILIARY_AFTER_WHEN.has(next);
  });
}

/** Is `typed` the word with letters left out ("nevr", "powr" of "never", "power")? */
function leftOut(typed: string, word: string): boolean {
  if (typed.length >= word.length) return false;
  let at = 0;
  for (const letter of word) if (letter === typed[at]) at++;
  return at === typed.length;
}

const PUSH = new Set([
  'push',
  'pushed',
  'pushes',
  'pushing',
  'drive',
  'drove',
  'driven',
  'driving',
  'force',
  'forced',
  'beat',
  'fought',
]);
const REGAIN = new Set([
  'take',
  'took',
  'taken',
  'taking',
  'get',
  'got',
  'gotten',
  'getting',
  'win',
  'won',
  'grab',
  'grabbed',
]);

/**
 * A "back" that ends a verb two to four words before it: "pushed the regime back" is pushing, not
 * backing (support); "got the ground back" is taking it back.
 */
function phrasalBack(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => t.word === 'back')) return tokens;
  const out: Token[] = [];
  for (const [i, t] of tokens.entries()) {
    if (t.word !== 'back') {
      out.push(t);
      continue;
    }
    // Right after its verb ("push back", "took back") the lexicon knows the phrase.
    const before = tokens.slice(Math.max(0, i - 4), i - 1).map((b) => b.word);
    if (before.some((w) => PUSH.has(w))) continue;
    out.push(before.some((w) => REGAIN.has(w)) ? { raw: 'regained', word: 'regained' } : t);
  }
  return out;
}

/** An ASCII digit in the word (what /\d/ finds), without a regex's call. */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Words after a "back" that start no object of it: "hit back at", "fire back later". */
const NO_OBJECT = new Set(
  'at after against on in from with to then again now yet later afterwards soon when too as or and but'.split(
    ' ',
  ),
);
/** Determiners: "back" after one is a noun ("the back of"). */
const NOUN_BEFORE = new Set(['the', 'a', 'its', 'their', 'his', 'her']);
/** Words before a "back" that say who backs: "which side do they back", "who does the US back". */
const BACKER = new Set(
  'i you he she we they who which that to do does did will would could should not even really actually also'.split(
    ' ',
  ),
);

/** Britain's words, which a text abbreviates "UK" ("the UK-based monitor"). */
const BRITISH = new Set(['british', 'britain', 'brits', 'brit', 'briton', 'britons', 'england']);

/** Words of a monitor based somewhere, whose base a "british" asks about. */
const BASED = new Set(['based', 'observatory', 'monitor', 'monitors', 'monitoring', 'sohr', 'watchdog']);

/**
 * "how come?", "how come the jets kept going": "how come" asks why; its "come" is no topic (it
 * would match "when it comes to"). The pair reads as "why". Not "how did they come to ...".
 */
export function howComeAsWhy(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex((t, i) => t.word === 'how' && tokens[i + 1]?.word === 'come');
  if (at < 0) return tokens;
  return [...tokens.slice(0, at), { raw: 'why', word: 'why' }, ...tokens.slice(at + 2)];
}

/** Verbs of causing: "what triggered it", "what made them stop". */
const CAUSING = new Set([
  'cause',
  'caused',
  'causes',
  'trigger',
  'triggered',
  'triggers',
  'spark',
  'sparked',
  'sparks',
  'provoke',
  'provoked',
  'provokes',
  'made',
  'makes',
  // "what pushed the kremlin into calling it", "what drove them to it", "what prompted the
  // meeting": verbs of pushing someone to a deed ask its cause as well.
  'pushed',
  'drove',
  'prompted',
  'spurred',
  'motivated',
  'forced',
]);

/**
 * "what triggered that", "what made them stop it", "what led to the abort": asking what caused
 * something asks why; the verb of causing is no topic (left as a word the knowledge lacks, it
 * weighed as what the question is about). "what" and the verb ("led to": the three words) read
 * as "why". Only "what" right before the verb, as the question asks: not "the damage it caused".
 */
export function causeAsWhy(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex(
    (t, i) => t.word === 'what' && (CAUSING.has(tokens[i + 1]?.word ?? '') || tokens[i + 1]?.word === 'led'),
  );
  if (at < 0) return tokens;
  // "what led to the abort" (the three words), "what led russia to ask" (the two).
  const length = tokens[at + 1]?.word === 'led' && tokens[at + 2]?.word === 'to' ? 3 : 2;
  return [...tokens.slice(0, at), { raw: 'why', word: 'why' }, ...tokens.slice(at + length)];
}

/**
 * Maps, not objects: every word of a message is looked up (a long one has a hundred), and a key
 * looked up in an object is first made an internal string, a hash-table look-up of its own.
 */
const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const UNITS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
]);

/**
 * A figure spelled out in tens ("ninety", "sixty-two", "sixty two") is the figure in digits, as
 * the article gives it ("at least 90", "62"): "ninety vs sixty-two" names both tolls. So is one in
 * hundreds ("a hundred", "hundred dead", "two hundred and fifty"): a count put forward ("did more
 * than a hundred die") is a count disputed, as "100" is. Not "hundreds" (no one figure).
 */
export function spelledFigures(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => TENS.has(t.word) || t.word === HUNDRED)) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.word === HUNDRED) {
      // "a hundred", "one hundred", "two hundred": the word before counts the hundreds.
      const before = out.at(-1)?.word ?? '';
      const times = UNITS.get(before) ?? (before === 'a' ? 1 : 0);
      if (times > 0 || before === 'a') out.pop();
      let figure = Math.max(times, 1) * 100;
      // "a hundred and fifty", "two hundred twenty": the tens and units after it.
      const and = tokens[i + 1]?.word === 'and' ? 1 : 0;
      const tens = TENS.get(tokens[i + 1 + and]?.word ?? '');
      if (tens !== undefined) {
        i += 1 + and;
        figure += tens;
        const units = UNITS.get(tokens[i + 1]?.word ?? '') ?? 0;
        if (units > 0) i++;
        figure += units;
      }
      out.push({ raw: String(figure), word: String(figure) });
      continue;
    }
    const tens = TENS.get(token.word);
    if (tens === undefined) {
      out.push(token);
      continue;
    }
    const next = tokens[i + 1]?.word ?? '';
    const units = UNITS.get(next) ?? 0;
    if (units > 0) i++;
    const figure = String(tens + units);
    out.push({ raw: figure, word: figure });
  }
  return out;
}

/** The word of a figure in hundreds ("a hundred"); "hundreds" is no one figure. */
const HUNDRED = 'hundred';

/**
 * "how many were killed in the end": the final count is the count the story gives; "in the end"
 * asks of no ending (nothing was stopped, no deal ended). Its words go. Only in a count question
 * (answer-type.ts's laterMissing reads it so too).
 */
function countInTheEnd(tokens: readonly Token[]): readonly Token[] {
  if (!inTheEndAsFinally(tokens.map((t) => t.word))) return tokens;
  const at = tokens.findIndex(
    (t, i) => t.word === 'in' && tokens[i + 1]?.word === 'the' && tokens[i + 2]?.word === 'end',
  );
  return at < 0 ? tokens : [...tokens.slice(0, at), ...tokens.slice(at + 3)];
}

/** Verbs of aircraft being somewhere: flying, operating, patrolling. */
const FLYING = new Set(
  'fly flies flew flown flying operate operates operated operating patrol patrols patrolled patrolling'.split(
    ' ',
  ),
);
/** Words of parties whose flying is no sortie of the coalition ("why was the regime plane flying there"). */
const NOT_THE_COALITION = new Set(
  'regime syria syrian syrians russia russian russians assad daesh isis isil militants jihadists'.split(' '),
);
/** Verbs of bombing, a why of which asks the aim when a place follows ("bombing near ..."). */
const BOMBING = new Set('bomb bombs bombed bombing strike striking struck'.split(' '));
/**
 * Prepositions of a place right after a verb of bombing, with a place after them (not "in", "at":
 * "bombing at night"; not "stop bombing over", ending the message), or "there".
 */
const NEAR_PLACE = new Set(['over', 'near', 'above', 'around', 'there']);
/** Prepositions of where something flew ("over deir ezzor", "near the city"). */
const PLACE_PREPOSITIONS = new Set(['over', 'near', 'above', 'around', 'in', 'at', 'by', 'into', 'to']);
/** Words that end the place of a why of presence: a clause of its own begins. */
const PLACE_ENDS = new Set('if when while though although because since but and or'.split(' '));
/** The word a why of presence reads its verb as: what they were there for, their aim. */
const AIMED: Token = { raw: 'targeting', word: 'targeting' };

/**
 * "why were US planes flying near deir ez zor", "why the planes of the coalition were flying over
 * deir ezzor", "why tf were they flying sorties there": a why that opens the question, of aircraft
 * flying or operating, asks what they were there for (the sortie's aim), not whether what befell
 * was meant: the index of the verb, read as "targeting"; else -1. Not a why of someone else's
 * flying ("why was the regime plane flying there": no party of the story's other sides before it),
 * nor one whose why stands deep in the message (told, not asked).
 */
export function presenceAsAim(tokens: readonly Token[]): number {
  const why = tokens.findIndex((t) => WHY_WORD.test(t.word));
  if (why < 0 || why > WHY_OPENS_WITHIN) return -1;
  // "why were US planes bombing near deir ez zor": bombing a place, not someone, is flying there.
  const verb = tokens.findIndex(
    (t, i) =>
      i > why &&
      (FLYING.has(t.word) ||
        (BOMBING.has(t.word) &&
          NEAR_PLACE.has(tokens[i + 1]?.word ?? '') &&
          (tokens[i + 1]?.word === 'there' || tokens[i + 2] !== undefined))),
  );
  if (verb < 0 || verb > why + 8) return -1;
  if (tokens.slice(why + 1, verb).some((t) => NOT_THE_COALITION.has(t.word))) return -1;
  // "why was the plane flying there" (after "IS shot down a regime plane"): one aircraft is no
  // sortie of the coalition's, whose planes were many; whose it is, the question leaves to the talk.
  if (tokens.slice(why + 1, verb).some((t) => ONE_AIRCRAFT.has(t.word))) return -1;
  // "why is the US allowed to fly there", "why did the pentagon feel free to operate there": a why
  // of the leave to fly, not of the flight; "why were they flying so low", "... without telling
  // russia": a why of the manner, which the aim does not give.
  if (tokens.slice(why + 1).some((t) => NOT_OF_THE_AIM.has(t.word))) return -1;
  return somewhereAfter(tokens, verb) ? verb : -1;
}

/** Verbs of telling or knowing a thing beforehand: "did the US tell the russians", "did russia know". */
const TOLD_OR_KNOWN =
  /^(?:tell|tells|told|telling|inform(?:s|ed|ing)?|warn(?:s|ed|ing)?|notif(?:y|ies|ied|ying)|alert(?:s|ed|ing)?|brief(?:s|ed|ing)?|know|knows|knew|known|aware)$/;
/** Question words between the telling and the flying: what is asked is the flight's, not the telling. */
const WH_BETWEEN = new Set(['who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'why', 'how']);
/** The word the flight told of is read as: "plans to operate in the area". */
const OPERATING: Token = { raw: 'operating', word: 'operating' };

/**
 * "did the US tell the russians they were gonna fly there", "did russia know the jets were flying
 * over deir ezzor": flying somewhere (somewhereAfter), after a verb of telling or knowing, is the
 * operation in the area that someone was told of, not the pilots (whom Russia accused): the verb
 * read as "operating". Not a why of the flight (presenceAsAim reads that), nor flying told of
 * nowhere ("did they tell us who was flying").
 */
export function flightTold(tokens: readonly Token[]): readonly Token[] {
  const told = tokens.findIndex((t) => TOLD_OR_KNOWN.test(t.word));
  if (told < 0) return tokens;
  const verb = tokens.findIndex((t, i) => i > told && FLYING.has(t.word));
  if (verb < 0 || !somewhereAfter(tokens, verb)) return tokens;
  // "does anyone know who was flying over there": who flew is asked, not whether it was told.
  if (tokens.slice(told + 1, verb).some((t) => WH_BETWEEN.has(t.word))) return tokens;
  return [...tokens.slice(0, verb), OPERATING, ...tokens.slice(verb + 1)];
}

/** One aircraft named alone ("the plane"), not the coalition's many. */
const ONE_AIRCRAFT = new Set('plane jet warplane helicopter chopper drone'.split(' '));
/** Words of leave or manner, whose why the flight's aim does not answer. */
const NOT_OF_THE_AIM = new Set('allowed permitted free able dare so such low high close without'.split(' '));
/** Words of the whole country or its sky, a why of flying over which asks why they are in it at all. */
const THE_COUNTRY = new Set('syria syrian airspace country skies sky'.split(' '));

/**
 * The flight is somewhere told: "there", or a preposition of place with a place after it that is
 * not the whole country ("why are american jets flying over syria" asks why they are in the war at
 * all, which the article never tells; "flying near deir ezzor", "over regime guys", the area).
 */
function somewhereAfter(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb + 1; i < tokens.length; i++) {
    const word = tokens[i]?.word ?? '';
    if (word === 'there') return true;
    if (!PLACE_PREPOSITIONS.has(word)) continue;
    const place = tokens
      .slice(i + 1, i + 5)
      .map((t) => t.word)
      .filter((w) => !STOP_WORDS.has(w) && !FIRST.has(w) && w !== 'place');
    if (place.length > 0 && !place.every((w) => THE_COUNTRY.has(w))) return true;
  }
  return false;
}

/**
 * "why were they flying there in the first place": in a why of presence (presenceAsAim) the
 * phrase is "at all", its words dropped (withoutFirstPlace). Elsewhere kept: "why did the US get
 * involved in the first place", "why was there a truce in the first place" ask for a background
 * the article seldom tells, and the phrase's words, which no quote holds, keep them unsure.
 */
export function firstPlaceOfPresence(tokens: readonly Token[]): readonly Token[] {
  const unplaced = withoutFirstPlace(tokens);
  return unplaced !== tokens && presenceAsAim(unplaced) >= 0 ? unplaced : tokens;
}

/** The first, as a phrase of "in the first place" may spell it ("1st" comes read as its figure). */
const FIRST = new Set(['first', '1st', '1']);

/**
 * "why were they flying there in the first place", "why was the meeting called in 1st place": "in
 * the first place" means "at all", of no place (a word of where would read as asking the
 * location). Its words go, wherever it stands.
 */
export function withoutFirstPlace(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex((t, i) => {
    const first = tokens[i + 1]?.word === 'the' ? i + 2 : i + 1;
    return t.word === 'in' && FIRST.has(tokens[first]?.word ?? '') && tokens[first + 1]?.word === 'place';
  });
  if (at < 0) return tokens;
  const length = tokens[at + 1]?.word === 'the' ? 4 : 3;
  return withoutFirstPlace([...tokens.slice(0, at), ...tokens.slice(at + length)]);
}

/**
 * "how many were killed in the end", "why did they stop the bombing in the end", "who got the
 * ground in the end": in a count, a why or who held the ground, "in the end" is "finally", of the
 * story's own outcome (the final count, the cause of what came to be, the ground lost and claimed
 * back), not a time after it nor an ending asked about.
 */
export function inTheEndAsFinally(words: readonly string[]): boolean {
  return (
    asksCount(words) ||
    words.some((w) => WHY_WORD.test(w)) ||
    // "nobody died in the end, right?": who died, finally, right after the verb of dying.
    words.some(
      (w, i) => DIED.has(w) && words[i + 1] === 'in' && words[i + 2] === 'the' && words[i + 3] === 'end',
    ) ||
    // "who got the ground in the end", "in the end who held the territory": who was left holding
    // the ground fought over, the story's own outcome (lost, and claimed back).
    ((words[0] === 'who' || (words[3] === 'who' && words[0] === 'in')) && words.some((w) => GROUND.has(w)))
  );
}

/** The ground fought over, whose holder "in the end" asks of the story's outcome. */
const GROUND = new Set(['ground', 'territory', 'area', 'region', 'land', 'turf']);

/** Verbs of dying, after which "in the end" is the outcome ("nobody died in the end"). */
const DIED = new Set(['died', 'die', 'killed', 'dead', 'perished']);

/** "how many ...", "how much ...": a question asking a count. */
export function asksCount(words: readonly string[]): boolean {
  return words.some((w, i) => w === 'how' && (words[i + 1] === 'many' || words[i + 1] === 'much'));
}

const WHICH_OF = new Set(['which', 'what']);
const COUNTRY = new Set(['country', 'countries', 'nation', 'nations']);
/**
 * Words of taking part ("which country helped", "which nation had warplanes in it"): a country
 * among those that took part is asked, which answer-type.ts finds by the country a quote names.
 */
const TAKING_PART = new Set(
  'help helped helps helping join joined joins part participate participated involved had has have jets jet planes plane aircraft warplanes bombers pilots fly flew flying'.split(
    ' ',
  ),
);

/** Words of fighting that, between diplomats, are a quarrel in words ("the ambassadors clashed"). */
const FIGHTING = new Set(
  'fight fights fought fighting clash clashes clashed clashing brawl brawled brawling'.split(' '),
);
/** Words for the diplomats of the story, by their role or the name of one of the two ambassadors. */
const DIPLOMATS = new Set(
  'diplomat diplomats diplomatic ambassador ambassadors envoy envoys emissary emissaries churkin'.split(' '),
);
/** What is fought after a word of fighting that makes it combat whoever stands near ("fighting IS"). */
const FOUGHT = new Set(
  'against terror terrorists terrorism is isis isil daesh militants jihadists'.split(' '),
);
/** How many words from a word of fighting the diplomats may stand ("power and churkin fight"). */
const DIPLOMATS_REACH = 4;

/**
 * "what did power and churkin fight about", "why did the ambassadors clash", "the fight between
 * the envoys": fighting said of diplomats is a quarrel in words, their accusations, not combat.
 * The word reads as "quarrel" when a word for the diplomats (their role, or Churkin's name) stands
 * within a few words of it; not when what is fought follows it ("the envoys on fighting IS").
 * Soldiers, IS or the army fighting keep the word.
 */
function diplomatsQuarrel(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => FIGHTING.has(t.word))) return tokens;
  return tokens.map((t, i) =>
    FIGHTING.has(t.word) &&
    !FOUGHT.has(tokens[i + 1]?.word ?? '') &&
    tokens.slice(Math.max(0, i - DIPLOMATS_REACH), i + DIPLOMATS_REACH + 1).some((n) => DIPLOMATS.has(n.word))
      ? retyped(t, 'quarrel', 'quarrel')
      : t,
  );
}

/**
 * "where was churkin at that time", "where was he at that point": "at that time", "at the time",
 * "at that point", "at that moment" place a question of where at the event already in view, and
 * ask no time; taken out. Not "at the time of the strike" (a time named).
 */
function atThatTime(tokens: readonly Token[]): readonly Token[] {
  // A question of where someone was; not a yes-or-no one, which may guess the time ("was assad
  // in deir el-zour at that moment?"), nor one of who ("who was in charge at that time": then).
  if (tokens.some((t) => t.word === 'when') || !tokens.some((t) => t.word === 'where')) return tokens;
  const at = tokens.findIndex(
    (t, i) =>
      t.word === 'at' &&
      THAT_TIME_POINTERS.has(tokens[i + 1]?.word ?? '') &&
      THAT_TIME_WORDS.has(tokens[i + 2]?.word ?? '') &&
      tokens[i + 3]?.word !== 'of',
  );
  if (at < 0) return tokens;
  return [...tokens.slice(0, at), ...tokens.slice(at + 3)];
}
const THAT_TIME_POINTERS = new Set(['that', 'the', 'this']);
const THAT_TIME_WORDS = new Set(['time', 'point', 'moment']);

/**
 * "which country asked for the meeting", "what nation apologized": the country is what is asked,
 * whoever it is (a government, its capital, its army); the word "country" is no topic a quote must
 * hold (the answer says "the Kremlin"). The pair reads as "who". Not "which other countries", nor
 * a country that took part (answer-type.ts reads those by the country a quote names).
 */
function countryAsWho(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex((t, i) => WHICH_OF.has(t.word) && COUNTRY.has(tokens[i + 1]?.word ?? ''));
  if (at < 0 || tokens.some((t) => TAKING_PART.has(t.word))) return tokens;
  return [...tokens.slice(0, at), { raw: 'who', word: 'who' }, ...tokens.slice(at + 2)];
}

/**
 * "the british monitor", "is the observatory based in britain": Britain's words read as the "UK"
 * a text writes, where the message speaks of a monitor or a base; not "were british jets in it",
 * which asks of a country the story does not have take part.
 */
function asUk(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => BRITISH.has(t.word)) || !tokens.some((t) => BASED.has(t.word))) return tokens;
  return tokens.map((t) => (BRITISH.has(t.word) ? { raw: 'UK', word: 'uk' } : t));
}

/** Verbs of warning someone, whom they warn following. */
const WARNING = new Set(['warn', 'warned', 'warns', 'alert', 'alerted', 'alerts']);
/** Verbs of telling someone, whom they tell following: "did they tell moscow". */
const TELLING = new Set(['tell', 'tells', 'told', 'telling']);
/** Verbs of knowing, whoever knows before: "did the russians know". */
const KNOWING = new Set(['know', 'knew', 'knows']);
/** Words before a verb that make it passive: "was russia warned". */
const PASSIVE = new Set(['been', 'be', 'was', 'were', 'is', 'are', 'get', 'got', 'being']);
/** What may stand between a warning verb and whom it warns: "warn the russians". */
const BEFORE_WHOM = new Set(['the', 'even']);

/** Nouns of the camp a person leads, after their possessive: "assad's side", "assad's camp". */
const CAMP = new Set(['side', 'camp', 'people', 'folks', 'lot', 'team', 'crowd']);

/** Words before "side" that make it a party's ("the government side", "their side"). */
const PARTY = new Set(['government', 'regime', 'their', 'his', 'her', 'its', 'our', 'american', 'russian']);
/** Words before "on" that make "on a party's side" backing it: "accusing the US of being on their side". */
const ON_SIDE = new Set([
  'being',
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'stay',
  'stayed',
  'firmly',
  'squarely',
]);
/** Words before "side" that name no party: "the other side", "which side", "the wrong side". */
const NOT_PARTY = new Set(['other', 'which', 'each', 'both', 'either', 'wrong', 'right', 'same', 'one']);
/** "side of the story", "side of things": the party's account. */
const STORY = new Set(['story', 'things', 'events', 'it']);

/** Particles a verb may leave after its object: "call it off", "pass it along". */
const PARTICLES = new Set(['off', 'along', 'up', 'out', 'over']);
/** Words after a noun of saying owned by a name after "the": "the US message to syria" (whom it went to). */
const AFTER_SAYING_NOUN = new Set(['to']);
/** Nouns of what someone holds against another: "their beef with", "russia's problem with". */
const GRIEVANCE_NOUNS = new Set([
  'beef',
  'beefs',
  'problem',
  'problems',
  'issue',
  'issues',
  'gripe',
  'gripes',
]);
/** Whom a grievance is with: "beef with washington", "an issue against the US". */
const GRIEVANCE_WITH = new Set(['with', 'against']);
/** Words before the matter something was said about. */
const ABOUT_MATTER = new Set(['about', 'regarding', 'concerning', 'on', 'over']);
/** A plural noun said once ("envoys" -> "envoy"); any other word as it is. */
function singularOf(token: Token): Token {
  if (!/[^s']s$/.test(token.word)) return token;
  return retyped(token, token.raw.slice(0, -1), token.word.slice(0, -1));
}
/** Words joining two that share the noun after them ("the american and russian envoys"). */
const SHARING = new Set(['and', 'or']);

const CALL = new Set(['call', 'called', 'calls']);
const GATHERING = new Set([
  'meeting',
  'session',
  'council',
  'consultation',
  'consultations',
  'summit',
  'vote',
]);

/**
 * "who called the meeting", "did russia call the security council": calling one is asking for it
 * ("by calling the meeting", a gerund, is left as it is: Power's "calling for" it).
 */
function calledMeeting(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => CALL.has(t.word))) return tokens;
  return tokens.map((t, i) =>
    CALL.has(t.word) &&
    tokens[i + 1]?.word !== 'for' &&
    tokens.slice(i + 1, i + 5).some((after) => GATHERING.has(after.word))
      ? { raw: 'requested', word: 'requested' }
      : t,
  );
}

/** What may follow "called" when it means a telephone call: "called them", "called it in". */
const CALLED_WHOM = new Set(['them', 'him', 'her', 'us', 'it', 'in', 'up']);
/** Words that end the clause of such a "called": "once moscow called, was it?", "... called or not". */
const CLAUSE_ENDS = new Set(['was', 'were', 'is', 'did', 'do', 'does', 'or', 'and', 'right', 'then', 'but']);
const NAMING = new Set(['what', 'how', 'name', 'names']);

/**
 * "once moscow called", "until the russians called them", "called it in": a telephone call, a
 * warning (not "what did power call it", naming, nor "called the meeting").
 */
function phonedIn(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex((t) => t.word === 'called');
  if (at <= 0 || tokens.slice(0, at).some((t) => NAMING.has(t.word))) return tokens;
  let end = at + 1;
  while (end < tokens.length && end <= at + 2 && CALLED_WHOM.has((tokens[end] as Token).word)) end++;
  const next = tokens[end]?.word;
  if (next !== undefined && !CLAUSE_ENDS.has(next)) return tokens;
  return tokens.map((t, i) => (i === at ? { raw: 'alerted', word: 'alerted' } : t));
}

/** A strike's words, and pronouns that stand for one, before "land" as its verb ("where did the bombs land"). */
const LANDING = new Set([
  'it',
  'they',
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'bomb',
  'bombs',
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'shell',
  'shells',
  'raid',
  'attack',
  'hit',
  'hits',
  'round',
  'rounds',
  'payload',
]);
/** Auxiliaries before a subject: "did the strike land", "where'd it land" ("'d" read as "did"). */
const LANDING_AUXILIARIES = new Set(['did', 'does', 'do', 'will', 'would', 'could', 'might', 'd']);

/**
 * "where did the strike land exactly", "where'd the bombs land": "land" as the verb of what was
 * dropped, after its subject and an auxiliary before it, is where it hit, not ground held or lost
 * ("did the regime lose land"); "landed" said of a strike's words is too ("the bombs landed near").
 */
function landedAsHit(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => t.word === 'land' || t.word === 'landed')) return tokens;
  return tokens.map((t, i) => {
    if (t.word !== 'land' && t.word !== 'landed') return t;
    if (!LANDING.has(tokens[i - 1]?.word ?? '')) return t;
    const asked = t.word === 'landed' || tokens.slice(0, i - 1).some((b) => LANDING_AUXILIARIES.has(b.word));
    return asked ? { raw: t.raw, word: 'hit' } : t;
  });
}

/**
 * "had zero objections", "zero evidence": "zero" before what there was none of says "no" ("had
 * no objections" reads as the article's "no concerns were voiced"); a count asked or told ("the
 * toll was zero", "zero or 90") stays a number.
 */
function zeroAsNo(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => t.word === 'zero')) return tokens;
  return tokens.map((t, i) => {
    const next = tokens[i + 1]?.word;
    return t.word !== 'zero' || next === undefined || STOP_WORDS.has(next) || /\d/.test(next)
      ? t
      : { raw: t.raw, word: 'no' };
  });
}

/** Words saying one party alone did a thing: "only the US", "just the us". */
const ONLY = new Set(['only', 'just', 'solely']);
/** Terms a question of who alone did it may hold besides names: the strike, its planes, whose it was. */
const ONLY_ASKS = new Set(['c:strike', 'c:plane', 'c:name', 'c:participate']);
/** Words that go on to another party after one: "only US and australian planes". */
const LISTING = new Set(['and', 'or', 'nor', 'plus']);
/** Of those, the ones that make the party the one striking. */
const ONLY_DOING = new Set(['c:strike', 'c:plane']);

/** Ending as a verb: "ended the raid", "end the strike". */
const ENDING_VERBS = new Set(['end', 'ends', 'ended', 'ending']);

/**
 * "whose call ended the raid mid-way", "what ended the bombing": ending a strike (its word after
 * the verb, a determiner between at most) is stopping it, not ending a peace deal ("could the
 * strike end the truce", whose object is no strike, stays so).
 */
function endedStrike(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => ENDING_VERBS.has(t.word))) return tokens;
  return tokens.map((t, i) => {
    if (!ENDING_VERBS.has(t.word)) return t;
    let next = i + 1;
    while (DETERMINER.has(tokens[next]?.word ?? '')) next++;
    return next > i + 2 || !HAPPENINGS.has(tokens[next]?.word ?? '') ? t : { raw: t.raw, word: 'stopped' };
  });
}

/**
 * "supposed to be bombing", "meant to be hitting": the verb after "to be" as after "to"
 * ("supposed to bomb"), so that a phrase of the knowledge holding it reads the same.
 */
function progressiveAsSimple(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex(
    (t, i) =>
      t.word === 'be' && tokens[i - 1]?.word === 'to' && /^[a-z]{2,}ing$/.test(tokens[i + 1]?.word ?? ''),
  );
  return at < 0 ? tokens : [...tokens.slice(0, at), ...tokens.slice(at + 1)];
}

/** Forms of "be" after "who" before a verb's -ing form: "who is holding", "who was flying". */
const WHO_BE = new Set(['is', 'was', 'are', 'were']);
/**
 * "who is holding the area now", "who was flying the jets": "who", "be" and a verb's -ing form ask
 * who does it, not who someone is (the knowledge's "who is" reads as a name asked): the "be" is
 * dropped, as in "to be bombing".
 */
function whoDoing(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex(
    (t, i) =>
      WHO_BE.has(t.word) && tokens[i - 1]?.word === 'who' && /^[a-z]{2,}ing$/.test(tokens[i + 1]?.word ?? ''),
  );
  return at < 0 ? tokens : [...tokens.slice(0, at), ...tokens.slice(at + 1)];
}

/** Words after which "there" may stand for "their" ("in there statement"). */
const THERE_AFTER = new Set(['in', 'on', 'of', 'from', 'about', 'with', 'to', 'for', 'at', 'by']);
/**
 * "wat did australia say in there statment": "there" typed for "their", between a preposition and
 * the noun it owns; read as "there" it is a place ("in there": inside). Not before a word that ends
 * the phrase or says how ("in there too", "in there somewhere", "in there talking").
 */
export function thereAsTheir(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => t.word === 'there')) return tokens;
  return tokens.map((t, i) => {
    if (t.word !== 'there' || !THERE_AFTER.has(tokens[i - 1]?.word ?? '')) return t;
    const next = tokens[i + 1]?.word;
    if (next === undefined || STOP_WORDS.has(next) || /(?:ing|ly|where)$/.test(next)) return t;
    return { raw: 'their', word: 'their' };
  });
}

/**
 * Words before a noun for the text (chat.yaml articleNouns) that make it the one at hand: "the
 * article", "this piece", "the dw piece". Determiners, a closed class: code.
 */
const SOURCE_DETERMINERS = new Set(['the', 'this', 'that']);
/** Words before it that place what is asked in it: "according to the article", "in this piece". */
const SOURCE_PLACED: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['going', 'by'],
  ['per'],
  ['in'],
  ['from'],
];
/** Words between the text and its verb: "the article itself says", "does the article actually say". */
const SOURCE_ADVERBS = new Set(['actually', 'itself', 'even', 'really', 'also']);
/** The text's verbs of saying, said of it ("the article says ..."), or asked ("does the article say ..."). */
const SOURCE_SAYS = new Set([
  'says',
  'said',
  'mentions',
  'mentioned',
  'states',
  'stated',
  'lists',
  'notes',
  'writes',
  'presents',
  'reports',
  'claims',
]);
const SOURCE_ASKED = new Set(['say', 'mention', 'state', 'list', 'claim']);
/** The text's verbs of saying, said of what is in it: "the president mentioned in the article". */
const SOURCE_PASSIVE = new Set([
  'mentioned',
  'named',
  'cited',
  'quoted',
  'referenced',
  'reported',
  'listed',
  'described',
  'stated',
  'given',
]);
const SOURCE_AUXILIARIES = new Set(['does', 'did', 'do']);

/**
 * "who carried it out according to the article", "the article says the sortie was against who",
 * "does the piece say the americans meant it": the message names the text it asks about, which is
 * where every answer comes from, so those words ask nothing (as "article" they would read as a
 * question for the gist, and as words no quote holds they would make the bot less sure). They go:
 * the text as "the article" or "this DW piece", with the words that place the question in it
 * ("according to", "in", and a verb of saying before "in": "mentioned in the article") or make it
 * the one saying ("the article says", "does the article say";
 * "where does the article say" asks no place). Not the text alone ("what's the article about",
 * "the title of the article"), nor when nothing else says a topic ("is that what the article says").
 */
export function withoutSourceNamed(tokens: readonly Token[], names: SourceNames): readonly Token[] {
  let words: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!SOURCE_DETERMINERS.has((tokens[i] as Token).word)) continue;
    let end = i + 1;
    // "this dw piece", "the deutsche welle article": the publisher's name (knowledge sources).
    if (names.publishers.length > 0) {
      words ??= tokens.map((t) => t.word);
      end += publisherAt(names, words, end);
    }
    if (!names.nouns.has(tokens[end]?.word ?? '')) continue;
    end++;
    let start = i;
    const placed = SOURCE_PLACED.find((p) => p.every((w, k) => tokens[i - p.length + k]?.word === w));
    if (placed) {
      start = i - placed.length;
      // "the syrian president mentioned in the article": the text is the one saying, no one in it.
      if (placed[0] === 'in' && SOURCE_PASSIVE.has(tokens[start - 1]?.word ?? '')) start--;
    } else {
      let verb = end;
      while (SOURCE_ADVERBS.has(tokens[verb]?.word ?? '')) verb++;
      const word = tokens[verb]?.word ?? '';
      const asked = SOURCE_AUXILIARIES.has(tokens[i - 1]?.word ?? '') && SOURCE_ASKED.has(word);
      if (asked) {
        start = i - 1;
        if (tokens[start - 1]?.word === 'where') start--;
        end = verb + 1;
      } else if (SOURCE_SAYS.has(word)) end = verb + 1;
      else continue;
    }
    const rest = [...tokens.slice(0, start), ...tokens.slice(end)];
    return rest.some((t) => !STOP_WORDS.has(t.word)) ? withoutSourceNamed(rest, names) : tokens;
  }
  return tokens;
}

/** Verbs of saying between "who" and "what" in "who said what", "who says what", "who claimed what". */
const SAYING = new Set(['say', 'says', 'said', 'saying', 'claim', 'claims', 'claimed', 'claiming']);
/** Verbs after "what" that make it the subject of a clause ("who said what was true"). */
const AUXILIARIES_AFTER_WHAT = new Set([
  'is',
  'was',
  'were',
  'are',
  'has',
  'had',
  'happens',
  'happen',
  'did',
  'does',
  'will',
  'would',
  'could',
  'caused',
]);
/** Words that ask of every one of several: "both ambassadors", "each of them", "they both". */
const EVERY_ONE = new Set(['both', 'each']);
/** Whom "both of" / "each of" points at: "both of them", "each of the envoys". */
const OF_WHOM = new Set(['them', 'those', 'these', 'the', 'their', 'us', 'you']);
/** Who may come right before "both" / "each": "they both said", "what did they each claim". */
const EVERY_ONE_AFTER = new Set(['they', 'them', 'you']);

/** Auxiliaries after which "each" is the subject of the verb that follows ("does each come from"). */
const EACH_AS_SUBJECT_AFTER = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should']);
/** Particles that follow a verb, not a noun, right after "each" ("each come from", "each make up"). */
const PARTICLES_AFTER_VERB = new Set([
  'from',
  'up',
  'out',
  'off',
  'about',
  'with',
  'to',
  'for',
  'on',
  'in',
  'back',
]);

/**
 * Does the question ask of every one of several ("what did both ambassadors say", "what did
 * each of them claim", "what did they both say", "the two envoys")? Not "each other" (what they
 * did to one another), nor "both" before a name or "the" ("did both the US and australia fly":
 * the names are asked, each one).
 */
export function asksEveryOne(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as Token).word;
    const next = tokens[i + 1]?.word;
    const before = tokens[i - 1]?.word ?? '';
    // "who said what": two question words about one verb of saying ask, of every one who spoke,
    // what they said (each one's words), as "what did each of them say" does. Not when "what"
    // begins a clause of its own ("who said what happened", "who said what was going on").
    if (word === 'who' && next !== undefined && SAYING.has(next) && tokens[i + 2]?.word === 'what') {
      const after = tokens[i + 3]?.word;
      if (after === undefined || !(AUXILIARIES_AFTER_WHAT.has(after) || /(ed|ens)$/.test(after))) return true;
    }
    // "the two ambassadors", "the two UN ambassadors" (one word of what they are before the plural).
    if (word === 'two' && before === 'the' && next !== undefined && !STOP_WORDS.has(next)) {
      const after = tokens[i + 2]?.word;
      if (/s$/.test(next) || (after !== undefined && /s$/.test(after) && !STOP_WORDS.has(after))) return true;
    }
    if (!EVERY_ONE.has(word)) continue;
    if (EVERY_ONE_AFTER.has(before)) return true;
    if (next === undefined || next === 'other') continue;
    if (next === 'of') {
      if (OF_WHOM.has(tokens[i + 2]?.word ?? '')) return true;
      continue;
    }
    // "both ambassadors": a plural of what they are, in lower case (not a name, nor "each come").
    const plural = tokens[i + 1] as Token;
    if (
      word === 'both' &&
      /s$/.test(next) &&
      !STOP_WORDS.has(next) &&
      plural.raw === plural.raw.toLowerCase()
    )
      return true;
    // "what did each ambassador say", "each envoy's words": "each" before a noun of what they are,
    // in lower case (not a name, nor "each other", nor a grammar word: "each and every"). After an
    // auxiliary with a particle or nothing after the next word, "each" is the subject and the next
    // word its verb ("where does each come from", "what did each say"), no noun of what they are.
    const verbAfterEach =
      EACH_AS_SUBJECT_AFTER.has(before) &&
      (tokens[i + 2] === undefined || PARTICLES_AFTER_VERB.has((tokens[i + 2] as Token).word));
    if (
      word === 'each' &&
      !verbAfterEach &&
      plural.raw === plural.raw.toLowerCase() &&
      (!STOP_WORDS.has(next) || next === 'one')
    )
      return true;
  }
  return false;
}

/**
 * What sets something apart from what is asked: chat.yaml's `exclusions` ("besides", "apart
 * from", "other than"; "not counting" is "counting" after a negation the chat reader took out).
 */
export interface Exclusions {
  /** Each phrase's words, the longest first ("except for" before "except"). */
  phrases: readonly (readonly string[])[];
  /** The words that set apart after a "not" the reader took out ("counting", "including"). */
  negated: ReadonlySet<string>;
}

/**
 * The chat words the analyser reads (chat.yaml): what sets apart, nouns for a person, nouns of
 * what someone says.
 */
export interface AnalyzerChat {
  exclusions: Exclusions;
  /** Nouns for a person in chat ("guy", "bloke"): after a name, that person ("this churkin guy"). */
  people: ReadonlySet<string>;
  /** Nouns of what someone says, with no sense of the story's own: "her argument", "russia's point". */
  sayingNouns: ReadonlySet<string>;
  /** What may stand between the owner and such a noun: "her main argument", "power's whole point". */
  sayingModifiers: ReadonlySet<string>;
  /** Adverbs of degree ("adequately", "completely"): said of what is named, how much, not what. */
  degree: ReadonlySet<string>;
  /** Nouns for people counted: "how many soldiers did they lose" asks deaths. */
  peopleCounted: ReadonlySet<string>;
  /** How a message names the text it asks about ("the article", "this dw piece"). */
  source: SourceNames;
  /** Words of the asking and the writer's task ("essay", "homework"): a slip toward one is meant. */
  asking: ReadonlySet<string>;
}
const NO_CHAT: AnalyzerChat = {
  exclusions: { phrases: [], negated: new Set() },
  people: new Set(),
  sayingNouns: new Set(),
  sayingModifiers: new Set(),
  degree: new Set(),
  peopleCounted: new Set(),
  source: NO_SOURCE_NAMES,
  asking: new Set(),
};

/** chat.yaml's lists the analyser reads, compiled, with the names of the sources' publishers. */
export function analyzerChatOf(
  chat: Pick<
    ChatWords,
    | 'exclusions'
    | 'chatPeople'
    | 'sayingNouns'
    | 'sayingModifiers'
    | 'degreeWords'
    | 'peopleCounted'
    | 'articleNouns'
    | 'asking'
  >,
  sources: readonly Pick<SourceInfo, 'publisher' | 'publisherAliases'>[] = [],
): AnalyzerChat {
  return {
    exclusions: exclusionsOf(chat.exclusions),
    people: new Set(chat.chatPeople),
    sayingNouns: new Set(chat.sayingNouns),
    sayingModifiers: new Set(chat.sayingModifiers),
    degree: new Set(chat.degreeWords),
    peopleCounted: new Set(chat.peopleCounted),
    source: sourceNamesOf(chat, sources),
    asking: new Set(chat.asking),
  };
}

/** chat.yaml's exclusions (folded phrases) as withoutExcluded matches them. */
export function exclusionsOf(phrases: readonly string[]): Exclusions {
  const split = phrases.map((p) => p.split(' '));
  return {
    phrases: split.filter((w) => w[0] !== 'not').sort((a, b) => b.length - a.length),
    negated: new Set(split.filter((w) => w[0] === 'not' && w.length === 2).map((w) => w[1] as string)),
  };
}

/**
 * Words that join someone to whoever a question asks for ("with", "along with"): after a question
 * for others ("who else", "which other countries"), they set that one apart as "besides" does
 * ("who else condemned it with russia?").
 */
const JOINED_WITH: readonly (readonly string[])[] = [
  ['along', 'with'],
  ['together', 'with'],
  ['alongside'],
  ['with'],
];
/** Words that ask for others than someone: "who else", "what other countries", "anyone else". */
const OTHERS = new Set(['else', 'other', 'others']);

/** Does the question ask for others before word `at` ("who else condemned it with ...")? */
function asksOthers(tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < at; k++) if (OTHERS.has((tokens[k] as Token).word)) return true;
  return false;
}

/** Auxiliaries that open a predicate after its subject ("who besides the US was involved"). */
const PREDICATE_AUXILIARIES = new Set('was were did had has is are have do does'.split(' '));

/**
 * Does a word open a predicate as a finite verb: an auxiliary, an irregular past ("took",
 * "flew") or a regular one ("walked", "bombed")? Read after a name set apart.
 */
function finiteVerb(word: string | undefined): boolean {
  if (word === undefined) return false;
  return PREDICATE_AUXILIARIES.has(word) || IRREGULAR_PAST.has(word) || /^[a-z]{3,}ed$/.test(word);
}

const JOINING = new Set(['and', 'or', '&', 'itself', 'themselves']);
/** Relative pronouns, and the most words a relative clause of what is set apart has, the pronoun too. */
const RELATIVES = new Set(['who', 'that', 'which']);
const MAX_RELATIVE = 5;
/** Words at most of what is set apart ("the armour and trucks"). */
const MAX_EXCLUDED = 5;

/**
 * The first of `phrases` (each its words) that the tokens hold from `at` on, or undefined. A loop
 * that looks past a phrase at its first word: every word of a message is tried (a long one has a
 * hundred) against every phrase.
 */
function listedPhraseAt(
  phrases: readonly (readonly string[])[],
  tokens: readonly Token[],
  at: number,
): readonly string[] | undefined {
  const first = tokens[at]?.word;
  for (const phrase of phrases) {
    if (phrase[0] !== first) continue;
    let k = 1;
    while (k < phrase.length && tokens[at + k]?.word === phrase[k]) k++;
    if (k === phrase.length) return phrase;
  }
  return undefined;
}

/**
 * "what did they lose besides the soldiers", "besides the americans, whose jets flew", "apart
 * from complaining, did they ask for anything": what is set apart is what the question does not
 * ask about; its words would pull toward it (the death toll, the US's words). The exclusion and
 * its words go: determiners, then words of a topic (a stop word ends it, but "and" and a name in
 * capitals, "besides the US"), and a relative clause that ends the question ("apart from the
 * soldiers who were killed").
 */
function withoutExcluded(
  tokens: readonly Token[],
  exclusions: Exclusions,
  /** Do these words name only parties of the story (for "with": "who else ... with russia")? */
  namesOnly: (words: readonly Token[]) => boolean = () => false,
  /** Do these words say a topic of the story (a term), stop words though they are ("took part")? */
  saysTopic: (words: readonly Token[]) => boolean = () => false,
): [readonly Token[], readonly Token[]] {
  for (let i = 0; i < tokens.length; i++) {
    const at = tokens[i] as Token;
    const joined = listedPhraseAt(JOINED_WITH, tokens, i);
    const phrase =
      at.negated && exclusions.negated.has(at.word)
        ? [at.word]
        : (listedPhraseAt(exclusions.phrases, tokens, i) ??
          (joined && asksOthers(tokens, i) ? joined : undefined));
    if (!phrase) continue;
    let j = i + phrase.length;
    while (j < tokens.length && DETERMINERS.has((tokens[j] as Token).word)) j++;
    const start = j;
    while (j < tokens.length && j < start + MAX_EXCLUDED) {
      const t = tokens[j] as Token;
      const topic = !STOP_WORDS.has(t.word) || /^\p{Lu}{2,}$/u.test(t.raw);
      if (!topic && !(JOINING.has(t.word) && j > start)) break;
      j++;
    }
    if (j === start) continue;
    // "which countries besides the US took part", "who other than churkin walked out": a name set
    // apart ends where the finite verb after it begins (a past form, "-ed", or an auxiliary); the
    // predicate is the question's own. The longest run of names from the start that a verb
    // follows, when the whole is not one ("apart from the soldiers" is no name and stays whole;
    // "the regime troops": no verb after "regime", whole).
    if (phrase !== joined && !namesOnly(tokens.slice(start, j))) {
      let k = j - 1;
      while (k > start && !(finiteVerb(tokens[k]?.word) && namesOnly(tokens.slice(start, k)))) k--;
      if (k > start) j = k;
    }
    // "who else condemned it with russia": those "with" joins are set apart only when they are
    // parties ("who else was involved with the strike" asks about the strike).
    if (phrase === joined && !namesOnly(tokens.slice(start, j))) continue;
    // "apart from the soldiers who were killed": a relative clause that ends the question says
    // more of what is set apart.
    // Not the question's own word after an exclusion that opens it ("besides the US, who flew").
    if (i > 0 && RELATIVES.has(tokens[j]?.word ?? '') && tokens.length - j <= MAX_RELATIVE) j = tokens.length;
    const rest = [...tokens.slice(0, i), ...tokens.slice(j)];
    // Not when nothing else says a topic ("and other than the US?", "anyone besides churkin"): the
    // question is then about what it names, as a follow-up reads it. A verb of the story made of
    // stop words says one ("who besides the US took part": taking part is asked, of others).
    return rest.some((t) => !STOP_WORDS.has(t.word)) || saysTopic(rest)
      ? [rest, tokens.slice(i + phrase.length, j)]
      : [tokens, []];
  }
  return [tokens, []];
}

/** Possessive pronouns of whoever speaks. */
const OWNERS = new Set(['her', 'his', 'their', 'its']);

/** Words that open a clause of time: "while it was happening", "when this happened". */
const SUBORDINATORS = new Set(['while', 'when', 'as', 'before', 'after', 'until', 'till', 'since', 'once']);
/** What the clause says happened: the story itself, named by a pronoun. */
const MOMENT_ONLY = new Set(['while', 'when', 'as', 'once']);
const EVENT_SUBJECTS = new Set(['it', 'this', 'that', 'everything']);
const EVENT_AUXILIARIES = new Set(['was', 'is', 'were', 'had', 'has', 'did', 'all']);
const HAPPENING = /^(?:happen(?:s|ed|ing)?|occur(?:s|red|ring)?)$/;

/**
 * "did russia warn the pentagon while it was happening", "where was churkin when it happened":
 * a clause of time whose subject is the story itself says when, not what about; its "happened"
 * is no question of what happened (the summary). The clause's pronoun, auxiliary and verb go;
 * the word that opens it stays when it says which way ("before it happened"), not "while" or
 * "when". Not the question itself ("when did it happen": no subject right after the question
 * word).
 */
function withoutEventClause(tokens: readonly Token[]): readonly Token[] {
  for (let i = 1; i < tokens.length - 2; i++) {
    if (!SUBORDINATORS.has((tokens[i] as Token).word)) continue;
    let j = i + 1;
    if (tokens[j]?.word === 'all') j++;
    if (!EVENT_SUBJECTS.has(tokens[j]?.word ?? '')) continue;
    j++;
    while (j < tokens.length && j <= i + 4 && EVENT_AUXILIARIES.has((tokens[j] as Token).word)) j++;
    if (!HAPPENING.test(tokens[j]?.word ?? '')) continue;
    // "while" and "when" say only "at the time"; "before" and "after" say which way.
    const keep = MOMENT_ONLY.has((tokens[i] as Token).word) ? i : i + 1;
    return [...tokens.slice(0, keep), ...tokens.slice(j + 1)];
  }
  return tokens;
}

/** Words before "this time" that make it a time asked or placed ("at this time", "by that time"). */
const OCCASION_BEFORE = new Set([
  'at',
  'by',
  'until',
  'till',
  'from',
  'since',
  'before',
  'after',
  'what',
  'which',
  'around',
]);

/**
 * "syria's army always says US helps isis. what did they say this time?", "did they apologise
 * that time": "this time" set against what someone does again and again picks out the occasion,
 * the story itself; it asks no time ("at this time", "by that time", "what time" do). Not in a
 * question of when.
 */
function withoutOccasion(tokens: readonly Token[]): readonly Token[] {
  if (tokens.some((t) => t.word === 'when')) return tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    const word = (tokens[i] as Token).word;
    if ((word !== 'this' && word !== 'that') || tokens[i + 1]?.word !== 'time') continue;
    if (OCCASION_BEFORE.has(tokens[i - 1]?.word ?? '')) continue;
    return [...tokens.slice(0, i), ...tokens.slice(i + 2)];
  }
  return tokens;
}

/** What "put" points at when it means wording it: "how does each side put it". */
const PUT_WHAT = new Set(['it', 'that', 'this', 'things']);

/**
 * "how does each side put it", "how did the pentagon put that": a question of how, "put" with
 * "it" or "that" after it, asks how it was said; "put" (a rare word of the article, "put the death
 * toll to 62") reads as "say".
 */
function putItAsSay(tokens: readonly Token[]): readonly Token[] {
  if (tokens[0]?.word !== 'how') return tokens;
  const at = tokens.findIndex((t, i) => t.word === 'put' && PUT_WHAT.has(tokens[i + 1]?.word ?? ''));
  if (at < 0) return tokens;
  return tokens.map((t, i) => (i === at ? retyped(t, t.raw, 'say') : t));
}

/** Words before "happen" that look ahead: "what could happen to the deal", "what will happen to". */
const LOOKING_AHEAD = new Set(['could', 'would', 'will', 'might', 'may', 'can', 'gonna', 'should']);

/**
 * "what does the article say could happen to the peace deal", "what will happen to the truce":
 * what may happen to something asks that thing's fate, not what happened (the summary); the
 * "happen" goes, the thing named stays. Only after a word looking ahead, before "to".
 */
function fateWithoutHappen(tokens: readonly Token[]): readonly Token[] {
  for (let i = 1; i < tokens.length - 2; i++) {
    if ((tokens[i] as Token).word !== 'happen' || tokens[i + 1]?.word !== 'to') continue;
    if (!LOOKING_AHEAD.has(tokens[i - 1]?.word ?? '')) continue;
    return [...tokens.slice(0, i), ...tokens.slice(i + 1)];
  }
  return tokens;
}

/** Words that open a clause of time placing one deed beside another's turn to speak. */
const TURN_OPENERS = new Set(['while', 'when', 'as', 'before', 'after', 'until', 'till', 'once']);
/** Verbs of taking the floor: "spoke", "was talking", "had addressed", "gave her speech". */
const TAKING_THE_FLOOR =
  /^(?:spoke|speak|speaks|speaking|spoken|talk|talks|talked|talking|address(?:es|ed|ing)?|said|says|say|testified|began|started|finished)$/;
/** Auxiliaries between a clause's subject and its verb: "when power was speaking". */
const TURN_AUXILIARIES = new Set([
  'was',
  'were',
  'is',
  'had',
  'has',
  'did',
  'got',
  'gets',
  'finally',
  'even',
]);
/** Words that cannot be part of the clause's subject: a new clause or question has begun. */
const NOT_SUBJECT = new Set([
  'and',
  'but',
  'or',
  'then',
  'so',
  'did',
  'was',
  'were',
  'is',
  'what',
  'who',
  'why',
  'how',
]);

/**
 * "did churkin walk out after power spoke", "was churkin in the room when power spoke": a clause
 * of time whose verb is someone taking the floor says when the deed asked about happened; it is
 * the setting, not what is asked, and its "spoke" would draw whatever that person said rather
 * than the deed. The verb and its auxiliaries go; the clause's opening word and its subject (who spoke) stay, and so
 * does what follows ("to the press": where). The subject is one to three words right after the
 * opening word. Not a question that opens with the clause ("when did power speak": no clause, the
 * question word first), nor one asking what was said ("what did churkin say after power spoke"
 * keeps its own "say": only the clause's verb goes).
 */
export function withoutTurnToSpeak(tokens: readonly Token[]): readonly Token[] {
  for (let i = 1; i < tokens.length - 2; i++) {
    if (!TURN_OPENERS.has((tokens[i] as Token).word)) continue;
    let j = i + 1;
    const subjectStart = j;
    while (j < tokens.length && j < subjectStart + 3 && !TURN_AUXILIARIES.has((tokens[j] as Token).word)) {
      if (NOT_SUBJECT.has((tokens[j] as Token).word) || TAKING_THE_FLOOR.test((tokens[j] as Token).word))
        break;
      j++;
    }
    if (j === subjectStart) continue;
    const auxiliaryStart = j;
    while (j < tokens.length && j <= subjectStart + 5 && TURN_AUXILIARIES.has((tokens[j] as Token).word)) j++;
    const verb = tokens[j]?.word ?? '';
    if (!TAKING_THE_FLOOR.test(verb)) continue;
    // "began speaking", "started to talk": the second verb goes with the first.
    let end = j + 1;
    if (/^(?:began|started|finished)$/.test(verb)) {
      if (tokens[end]?.word === 'to') end++;
      if (!TAKING_THE_FLOOR.test(tokens[end]?.word ?? '')) continue;
      end++;
    }
    return [...tokens.slice(0, auxiliaryStart), ...tokens.slice(end)];
  }
  return tokens;
}

/** The aircraft of a strike, as the subject of a clause of time: "once the jets left". */
const AIRCRAFT =
  /^(?:jets?|planes?|aircraft|bombers?|fighters?|warplanes?|birds|fast-?jets?|airplanes?|aeroplanes?)$/;
/** Words between the clause's opening word and its aircraft: "after the coalition jets". */
const AIRCRAFT_OWNERS = new Set([
  'the',
  'those',
  'these',
  'their',
  'our',
  'its',
  'all',
  'coalition',
  'us',
  'american',
  'allied',
]);
/** Verbs of going away: "left", "went home", "bugged out", "RTB'd", "were gone". */
const GONE =
  /^(?:leave|left|leaves|leaving|went|gone|departed|rtb(?:'?d|'?ed|s)?|bugged|bug|pulled|flew|cleared|returned|headed|egressed|egress|disengaged)$/;
/** Words of a verb of going away after it: "bugged out", "went home", "flew off". */
const GONE_AFTER = new Set(['out', 'off', 'home', 'away', 'back', 'to', 'base']);

/**
 * "what did IS do once the jets bugged out", "... after the planes left", "after the jets RTB'd":
 * the aircraft of a strike going away is the strike over; the clause says "after the strike", not
 * that someone left (a walk-out) or that the strike was stopped (why it stopped). Its opening word
 * ("after", "once", "when", "as soon as") reads "after", the clause "the strike".
 */
function aircraftGone(tokens: readonly Token[]): readonly Token[] {
  for (let i = 0; i < tokens.length - 2; i++) {
    const opener = (tokens[i] as Token).word;
    if (opener !== 'after' && opener !== 'once' && opener !== 'when') continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && AIRCRAFT_OWNERS.has((tokens[j] as Token).word)) j++;
    if (!AIRCRAFT.test(tokens[j]?.word ?? '')) continue;
    let k = j + 1;
    while (k < tokens.length && k <= j + 2 && EVENT_AUXILIARIES.has((tokens[k] as Token).word)) k++;
    if (!GONE.test(tokens[k]?.word ?? '')) continue;
    k++;
    while (k < tokens.length && GONE_AFTER.has((tokens[k] as Token).word)) k++;
    const after = { raw: 'after', word: 'after' };
    const strike = { raw: 'strike', word: 'strike' };
    return [...tokens.slice(0, i), after, { raw: 'the', word: 'the' }, strike, ...tokens.slice(k)];
  }
  return tokens;
}

/** Words of a span of time: "after 40 minutes". */
const TIME_UNITS = /^(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)$/;
/** Words between "after" and the figure: "after only 40 minutes". */
const BEFORE_FIGURE = new Set(['only', 'just', 'about', 'around', 'roughly', 'some', 'like', 'barely']);

/**
 * "why was the strike stopped after 40 mins": asked why, a span of time after "after" or "within"
 * says when what is asked about happened, as the writer already knows it; it is not what the
 * question asks about, and as words it draws the sentence giving the figure rather than the reason.
 * The phrase goes. Only in a question that asks why.
 */
function withoutKnownTime(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => t.word === 'why')) return tokens;
  for (let i = 0; i < tokens.length - 2; i++) {
    const word = (tokens[i] as Token).word;
    if (word !== 'after' && word !== 'within') continue;
    let j = i + 1;
    while (j < tokens.length && BEFORE_FIGURE.has((tokens[j] as Token).word)) j++;
    if (!/^\d+$/.test(tokens[j]?.word ?? '') || !TIME_UNITS.test(tokens[j + 1]?.word ?? '')) continue;
    return [...tokens.slice(0, i), ...tokens.slice(j + 2)];
  }
  return tokens;
}

/** Words that open the clause saying where a span ends: "before it was stopped", "until the abort". */
const SPAN_ENDS = new Set(['before', 'until', 'till', 'til']);
/** Words of an ending: "stopped", "the abort", "halted", "ceased", "called off", "cut short". */
const SPAN_ENDING =
  /^(?:stop(?:s|ped|ping)?|abort(?:s|ed|ing)?|halt(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|finish(?:es|ed|ing)?|end(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|suspend(?:s|ed|ing)?|off|short|quit)$/;
/** Verbs of going on, asked how long: "how long did it run". */
const RUNNING = new Set(['run', 'ran', 'running']);
/** What ends a clause: the next one starts. */
const CLAUSE_JOINS = new Set(['and', 'but', 'or', 'then']);

/**
 * "how long did the raid last before it was stopped", "how long did it run before the abort":
 * asked how long, a clause of "before" or "until" that says the thing ended tells where the span
 * asked about ends, as the writer already knows it; it is not what the question asks about, and
 * its words (a time before, a stopping) are words the sentence giving the span lacks. The clause
 * goes. Not right after "how long" ("how long before the strike were they told": the span asked),
 * nor a clause of no ending ("how long did they know before the strike").
 */
export function withoutSpanEnd(read: readonly Token[]): readonly Token[] {
  let tokens = read;
  const how = tokens.findIndex((t, i) => t.word === 'how' && tokens[i + 1]?.word === 'long');
  if (how < 0) return tokens;
  // "how long did it run", "how long did the raid run for": running is lasting.
  const ran = tokens.findIndex((t, i) => i > how + 2 && i <= how + 5 && RUNNING.has(t.word));
  if (ran > 0) tokens = [...tokens.slice(0, ran), { raw: 'last', word: 'last' }, ...tokens.slice(ran + 1)];
  for (let i = how + 3; i < tokens.length - 1; i++) {
    if (!SPAN_ENDS.has((tokens[i] as Token).word)) continue;
    let end = i + 1;
    while (end < tokens.length && !CLAUSE_JOINS.has((tokens[end] as Token).word)) end++;
    if (!tokens.slice(i + 1, end).some((t) => SPAN_ENDING.test(t.word))) return tokens;
    return [...tokens.slice(0, i), ...tokens.slice(end)];
  }
  return tokens;
}

/** Words of a count after "at least": "at least 90", "at least a dozen", "at least two". */
const COUNT_WORDS =
  /^(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|several|some|half)$/;
/** When something was said, said after it: "what did australia say afterwards". */
const AFTER_SAYING = new Set(['afterwards', 'afterward']);

/**
 * Words that soften or place the asking, not what it asks about: "did the US at least apologize"
 * (a hedge: "at least" before no count, unlike "at least 90 troops"), and "what did australia say
 * afterwards" (what anyone said of the story was said after it: a time after a verb of saying
 * narrows nothing). The words go.
 */
export function withoutHedges(tokens: readonly Token[]): readonly Token[] {
  let out: readonly Token[] = tokens;
  const least = out.findIndex((t, i) => t.word === 'at' && out[i + 1]?.word === 'least');
  if (least >= 0 && !COUNT_WORDS.test(out[least + 2]?.word ?? '') && out[least + 2] !== undefined)
    out = [...out.slice(0, least), ...out.slice(least + 2)];
  const after = out.findIndex((t) => AFTER_SAYING.has(t.word));
  if (after > 0 && out.slice(0, after).some((_, i) => saying(out, i)))
    out = [...out.slice(0, after), ...out.slice(after + 1)];
  return out;
}

/** The copula of "who is", "who was": "who is X" asks who someone is (synonyms.yaml `name`). */
const WHO_COPULAS = new Set(['is', 'was', 'are', 'were']);
/** Words that start a clause of its own between "who" and a last "is": not one name's words. */
const CLAUSE_WORDS = new Set([
  ...WH_WORDS,
  ...'is was are were did does do has have had can could will would and but or said says say'.split(' '),
]);
/** How many words an embedded "who X is" holds between "who" and "is" at most. */
const WHO_REACH = 5;

/**
 * "remind me who vitaly churkin is", "no idea who the us envoy was": a question inside a request
 * puts its copula last; it asks "who is vitaly churkin" (the copula moves after "who", where
 * synonyms.yaml `name` reads "who is").
 */
export function whoCopula(tokens: readonly Token[]): readonly Token[] {
  const who = tokens.findIndex((t) => t.word === 'who');
  if (who < 0) return tokens;
  const last = tokens.length - 1;
  const copula = tokens[last];
  if (!copula || !WHO_COPULAS.has(copula.word) || last - who < 2 || last - who - 1 > WHO_REACH) return tokens;
  if (tokens.slice(who + 1, last).some((t) => CLAUSE_WORDS.has(t.word))) return tokens;
  return [...tokens.slice(0, who + 1), copula, ...tokens.slice(who + 1, last)];
}

/** Copulas of being in a story: "why is australia in this", "how was the UK in it". */
const BEING_IN = new Set(['is', 'was', 'are', 'were', 'isnt', 'wasnt', 'be', 'been']);
/** What the story is called when someone is in it: "this", "it", "all this", "all of this". */
const THE_STORY_POINTED = new Set(['this', 'it', 'that']);
/** Participles of what is done in a story, which "ed" does not mark: "what was said in it". */
const DONE_IN_IT = new Set([
  'said',
  'told',
  'done',
  'made',
  'seen',
  'heard',
  'known',
  'shown',
  'meant',
  'put',
  'found',
  'hit',
  'lost',
  'won',
]);
/** Words that may end the clause after it: "why is australia in this at all", "... anyway". */
const AFTER_IN_IT = new Set(['at', 'all', 'anyway', 'even', 'too', 'then', 'and', 'or', 'lol', 'though']);

/**
 * "why is australia in this", "how was the UK in it at all": to be in "this" or "it" (the story,
 * pointed at) is to be involved in it, as "in on it" is; the two words read "involved"
 * (synonyms.yaml `participate`). Only after a copula and one to three words of its subject, with
 * "this" or "it" ending the clause ("is power in this clip" names something else), and no verb
 * before "in" ("what was said in it": something done in the story).
 */
export function beingInItAsInvolved(tokens: readonly Token[]): readonly Token[] {
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!BEING_IN.has((tokens[i] as Token).word) || (tokens[i] as Token).raw === 'IS') continue;
    for (let j = i + 2; j <= i + 4 && j < tokens.length - 1; j++) {
      if ((tokens[j] as Token).word !== 'in') continue;
      // "what was said in it": a verb between, the thing done in the story, no one in it.
      if (
        tokens
          .slice(i + 1, j)
          .some((t) => finiteVerb(t.word) || DONE_IN_IT.has(t.word) || /^[a-z]{2,}(?:ing|en)$/.test(t.word))
      )
        break;
      let k = j + 1;
      if (tokens[k]?.word === 'all') k++;
      if (tokens[k]?.word === 'of') k++;
      if (!THE_STORY_POINTED.has(tokens[k]?.word ?? '')) break;
      if (k + 1 < tokens.length && !AFTER_IN_IT.has((tokens[k + 1] as Token).word)) break;
      return [...tokens.slice(0, j), { raw: 'involved', word: 'involved' }, ...tokens.slice(k + 1)];
    }
  }
  return tokens;
}
/**
 * Copulas that say when a thing was: "the strike was on sunday", "was it friday night"; past only,
 * the story's tense ("is the fair on friday" asks of the writer's own week).
 */
const BEING_ON_A_DAY = new Set(['was', 'were', 'wasnt', 'werent']);
/** Words that place a day in the writer's own week: "this friday", "last tuesday", "next monday". */
const DAY_OF_OWN_WEEK = new Set(['this', 'last', 'next', 'coming']);
/** A copula of being on a day; "IS" in capitals names the group, it is no "is". */
function beingOnADay(token: Token): boolean {
  return BEING_ON_A_DAY.has(token.word) && token.raw !== 'IS';
}
/** Words between the copula and the day: the thing's name ("was the raid on ..."), "it". */
const BEFORE_DAY = new Set(['on', 'the', 'a', 'that', 'this', 'it', 'really', 'actually']);

/**
 * "the strike was on the sunday night wasn't it", "was the raid on friday", "was it friday night":
 * a day of the week said with "was" (on a day) is the writer's guess at when the thing was, to be
 * checked; what settles it is the sentence saying when, whatever day it names. The weekday reads
 * "when" (synonyms.yaml `day`), not that day's name (which draws whatever else happened on it).
 * Only where the copula comes at most four words before "on" or the day, with no verb between
 * ("what was announced on sunday": something done that day, its day kept), and only in a yes-no
 * question or a statement: no question word before the day ("what was IS's claim on sunday", "what
 * time was it on sunday" ask something else, the day narrowing it), no "IS" (the group) before it,
 * and no day of the writer's own week ("was it last tuesday the meeting moved to").
 */
export function weekdayOfBeingAsWhen(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex((t) => WEEKDAYS.has(t.word));
  if (at < 1) return tokens;
  if (tokens.slice(0, at).some((t) => WH_WORDS.has(t.word) || t.raw === 'IS')) return tokens;
  if (DAY_OF_OWN_WEEK.has(tokens[at - 1]?.word ?? '')) return tokens;
  let j = at - 1;
  while (j >= 0 && j >= at - 6 && !beingOnADay(tokens[j] as Token)) {
    const word = (tokens[j] as Token).word;
    if (!BEFORE_DAY.has(word) && (IRREGULAR_PAST.has(word) || /^[a-z]{2,}(?:ed|ing|en)$/.test(word)))
      return tokens;
    j--;
  }
  if (j < 0 || j < at - 6) return tokens;
  // The day's "on" (or "it" of "was it friday") must be what joins it: not "power spoke sunday".
  const joined = tokens.slice(j + 1, at).some((t) => t.word === 'on' || t.word === 'it');
  if (!joined) return tokens;
  return [...tokens.slice(0, at), { raw: 'when', word: 'when' }, ...tokens.slice(at + 1)];
}

/** Words that open a message before its question: "wait is churkin ...", "so was power ...". */
const OPENING_FILLERS = new Set([
  'wait',
  'so',
  'hold',
  'on',
  'hang',
  'hmm',
  'um',
  'uh',
  'ok',
  'okay',
  'sorry',
  'and',
  'but',
]);
/** Words before the nation that hedge it: "is she like the british ambassador". */
const NATION_HEDGES = new Set(['like', 'just', 'actually', 'really', 'basically', 'kinda', 'sort', 'of']);
const COPULAS_ASKED = new Set(['is', 'was', 'isnt', 'wasnt']);
const HE_OR_SHE = new Set(['he', 'she']);
/** Words after a statement that ask it be confirmed: "power is the us ambassador right". */
const CONFIRMING = new Set(['right', 'yeah', 'yea', 'ya', 'yes', 'correct', 'innit', 'eh', 'yh']);
/** Subjects that name no one: "was it the american jets" asks what, not who. */
const NOT_A_PERSON_NAMED = new Set([
  'he',
  'she',
  'it',
  'this',
  'that',
  'they',
  'them',
  'these',
  'those',
  'there',
  'i',
  'you',
  'we',
]);

/**
 * "is churkin the american one", "was power the russian envoy", "samantha power is she like the
 * british ambassador": asked whether someone is of a nation, the writer has mixed up who is who;
 * what settles it is who the person is ("who is churkin": the sentence naming their side). The
 * question reads as "who is" and its subject; the nation goes (it would draw that nation's
 * sentences). Only a yes-no question opening with its copula (after a filler or two), a name
 * taken up again by "is he" / "is she", or a statement of it asked to be confirmed ("... right",
 * "... yeah"), then one to three words, then "the" or "a" and the nation.
 */
export function nationalityAsWho(tokens: readonly Token[]): readonly Token[] {
  let start = 0;
  while (start < 2 && OPENING_FILLERS.has(tokens[start]?.word ?? '')) start++;
  let subject: readonly Token[];
  let rest: number;
  const copulaAt = tokens.findIndex((t, i) => i >= start && i <= start + 3 && COPULAS_ASKED.has(t.word));
  if (copulaAt === start) {
    let j = start + 1;
    while (j < tokens.length && j <= start + 3 && !DETERMINER_OF_NATION.has((tokens[j] as Token).word)) {
      if (NATION_HEDGES.has((tokens[j] as Token).word)) break;
      j++;
    }
    subject = tokens.slice(start + 1, j);
    rest = j;
  } else if (copulaAt > start && HE_OR_SHE.has(tokens[copulaAt + 1]?.word ?? '')) {
    subject = tokens.slice(start, copulaAt);
    rest = copulaAt + 2;
  } else if (copulaAt > start && tokens.slice(copulaAt + 1).some((t) => CONFIRMING.has(t.word))) {
    // "churkin was the american one yeah", "samantha power is the us ambassador right": put as a
    // statement, then a word asking it be confirmed.
    subject = tokens.slice(start, copulaAt);
    rest = copulaAt + 1;
  } else return tokens;
  // "IS pushed the syrian army out": the capitals name Islamic State, no copula.
  if ((tokens[copulaAt] as Token).raw === 'IS') return tokens;
  // A subject with a verb or a preposition in it ("is russia blaming the US", "is russia angry
  // at the US") is a clause: the question asks what someone does, not who they are.
  if (
    subject.length === 0 ||
    subject.some(
      (t) =>
        CLAUSE_WORDS.has(t.word) ||
        NOT_A_PERSON_NAMED.has(t.word) ||
        finiteVerb(t.word) ||
        /^[a-z]{2,}ing$/.test(t.word) ||
        PREPOSITIONS_IN_SUBJECT.has(t.word),
    )
  )
    return tokens;
  while (NATION_HEDGES.has(tokens[rest]?.word ?? '')) rest++;
  if (!DETERMINER_OF_NATION.has(tokens[rest]?.word ?? '')) return tokens;
  if (!nationAdjective(tokens[rest + 1]?.word ?? '')) return tokens;
  // The nation names a person's side: it ends the question ("was smith an italian") or a noun of
  // a person follows ("the american one", "the US ambassador to the UN"); "the US explanation",
  // "the US's word" name a thing of the nation's.
  const after = tokens[rest + 2]?.word;
  if (after !== undefined && !PERSON_OF_A_SIDE.has(after) && !AFTER_THE_NATION.has(after)) return tokens;
  const who = { raw: 'who', word: 'who' };
  const is = { raw: 'is', word: 'is' };
  return [who, is, ...subject];
}
const DETERMINER_OF_NATION = new Set(['the', 'a', 'an']);
/** Prepositions that make a subject a clause: "is russia angry at the US". */
const PREPOSITIONS_IN_SUBJECT = new Set(['at', 'with', 'of', 'for', 'to', 'in', 'on', 'about', 'by', 'from']);
/** Nouns of a person standing for a side: "the american one", "the russian envoy". */
const PERSON_OF_A_SIDE = new Set(
  `one guy man woman lady person ambassador envoy representative rep diplomat delegate official minister
  spokesman spokeswoman spokesperson`.split(/\s+/),
);
/** Words that may end the question after the nation: "is he the american or smth", "... right". */
const AFTER_THE_NATION = new Set(['or', 'right', 'then', 'too', 'lol', 'yeah', 'no', 'though']);

/** Verbs of believing: "who did they think they were hitting", "i thought it was only them". */
const BELIEVING = new Set(
  `think thinks thought thinking believe believes believed believing assume assumes assumed assuming
  figured figure reckon reckoned`.split(/\s+/),
);
/** The writer or the writer's side: "i thought", "we assumed". */
const FIRST_PERSON = new Set(['i', 'we', 'ive', "i've", 'id', "i'd", 'i`ve']);
/** Words between the writer and the verb: "i always thought", "i honestly assumed". */
const BELIEF_ADVERBS = new Set(
  `always just honestly originally initially first actually really also too kinda sorta genuinely
  had did do`.split(/\s+/),
);
/** What someone took a thing to be (knowledge/synonyms.yaml `belief`) and whether it was meant. */
const BELIEF: Term = 'c:belief';
const INTENT: Term = 'c:intent';

/** Words that judge a mistake rather than say which ("a stupid mistake"): Analyzer.judgesMistake. */
const MISTAKE_JUDGEMENTS = new Set(
  `stupid dumb idiotic silly huge big massive terrible horrible awful tragic bad honest genuine
  simple careless sloppy catastrophic colossal costly deadly fatal unfortunate unforgivable epic
  total complete major serious grave real clear obvious innocent dreadful horrendous basic`.split(/\s+/),
);

/** What a belief is held of: "think it was", "believed they were". */
const BELIEF_SUBJECTS = new Set(['it', 'they', 'this', 'that', 'those', 'these', 'he', 'she', 'them']);
const BELIEF_BE = new Set(['was', 'were', 'is', 'are', "'s", 's', 'be', 'been']);
/** Words before what a thing is believed to be that say nothing of it: "think it was really". */
const BELIEF_INTENSIFIERS = new Set(['so', 'very', 'really', 'pretty', 'kinda', 'quite', 'too', 'that']);
/** Modifiers that narrow a thing, not judge it: "thought it was only the americans". */
const NOT_A_QUALITY = new Set(['only', 'just', 'all', 'also', 'still', 'even', 'actually', 'really', 'over']);

/** The verb a judging belief reads as ("why did she think it was unfair": why did she say so). */
const VIEW_HELD = 'say';
/** A state a thing is believed in, not what it is taken for: "thought they were in the clear". */
const STATE_PREPOSITIONS = new Set(['in', 'at', 'on', 'under', 'within', 'above', 'beyond', 'out', 'off']);

/**
 * Does a verb of believing at `at` judge a thing rather than take it for something: "why did she
 * think it was hypocritical", "why did he think they were in the clear" (a quality or a state:
 * what was said of it), not "did they think it was IS" (what they took it for).
 */
function believedQuality(tokens: readonly Token[], at: number): boolean {
  let i = at + 1;
  if (tokens[i]?.word === 'that') i++;
  if (!BELIEF_SUBJECTS.has(tokens[i]?.word ?? '')) return false;
  if (!BELIEF_BE.has(tokens[i + 1]?.word ?? '')) return false;
  i += 2;
  while (BELIEF_INTENSIFIERS.has(tokens[i]?.word ?? '')) i++;
  const word = tokens[i]?.word ?? '';
  return (isModifierWord(word) && !NOT_A_QUALITY.has(word)) || STATE_PREPOSITIONS.has(word);
}

/**
 * "i thought it was only americans flying. so australia was in it too?", "honestly I assumed
 * things would stay the same": what the writer believed is the story of the message, not what
 * it asks; the verb goes ("who did they think they were hitting" keeps it: someone else's). So
 * does a belief that judges ("why did she think it was hypocritical"): not what a thing was taken
 * for.
 */
export function withoutOwnBelief(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => BELIEVING.has(t.word))) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (BELIEVING.has(token.word)) {
      let j = i - 1;
      while (j >= 0 && j >= i - 2 && BELIEF_ADVERBS.has((tokens[j] as Token).word)) j--;
      if (j >= 0 && FIRST_PERSON.has((tokens[j] as Token).word)) continue;
      // A belief that judges is a view held: what someone says of a thing ("think" alone is too).
      if (believedQuality(tokens, i)) {
        out.push({ raw: token.raw, word: VIEW_HELD });
        continue;
      }
      // "did they think the syrian soldiers were isis": what a thing named was taken for, read as
      // "think they were" (synonyms.yaml belief) with the thing named after it.
      const be = believedOfNamed(tokens, i);
      if (be > 0) {
        const was = tokens[be] as Token;
        out.push(
          token,
          { raw: 'they', word: 'they' },
          { raw: was.raw, word: 'were' },
          ...tokens.slice(i + 1, be),
        );
        i = be;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

/** Words that open a thing named after a verb of believing: "think the soldiers were". */
const NAMED_OPENERS = new Set([
  'the',
  'those',
  'these',
  'them',
  'their',
  'that',
  'this',
  'his',
  'her',
  'its',
]);
/**
 * Whom a belief takes for someone else: people under arms ("the syrian soldiers were isis"), not a
 * deed nor a thing ("think the strike was deliberate": a view of it, read as before).
 */
const TAKEN_FOR = new Set(
  `soldiers troops army men guys boys lads forces fighters unit units people personnel convoy
  positions position base`.split(/\s+/),
);
/** How many words a thing named may have after its opener: "the syrian army soldiers". */
const NAMED_REACH = 3;

/**
 * "think the syrian soldiers were", "thought them soldiers was": where the verb of being stands
 * after a verb of believing at `at` and people named by an opener (NAMED_OPENERS), up to
 * NAMED_REACH words of no question or verb of being, the last of them people (TAKEN_FOR); -1 when
 * none does.
 */
function believedOfNamed(tokens: readonly Token[], at: number): number {
  if (!NAMED_OPENERS.has(tokens[at + 1]?.word ?? '')) return -1;
  for (let k = at + 2; k <= at + 2 + NAMED_REACH && k < tokens.length; k++) {
    const word = (tokens[k] as Token).word;
    if (BELIEF_BE.has(word)) return k > at + 2 && TAKEN_FOR.has((tokens[k - 1] as Token).word) ? k : -1;
    if (WH_WORDS.has(word) || BELIEVING.has(word) || STOP_WORDS.has(word)) return -1;
  }
  return -1;
}

/** Verbs of how something seems: "how did they sound", "did he seem worried". */
const SEEMING = new Set(['seem', 'seems', 'seemed', 'seeming', 'sound', 'sounds', 'sounded', 'sounding']);
const COMING = new Set(['come', 'comes', 'came', 'coming']);

/**
 * "how did both sides sound", "did churkin sound worried", "how did the envoys come across": how
 * something seemed is how the question asks, not what about; the words carry no topic. Not
 * before a determiner: "sound the alarm", "came across the border".
 */
function withoutSeeming(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => SEEMING.has(t.word) || COMING.has(t.word))) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as Token).word;
    const across = COMING.has(word) && tokens[i + 1]?.word === 'across' ? 2 : 0;
    const length = SEEMING.has(word) ? 1 : across;
    if (length > 0 && !DETERMINERS.has(tokens[i + length]?.word ?? '')) {
      i += length - 1;
      continue;
    }
    out.push(tokens[i] as Token);
  }
  return out;
}

/** Words of dying and killing ("still alive?" asks whether it died). */
const DYING = new Set([
  'alive',
  'dead',
  'die',
  'dies',
  'died',
  'dying',
  'death',
  'kill',
  'kills',
  'killed',
  'killing',
]);
/**
 * What ends rather than dies: agreements, efforts and relations, never people ("the truce is
 * dead", "did the strike kill the deal").
 */
const ENDING = new Set(
  `truce ceasefire cease-fire deal agreement accord armistice peace effort efforts plan process talks
  negotiations diplomacy cooperation partnership relationship relations alliance pact arrangement
  initiative`.split(/\s+/),
);
/** What may stand between a thing and its being dead: "the truce is already dead", "gonna die". */
const BEING = new Set(
  `is was were are be been being 's going to will would could might may already now basically pretty
  totally officially really just so completely effectively kinda all probably likely still as good
  get gets got getting finally actually even`.split(/\s+/),
);
/** Words of surviving: of the truce, its jeopardy; of a person, staying alive. */
const SURVIVING = new Set(['survive', 'survives', 'survived', 'surviving']);
/**
 * Who lives or dies: people by what they are or do, and the pronouns of anyone. English, of no
 * story ("did the pilot survive", "did anyone survive", "how many soldiers survived").
 */
const LIVING = new Set(
  `pilot pilots crew crews airman airmen aircrew soldier soldiers troop troops men man women woman people
  person persons guys guy folks boys personnel fighters fighter servicemen serviceman conscripts
  civilians civilian family families anyone anybody someone somebody everyone everybody nobody none
  who survivor survivors victims victim wounded injured`.split(/\s+/),
);
/** Auxiliaries and modals that open a clause's verb phrase: "did the pilot ... survive". */
const CLAUSE_AUX = new Set(
  `did do does didn't doesn't don't didnt doesnt dont will would could can can't cant might may has have had
  hasn't haven't hadn't is are was were`.split(/\s+/),
);
/** Words before a clause's subject that say which or how many: "did any of the soldiers survive". */
const BEFORE_SUBJECT = new Set(
  `the a an any some all of his her their its this that these those my our your how many much most few
  several no`.split(/\s+/),
);
/** Words that open a clause: "do you think anyone survived", "and did the truce survive". */
const CLAUSE_OPENS = new Set(
  'and but or if whether that think thinks thought know wonder because so then'.split(' '),
);
/** How far back a clause's subject may stand from its verb: "did the pilot of the downed syrian plane survive". */
const SUBJECT_REACH = 8;

/**
 * Surviving said of a person ("did the pilot of the downed plane survive", "did any soldiers
 * survive the strike", "how many survived"): staying alive, which the article never tells, not
 * the truce surviving ("will the ceasefire survive this"). The word reads as "alive". Its subject
 * is the first word of its clause that is not an auxiliary nor a determiner; "how many" with
 * nothing counted counts people, and so does an auxiliary with no subject ("did anyone survive":
 * chat filler takes the pronoun).
 */
export function survivedAsAlive(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => SURVIVING.has(t.word))) return tokens;
  const ofPerson = (at: number) => {
    let start = at - 1;
    while (start >= 0 && at - start <= SUBJECT_REACH && /\w/.test((tokens[start] as Token).word)) {
      const word = (tokens[start] as Token).word;
      if ((WH_WORDS.has(word) && word !== 'how' && word !== 'who') || CLAUSE_OPENS.has(word)) break;
      start--;
    }
    const clause = tokens.slice(start + 1, at).map((t) => t.word);
    // "how many survived": people counted.
    if (clause.at(-1) === 'many' && clause.at(-2) === 'how') return true;
    const subject = clause.find((w) => !CLAUSE_AUX.has(w) && !BEFORE_SUBJECT.has(w));
    // "did anyone survive" with its pronoun gone as chat filler, "did any survive": an auxiliary
    // and no subject left; what survives unnamed is someone.
    if (subject === undefined) return clause.some((w) => CLAUSE_AUX.has(w));
    return LIVING.has(subject);
  };
  return tokens.map((t, i) => (SURVIVING.has(t.word) && ofPerson(i) ? retyped(t, 'alive', 'alive') : t));
}

/**
 * Words of being angry ("why is russia so angry", "why they mad"). Said with whom or what at
 * ("angry at washington", "upset with the US") they are a grievance (synonyms.yaml criticize).
 */
const ANGRY = new Set(
  'angry mad upset pissed furious salty annoyed irritated livid fuming heated peeved miffed riled outraged'.split(
    ' ',
  ),
);
/** How far into a question its why may stand and still open it ("ok so why", "but like why"). */
const WHY_OPENS_WITHIN = 3;
/** Words that say whom or what a feeling is toward: "angry at", "upset with", "mad about". */
const FEELING_TOWARD = new Set(['at', 'with', 'about', 'over', 'on', 'toward', 'towards', 'that']);

/**
 * "why is russia so angry", "why are they upset": a why of someone's anger asks their grievance,
 * as "why is russia angry at washington" does, whoever it is at; the article tells it by what they
 * decried or slammed, not by the word of the feeling. An anger word with nothing said after it
 * of whom it is toward reads as toward someone ("angry at"). Only in a why.
 */
export function angerAsGrievance(story: boolean, tokens: readonly Token[]): readonly Token[] {
  // The why opens the question ("why is russia so angry", "so why are they mad"); one told inside
  // a statement ("i've been trying to explain to my dad why russia is so annoyed") asks nothing.
  const why = tokens.findIndex((t) => WHY_WORD.test(t.word));
  if (story || why < 0 || why > WHY_OPENS_WITHIN || !tokens.some((t) => ANGRY.has(t.word))) return tokens;
  const timed = inTimeClause(tokens);
  const out: Token[] = [];
  for (const [i, t] of tokens.entries()) {
    out.push(t);
    if (ANGRY.has(t.word) && !timed[i] && !FEELING_TOWARD.has(tokens[i + 1]?.word ?? ''))
      out.push({ raw: 'at', word: 'at' });
  }
  return out;
}

/** Words opening a clause that sets the time of what is asked: "when it found out", "once they heard". */
const TIME_CLAUSE_OPENS = new Set(['when', 'after', 'once', 'whenever']);

/**
 * Which tokens stand in a clause that sets the time of what is asked ("what did the us say when
 * it found out", "when moscow found out about the strike, what happened next", "after they
 * found out"): from its opening word to the next question word or the end. "when" followed by an
 * auxiliary ("when did they find out") asks the time: no clause.
 */
export function inTimeClause(tokens: readonly Token[]): boolean[] {
  const out: boolean[] = [];
  let inside = false;
  for (const [i, t] of tokens.entries()) {
    if (
      TIME_CLAUSE_OPENS.has(t.word) &&
      !(t.word === 'when' && AUXILIARY_AFTER_WHEN.has(tokens[i + 1]?.word ?? ''))
    )
      inside = true;
    else if (ASKING.has(t.word)) inside = false;
    out.push(inside);
  }
  return out;
}

/**
 * The verb of "find out" in its forms, and of "figure out", which means the same ("how did they
 * figure out it was the wrong target"; not a figure, a number). Not "figures": "the figures out
 * of moscow" are numbers more often than "he figures out" is a verb.
 */
const FIND = new Set(['find', 'found', 'finds', 'finding', 'figure', 'figured', 'figuring']);

/**
 * "how did the pentagon find out", "when did russia find out": finding out is being alerted, of
 * whom it reaches (synonyms.yaml alarm: answered by whoever raised the alarm); the two words read
 * "alerted". Only in the question's own clause: in a clause that only sets the time ("what did
 * the us say when it found out") or in a story told around the question it is no more than
 * learning, and stays as typed.
 */
export function foundOutAsAlarm(tokens: readonly Token[], story: boolean): readonly Token[] {
  if (story || !tokens.some((t, i) => FIND.has(t.word) && tokens[i + 1]?.word === 'out')) return tokens;
  const timed = inTimeClause(tokens);
  const out: Token[] = [];
  for (const [i, t] of tokens.entries()) {
    if (t.word === 'out' && FIND.has(tokens[i - 1]?.word ?? '') && !timed[i]) {
      out[out.length - 1] = { raw: 'alerted', word: 'alerted' };
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Verbs of helping, which said of a person are support ("did the US help IS"). */
const HELPING = new Set(['help', 'helps', 'helped', 'helping']);
/** Things that happen rather than act: the strike and what it is called. */
const HAPPENINGS = new Set(
  'strike strikes airstrike airstrikes bombing bombings raid raids attack attacks incident mistake blunder error'.split(
    ' ',
  ),
);
/** Adverbs that may stand between a subject and its verb ("did it really help"). */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'really',
  'actually',
  'even',
  'just',
  'kinda',
  'basically',
  'only',
]);

/**
 * Helping said of a thing that happened, not of someone ("why does this help the jihadists", "did
 * the strike help IS"): who benefited from it, not who supported whom (which "did the US help
 * IS" asks). The verb reads as "benefit". Its subject is the word before it (adverbs aside): a
 * word pointing back (it, this, that) or a word for the strike.
 */
export function helpedAsBenefit(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => HELPING.has(t.word))) return tokens;
  const ofThing = (at: number) => {
    let before = at - 1;
    while (before >= 0 && BETWEEN_SUBJECT_AND_VERB.has((tokens[before] as Token).word)) before--;
    const subject = tokens[before]?.word ?? '';
    return POINTING_BACK.has(subject) || HAPPENINGS.has(subject);
  };
  return tokens.map((t, i) => (HELPING.has(t.word) && ofThing(i) ? retyped(t, 'benefit', 'benefit') : t));
}

/** What stands for a thing named before it: "the peace deal ... is it dead". */
const POINTING_BACK = new Set(['it', 'that', 'this']);
/** What may stand between killing and what is killed: "kill the deal", "killed their truce". */
const DETERMINER = new Set(['the', 'this', 'that', 'their', 'its', 'any', 'a', 'our', 'whole']);

/**
 * Dying or killing said of what ends rather than lives ("is the truce dead", "peace deal 💀",
 * "did the strike kill the deal", "the peace deal, is it still alive"): its end, not a death toll
 * ("how many died during the truce", "the dead soldiers": not of an agreement). A pronoun before
 * it stands for such a thing when one is named earlier in the question.
 */
function endedNotKilled(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => DYING.has(t.word))) return tokens;
  const of = (from: number, step: number, between: ReadonlySet<string>) => {
    for (let j = from; j >= 0 && j < tokens.length; j += step) {
      const word = (tokens[j] as Token).word;
      if (ENDING.has(word)) return true;
      if (step < 0 && POINTING_BACK.has(word) && tokens.slice(0, j).some((t) => ENDING.has(t.word)))
        return true;
      if (!between.has(word)) return false;
    }
    return false;
  };
  return tokens.map((t, i) =>
    DYING.has(t.word) && (of(i - 1, -1, BEING) || of(i + 1, 1, DETERMINER)) ? retyped(t, 'end', 'end') : t,
  );
}

/** Prepositions of being over a place struck ("over the target"; "on" only after a verb of staying). */
const OVER = new Set(['over', 'above', 'on']);
/** Places a strike goes after or planes stay over ("the target", "those positions", "the area"). */
const STRUCK_PLACES = new Set([
  'target',
  'targets',
  'position',
  'positions',
  'area',
  'site',
  'spot',
  'objective',
]);
/** The aircraft whose time over a place is asked ("how long were the warplanes over the target"). */
const LENGTH_DOERS = new Set<Term>(['c:plane', 'c:pilot']);
/** Words after the place that give a time the length is measured against. */
const LENGTH_AGAINST = new Set(['before', 'after', 'since', 'until', 'till', 'when', 'while', 'by']);
/** Verbs of time spent somewhere ("how long did the jets spend over ...", "stay over"). */
export const STAYING = new Set(
  'spend spent stay stayed remain remained loiter loitered linger lingered hover hovered circle circled working worked work'.split(
    ' ',
  ),
);
/** Words between "over" and the place ("the", "those", "the syrian", "the target" of "target area"). */
const PLACE_DETERMINERS = new Set(['the', 'that', 'those', 'these', 'this', 'their', 'its', 'his']);

/**
 * "how long were the jets over the target": the index of "over" (or "above", "on") of a place
 * struck, a few words after the "how" of "how long" at `at` (room for the doers and their verb);
 * -1 if none.
 */
export function placeOfLengthAt(words: readonly string[], at: number): number {
  return words.findIndex((_w, i) => i > at + 3 && i <= at + 8 && overPlace(words, i) > 0);
}

/**
 * "over the target", "above those positions", "on the target area": the index right after the
 * place, or -1. A determiner first, then at most one word before the place noun ("the syrian
 * positions"), and a second place noun it may lead ("target area").
 */
export function overPlace(words: readonly string[], i: number): number {
  if (!OVER.has(words[i] as string) || !PLACE_DETERMINERS.has(words[i + 1] as string)) return -1;
  let j = i + 2;
  if (!STRUCK_PLACES.has(words[j] as string)) j++;
  if (!STRUCK_PLACES.has(words[j] as string)) return -1;
  return STRUCK_PLACES.has(words[j + 1] as string) ? j + 2 : j + 1;
}

/** What an armed group holds that a strike goes after: "daesh positions". */
const GROUP_HELD = new Set(['position', 'positions']);
/** An armed group's fighters ("IS fighters"): its militants, not fighter planes. */
const GROUP_FIGHTERS = new Set(['fighter', 'fighters']);
/** One position of a state: the view it argues ("the russian position"). */
const STANCE = 'position';
/** Verbs of striking and prepositions of flying over, before the positions struck ("hitting those positions"). */
const STRIKING_POSITIONS = new Set(
  'hit hits hitting bomb bombs bombed bombing strike strikes striking struck pound pounded pounding attack attacked attacking shell shelled shelling over above'.split(
    ' ',
  ),
);
/** Words that say which positions, between the verb and the noun ("those", "the syrian"). */
const POSITION_DETERMINERS = new Set([...PLACE_DETERMINERS, 'enemy']);

/**
 * "were hitting those positions", "stayed over the syrian positions": a verb of striking or
 * "over"/"above" right before the positions, a determiner between and at most one word after it
 * (the holder's adjective: "syrian", "regime").
 */
function positionsStruck(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  if (
    i >= 0 &&
    !POSITION_DETERMINERS.has((tokens[i] as Token).word) &&
    POSITION_DETERMINERS.has(tokens[i - 1]?.word ?? '')
  )
    i--;
  if (i < 0 || !POSITION_DETERMINERS.has((tokens[i] as Token).word)) return false;
  return STRIKING_POSITIONS.has(tokens[i - 1]?.word ?? '');
}

/**
 * "is the australian open on this week", "who won the US Open final": "open" as a noun after the
 * adjective of a nation or a people is the name of a contest (the Australian Open, the French
 * Open), not the state of something open; the two words read as "tournament", a word of no story.
 * Only at the end of the clause or before a small word or a word of the contest's rounds: "an
 * australian open session" keeps its adjective.
 */
function contestNamed(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex(
    (t, i) =>
      t.word === 'open' &&
      i > 0 &&
      nationAdjective((tokens[i - 1] as Token).word) &&
      (i + 1 === tokens.length ||
        STOP_WORDS.has((tokens[i + 1] as Token).word) ||
        CONTEST_ROUNDS.has((tokens[i + 1] as Token).word)),
  );
  if (at < 0) return tokens;
  return [...tokens.slice(0, at - 1), { raw: 'tournament', word: 'tournament' }, ...tokens.slice(at + 1)];
}
/**
 * Verbs whose second object is who is told or given (a ditransitive verb, in its plain form, as a
 * request says it): "can you tell us", "give us the toll", "show us", "let us know", "fill us in".
 */
const TOLD_OBJECT = new Set([
  'tell',
  'give',
  'show',
  'let',
  'help',
  'remind',
  'update',
  'brief',
  'teach',
  'inform',
  'fill',
  'send',
  'explain',
]);

/**
 * "us" in lower case right after a verb of telling or giving in its plain form ("can you tell us
 * who died", "give us the toll") is the writers themselves, the pronoun, not the US (which a writer
 * who lowers its case still writes after "the", or before a noun: "the us", "us jets"): read as
 * "me", a word of no weight. "US" in capitals stays the country.
 */
export function usAsWriters(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.raw !== 'us' || !TOLD_OBJECT.has((tokens[i - 1] as Token).word)) continue;
    out ??= [...tokens];
    out[i] = { raw: token.raw, word: 'me' };
  }
  return out ?? tokens;
}

/** A nation's or people's adjective ("australian", "french", "us"), as before "Open". */
function nationAdjective(word: string): boolean {
  return (isPeopleWord(word) && !word.endsWith('s')) || NATION_ADJECTIVES.has(word);
}
/** Nation adjectives WordNet's people words lack (they are no noun of the people). */
const NATION_ADJECTIVES = new Set([
  'us',
  'uk',
  'french',
  'british',
  'english',
  'irish',
  'scottish',
  'welsh',
  'dutch',
  'swiss',
]);
/** Rounds of a contest ("the australian open final"). */
const CONTEST_ROUNDS = new Set([
  'final',
  'finals',
  'semifinal',
  'semifinals',
  'semis',
  'draw',
  'champion',
  'title',
]);

/** Words of losing. */
const LOSING = new Set(['lost', 'lose', 'loses', 'losing']);
/** Ground one holds: what is lost by giving it up, not by its being destroyed. */
const HELD_GROUND = new Set(
  `area areas ground territory territories land lands position positions town towns village villages
  region regions turf terrain city cities zone zones place places`.split(/\s+/),
);
/** How far a loss and the ground lost may stand apart: "lost a big chunk of territory". */
const LOST_REACH = 5;

/**
 * Losing said of ground ("the areas it lost", "lost a big chunk of territory", "the towns they
 * had lost"): ground given up, not equipment destroyed. The word of losing reads as "ground".
 * Only with the ground within a few words and nothing but small words, "chunk of" or a pronoun
 * between ("what did the army lose near the town": no).
 */
function lostGround(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => LOSING.has(t.word))) return tokens;
  const near = (i: number, step: number) => {
    // Before the loss, the ground is its object only across a clause's subject ("the areas it
    // lost"), not as its subject ("what did the town lose").
    let subject = step > 0;
    for (let j = i + step, n = 0; j >= 0 && j < tokens.length && n < LOST_REACH; j += step, n++) {
      const word = (tokens[j] as Token).word;
      if (HELD_GROUND.has(word)) return subject;
      if (LOSERS.has(word)) subject = true;
      else if (step < 0 && !subject && nounPhraseSubject(tokens, j)) {
        // "the ground the regime lost", "the towns that the syrian army had lost": a subject
        // led by its determiner; the ground must stand right before it.
        j = nounPhraseStart(tokens, j);
        subject = true;
      } else if (!LOST_BETWEEN.has(word)) return false;
    }
    return false;
  };
  return tokens.map((t, i) =>
    LOSING.has(t.word) && (near(i, 1) || near(i, -1)) ? retyped(t, 'ground', 'ground') : t,
  );
}
/**
 * Losing said of people counted ("how many soldiers did they lose", "how many guys were lost"):
 * deaths, not equipment destroyed. The word of losing reads as "died". The nouns for people are
 * chat.yaml peopleCounted ("how many soldiers", "how many guys").
 */
export function lostPeople(people: ReadonlySet<string>, tokens: readonly Token[]): readonly Token[] {
  const many = tokens.findIndex((t, i) => t.word === 'many' && tokens[i - 1]?.word === 'how');
  if (many >= 0 && people.has(tokens[many + 1]?.word ?? ''))
    return tokens.map((t, i) => (i > many + 1 && LOSING.has(t.word) ? retyped(t, 'died', 'died') : t));
  // "the regime lost 50 guys", "they only lost like 20 soldiers", "lost dozens of troops": a count
  // of people after the losing, as the writer heard it, is deaths too.
  if (!tokens.some((t) => LOSING.has(t.word))) return tokens;
  return tokens.map((t, i) =>
    LOSING.has(t.word) && countedPeopleAfter(people, tokens, i + 1) ? retyped(t, 'died', 'died') : t,
  );
}

/** Is there a count of people from `at` on ("50 guys", "like 20 soldiers", "dozens of troops")? */
function countedPeopleAfter(people: ReadonlySet<string>, tokens: readonly Token[], at: number): boolean {
  let j = at;
  while (j < tokens.length && BEFORE_FIGURE.has((tokens[j] as Token).word)) j++;
  if (!COUNT_WORDS.test(tokens[j]?.word ?? '') || COUNT_ARTICLES.has(tokens[j]?.word ?? '')) return false;
  j++;
  if (tokens[j]?.word === 'of') j++;
  return people.has(tokens[j]?.word ?? '');
}
const COUNT_ARTICLES = new Set(['a', 'an', 'some']);
/** What may stand between a loss and the ground lost. */
const LOST_BETWEEN = new Set(
  `the a an its their some much most big huge large whole chunk chunks part parts of any all more key
  strategic several many that which had has have`.split(/\s+/),
);
const STOP_TERM: Term = 'c:stop';
const PLANE_TERM: Term = 'c:plane';
/** What may stand between stopping and the aircraft stopped: "called off the jets", "the jets were called off". */
const STOPPED_BETWEEN = new Set([
  'the',
  'their',
  'its',
  'those',
  'these',
  'them',
  'all',
  'were',
  'was',
  'got',
  'get',
  'be',
  'been',
]);
const STOPPED_REACH = 2;
/** Whether the words from `from` to `to` (not included) are at most a few small ones (STOPPED_BETWEEN). */
function nextTo(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from <= STOPPED_REACH && tokens.slice(from, to).every((t) => STOPPED_BETWEEN.has(t.word));
}
/** Verbs of leaving, said of people or of aircraft: "churkin bailed", "the jets bailed". */
const LEAVING = new Set(['bail', 'bailed', 'bails', 'bailing', 'left', 'bounced', 'split']);
/** Verbs that only carry a noun of asking or saying: "put demands to", "made accusations". */
const LIGHT_VERBS = new Set(
  'put puts putting make makes made making lodge lodged lodges pose posed poses lay laid lays'.split(' '),
);
/** Nouns of asking or saying that a light verb carries: the noun says what was done. */
const SPEECH_NOUNS = new Set(
  `demand demands request requests question questions accusation accusations claim claims charge
  charges complaint complaints proposal proposals condition conditions ultimatum ultimatums`.split(/\s+/),
);
/** How far a light verb may stand from its noun: "put forward their demands", "what demands did moscow's diplomats put". */
const LIGHT_REACH = 6;

/**
 * A light verb with a noun of asking or saying as its object ("what demands did moscow put to
 * washington", "did russia make any accusations", "lodged a complaint"): the noun says what was
 * done, the verb nothing more; it is left out ("put" alone is a rare word of the article, "put the
 * death toll to 62"). The noun must be the asked one after "what"/"which" before the verb, or
 * follow the verb within a few words.
 */
export function lightVerbOfSpeech(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex((t, i) => {
    // "who sent condolences to the families", "did they extend an apology": the feeling's noun
    // says what was done, the verb that sends it nothing more (the article "offered" them).
    if (SENDING_VERBS.has(t.word))
      for (let j = i + 1; j < tokens.length && j <= i + 3; j++)
        if (SENT_FEELINGS.has((tokens[j] as Token).word)) return true;
    if (!LIGHT_VERBS.has(t.word)) return false;
    for (let j = i + 1; j < tokens.length && j <= i + 3; j++)
      if (SPEECH_NOUNS.has((tokens[j] as Token).word)) return true;
    for (let j = i - 1; j >= 1 && j >= i - LIGHT_REACH; j--)
      if (SPEECH_NOUNS.has((tokens[j] as Token).word) && WHICH.has((tokens[j - 1] as Token).word))
        return true;
    return false;
  });
  return at < 0 ? tokens : [...tokens.slice(0, at), ...tokens.slice(at + 1)];
}
/** Verbs that only send or hand over a feeling's noun: "sent condolences", "extended an apology". */
const SENDING_VERBS = new Set(
  'send sends sent sending extend extends extended extending give gives gave given giving'.split(' '),
);
/** Nouns of a feeling sent to someone: "sent condolences", "gave their sympathies". */
const SENT_FEELINGS = new Set(
  'condolences condolence apology apologies regret regrets sympathy sympathies'.split(' '),
);
/** The words that ask which noun: "what demands", "which requests". */
const WHICH = new Set(['what', 'which', 'whatever', 'wat', 'wht']);

/** Words that negate the word after them, when the chat reader keeps them. */
const NEGATORS = new Set(['not', 'never', 'wasnt', 'werent', 'isnt', 'arent', 'didnt']);
/** What may stand between a verb and its noun in a phrase: "express any regret". Not "no". */
const PHRASE_DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'any',
  'some',
  'its',
  'their',
  'his',
  'her',
  'our',
  'much',
]);
/** Who loses, as a pronoun: the subject of "the areas it lost". */
const LOSERS = new Set(['it', 'they', 'he', 'she', 'we']);
/** What leads a clause's subject that is a noun phrase: "the regime", "its army". */
const SUBJECT_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);
/** How many words a subject's noun phrase may have after its determiner: "the syrian army". */
const SUBJECT_WORDS = 2;

/**
 * Where the noun phrase ending at `end` starts, its determiner (-1 when none within reach):
 * "the regime", "the syrian army". Words of the phrase are not small words (LOST_BETWEEN).
 */
function nounPhraseStart(tokens: readonly Token[], end: number): number {
  for (let k = end, n = 0; k >= 0 && n <= SUBJECT_WORDS; k--, n++) {
    const word = (tokens[k] as Token).word;
    if (SUBJECT_DETERMINERS.has(word)) return n > 0 ? k : -1;
    if (LOST_BETWEEN.has(word) || HELD_GROUND.has(word) || LOSERS.has(word)) return -1;
  }
  return -1;
}

/**
 * Whether the words before a loss, ending at `end`, are its clause's subject: a noun phrase led
 * by its determiner with the ground held before it ("the ground the regime lost", "the land
 * that the army lost"), not a phrase the ground leads ("did the ground forces lose").
 */
function nounPhraseSubject(tokens: readonly Token[], end: number): boolean {
  const start = nounPhraseStart(tokens, end);
  if (start < 0) return false;
  const before = tokens[start - 1]?.word ?? '';
  const ground = RELATIVE.has(before) ? (tokens[start - 2]?.word ?? '') : before;
  return HELD_GROUND.has(ground);
}
/** What may open a relative clause: "the land that the army lost". */
const RELATIVE = new Set(['that', 'which']);

const WANT = new Set(['want', 'wants', 'wanted', 'wanting']);
/**
 * Whom "want ... to" may be said to that asks nothing of the story: "i want you to tell me".
 * Pronouns, a closed class: code (chat spellings, "u", "ya", are chat.yaml abbreviations too).
 */
const NOT_ASKED = new Set(['you', 'u', 'ya', 'me', 'someone', 'somebody', 'anyone', 'anybody', 'everyone']);

/**
 * "what does russia want the US to do", "moscow wanted washington to investigate": wanting
 * someone to do something is asking them to (a request), not the writer's own wish ("i want to
 * know", no one in between) nor what they want of the reader ("i want you to tell me").
 */
function wantedOf(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex((t, i) => {
    if (!WANT.has(t.word)) return false;
    const whom = tokens[i + 1];
    if (!whom || whom.word === 'to' || (NOT_ASKED.has(whom.word) && tokens[i + 2]?.word === 'to'))
      return false;
    // The one asked: a few words, then "to" ("the US to", "the americans to").
    for (let j = i + 2; j <= i + 4 && j < tokens.length; j++) if (tokens[j]?.word === 'to') return true;
    return false;
  });
  if (at < 0) return tokens;
  return tokens.map((t, i) => (i === at ? { raw: 'asked', word: 'asked' } : t));
}

/** Words that may end "what is she": "what is she then", "what was he exactly". */
const AFTER_WHAT_IS = new Set(['then', 'exactly', 'again', 'actually', 'really', 'now', 'there', 'here']);
/** How many words the person of "what is X" holds at most ("what is samantha power"). */
const WHAT_IS_REACH = 3;

/**
 * "what is she then", "what was churkin exactly", "what is samantha power": "what" asked of a
 * person, and nothing else, asks who they are (their post, their side), as "who is she" does; it
 * reads "who" (synonyms.yaml `name` reads "who is"). Only "what", a copula and one to three words
 * that are each a person's name (or "he", "she"), then nothing but an adverb or two that ends the
 * question; not "what is he doing", "what was she angry about" (a clause of its own).
 */
function whatIsPersonAsWho(isPerson: (t: Token) => boolean, tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex((t, i) => t.word === 'what' && WHO_COPULAS.has(tokens[i + 1]?.word ?? ''));
  if (at < 0) return tokens;
  let end = tokens.length;
  while (end > at + 2 && AFTER_WHAT_IS.has((tokens[end - 1] as Token).word)) end--;
  const subject = tokens.slice(at + 2, end);
  if (subject.length === 0 || subject.length > WHAT_IS_REACH) return tokens;
  const person = (t: Token) => HE_OR_SHE.has(t.word) || isPerson(t);
  if (!subject.every(person)) return tokens;
  return tokens.map((t, i) => (i === at ? { raw: 'who', word: 'who' } : t));
}

/** Verbs of seeing after "want to": "he wants to see", "what does she want to watch". */
const SEEING = new Set(['see', 'watch']);
/** Words between a subject and its "want": "he really wants to see", "did she want to see". */
const BEFORE_WANT = new Set(['really', 'just', 'also', 'still', 'only', 'does', 'did', 'do']);
/**
 * "what did he say he wants to see", "what does churkin want to see": a wish to see what comes,
 * said of a person (he, she, or one named), is being interested to see it (synonyms.yaml
 * interested). Not the writer's or the reader's own ("i want to see both sides", "do you want to
 * see it"), nor a body's ("russia wants to see an investigation": a demand).
 */
function wishedToSee(isPerson: (t: Token) => boolean, tokens: readonly Token[]): readonly Token[] {
  return tokens.map((t, i) => {
    if (!WANT.has(t.word) || tokens[i + 1]?.word !== 'to' || !SEEING.has(tokens[i + 2]?.word ?? '')) return t;
    let at = i - 1;
    while (at >= 0 && BEFORE_WANT.has((tokens[at] as Token).word)) at--;
    const subject = tokens[at];
    const ofPerson =
      subject !== undefined && (subject.word === 'he' || subject.word === 'she' || isPerson(subject));
    return ofPerson ? { raw: 'interested', word: 'interested' } : t;
  });
}

const WHICH_PART = new Set(['which', 'what', 'the', 'that', 'this', 'other', 'some', 'whole']);

/** "in which part of syria": a region, not taking part ("was australia part of it"). */
function partOfPlace(tokens: readonly Token[]): readonly Token[] {
  return tokens.map((t, i) =>
    t.word === 'part' && tokens[i + 1]?.word === 'of' && WHICH_PART.has(tokens[i - 1]?.word ?? '')
      ? { raw: 'region', word: 'region' }
      : t,
  );
}

/** Every word one slip from `word`: a letter left out, two neighbouring letters swapped, a letter changed or added. */
function oneSlip(word: string): Set<string> {
  const out = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const c of letters) if (c !== word[i]) out.add(word.slice(0, i) + c + word.slice(i + 1));
  }
  for (let i = 0; i <= word.length; i++)
    for (const c of letters) out.add(word.slice(0, i) + c + word.slice(i));
  out.delete(word);
  return out;
}

/**
 * The words of oneSlip(typed) that a slip of slipRank 0 or 1 turned into `typed`, with that rank,
 * made without the others: two letters swapped or a letter doubled (0), a letter left out (1).
 * englishSlip looks at no other, and making every letter changed, then sorting letters to rank
 * it, was most of the time an off-topic question took ("angela merkel": issue 15).
 */
function commonSlips(typed: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < typed.length; i++) {
    // A doubled letter typed once more ("comming"): either of the two left out is the same word.
    if (typed[i] === typed[i + 1]) out.set(typed.slice(0, i) + typed.slice(i + 1), 0);
    else out.set(typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2), 0);
  }
  for (let i = 0; i <= typed.length; i++)
    for (const c of LETTERS) {
      const near = typed.slice(0, i) + c + typed.slice(i);
      if (!out.has(near)) out.set(near, 1);
    }
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * How likely a slip turned `word` into `typed`, one slip apart, the likeliest 0: two letters
 * swapped or a letter doubled ("comming"), a letter left out ("realy"), changed, added.
 */
function slipRank(typed: string, word: string): number {
  if (sameLetters(typed, word)) return 0;
  if (typed.length > word.length) {
    for (let i = 0; i < typed.length; i++)
      if (typed.slice(0, i) + typed.slice(i + 1) === word)
        return typed[i] === typed[i + 1] || typed[i] === typed[i - 1] ? 0 : 3;
  }
  if (typed.length < word.length) return 1;
  return 2;
}

/** A word capitalised as a name is ("Patel", "Leeds"; not "US", not "NATO"). */
const NAME_CASE = /^\p{Lu}\p{Ll}/u;
/** The shortest English word completedName reads as a name of the story, and the letters they share first. */
const completedFrom = 7;
const COMPLETED_PREFIX = 6;
/** The fewest first letters of a short name autocorrect finished as another word ("syri": "syringe"). */
const COMPLETED_SHORT = 4;
/** The shortest word of the story heardWord reads two words as. */
const HEARD_WORD_LENGTH = 6;

/** How many start keys there are: three letters a to z, then a length (63 for any longer). */
const START_KEYS = 26 * 26 * 26 * 64;

/**
 * The key of a word by its first three letters and its length (Analyzer.wordStarts), of the words
 * folded[i .. i + n) joined, `length` letters in all, without joining them: -1 when one of its
 * first three is no letter a to z (or it has fewer), which no key stands for.
 */
function startKeyOf(folded: readonly string[], i: number, n: number, length: number): number {
  let key = 0;
  let got = 0;
  for (let k = i; k < i + n && got < 3; k++) {
    const piece = folded[k] as string;
    for (let c = 0; c < piece.length && got < 3; c++) {
      const code = piece.charCodeAt(c) - 97;
      if (code < 0 || code > 25) return -1;
      key = key * 26 + code;
      got++;
    }
  }
  return got < 3 ? -1 : key * 64 + Math.min(length, 63);
}

function setBit(bits: Uint32Array, at: number): void {
  bits[at >>> 5] = (bits[at >>> 5] as number) | (1 << (at & 31));
}

function hasBit(bits: Uint32Array, at: number): boolean {
  return ((bits[at >>> 5] as number) & (1 << (at & 31))) !== 0;
}
/** "I" then a verb's form for he or she, after a word that asks or governs what follows ("did I says"). */
/** Two or three lone letters, a space between each: a name spelled out ("i s", "u n"). */
const SPELLED = /(?<![\p{L}\p{N}'.])[A-Za-z](?: [A-Za-z]){1,2}(?![\p{L}\p{N}'.])/gu;
/** Letters that are words or chat words alone ("a", "i", "u" you, "r" are, "y" why, "k" ok). */
const LETTER_WORDS = new Set(['a', 'i', 'u', 'r', 'y', 'k']);
const I_THEN_VERB =
  /(?<=\b(?:did|does|do|has|have|had|will|would|can|could|should|was|were|what|when|where|why|how|who|about|from|by|of|to|with|against|for|than) )I (?=([a-z]+)\b)/g;
/** Forms for he or she that are no stem plus "s". */
const SAYS_DOES = new Set(['says', 'does', 'has', 'goes']);

/**
 * Whether autocorrect could have made `said` of `meant` (a word of a name): the first letter kept
 * and their consonants as heard one consonant apart, four or more ("mystery" for ministry).
 */
/**
 * Whether a word sounds as a name's word but for one sound in the middle or at the end, as many
 * sounds, the first the same ("serial" and "Syrian": l for n), both NEAR_SOUND_KEY sounds or more:
 * what a recogniser writes for a name it does not know, beside a word of the name it heard right.
 */
function oneSoundOff(said: string, meant: string): boolean {
  const a = soundKey(said);
  const b = soundKey(meant);
  if (a.length !== b.length || a.length < NEAR_SOUND_KEY || a[0] !== b[0]) return false;
  let differ = 0;
  for (let k = 1; k < a.length; k++) if (a[k] !== b[k]) differ++;
  return differ === 1;
}

function autocorrected(said: string, meant: string): boolean {
  if (said[0] !== meant[0] || said.length < 5) return false;
  const a = consonantKey(soundKey(said));
  const b = consonantKey(soundKey(meant));
  return Math.min(a.length, b.length) >= 4 && editDistance(a, b, 1) <= 1;
}
/** The shortest word englishSlip corrects toward a word of English that is not among its commonest. */
const ENGLISH_SLIP_FROM = 6;

/**
 * Does a capital in these words mark a name? Not when most words after the first are capitalised
 * (a message in Title Case).
 */
function namesCapitalised(tokens: readonly Token[]): boolean {
  let capitalised = 0;
  for (let i = 1; i < tokens.length; i++) if (NAME_CASE.test((tokens[i] as Token).raw)) capitalised++;
  return capitalised * 2 <= tokens.length - 1;
}

/** The same letters in another order ("mnay", "many"). */
function sameLetters(typed: string, word: string): boolean {
  return typed.length === word.length && [...typed].sort().join('') === [...word].sort().join('');
}

/** The fewest consonant letters a word typed without its vowels is read from (Analyzer.withVowels). */
const MIN_CONSONANTS = 5;

/**
 * A word's first letter and its consonants after it, a letter doubled once ("damascus": "dmscs",
 * "passengers" and "psngrs": "psngrs").
 */
function vowelsDropped(word: string): string {
  return ((word[0] ?? '') + word.slice(1).replace(/[aeiouy]/g, '')).replace(/(\p{L})\1+/gu, '$1');
}

/** Are the letters of `short` those of `long`, in order, with others between? */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const c of long) if (c === short[at]) at++;
  return at === short.length;
}

/**
 * Is `typed` the word `meant` with letters left out and at most two neighbouring letters swapped,
 * nothing mistyped ("forien": foreign, two letters swapped and one left out; not "forces")?
 */
function leftOutOrSwapped(meant: string, typed: string): boolean {
  const missing = meant.length - typed.length;
  if (missing < 0 || missing > 2) return false;
  const swaps = new Set([typed]);
  for (let i = 0; i + 1 < typed.length; i++)
    swaps.add(typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2));
  const without = (word: string, left: number): boolean => {
    if (left === 0) return swaps.has(word);
    for (let i = 0; i < word.length; i++)
      if (without(word.slice(0, i) + word.slice(i + 1), left - 1)) return true;
    return false;
  };
  return without(meant, missing);
}

/** How many letters `name` and `word` share from their start, counting on from `from` (known alike). */
function sharedPrefix(name: string, word: string, from: number): number {
  let shared = from;
  while (shared < name.length && name[shared] === word[shared]) shared++;
  return shared;
}

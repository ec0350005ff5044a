/**
 * The lexicon turns words into the terms the index is built on:
 *   e:<entity>   a person, body or place, whatever name is used ("Daesh" = "ISIS" = "IS"),
 *   c:<concept>  a synonym group ("died" = "killed" = "death toll"),
 *   w:<stem>     any other word, stemmed ("reclaimed" = "reclaim").
 * Phrases are matched longest first on stemmed tokens.
 *
 * It sits below both the knowledge layer (attribution finds who speaks with it) and the engine
 * (it makes the terms questions are matched on), so that both read names the same way.
 */
import { isCommonWord } from './common-words.ts';
import { IRREGULAR_PAST } from './irregular.ts';
import { type Token, tokenize } from './tokenize.ts';

/** The question words (who, what, ... how). */
/** The days of the week, lower case (a day said in a question; a correction's day). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

export const WH_WORDS: ReadonlySet<string> = new Set(
  'who whom whose what which when where why how'.split(' '),
);
/** "why" however it is stretched ("whyy", "whhy"); "y" alone is too short to trust. */
export const WHY_WORD = /^wh+y+$/;

/** Words that carry no meaning for retrieval on their own. Phrases that contain them ("how long") still match. */
export const STOP_WORDS = new Set(
  `a about above after again against all am an and any are aren't as at be because been being below between both
  but by can could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't
  has hasn't have haven't having he he'd he'll her here here's hers herself him himself his how how's i i'd i'll i'm
  i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or
  other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than
  that that's the their theirs them themselves then there there's these they they'd they'll they're they've this
  those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when's
  where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours
  yourself yourselves also just really ever even still yet any anything something someone anyone whether tell me
  please know get got give gave went go going thing things much many way ok okay pls plz
  whats wat wut u ur r y im abt thx thanks thank hi hey hello yo sup dear bot can could may might must shall will
  el ez al az ad le la de du der van von said's like does it's according want wanted wants talk talked
  talking right supposed whose make made makes making till genuine genuinely really real actual actually true ppl
  didnt dont doesnt isnt wasnt werent arent wont cant couldnt wouldnt shouldnt else anyone per people guys someone anybody everybody exactly actually basically
  kind kinds type types sort gives giving gets getting goes knows knew one ones instead
  can't cannot ain't supposedly allegedly reportedly precisely specifically two
  across almost already every ways another anyhow anyway anywhere beside
  beyond either elsewhere enough etc everyone everything everywhere except former formerly hence hereafter
  hereby herein hereupon indeed latter latterly meanwhile mine moreover mostly namely neither nevertheless
  nowhere often onto otherwise perhaps rather seem seemed seeming seems since somehow sometime sometimes
  somewhere thence thereafter thereby therefore therein thereupon though throughout thus toward towards upon
  whatever whence whenever whereafter whereas whereby wherein whereupon wherever whither whoever without
  three five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
  twenty thirty forty fifty sixty seventy eighty ninety hundred now correct
  standing main biggest matter matters mattered sure`
    .split(/\s+/)
    .filter(Boolean),
);

export type Term = string;

const ARTICLES = new Set(['the', 'a', 'an']);

interface PhraseEntry {
  terms: Term[];
  /** Entity phrases also index their inner words; synonym phrases do not. */
  keepInnerWords: boolean;
  /**
   * A person's one-word name matches only as written, plural or possessive: "cooked" is not
   * Peter Cook, though its stem is his name's.
   */
  only?: ReadonlySet<string>;
  /**
   * A person's name of several words ending in what they are ("us diplomat", "russian envoy"):
   * that last word as written, singular or possessive. "the US diplomats" are a group, not her;
   * "the american and russian envoys" shares its plural between the two (see Lexicon.match).
   */
  last?: ReadonlySet<string>;
  /**
   * A synonym its group lists only as a verb's past or -ing form ("phoned", "flagged"), never as
   * the bare word: the group means the verb, not the noun of the same letters (see inContext).
   */
  verbal?: true;
}

/**
 * The possessives of the one who asks and the one asked ("my phone", "your job", "my new phone"):
 * the word after them, or after them and one word of its own, is a thing they own, a noun.
 */
const CHAT_POSSESSIVES = new Set(['my', 'your']);
/** Is tokens[i] said as a thing of the one who asks or is asked (see CHAT_POSSESSIVES)? */
function ownedInChat(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.word;
  if (before === undefined) return false;
  if (CHAT_POSSESSIVES.has(before)) return true;
  const two = tokens[i - 2]?.word;
  return two !== undefined && CHAT_POSSESSIVES.has(two) && !STOP_WORDS.has(before) && !/\d/.test(before);
}
/**
 * The entries of one word that hold where it stands. A word after "my" or "your" is a thing owned,
 * a noun, not the verb a group lists only as "-ed" ("my phone" is not "phoned"; see
 * CHAT_POSSESSIVES). "times" after a number counts ("17 times 23", "three times"), it is no time.
 */
function inContext(entries: PhraseEntry[], tokens: readonly Token[], i: number): PhraseEntry[] {
  const word = (tokens[i] as Token).word;
  if (/^times?$/.test(word) && COUNTED.test(tokens[i - 1]?.word ?? '')) return [];
  if (!VERB_FORM.test(word) && entries.some((e) => e.verbal) && ownedInChat(tokens, i))
    return entries.filter((e) => !e.verbal);
  return entries;
}
/** A past or -ing form, by its ending ("phoned", "flagging"). */
const VERB_FORM = /(?:ed|ing)$/;
/** Number words (STOP_WORDS holds most): "two times" as "17 times". */
const COUNTED = /^(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twice)$/;

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: PhraseEntry[];
}

/**
 * A light English stemmer: plural, past and -ing endings only. Porter-style stemmers
 * conflate words this story must keep apart ("capital" and "capitalize" both become
 * "capit"); synonyms.yaml lists the other forms that matter.
 */
export function stem(word: string): string {
  // "took" -> "take", "shot" -> "shoot": past forms of irregular verbs meet their base form.
  let w = IRREGULAR_PAST.get(word) ?? word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('men') && w.length > 5) return `${w.slice(0, -3)}man`;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|us|is)$/.test(w)) return w;
  else if (/(?:[sxz]|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) {
    w = w.slice(0, -1);
    // "meetings" -> "meeting" -> "meet", as "meeting" does; "things" stays "thing".
    if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  } else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  // "stopped" -> "stopp" -> "stop"; "strike"/"striking" -> "strik".
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Nouns plural in form only, a mass or a thing of their own and no plural of the word without
 * their "s": "news" is not many "new", "means" not many "mean", "odds" not many "odd".
 */
const PLURAL_IN_FORM_ONLY = new Set(['news', 'means', 'goods', 'odds', 'thanks']);

/**
 * Is a knowledge word (a synonym's or a name's) a noun plural in form only whose stem is another
 * common word of English ("news" / "new")? Such a word matches only as written: "what's new with
 * you" is not "what's the news". (A silent "e" dropped by the stemmer meets other words too,
 * "plane" / "plan", but the article's own "plans" reads as its planes' in questions the story
 * answers, "did russia know the planes were coming"; README, What is left.)
 */
function stemMeetsOtherWord(word: string): boolean {
  return PLURAL_IN_FORM_ONLY.has(word) && stem(word) !== word && isCommonWord(stem(word));
}

/** The entries of a one-word match that hold for the word as written (see PhraseEntry.only). */
function asWritten(entries: PhraseEntry[], word: string): PhraseEntry[] {
  return entries.every((e) => !e.only || e.only.has(word))
    ? entries
    : entries.filter((e) => !e.only || e.only.has(word));
}

/** The entries of a match of several words that hold for its last word as written (see PhraseEntry.last). */
function lastAsWritten(entries: PhraseEntry[], word: string): PhraseEntry[] {
  return entries.every((e) => !e.last || e.last.has(word))
    ? entries
    : entries.filter((e) => !e.last || e.last.has(word));
}
/** Words that join two words sharing the noun after them ("american and russian envoys"). */
const COORDINATING = new Set(['and', 'or', '&']);

const mergedCache = new WeakMap<PhraseEntry[], { terms: Term[]; keepInnerWords: boolean }>();

/** The terms of every entry at one trie node, merged once and reused. */
function merged(entries: PhraseEntry[]): { terms: Term[]; keepInnerWords: boolean } {
  let result = mergedCache.get(entries);
  if (!result) {
    result = {
      terms: [...new Set(entries.flatMap((e) => e.terms))],
      keepInnerWords: entries.some((e) => e.keepInnerWords),
    };
    mergedCache.set(entries, result);
  }
  return result;
}

function newNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

/** A name of the story: a person, body or place, with every name people use for it. */
export interface LexiconEntity {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Names that count only with this exact case ("IS", never the word "is"). */
  caseSensitiveAliases: readonly string[];
  /** A broader entity: a question about it also finds this one. */
  parent?: string | undefined;
  /** What it is ("person", "government", ...): a person is named with a capital in written text. */
  kind?: string | undefined;
  /** Aliases of several words that only count whole (see LexiconSynonyms.wholePhrases). */
  wholePhrases?: readonly string[] | undefined;
}

/** Words and phrases that mean the same in this story. */
export interface LexiconSynonyms {
  id: string;
  words: readonly string[];
  /**
   * Phrases of the words that only count whole ("sent word"): their words are not the knowledge's
   * words for that (not in `words`, no name words, not indexed inside a name), so "sent" or
   * "body" alone stays an ordinary English word.
   */
  wholePhrases?: readonly string[] | undefined;
}

/** What a lexicon is built from (the knowledge's entities and synonym groups fit it as they are). */
export interface LexiconSource {
  entities: readonly LexiconEntity[];
  synonyms: readonly LexiconSynonyms[];
}

export interface Match {
  start: number;
  end: number;
  terms: Term[];
  keepInnerWords: boolean;
}

/**
 * "syria's military" names the Syrian army, so does "damascus's military": a name of a part made
 * of its parent's name and "'s" is also made with the parent's other names.
 */
function ownedByOtherNames(entity: LexiconEntity, byId: ReadonlyMap<string, LexiconEntity>): string[] {
  const parent = entity.parent ? byId.get(entity.parent) : undefined;
  if (!parent) return [];
  // Not a name of the parent that only counts whole ("nuoc nga"): its words would become words
  // of the lexicon ("nuoc nga's foreign ministry"), which a misspelling could be corrected to.
  const whole = new Set(parent.wholePhrases ?? []);
  const parentNames = [parent.name, ...parent.aliases]
    .filter((n) => !whole.has(n))
    .map((n) => n.toLowerCase())
    .filter((n) => !n.includes("'"));
  const own = new Set([entity.name, ...entity.aliases].map((n) => n.toLowerCase()));
  const made: string[] = [];
  for (const alias of own) {
    const at = alias.indexOf("'s ");
    if (at <= 0 || !parentNames.includes(alias.slice(0, at))) continue;
    const tail = alias.slice(at + 3);
    for (const name of parentNames) {
      const other = `${name}'s ${tail}`;
      if (!own.has(other) && !made.includes(other)) made.push(other);
    }
  }
  return made;
}

export class Lexicon {
  private readonly root = newNode();
  private readonly caseSensitive = new Map<string, Term[]>();
  /** Every word the lexicon knows, folded (for typo correction). */
  readonly words = new Set<string>();
  /** The words that are a name or a concept on their own, as written ("unit", not "united"). */
  readonly singleWords = new Set<string>();
  private readonly ancestors = new Map<string, string[]>();
  /** The own term of every person ("e:power"): see isPerson. */
  private readonly persons = new Set<Term>();
  /** The own term of every armed group that holds no state ("e:islamic-state"): see isArmedGroup. */
  private readonly armedGroups = new Set<Term>();
  /**
   * Every word of a name of a person, body or place ("vitaly", "churkin", "zour"), folded: the
   * words people misspell worst, corrected further than other words (Analyzer.correct).
   */
  readonly nameWords = new Set<string>();
  /** Every name of a person, body or place as its folded words, with its entity ("deir ez zor"). */
  readonly names: { words: readonly string[]; id: string }[] = [];

  constructor(source: LexiconSource) {
    const byId = new Map(source.entities.map((e) => [e.id, e]));
    for (const entity of source.entities) {
      const chain: string[] = [];
      const seen = new Set<string>();
      let parent = entity.parent;
      while (parent && !seen.has(parent)) {
        seen.add(parent);
        chain.push(parent);
        parent = byId.get(parent)?.parent;
      }
      this.ancestors.set(entity.id, chain);
    }
    for (const entity of source.entities) {
      const terms = this.entityTerms(entity.id);
      if (entity.kind === 'person') this.persons.add(`e:${entity.id}`);
      if (entity.kind === 'group') this.armedGroups.add(`e:${entity.id}`);
      const whole = new Set(entity.wholePhrases ?? []);
      for (const alias of [entity.name, ...entity.aliases, ...ownedByOtherNames(entity, byId)]) {
        if (whole.has(alias)) {
          this.addPhrase(alias, terms, false, false, false, true);
          continue;
        }
        this.addPhrase(alias, terms, true, entity.kind === 'person');
        this.names.push({ words: tokenize(alias).map((t) => t.word), id: entity.id });
        for (const token of tokenize(alias)) if (/^\p{L}+$/u.test(token.word)) this.nameWords.add(token.word);
      }
      for (const alias of entity.caseSensitiveAliases) this.caseSensitive.set(alias, terms);
    }
    // A plural a group lists whose singular another group holds ("sources": disagreement;
    // "source": an official) is that group's only as written: one source disagrees with no one.
    const groupsOf = new Map<string, Set<string>>();
    for (const group of source.synonyms)
      for (const phrase of group.words) {
        const key = phrase.toLowerCase();
        groupsOf.set(key, (groupsOf.get(key) ?? new Set()).add(group.id));
      }
    const pluralOnly = (phrase: string, id: string) => {
      if (!/^[a-z]+s$/.test(phrase)) return false;
      const singular = groupsOf.get(phrase.slice(0, -1));
      return singular !== undefined && !singular.has(id);
    };
    for (const group of source.synonyms) {
      const whole = new Set(group.wholePhrases ?? []);
      // The stems of the single words the group lists in some form other than a past or -ing form.
      const bare = new Set(
        group.words.filter((w) => /^[a-z]+$/.test(w) && !VERB_FORM.test(w)).map((w) => stem(w)),
      );
      for (const phrase of group.words)
        this.addPhrase(
          phrase,
          [`c:${group.id}`],
          false,
          false,
          pluralOnly(phrase, group.id),
          whole.has(phrase),
          /^[a-z]+$/.test(phrase) &&
            VERB_FORM.test(phrase) &&
            stem(phrase) !== phrase &&
            !bare.has(stem(phrase)),
        );
    }
  }

  /**
   * The one name written only in capitals (a case-sensitive alias, "IS") of `length` letters
   * that begins with `letter`, or null when none or two.
   */
  capitalsStarting(letter: string, length: number): string | null {
    let found: string | null = null;
    for (const raw of this.caseSensitive.keys()) {
      if (raw.length !== length || raw[0] !== letter || !/^\p{Lu}+$/u.test(raw)) continue;
      if (found !== null) return null;
      found = raw;
    }
    return found;
  }

  /**
   * Do these terms (a match's, a word's) name a person: written text names a person with a
   * capital, and the same word in lower case is the common word ("the country's power grid" is
   * not Samantha Power).
   */
  isPerson(terms: readonly Term[]): boolean {
    return terms.length > 0 && this.persons.has(terms[0] as Term);
  }

  /** Do these terms (a match's) name an armed group of the story, not a state's forces ("daesh")? */
  isArmedGroup(terms: readonly Term[]): boolean {
    return terms.length > 0 && this.armedGroups.has(terms[0] as Term);
  }

  /** The entity's own term and those of its parents: "the Pentagon" is also "the US". */
  entityTerms(id: string): Term[] {
    return [`e:${id}`, ...(this.ancestors.get(id) ?? []).map((p) => `e:${p}`)];
  }

  private addPhrase(
    phrase: string,
    terms: Term[],
    keepInnerWords: boolean,
    name = false,
    asWrittenOnly = false,
    whole = false,
    verbal = false,
  ): void {
    const words = tokenize(phrase).map((t) => t.word);
    // A leading article would let "the American envoy" match "the Americans" first.
    while (words.length > 1 && ARTICLES.has(words[0] as string)) words.shift();
    if (words.length === 0) return;
    if (words.length === 1) this.singleWords.add(words[0] as string);
    const one = words.length === 1 ? (words[0] as string) : null;
    const only =
      name && one
        ? new Set([one, `${one}s`, `${one}'s`, `${one}s'`])
        : (asWrittenOnly || (one !== null && stemMeetsOtherWord(one))) && one
          ? new Set([one, `${one}'`, `${one}'s`])
          : undefined;
    let node = this.root;
    for (const word of words) {
      if (!whole) this.words.add(word);
      const key = stem(word);
      let next = node.next.get(key);
      if (!next) {
        next = newNode();
        node.next.set(key, next);
      }
      node = next;
    }
    const tail = words.at(-1) as string;
    const last =
      name && !one && /^\p{L}+$/u.test(tail) && !tail.endsWith('s')
        ? new Set([tail, `${tail}'s`, `${tail}'`])
        : undefined;
    node.entries.push(
      only
        ? { terms, keepInnerWords, only }
        : last
          ? { terms, keepInnerWords, last }
          : verbal
            ? { terms, keepInnerWords, verbal: true }
            : { terms, keepInnerWords },
    );
  }

  /** Stems are cached: the same few thousand words come back all the time. */
  private readonly stems = new Map<string, string>();

  stemOf(word: string): string {
    let result = this.stems.get(word);
    if (result === undefined) {
      result = stem(word);
      if (this.stems.size < 200_000) this.stems.set(word, result);
    }
    return result;
  }

  /** Is this word, exactly as written, a case-sensitive alias ("IS", "Nga")? */
  isCaseSensitiveName(raw: string): boolean {
    return this.caseSensitive.has(raw);
  }

  /**
   * The terms of one word on its own ("army" -> c:troops), or null; no allocation per call. With
   * the tokens it stands in and where (`at`), only the terms that hold there (see inContext).
   */
  single(token: Token, tokens?: readonly Token[], at?: number): { terms: Term[] } | null {
    const exact = this.caseSensitive.get(token.raw);
    if (exact) return { terms: exact };
    if (STOP_WORDS.has(token.word)) return null;
    const node = this.root.next.get(this.stemOf(token.word));
    let entries = node ? asWritten(node.entries, token.word) : [];
    if (tokens !== undefined && at !== undefined && entries.length > 0)
      entries = inContext(entries, tokens, at);
    return entries.length > 0 ? merged(entries) : null;
  }

  /**
   * How many words the longest phrase of two words or more starting at `at` spans ("kept out",
   * "never again", "not playing ball"), or 0: the chat reader keeps such words, though each alone
   * is chat filler or a negation.
   */
  phraseAt(tokens: readonly Token[], at: number): number {
    let longest = 0;
    let node: TrieNode | undefined = this.root;
    for (let j = at; j < tokens.length && node; j++) {
      node = node.next.get(this.stemOf((tokens[j] as Token).word));
      if (node && j > at && node.entries.length > 0) longest = j + 1 - at;
    }
    return longest;
  }

  /** By term: the first stems of the phrases holding it, and the case-sensitive names holding it (see mayMatch). */
  private readonly openersOf = new Map<Term, { stems: Set<string>; raws: Set<string> }>();

  /**
   * Could match() over these tokens give a match holding `term`: does a word open a phrase that
   * holds it, or is one a case-sensitive name holding it? False means no match holds it, without
   * matching (a check that looks for one term, in a long message, mostly finds none).
   */
  mayMatch(tokens: readonly Token[], term: Term): boolean {
    let openers = this.openersOf.get(term);
    if (!openers) {
      const holds = (node: TrieNode): boolean =>
        node.entries.some((e) => e.terms.includes(term)) || [...node.next.values()].some(holds);
      const stems = new Set<string>();
      for (const [first, node] of this.root.next) if (holds(node)) stems.add(first);
      const raws = new Set<string>();
      for (const [raw, terms] of this.caseSensitive) if (terms.includes(term)) raws.add(raw);
      openers = { stems, raws };
      this.openersOf.set(term, openers);
    }
    for (const token of tokens)
      if (openers.raws.has(token.raw) || openers.stems.has(this.stemOf(token.word))) return true;
    return false;
  }

  /** Longest phrase matches over the tokens, left to right. Unmatched tokens are not returned. */
  match(tokens: readonly Token[]): Match[] {
    const stems = tokens.map((t) => this.stemOf(t.word));
    const matches: Match[] = [];
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i] as Token;
      const exact = this.caseSensitive.get(token.raw);
      let best: { end: number; entries: PhraseEntry[] } | null = null;
      let node: TrieNode | undefined = this.root;
      // "the american and russian envoys": a plural after "and" is shared by the words before it.
      const shared = COORDINATING.has(tokens[i - 1]?.word ?? '');
      for (let j = i; j < tokens.length && node; j++) {
        node = node.next.get(stems[j] as string);
        let entries = node && j === i ? asWritten(node.entries, token.word) : node?.entries;
        if (entries && j === i) entries = inContext(entries, tokens, i);
        if (entries && j > i && !shared) entries = lastAsWritten(entries, (tokens[j] as Token).word);
        if (entries && entries.length > 0) best = { end: j + 1, entries };
      }
      // A case-sensitive alias ("IS") wins over the same word in lower case ("is", a stop word).
      if (exact && (!best || best.end === i + 1)) {
        matches.push({ start: i, end: i + 1, terms: exact, keepInnerWords: false });
        i++;
        continue;
      }
      if (best && !(best.end === i + 1 && STOP_WORDS.has(token.word))) {
        matches.push({ start: i, end: best.end, ...merged(best.entries) });
        i = best.end;
        continue;
      }
      i++;
    }
    return matches;
  }
}

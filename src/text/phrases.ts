/**
 * Multi-word expressions: idioms and phrasal verbs whose meaning is not the sum of their words
 * ("called it off", "chalk it up to", "no clue", "owned up"), found in a message's words and read
 * as what they mean. Read one by one their words are a chat word, a word of no topic or a wrong
 * topic ("buy" as a purchase, "kick" as a foot).
 *
 * English, nothing of one story: a phrase matches with its first word inflected ("kicked off",
 * "owns up", "took out", "callin off") and, for a verb and its particle, with a pronoun between
 * them as English puts it ("call it off", "took them out"), or a noun phrase of two words, kept as
 * what the phrase is done to ("called the strike off": "call_off the strike"). Longer phrases first.
 */
import { baseForms } from './base-forms.ts';
import { IRREGULAR_PAST } from './irregular.ts';
import { type Token, tokenize } from './tokenize.ts';

/**
 * Past forms of the common verbs irregular.ts leaves to the stop words ("went", "got", "made"),
 * and of verbs whose past is their base ("put", "set", "cut"): the heads of many phrasal verbs.
 */
const MORE_IRREGULAR: ReadonlyMap<string, string> = new Map(
  `went:go gone:go got:get gotten:get gave:give given:give made:make said:say did:do done:do
   was:be were:be been:be had:have has:have goes:go does:do`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);

/** A pronoun as the object between a verb and its particle ("call it off", "took them out"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  'it them him her that this those these us me you everything something'.split(' '),
);
/** The particles of phrasal verbs, which such a pronoun comes before. */
export const PARTICLES: ReadonlySet<string> = new Set(
  'up down off out in on back away over through around about aside apart together'.split(' '),
);

/**
 * The particles that stay apart from their verb across a noun as its object ("called the strike
 * off", "took the base out"): adverbs, not prepositions ("put the blame on" is no "put on").
 */
const FAR_PARTICLES = new Set('up down off out back away apart'.split(' '));
/** A determiner opening a noun phrase of two words between a verb and its particle ("the strike"). */
const DETERMINERS = new Set('the a an his her their its our your my this that these those'.split(' '));

/** The words a phrase means, as tokens. */
export interface PhraseMatch {
  /** How many of the message's words the phrase spans. */
  length: number;
  meaning: Token[];
}

interface Entry {
  /** The phrase's words after its first. */
  rest: string[];
  meaning: Token[];
}

/**
 * The forms already worked out, by word: every word of every message that may start a phrase
 * comes to matchAt, a long message's words several times (each reading of it). Bounded.
 */
const KNOWN_VERB_FORMS = new Map<string, readonly string[]>();
const KEPT_VERB_FORMS = 4096;

/** The base forms a word may be the inflection of, the word itself first (the same array for the same word: not to be changed). */
export function verbForms(word: string): readonly string[] {
  let forms = KNOWN_VERB_FORMS.get(word);
  if (forms === undefined) {
    forms = verbFormsOf(word);
    if (KNOWN_VERB_FORMS.size >= KEPT_VERB_FORMS) KNOWN_VERB_FORMS.clear();
    KNOWN_VERB_FORMS.set(word, forms);
  }
  return forms;
}

function verbFormsOf(word: string): string[] {
  const forms = new Set([word]);
  const irregular = IRREGULAR_PAST.get(word) ?? MORE_IRREGULAR.get(word);
  if (irregular) forms.add(irregular);
  // Chat's dropped g ("callin", "kickin'"): the "-ing" form.
  const dropped = /^(\p{L}{2,}in)'?$/u.exec(word);
  for (const w of dropped ? [word, `${dropped[1]}g`] : [word])
    for (const f of baseForms(w, 'v')) forms.add(f);
  return [...forms];
}

export class PhraseMeanings {
  /** By the phrase's first word (its base form): the phrases, longest first. */
  private readonly byHead = new Map<string, Entry[]>();
  /**
   * The words a phrase's second word may be (its own, or a pronoun before a particle), and whether
   * one has "*" there: a word followed by none of them starts no phrase, so its base forms are not
   * looked up (every word of every message comes here).
   */
  private readonly seconds = new Set<string>();
  private anySecond = false;

  /** `phrases`: each phrase (words split by spaces or "_") and the tokens it means. */
  constructor(phrases: Iterable<readonly [string, readonly Token[]]>) {
    for (const [phrase, meaning] of phrases) {
      const words = phrase.split(/[\s_]+/).filter(Boolean);
      const head = words[0];
      if (!head || words.length < 2) continue;
      let entries = this.byHead.get(head);
      if (!entries) {
        entries = [];
        this.byHead.set(head, entries);
      }
      // A phrase listed twice keeps its first meaning (the moderator's list comes first).
      if (entries.some((e) => e.rest.join(' ') === words.slice(1).join(' '))) continue;
      entries.push({ rest: words.slice(1), meaning: [...meaning] });
      const second = words[1] as string;
      if (second === WILDCARD) this.anySecond = true;
      else this.seconds.add(second);
      if (PARTICLES.has(second)) for (const p of OBJECT_PRONOUNS) this.seconds.add(p);
      if (FAR_PARTICLES.has(second)) for (const d of DETERMINERS) this.seconds.add(d);
    }
    for (const entries of this.byHead.values()) entries.sort((a, b) => b.rest.length - a.rest.length);
  }

  get size(): number {
    return this.byHead.size;
  }

  /** The phrase starting at `at`, or null. */
  matchAt(tokens: readonly Token[], at: number): PhraseMatch | null {
    const first = tokens[at];
    if (!first || this.byHead.size === 0) return null;
    if (!this.anySecond && !this.seconds.has(tokens[at + 1]?.word ?? '')) return null;
    for (const head of verbForms(first.word)) {
      const entries = this.byHead.get(head);
      if (!entries) continue;
      for (const entry of entries) {
        const found = spans(entry.rest, tokens, at + 1);
        if (!found) continue;
        // The words "*" stood for, where the meaning has its "*".
        const meaning = entry.meaning.flatMap((t) => (t.word === WILDCARD ? found.gap : [t]));
        // A noun phrase between the verb and its particle is what the phrase is done to:
        // "called the strike off" means "call_off the strike".
        if (found.object) meaning.push(...found.object);
        return { length: found.length + 1, meaning };
      }
    }
    return null;
  }
}

/** In a phrase, up to MAX_GAP words of the message ("buy * explanation"). */
const WILDCARD = '*';
const MAX_GAP = 4;

/** How many words from `at` the rest of a phrase spans, and the words its "*" stood for; null: no match. */
function spans(
  rest: readonly string[],
  tokens: readonly Token[],
  at: number,
): { length: number; gap: Token[]; object?: Token[] } | null {
  const gapAt = rest.indexOf(WILDCARD);
  if (gapAt >= 0) {
    const before = rest.slice(0, gapAt);
    const after = rest.slice(gapAt + 1);
    if (!before.every((w, k) => tokens[at + k]?.word === w)) return null;
    const from = at + before.length;
    // The fewest words that let the rest match ("buy the story": none but "the").
    for (let n = 0; n <= MAX_GAP && from + n <= tokens.length; n++)
      if (after.every((w, k) => tokens[from + n + k]?.word === w))
        return { length: before.length + n + after.length, gap: tokens.slice(from, from + n) };
    return null;
  }
  const matches = (from: number) => rest.every((w, k) => tokens[from + k]?.word === w);
  if (matches(at)) return { length: rest.length, gap: [] };
  // A verb, a pronoun as its object, then the particle: "call it off", "took them out".
  const between = tokens[at];
  if (between && OBJECT_PRONOUNS.has(between.word) && PARTICLES.has(rest[0] as string) && matches(at + 1))
    return { length: rest.length + 1, gap: [between] };
  // A verb, a noun phrase of two words as its object, then the particle: "called the strike off".
  const noun = tokens[at + 1];
  if (
    between &&
    noun &&
    DETERMINERS.has(between.word) &&
    FAR_PARTICLES.has(rest[0] as string) &&
    /^\p{L}+$/u.test(noun.word) &&
    !DETERMINERS.has(noun.word) &&
    !OBJECT_PRONOUNS.has(noun.word) &&
    !PARTICLES.has(noun.word) &&
    matches(at + 2)
  )
    return { length: rest.length + 2, gap: [between, noun], object: [between, noun] };
  return null;
}

/** An idiom's meaning as tokens, its "*" kept where the words it stood for go. */
export function meaningTokens(meaning: string): Token[] {
  return meaning
    .split(/\s+/)
    .flatMap((part) => (part === WILDCARD ? [{ raw: WILDCARD, word: WILDCARD }] : tokenize(part)));
}

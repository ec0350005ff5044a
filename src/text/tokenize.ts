/**
 * Splitting text into words for the lexicon and the index. Pure functions, no knowledge of the story.
 */
import { fold } from './normalize.ts';

export interface Token {
  /** As written (after NFKC), for case-sensitive aliases such as "IS" and "US". */
  raw: string;
  /** Folded: lower case, no accents, no possessive "'s". */
  word: string;
  /** Right after a negation the chat reader took out ("and not directly"). */
  negated?: true;
  /** Right after an "or" the chat reader took out ("was it Assad or Gaddafi"). */
  alternative?: true;
}

/**
 * The token marked right after a negation or an "or" the chat reader took out: the same keys in
 * the same order as `{ ...token, [mark]: true }`, made as a literal of one shape where the token
 * has only its two words. A spread copy made where tokens of several shapes pass gets a hidden
 * class of its own each time in V8 (a long message's "Not trying ...", "could not find ..."): every
 * pass over the words that meets one then deoptimises, and its property reads go megamorphic.
 */
export function markedToken(token: Token, mark: 'negated' | 'alternative'): Token {
  let keys = 0;
  for (const _ in token) keys++;
  if (keys !== 2 || token.negated !== undefined || token.alternative !== undefined)
    return { ...token, [mark]: true };
  return mark === 'negated'
    ? { raw: token.raw, word: token.word, negated: true }
    : { raw: token.raw, word: token.word, alternative: true };
}

/**
 * The token with other words, its marks kept: the same keys in the same order as
 * `{ ...token, raw, word }`, made as a literal of one shape where the token has only its two words
 * (see markedToken: a spread copy made where tokens of several shapes pass can get a hidden class
 * V8 has not seen at each of its passes over the words).
 */
export function retyped<T extends Token>(token: T, raw: string, word: string): T {
  let keys = 0;
  for (const _ in token) keys++;
  return keys === 2 ? ({ raw, word } as T) : { ...token, raw, word };
}

// A word is letters or digits, with inner apostrophes ("won't") or dots ("u.s.").
const WORD = /[\p{L}\p{N}]+(?:['\u2019.][\p{L}\p{N}]+)*\.?/gu;
const SIMPLE = /^[A-Za-z0-9]+$/;
// A French or Italian article or preposition elided onto its noun ("l'armée", "d'Assad",
// "dell'esercito", "all'ONU"): the noun is the word.
const ELIDED = /^(?:l|d|dell|dall|all|nell|sull|un)'(?=\p{L}{2})/u;
// A Turkish case ending set off by an apostrophe, as Turkish writes it after a name
// ("Deyrizor'da", "Rusya'nın", "ABD'nin", "Churkin'e"): the name is the word. Folded endings
// ("nın" is "nin"), on a stem of three letters or more ("y'all", "ma'am" are no names).
const TURKISH_CASE =
  /^(\p{L}{3,})'(?:d[ae]n?|t[ae]n?|n?[iu]n|n?[iu]|y?[ae]|y?l[ae]|nd[ae]n?|l[ae]r(?:[iu]n?|d[ae]n?)?)$/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, on purpose.
const NON_ASCII = /[^\x00-\x7f]/;

/** Splits text into word tokens; hyphenated words are separate tokens ("el-Zour" -> "el", "Zour"). */
export function tokenize(text: string): Token[] {
  return tokenized(text, null);
}

/**
 * tokenize, and where each word was matched in the text (after NFKC: where the text is in that
 * form already, the positions are the text's own): `spans` gets three numbers per word matched,
 * in order: its start, its end and how many tokens it gave (two for "who's": "who", "is").
 */
export function tokenizeWithSpans(text: string, spans: number[]): Token[] {
  return tokenized(text, spans);
}

function tokenized(text: string, spans: number[] | null): Token[] {
  // ASCII is its own NFKC form: most messages need no normalising, and their words are found by
  // a scan of character codes (the same words as WORD, without a match object each).
  if (!NON_ASCII.test(text)) return asciiTokenized(text, spans);
  const tokens: Token[] = [];
  for (const match of text.normalize('NFKC').matchAll(WORD)) {
    const raw = match[0];
    wordToken(tokens, raw, SIMPLE.test(raw), match.index, spans);
  }
  return tokens;
}

/** A letter or digit of ASCII: what [\p{L}\p{N}] matches in an ASCII text. */
function asciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * tokenized() of an ASCII text: WORD's matches, found as the regex finds them (a run of letters
 * and digits, then each apostrophe or dot followed by another such run, then a dot if one
 * follows), each from the first letter or digit after the last.
 */
function asciiTokenized(text: string, spans: number[] | null): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!asciiWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let simple = true;
    while (i < n && asciiWordChar(text.charCodeAt(i))) i++;
    while (i + 1 < n) {
      const code = text.charCodeAt(i);
      if ((code !== 39 && code !== 46) || !asciiWordChar(text.charCodeAt(i + 1))) break;
      simple = false;
      i += 2;
      while (i < n && asciiWordChar(text.charCodeAt(i))) i++;
    }
    if (i < n && text.charCodeAt(i) === 46) {
      simple = false;
      i++;
    }
    wordToken(tokens, text.slice(start, i), simple, start, spans);
  }
  return tokens;
}

/**
 * The tokens of one word WORD matched at `index` (`simple`: letters and digits only), pushed on
 * `tokens`, and its span on `spans`.
 */
function wordToken(
  tokens: Token[],
  matched: string,
  simple: boolean,
  index: number,
  spans: number[] | null,
): void {
  let raw = matched;
  const before = tokens.length;
  // Most words are plain letters and digits: skip the punctuation rules for them.
  if (simple) {
    // Letters and digits of ASCII only: fold() is lower case.
    tokens.push({ raw, word: raw.toLowerCase() });
  } else {
    // Keep the trailing dot only for dotted abbreviations such as "U.S.".
    if (raw.endsWith('.') && !/\.\p{L}/u.test(raw.slice(0, -1))) raw = raw.slice(0, -1);
    let word = fold(raw).replace(/\u2019/g, "'");
    // "who's" is "who is"; elsewhere "'s" is a possessive ("Russia's").
    const contracted = /^(who|what|where|when|why|how|that|there|here|it|he|she)'s$/.exec(word);
    if (contracted) {
      tokens.push({ raw, word: contracted[1] as string }, { raw: 'is', word: 'is' });
    } else {
      word = word.replace(/'s$/, '').replace(/s'$/, 's').replace(ELIDED, '');
      const named = TURKISH_CASE.exec(word);
      if (named) {
        word = named[1] as string;
        raw = raw.slice(0, raw.search(/['\u2019]/));
      }
      if (/^[\p{L}.]+$/u.test(word) && word.includes('.')) word = word.replace(/\./g, '');
      if (word.length > 0) tokens.push({ raw, word });
    }
  }
  spans?.push(index, index + matched.length, tokens.length - before);
}

/** Is the text its own NFKC form (ASCII always is: most text needs no normalising)? */
function nfkcStable(text: string): boolean {
  return !NON_ASCII.test(text) || text.normalize('NFKC') === text;
}

/**
 * A text tokenised once, and the tokens of any stretch of it read off those: `between(from, to)`
 * is tokenize(text.slice(from, to)), without tokenising the stretch again when the text is in NFKC
 * form (so the positions matched are the text's own) and no word matched in the whole text runs
 * across `from` or `to`. A word is matched from its first letter with nothing looked at before it
 * or after it, so the stretch's words are then the whole text's between those points. Else the
 * stretch is tokenised on its own. The arrays returned are new each time (the tokens are shared).
 */
export class TokenizedText {
  readonly tokens: Token[];
  /** Per word matched: its start, its end and how many tokens it gave (see tokenizeWithSpans). */
  private readonly spans: number[] = [];
  private readonly stable: boolean;

  constructor(readonly text: string) {
    this.tokens = tokenized(text, this.spans);
    this.stable = nfkcStable(text);
  }

  between(from: number, to: number = this.text.length): Token[] {
    const { spans } = this;
    if (this.stable) {
      let first = 0;
      let count = 0;
      let k = 0;
      for (; k < spans.length; k += 3) {
        const start = spans[k] as number;
        const end = spans[k + 1] as number;
        if (end <= from) {
          first += spans[k + 2] as number;
          continue;
        }
        if (start >= to) break;
        if (start < from || end > to) return tokenize(this.text.slice(from, to));
        count += spans[k + 2] as number;
      }
      const slice = from === 0 && to >= this.text.length ? this.text : this.text.slice(from, to);
      if (slice === this.text || nfkcStable(slice)) return this.tokens.slice(first, first + count);
      return tokenize(slice);
    }
    return tokenize(this.text.slice(from, to));
  }
}

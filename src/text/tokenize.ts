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
  const tokens: Token[] = [];
  // ASCII is its own NFKC form: most messages need no normalising.
  for (const match of (NON_ASCII.test(text) ? text.normalize('NFKC') : text).matchAll(WORD)) {
    let raw = match[0];
    const before = tokens.length;
    // Most words are plain letters and digits: skip the punctuation rules for them.
    if (SIMPLE.test(raw)) {
      tokens.push({ raw, word: fold(raw) });
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
    spans?.push(match.index, match.index + match[0].length, tokens.length - before);
  }
  return tokens;
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

/**
 * Cleaning and tokenising user text. Pure functions, no knowledge of the story.
 */

/** The longest question the engine reads; longer input gets a clear "too long" answer. */
export const MAX_QUESTION_LENGTH = 500;

export interface CleanQuestion {
  /** Text fit for matching: no mentions, markdown, links or control characters. */
  text: string;
  /** What was removed or changed, for logs. */
  removed: string[];
}

const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu;
const DISCORD_MENTION = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<\/[\w -]+:\d+>|<t:\d+(?::[tTdDfFR])?>/g;
const EVERYONE = /@(?:everyone|here)\b/gi;
const URL = /\bhttps?:\/\/\S+/gi;
const MARKDOWN = /[*_~`|>#]+/g;

/** Removes what Discord adds to a message so only the question remains. Never throws. */
export function cleanQuestion(raw: string): CleanQuestion {
  const removed: string[] = [];
  let text = raw.normalize('NFKC');
  const strip = (re: RegExp, label: string, by = ' ') => {
    const next = text.replace(re, by);
    if (next !== text) removed.push(label);
    text = next;
  };
  // Line breaks and tabs are spaces; other control and format characters go.
  text = text.replace(/[\t\n\r\u2028\u2029]/g, ' ');
  strip(CONTROL, 'control characters', '');
  strip(DISCORD_MENTION, 'mentions');
  strip(EVERYONE, 'mentions');
  strip(URL, 'links');
  strip(MARKDOWN, 'markdown');
  text = text.replace(/\s+/g, ' ').trim();
  return { text, removed: [...new Set(removed)] };
}

/** Lower case without accents: "Dayr az-Zawr" and "dayr az-zawr" compare equal. */
export function fold(text: string): string {
  // Plain ASCII, by far the common case, needs no Unicode decomposition.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, on purpose.
const ASCII = /^[\x00-\x7f]*$/;

export interface Token {
  /** As written (after NFKC), for case-sensitive aliases such as "IS" and "US". */
  raw: string;
  /** Folded: lower case, no accents, no possessive "'s". */
  word: string;
}

// A word is letters or digits, with inner apostrophes ("won't") or dots ("u.s.").
const WORD = /[\p{L}\p{N}]+(?:['\u2019.][\p{L}\p{N}]+)*\.?/gu;
const SIMPLE = /^[A-Za-z0-9]+$/;

/** Splits text into word tokens; hyphenated words are separate tokens ("el-Zour" -> "el", "Zour"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.normalize('NFKC').matchAll(WORD)) {
    let raw = match[0];
    // Most words are plain letters and digits: skip the punctuation rules for them.
    if (SIMPLE.test(raw)) {
      tokens.push({ raw, word: fold(raw) });
      continue;
    }
    // Keep the trailing dot only for dotted abbreviations such as "U.S.".
    if (raw.endsWith('.') && !/\.\p{L}/u.test(raw.slice(0, -1))) raw = raw.slice(0, -1);
    let word = fold(raw).replace(/\u2019/g, "'");
    // "who's" is "who is"; elsewhere "'s" is a possessive ("Russia's").
    const contracted = /^(who|what|where|when|why|how|that|there|here|it|he|she)'s$/.exec(word);
    if (contracted) {
      tokens.push({ raw, word: contracted[1] as string }, { raw: 'is', word: 'is' });
      continue;
    }
    word = word.replace(/'s$/, '').replace(/s'$/, 's');
    if (/^[\p{L}.]+$/u.test(word) && word.includes('.')) word = word.replace(/\./g, '');
    if (word.length === 0) continue;
    tokens.push({ raw, word });
  }
  return tokens;
}

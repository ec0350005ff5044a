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

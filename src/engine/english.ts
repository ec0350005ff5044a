/**
 * "Is this a real English word?" - so that a word the article never uses ("minister",
 * "capital") is treated as something the article does not cover, not as a typo of a word
 * it does use ("ministry"). The word list (274k words, package `word-list`) is kept as one
 * sorted buffer and searched by bisection: loading it is a single file read, not a Set of
 * 274k strings. A look-up compares the word with the buffer's bytes where they are (no string
 * made per step: a long chat message asks about dozens of words).
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

export interface EnglishWords {
  has(word: string): boolean;
}

const NEWLINE = 10;

/** The list (2.7 MB) is read when first asked: most first questions use only the knowledge's words. */
export function loadEnglishWords(path: string = wordListPath): EnglishWords {
  let buffer: Buffer | undefined;
  return {
    has(word: string): boolean {
      if (!/^[a-z]+$/.test(word)) return false;
      buffer ??= readFileSync(path);
      let lo = 0;
      let hi = buffer.length;
      while (lo < hi) {
        const start = lineStart(buffer, (lo + hi) >>> 1);
        const end = lineEnd(buffer, start);
        const order = compareLine(buffer, start, end, word);
        if (order === 0) return true;
        if (order < 0) lo = end + 1;
        else hi = start;
      }
      return false;
    },
  };
}

function lineStart(buffer: Buffer, pos: number): number {
  let p = pos;
  while (p > 0 && buffer[p - 1] !== NEWLINE) p--;
  return p;
}

function lineEnd(buffer: Buffer, start: number): number {
  let end = start;
  while (end < buffer.length && buffer[end] !== NEWLINE) end++;
  return end;
}

/**
 * The line's order against the word (negative: the line comes first), as comparing the line read
 * as latin1 with the word compares them: code unit by code unit, a prefix first.
 */
function compareLine(buffer: Buffer, start: number, end: number, word: string): number {
  const n = end - start;
  const m = word.length;
  for (let i = 0; i < n && i < m; i++) {
    const d = (buffer[start + i] as number) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return n - m;
}

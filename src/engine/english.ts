/**
 * "Is this a real English word?" - so that a word the article never uses ("minister",
 * "capital") is treated as something the article does not cover, not as a typo of a word
 * it does use ("ministry"). The word list (274k words, package `word-list`) is kept as one
 * sorted buffer and searched by bisection: loading it is a single file read, not a Set of
 * 274k strings.
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
        const { text, end } = lineAt(buffer, start);
        if (text === word) return true;
        if (text < word) lo = end + 1;
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

function lineAt(buffer: Buffer, start: number): { text: string; end: number } {
  let end = start;
  while (end < buffer.length && buffer[end] !== NEWLINE) end++;
  return { text: buffer.toString('latin1', start, end), end };
}

import { describe, expect, it } from 'vitest';
import { type Token, tokenize, tokenizeWithSpans } from '../../src/text/tokenize.ts';

/**
 * An ASCII text's words are found by a scan of character codes, not by the WORD regex: the same
 * words, at the same places. The regex, as the tokenizer states it, is the reference here.
 */
const WORD = /[\p{L}\p{N}]+(?:['\u2019.][\p{L}\p{N}]+)*\.?/gu;

/** The words and their spans as WORD matches them (the raw words before the tokenizer's rules). */
function matched(text: string): [string, number][] {
  return [...text.matchAll(WORD)].map((m) => [m[0], m.index]);
}

/** The raw words tokenizeWithSpans reports, from its spans. */
function scanned(text: string): [string, number][] {
  const spans: number[] = [];
  tokenizeWithSpans(text, spans);
  const out: [string, number][] = [];
  for (let k = 0; k < spans.length; k += 3) {
    const from = spans[k] as number;
    out.push([text.slice(from, spans[k + 1] as number), from]);
  }
  return out;
}

const words = (tokens: Token[]) => tokens.map((t) => `${t.raw}/${t.word}`);

describe('tokenize, ASCII text', () => {
  it('finds the words the WORD regex finds, at the same places', () => {
    for (const text of [
      'U.S. and u.s officials said it ended.',
      'a..b, .a a. ..x',
      "who's there, it's the soldiers' day and Russia's",
      "'quoted' words and 'also' 2.4 km or v.2. ok",
      "don't won't y'all l'armee d'assad",
      '',
      '   ',
      '...',
      "a'b'c.d.e.",
    ])
      expect(scanned(text)).toEqual(matched(text));
  });

  it('reads dots and apostrophes as before', () => {
    expect(words(tokenize('The U.S. said so.'))).toEqual(['The/the', 'U.S./us', 'said/said', 'so/so']);
    expect(words(tokenize("who's right, russia's envoy"))).toEqual([
      "who's/who",
      'is/is',
      'right/right',
      "russia's/russia",
      'envoy/envoy',
    ]);
    expect(words(tokenize('a..b'))).toEqual(['a/a', 'b/b']);
    expect(words(tokenize('2.4 KM'))).toEqual(['2.4/2.4', 'KM/km']);
  });

  it('agrees with the regex on random ASCII text', () => {
    const alphabet = "aZ9.' -,?!x\t.''..";
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let k = 0; k < 5000; k++) {
      let text = '';
      const length = Math.floor(next() * 16);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(scanned(text)).toEqual(matched(text));
    }
  });

  it('reads a text that is not ASCII as before', () => {
    expect(words(tokenize('l’armée a frappé Deir ez-Zor'))).toEqual([
      'l’armée/armee',
      'a/a',
      'frappé/frappe',
      'Deir/deir',
      'ez/ez',
      'Zor/zor',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeWithSpans } from '../../src/text/tokenize.ts';

const SENTENCES = [
  "who's to blame, i asked my teacher, because the U.S. said it wasn't them",
  "Russia's envoy walked out of the UN meeting in Deir el-Zour, we heard",
  'they hit 62 soldiers at 5pm, so i want to know why, 2.4 km away',
  "the jets' pilots said 'it was a mistake' for my essay",
  'wie viele tote?? i need it for my class, thx',
];

describe('tokenizeWithSpans', () => {
  it('gives the tokens tokenize gives', () => {
    for (const s of SENTENCES) expect(tokenizeWithSpans(s, [])).toEqual(tokenize(s));
  });

  it("reads any tail's tokens off the sentence's own where no word runs across the cut", () => {
    for (const s of SENTENCES) {
      const spans: number[] = [];
      const tokens = tokenizeWithSpans(s, spans);
      expect(spans.length % 3).toBe(0);
      expect(spans.filter((_, i) => i % 3 === 2).reduce((a, b) => a + b, 0)).toBe(tokens.length);
      for (let at = 0; at <= s.length; at++) {
        let first = 0;
        let across = false;
        for (let k = 0; k < spans.length && (spans[k] as number) < at; k += 3) {
          if ((spans[k + 1] as number) > at) across = true;
          first += spans[k + 2] as number;
        }
        if (!across) expect(tokens.slice(first)).toEqual(tokenize(s.slice(at)));
      }
    }
  });

  it('gives two tokens of "who\'s" one span', () => {
    const spans: number[] = [];
    expect(tokenizeWithSpans("who's there", spans).map((t) => t.word)).toEqual(['who', 'is', 'there']);
    expect(spans).toEqual([0, 5, 2, 6, 11, 1]);
  });
});

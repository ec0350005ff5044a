import { describe, expect, it } from 'vitest';
import { TokenizedText, tokenize } from '../../src/text/tokenize.ts';

const SENTENCES = [
  "who's to blame, i asked my teacher, because the U.S. said it wasn't them",
  "Russia's envoy walked out of the UN meeting in Deir el-Zour, we heard",
  'they hit 62 soldiers at 5pm, so i want to know why, 2.4 km away',
  "the jets' pilots said 'it was a mistake' for my essay — true or false?",
  'wie viele tote?? i need it for my class, thx',
  // Not in NFKC form: "ﬁ" is "fi", "①" is "1" (positions move when normalised).
  'the ﬁrst strike ① killed, and what did russia say',
  'Déir ez-Zōr and the U.S.-led coalition, or was it Damascus',
];

describe('TokenizedText', () => {
  it('gives for any stretch the tokens tokenize gives it', () => {
    for (const s of SENTENCES) {
      const text = new TokenizedText(s);
      expect(text.tokens).toEqual(tokenize(s));
      for (let from = 0; from <= s.length; from++) {
        expect(text.between(from)).toEqual(tokenize(s.slice(from)));
        for (let to = from; to <= s.length; to++)
          expect(text.between(from, to)).toEqual(tokenize(s.slice(from, to)));
      }
    }
  });

  it('returns a new array each time', () => {
    const text = new TokenizedText('what did the US say');
    const first = text.between(0);
    first.pop();
    expect(text.between(0).map((t) => t.word)).toEqual(['what', 'did', 'the', 'us', 'say']);
    expect(text.tokens).toHaveLength(5);
  });
});

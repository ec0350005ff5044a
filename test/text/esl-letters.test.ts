/**
 * How Turkish, Chinese, Japanese and Korean keyboards type: the dotless "ı" is "i", a Turkish case
 * ending after a name's apostrophe goes ("Deyrizor'da"), and the CJK quotation marks, comma and
 * full stop are the marks the reader knows.
 */
import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/text/clean.ts';
import { fold } from '../../src/text/normalize.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const words = (text: string) => tokenize(text).map((t) => t.word);

describe('letters and marks of other keyboards', () => {
  it('folds the dotless "ı" and the dotted "İ" to "i"', () => {
    expect(fold('Syrıa')).toBe('syria');
    expect(fold('churkın')).toBe('churkin');
    expect(fold('IŞİD')).toBe('isid');
  });

  it('reads a name with a Turkish case ending after its apostrophe as the name', () => {
    expect(words("Deyrizor'da kaç asker")).toEqual(['deyrizor', 'kac', 'asker']);
    expect(words("Rusya'nın tepkisi")).toEqual(['rusya', 'tepkisi']);
    expect(tokenize("ABD'nin")[0]?.raw).toBe('ABD');
  });

  it('keeps English apostrophes and short stems ("y\'all", "it\'d", "Russia\'s")', () => {
    expect(words("y'all it'd they're Russia's")).toEqual(["y'all", "it'd", "they're", 'russia']);
  });

  it('makes CJK quotation marks straight quotes, the ideographic comma and stop ASCII', () => {
    expect(cleanQuestion('「uniquely cynical」 who said it？').text).toBe('"uniquely cynical" who said it?');
    expect(cleanQuestion('『stunt』、who said it。').text).toBe('"stunt", who said it.');
  });
});

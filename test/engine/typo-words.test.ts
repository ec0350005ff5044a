/**
 * A reload whose vocabulary differs from the one served only by words the typo index does not file
 * (a number or a short word added to a curated question, issue 15) keeps the typo index served:
 * sameTypoWords tells it, and is true only when a typo index built afresh is the same.
 */
import { describe, expect, it } from 'vitest';
import { sameTypoWords, TypoIndex } from '../../src/engine/analyzer.ts';

const BASE = ['strike', 'the', 'soldiers', '17', 'killed', 'deir', 'ezzor', 'of', 'airstrike', 'said'];

/** What a typo index holds: its words and their keys. */
const contents = (words: string[]) => {
  const index = new TypoIndex(words) as unknown as { words: string[]; filed: Float64Array };
  return { words: index.words, filed: [...index.filed] };
};

describe('sameTypoWords', () => {
  const cases: [string, string[], boolean][] = [
    ['the same words', [...BASE], true],
    ['a number added last', [...BASE, '1'], true],
    ['a short word added last', [...BASE, 'ab'], true],
    ['a number removed', BASE.filter((w) => w !== '17'), true],
    ['a number put before the last word', [...BASE.slice(0, -1), '2016', 'said'], true],
    ['a word of letters added last', [...BASE, 'zorbleflat'], false],
    ['a word of letters removed', BASE.filter((w) => w !== 'killed'), false],
    ['two words of letters swapped', [...BASE.slice(0, -2), 'said', 'airstrike'], false],
  ];
  it.each(cases)('%s: %s', (_, words, same) => {
    expect(sameTypoWords(new Set(words), new Set(BASE))).toBe(same);
    expect(sameTypoWords(new Set(BASE), new Set(words))).toBe(same);
    // True only when the index built afresh is the same.
    if (same) expect(contents(words)).toEqual(contents(BASE));
    else expect(contents(words)).not.toEqual(contents(BASE));
  });
});

describe('a typo index built from an earlier one', () => {
  const earlier = new TypoIndex(BASE);
  /** What an index holds, built from the earlier one or afresh. */
  const built = (words: string[], from?: TypoIndex) => {
    const index = new TypoIndex(words, from) as unknown as { words: string[]; filed: Float64Array };
    return { words: index.words, filed: [...index.filed] };
  };
  const cases: [string, string[]][] = [
    ['the same words', [...BASE]],
    ['a word of letters added last', [...BASE, 'zorbleflat']],
    ['a word of letters added in the middle', [...BASE.slice(0, 5), 'zorbleflat', ...BASE.slice(5)]],
    ['a word of letters added first', ['zorbleflat', ...BASE]],
    ['a word of letters removed', BASE.filter((w) => w !== 'killed')],
    ['one removed and two added', [...BASE.filter((w) => w !== 'deir'), 'quarvel', 'zorbleflat']],
    ['two words of letters swapped', [...BASE.slice(0, -2), 'said', 'airstrike']],
    ['a long word (two edits) added', [...BASE.slice(0, 3), 'counterstrikes', ...BASE.slice(3)]],
    ['every word another', ['alpha', 'bravo', 'charlie']],
    ['none', []],
  ];
  it.each(cases)('%s: the index built afresh', (_, words) => {
    expect(built(words, earlier)).toEqual(built(words));
  });

  it('renumbers the keys of the words both file, and files only the words that come', () => {
    const words = [...BASE.slice(0, 5), 'zorbleflat', ...BASE.slice(5)];
    const index = new TypoIndex(words, earlier) as unknown as { words: string[]; filed: Float64Array };
    // Every key of a word both file is the earlier index's key, its word renumbered.
    const before = earlier as unknown as { words: string[]; filed: Float64Array };
    const limit = 2 ** 21;
    const keys = (of: { words: string[]; filed: Float64Array }, word: string) => {
      const n = of.words.indexOf(word);
      return [...of.filed].filter((v) => v % limit === n).map((v) => Math.floor(v / limit));
    };
    for (const word of before.words) expect(keys(index, word)).toEqual(keys(before, word));
    expect(keys(index, 'zorbleflat').length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { Lexicon, STOP_WORDS } from '../../src/text/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const lexicon = new Lexicon({
  entities: [],
  synonyms: [
    { id: 'disagree', words: ['disagree', 'reports', 'sources'] },
    { id: 'official', words: ['official', 'source'] },
  ],
});
const terms = (word: string) =>
  lexicon.single(tokenize(word)[0] as ReturnType<typeof tokenize>[number])?.terms ?? [];

describe('a plural one group lists whose singular is another group’s', () => {
  it('is that group’s only as written: one source disagrees with no one', () => {
    expect(terms('source')).toEqual(['c:official']);
    expect(terms('sources')).toEqual(expect.arrayContaining(['c:disagree', 'c:official']));
  });

  it('leaves a plural whose singular no other group holds to match both forms', () => {
    expect(terms('report')).toEqual(['c:disagree']);
  });
});

describe('numbers in words', () => {
  it('are stop words, the teens and every ten', () => {
    for (const w of ['thirteen', 'seventeen', 'nineteen', 'seventy', 'eighty', 'ninety'])
      expect(STOP_WORDS.has(w)).toBe(true);
  });
});

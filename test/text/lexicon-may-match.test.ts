import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/text/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const lexicon = new Lexicon({
  entities: [{ id: 'islamic-state', name: 'Islamic State', aliases: [], caseSensitiveAliases: ['IS'] }],
  synonyms: [
    { id: 'stop', words: ['halt', 'called off'] },
    { id: 'plane', words: ['jet'] },
  ],
});

describe('Lexicon.mayMatch', () => {
  it('is true wherever match() finds the term, by a phrase or a case-sensitive name', () => {
    for (const text of ['they called off the raid', 'the jets were halted', 'IS said so', 'islamic state']) {
      const tokens = tokenize(text);
      for (const term of ['c:stop', 'c:plane', 'e:islamic-state'])
        if (lexicon.match(tokens).some((m) => m.terms.includes(term)))
          expect(lexicon.mayMatch(tokens, term), `${text} ${term}`).toBe(true);
    }
  });

  it('is false when no word opens a phrase holding the term', () => {
    expect(lexicon.mayMatch(tokenize('who called the meeting'), 'c:plane')).toBe(false);
    expect(lexicon.mayMatch(tokenize('is it true'), 'e:islamic-state')).toBe(false);
  });
});

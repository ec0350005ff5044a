/**
 * A phrase listed in its entry's `wholePhrases` is matched whole like any other, but its words are
 * not the knowledge's words: not in the lexicon's words (the vocabulary), nor name words ("body"
 * of "top security body" stays an ordinary English word).
 */
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/text/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const lexicon = new Lexicon({
  entities: [
    {
      id: 'assembly',
      name: 'Grand Assembly',
      aliases: ['assembly', 'top lawmaking body', 'people chamber'],
      caseSensitiveAliases: [],
      wholePhrases: ['top lawmaking body'],
    },
  ],
  synonyms: [
    { id: 'relay', words: ['relayed', 'passed on', 'sent word'], wholePhrases: ['sent word'] },
    { id: 'vote', words: ['vote', 'show of hands'] },
  ],
});
const termsOf = (text: string) => lexicon.match(tokenize(text)).flatMap((m) => m.terms);

describe('phrases that only count whole', () => {
  it('match whole', () => {
    expect(termsOf('what did the top lawmaking body do')).toContain('e:assembly');
    expect(termsOf('who sent word')).toContain('c:relay');
  });

  it('leave their words out of the vocabulary and the name words', () => {
    for (const word of ['top', 'lawmaking', 'body', 'sent', 'word']) {
      expect(lexicon.words.has(word)).toBe(false);
      expect(lexicon.nameWords.has(word)).toBe(false);
    }
  });

  it('other phrases keep their words', () => {
    for (const word of ['people', 'chamber', 'passed', 'show', 'hands'])
      expect(lexicon.words.has(word)).toBe(true);
    expect(lexicon.nameWords.has('chamber')).toBe(true);
  });
});

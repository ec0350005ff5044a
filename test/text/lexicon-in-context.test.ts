/**
 * The concept of one word holds where the word stands (lexicon.ts inContext): a word after "my"
 * or "your" is a noun, not a verb its group lists only as "-ed", and "times" after a number is a
 * count. On made-up groups of nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/text/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const lexicon = new Lexicon({
  entities: [{ id: 'elsberg', name: 'Elsberg', aliases: [], caseSensitiveAliases: [] }],
  synonyms: [
    { id: 'call', words: ['phoned', 'rang'] },
    { id: 'when', words: ['time', 'day'] },
  ],
});
const terms = (text: string) => lexicon.match(tokenize(text)).flatMap((m) => m.terms);
const single = (text: string, at: number) => {
  const tokens = tokenize(text);
  return lexicon.single(tokens[at] as (typeof tokens)[number], tokens, at)?.terms ?? [];
};

describe('a noun after my or your', () => {
  it('reads "my phone", "my new phone" as no concept, "who phoned" and "did they phone" as one', () => {
    expect(terms('why is my phone so slow')).not.toContain('c:call');
    expect(terms('is my new phone broken')).not.toContain('c:call');
    expect(single('why is my phone so slow', 3)).toEqual([]);
    expect(terms('who phoned elsberg')).toContain('c:call');
    expect(terms('did they phone elsberg')).toContain('c:call');
  });

  it('keeps a name after "my"', () => {
    expect(terms('my elsberg question')).toContain('e:elsberg');
  });
});

describe('times counted', () => {
  it('reads "17 times 23" and "three times" as no time, "what time" as one', () => {
    expect(terms('whats 17 times 23')).not.toContain('c:when');
    expect(terms('i said it three times')).not.toContain('c:when');
    expect(terms('at what time')).toContain('c:when');
  });
});

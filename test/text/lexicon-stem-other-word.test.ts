/**
 * A knowledge word whose stem is another common word of English matches only as written: the
 * stemmer drops a silent "e" ("strike" meets "striking"), so "plane" would meet "plan" ("my
 * plans", "planned"); a noun plural in form only would meet the word without its "s" ("news" /
 * "new"). Words whose stem is no other word ("strike", "raise") still meet their forms.
 */
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/text/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const lexicon = new Lexicon({
  entities: [],
  synonyms: [
    { id: 'plane', words: ['plane', 'planes', 'jet'] },
    { id: 'summary', words: ['news', 'story'] },
    { id: 'strike', words: ['strike', 'raid'] },
  ],
});
const terms = (text: string) => lexicon.match(tokenize(text)).flatMap((m) => m.terms);

describe('a stem that meets another word', () => {
  it('reads the plane and its plural, not a plan', () => {
    expect(terms('which plane was it')).toContain('c:plane');
    expect(terms('how many planes')).toContain('c:plane');
    expect(terms('any plans for the weekend')).not.toContain('c:plane');
    expect(terms('they planned it')).not.toContain('c:plane');
  });

  it('reads the news, not what is new', () => {
    expect(terms("what's the news")).toContain('c:summary');
    expect(terms("what's new with you")).not.toContain('c:summary');
  });

  it('still meets the forms of a word whose stem is no other word', () => {
    expect(terms('who was striking')).toContain('c:strike');
    expect(terms('the strikes')).toContain('c:strike');
  });
});

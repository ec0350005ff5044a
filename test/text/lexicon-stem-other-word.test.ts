/**
 * A noun plural in form only whose stem is another common word of English ("news" / "new",
 * "means" / "mean") matches only as written (lexicon.ts stemMeetsOtherWord): "what's new with
 * you" is not "what's the news". Plurals of the word itself ("strikes") still meet it.
 */
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/text/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const lexicon = new Lexicon({
  entities: [],
  synonyms: [
    { id: 'summary', words: ['news', 'story'] },
    { id: 'how', words: ['means', 'method'] },
    { id: 'strike', words: ['strike', 'raid'] },
  ],
});
const terms = (text: string) => lexicon.match(tokenize(text)).flatMap((m) => m.terms);

describe('a noun plural in form only', () => {
  it('reads the news, not what is new', () => {
    expect(terms("what's the news")).toContain('c:summary');
    expect(terms("what's new with you")).not.toContain('c:summary');
  });

  it('reads the means, not what someone means', () => {
    expect(terms('by what means')).toContain('c:how');
    expect(terms('what do you mean')).not.toContain('c:how');
  });

  it('still meets the forms of other words', () => {
    expect(terms('who was striking')).toContain('c:strike');
    expect(terms('the strikes')).toContain('c:strike');
  });
});

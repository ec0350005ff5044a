/**
 * A person's name of several words that ends in what they are ("us diplomat", "russian envoy")
 * names them only with that word said once: "the US diplomats" are a group, not her. A plural
 * after "and" is shared by the words before it ("the american and russian envoys": each of
 * them).
 */
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/text/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const lexicon = new Lexicon({
  entities: [
    {
      id: 'power',
      name: 'Samantha Power',
      aliases: ['us diplomat', 'american envoy'],
      caseSensitiveAliases: [],
      kind: 'person',
    },
    {
      id: 'churkin',
      name: 'Vitaly Churkin',
      aliases: ['russian envoy'],
      caseSensitiveAliases: [],
      kind: 'person',
    },
    { id: 'us', name: 'United States', aliases: ['us'], caseSensitiveAliases: [], kind: 'country' },
  ],
  synonyms: [{ id: 'ambassador', words: ['diplomat', 'envoy', 'diplomats', 'envoys'] }],
});
const terms = (text: string) => lexicon.match(tokenize(text)).flatMap((m) => m.terms);

describe("a person's name ending in what they are", () => {
  it('names them said once, or as theirs', () => {
    expect(terms('what did the us diplomat say')).toContain('e:power');
    expect(terms("the us diplomat's words")).toContain('e:power');
  });

  it('does not name them in the plural: a group of that kind', () => {
    expect(terms('what about the us diplomats')).not.toContain('e:power');
    expect(terms('what about the us diplomats')).toEqual(expect.arrayContaining(['e:us', 'c:ambassador']));
  });

  it('shares a plural after "and" with the word before it', () => {
    expect(terms('the american and russian envoys')).toContain('e:churkin');
  });
});

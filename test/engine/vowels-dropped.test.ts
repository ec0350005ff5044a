/**
 * A word typed without its vowels (chat shorthand: "dmscs", "accdnt") is the one word of the
 * knowledge with its consonants in that order (analyzer.ts withVowels). On the made-up ferry
 * article (test/fixtures/tiny-cause: Norland, the coastguard, passengers, overloaded).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const loaded = loadKnowledge(resolve(import.meta.dirname, '../fixtures/tiny-cause'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const ferry = buildCorpus(loaded.kb);
const corrected = (question: string) =>
  Object.fromEntries(ferry.analyzer.analyzeQuery(question).corrections.map((c) => [c.from, c.to]));

describe('a word typed without its vowels', () => {
  it.each([
    ['was the ferry ovrldd', 'ovrldd', 'overloaded'],
    ['what did the cstgrd say', 'cstgrd', 'coastguard'],
    ['how many psngrs died', 'psngrs', 'passengers'],
  ])('%s: %s is %s', (question, typed, meant) => {
    expect(corrected(question)[typed]).toBe(meant);
  });

  it('is not read from four consonants or fewer', () => {
    // "cmpn" would be "company"; four letters are too little to go on ("chnl" is a channel).
    expect(corrected('what did the cmpn say')).not.toHaveProperty('cmpn');
  });

  it('keeps a word one vowel short to the slips it is', () => {
    // One letter left out is a slip (edit distance), corrected as before.
    expect(corrected('was the ferry overloadd').overloadd).toBe('overloaded');
  });

  it('needs the knowledge to have the word', () => {
    expect(corrected('what did the hrbrmstr say')).not.toHaveProperty('hrbrmstr');
  });

  it('finds the words in an index built before the first message when prepared (Engine.prime)', () => {
    const prepared = buildCorpus(loaded.kb);
    const index = () =>
      (prepared.analyzer as unknown as { consonantWords?: Map<string, string | null> }).consonantWords;
    expect(index()).toBeUndefined();
    prepared.analyzer.prepareConsonants();
    const built = index();
    expect(built?.get('ovrld')).toBe('overloaded');
    // The first message that needs it uses that index, not one of its own.
    expect(prepared.analyzer.analyzeQuery('was the ferry ovrldd').corrections).toEqual([
      { from: 'ovrldd', to: 'overloaded' },
    ]);
    expect(index()).toBe(built);
  });
});

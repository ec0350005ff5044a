/**
 * Autocomplete's prefix and word indexes of a reload, patched from the ones served where an edit
 * changed curated entries (PrefixIndex.patched, WordIndex.patched, issue 15), against the indexes
 * built afresh: the same entries for every prefix and every words typed, equal texts included.
 */
import { describe, expect, it } from 'vitest';
import { PrefixIndex, WordIndex } from '../../src/engine/text-index.ts';

type Item = { text: string; entry: number; rank: number };

/** Three wordings per entry, many alike (equal texts keep the order of their items). */
function items(texts: (entry: number, i: number) => string): Item[] {
  return Array.from({ length: 40 }, (_, entry) =>
    [0, 1, 2].map((i) => ({ text: texts(entry, i), entry, rank: i === 0 ? 0 : 1 })),
  ).flat();
}

const prefixes = ['', 'how', 'how many', 'what', 'what did', 'who', 'w', 'zz'];
const found = (index: PrefixIndex) => prefixes.map((p) => index.startingWith(p, 25));

describe('PrefixIndex.patched', () => {
  it('finds what the index built afresh finds, edit after edit', () => {
    const base = (entry: number, i: number) =>
      [`how many ${entry % 7}`, `what did ${entry % 5} say`, 'who'][i] as string;
    let texts = base;
    let served = new PrefixIndex(items(texts));
    // Each edit: the entries it changes, and their new wording i.
    const edits: [number[], (entry: number, i: number) => string][] = [
      [[3], (e, i) => (i === 1 ? 'how many now' : base(e, i))],
      [[3, 17], (e, i) => (e === 3 ? 'who' : i === 0 ? 'a first one' : base(e, i))],
      [[39, 0], (_, i) => `zz ${i}`],
    ];
    for (const [changed, edit] of edits) {
      const before = texts;
      texts = (entry, i) => (changed.includes(entry) ? edit(entry, i) : before(entry, i));
      const now = items(texts);
      const patched = served.patched(now, new Set(changed));
      expect(found(patched)).toEqual(found(new PrefixIndex(now)));
      expect(patched).toEqual(new PrefixIndex(now));
      served = patched;
    }
  });
});

describe('WordIndex.patched', () => {
  const typed = [
    ['how'],
    ['how', 'ma'],
    ['what', 'did'],
    ['say'],
    ['zz'],
    ['now'],
    ['w'],
    ['who'],
    ['a', 'fir'],
  ];
  const found = (index: WordIndex) => typed.map((words) => index.containingAll(words, 25));
  const sortedWords = (index: WordIndex) =>
    ['', 'a', 'h', 'w', 'z', 'n'].map((p) => index.hasWordStarting(p));

  it('finds what the index built afresh finds, edit after edit (words coming and going)', () => {
    const base = (entry: number, i: number) =>
      [`how many ${entry % 7}`, `what did ${entry % 5} say`, 'who'][i] as string;
    let texts = base;
    let served = new WordIndex(items(texts));
    const edits: [number[], (entry: number, i: number) => string][] = [
      [[3], (e, i) => (i === 1 ? 'how many now' : base(e, i))],
      [[3, 17], (e, i) => (e === 3 ? 'who' : i === 0 ? 'a first one' : base(e, i))],
      // The last use of "now" and "first" gone, "zz" new.
      [[3, 17, 39, 0], (_, i) => `zz ${i}`],
    ];
    for (const [changed, edit] of edits) {
      const was = texts;
      texts = (entry, i) => (changed.includes(entry) ? edit(entry, i) : was(entry, i));
      const changes = changed.map((entry) => ({
        entry,
        before: [0, 1, 2].map((i) => was(entry, i)),
        after: [0, 1, 2].map((i) => texts(entry, i)),
      }));
      const patched = served.patched(changes);
      const fresh = new WordIndex(items(texts));
      expect(found(patched)).toEqual(found(fresh));
      expect(sortedWords(patched)).toEqual(sortedWords(fresh));
      // The sorted words themselves (put in and taken out of a copy, not sorted again).
      const wordsOf = (index: WordIndex) => (index as unknown as { words: string[] }).words;
      expect(wordsOf(patched)).toEqual(wordsOf(fresh));
      // Nothing of the index served changed: it answers until the new one is swapped in.
      expect(found(served)).toEqual(found(new WordIndex(items(was))));
      served = patched;
    }
  });
});

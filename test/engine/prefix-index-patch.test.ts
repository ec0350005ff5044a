/**
 * Autocomplete's prefix index of a reload, patched from the one served where an edit changed
 * curated entries (PrefixIndex.patched, issue 15), against the index built afresh: the same
 * entries for every prefix, equal texts included.
 */
import { describe, expect, it } from 'vitest';
import { PrefixIndex } from '../../src/engine/text-index.ts';

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

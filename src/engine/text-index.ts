/**
 * Small indexes for autocomplete on every keystroke, whose cost does not grow with the
 * number of entries: sorted texts for "starts with" (binary search) and a word index for
 * "contains these words" (posting lists, the last word matched as a prefix).
 */

import { TUNING } from './tuning.ts';

/** The first index at which `sorted[i] >= key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many texts the indexes file, or sort, between two pauses of a build in steps. */
const TEXT_STEP = 500;
const SORT_STEP = 4096;

/**
 * The positions of `items` in the order of their texts, equal texts in the order of the items:
 * what a stable sort by text gives (Array.prototype.sort is stable), by a merge sort that pauses
 * (yields) every SORT_STEP items merged.
 */
function* sortedByText(items: readonly { text: string }[]): Generator<void, number[]> {
  let order = items.map((_, i) => i);
  let next = new Array<number>(order.length);
  const text = (i: number) => (items[i] as { text: string }).text;
  let moved = 0;
  for (let width = 1; width < order.length; width *= 2) {
    for (let lo = 0; lo < order.length; lo += 2 * width) {
      const mid = Math.min(lo + width, order.length);
      const hi = Math.min(lo + 2 * width, order.length);
      let a = lo;
      let b = mid;
      for (let k = lo; k < hi; k++) {
        // The left one first when equal: stable.
        if (a < mid && (b >= hi || text(order[b] as number) >= text(order[a] as number)))
          next[k] = order[a++] as number;
        else next[k] = order[b++] as number;
      }
      moved += hi - lo;
      if (moved >= SORT_STEP) {
        moved = 0;
        yield;
      }
    }
    [order, next] = [next, order];
  }
  return order;
}

/**
 * The sorted `words` without those of `gone`, with those of `came` (none of them in `words`):
 * sorted as Array.prototype.sort sorts strings (by UTF-16 code units), as lowerBound compares.
 */
function withWords(words: readonly string[], came: readonly string[], gone: ReadonlySet<string>): string[] {
  const out = gone.size === 0 ? words.slice() : words.filter((w) => !gone.has(w));
  for (const word of came) out.splice(lowerBound(out, word), 0, word);
  return out;
}

/** A generator's value, run to the end without pausing. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Texts, each belonging to an entry; finds the entries with a text starting with a prefix. */
export class PrefixIndex {
  private readonly texts: string[];
  private readonly entries: number[];
  private readonly rank: number[];
  /** The items' positions in text order (equal texts in item order). */
  private readonly order: readonly number[];

  /** `texts[i]` belongs to entry `entries[i]`; a lower `rank` is offered first (e.g. main wording 0). */
  constructor(items: readonly { text: string; entry: number; rank: number }[], sorted?: readonly number[]) {
    const order = sorted ?? drain(sortedByText(items));
    this.order = order;
    this.texts = order.map((i) => (items[i] as { text: string }).text);
    this.entries = order.map((i) => (items[i] as { entry: number }).entry);
    this.rank = order.map((i) => (items[i] as { rank: number }).rank);
  }

  /**
   * The index of `items`, from this one of items that differ only in the entries `changed` (each
   * item at the same position, of the same entry and rank): the texts of the other entries stay
   * in their order, those of the changed ones are sorted and merged in (a reload after a
   * one-entry edit, issue 15). The same index as `new PrefixIndex(items)`.
   */
  patched(
    items: readonly { text: string; entry: number; rank: number }[],
    changed: ReadonlySet<number>,
  ): PrefixIndex {
    const text = (i: number) => (items[i] as { text: string }).text;
    const before = (a: number, b: number) => text(a) < text(b) || (text(a) === text(b) && a < b);
    const coming: number[] = [];
    for (const [i, item] of items.entries()) if (changed.has(item.entry)) coming.push(i);
    coming.sort((a, b) => (before(a, b) ? -1 : 1));
    const order: number[] = [];
    let c = 0;
    for (const i of this.order) {
      if (changed.has((items[i] as { entry: number }).entry)) continue;
      while (c < coming.length && before(coming[c] as number, i)) order.push(coming[c++] as number);
      order.push(i);
    }
    while (c < coming.length) order.push(coming[c++] as number);
    return new PrefixIndex(items, order);
  }

  /** The same index in steps: it pauses (yields) while it sorts the texts (a reload). */
  static *building(
    items: readonly { text: string; entry: number; rank: number }[],
  ): Generator<void, PrefixIndex> {
    const order = yield* sortedByText(items);
    return new PrefixIndex(items, order);
  }

  /**
   * Entries with a text starting with `prefix`, at most `limit`. Only the first few matches in
   * alphabetical order are looked at (a short prefix can match thousands); among them a lower
   * rank comes first, then curated order.
   */
  startingWith(prefix: string, limit: number): number[] {
    const scan = limit * TUNING.autocomplete.prefixScanFactor;
    const found: { entry: number; rank: number }[] = [];
    for (let i = lowerBound(this.texts, prefix); i < this.texts.length && found.length < scan; i++) {
      if (!(this.texts[i] as string).startsWith(prefix)) break;
      found.push({ entry: this.entries[i] as number, rank: this.rank[i] as number });
    }
    found.sort((a, b) => a.rank - b.rank || a.entry - b.entry);
    return [...new Set(found.map((f) => f.entry))].slice(0, limit);
  }
}

/** Words of each entry's texts; finds entries containing every given word. */
export class WordIndex {
  private postings = new Map<string, Set<number>>();
  private words: string[] = [];

  constructor(items: readonly { text: string; entry: number }[]) {
    const steps = this.filing(items);
    while (!steps.next().done);
    this.words = [...this.postings.keys()].sort();
  }

  /** The same index in steps: it pauses (yields) every so many texts (a reload). */
  static *building(items: readonly { text: string; entry: number }[]): Generator<void, WordIndex> {
    const index = new WordIndex([]);
    yield* index.filing(items);
    index.words = [...index.postings.keys()].sort();
    return index;
  }

  /**
   * The index of the texts once the entries of `changes` have their texts `after` instead of
   * `before` (a reload after a one-entry edit, issue 15): only the words of those texts have their
   * entries changed, in copies (this index is still served), and the sorted words are made again
   * only when a word comes or goes. Finds what `new WordIndex` of the new texts finds: a word's
   * entries are a set, and the order they were added in is never read.
   */
  patched(
    changes: readonly { entry: number; before: readonly string[]; after: readonly string[] }[],
  ): WordIndex {
    const index = new WordIndex([]);
    const postings = new Map(this.postings);
    const copied = new Map<string, Set<number>>();
    const own = (word: string) => {
      let set = copied.get(word);
      if (!set) {
        set = new Set(postings.get(word));
        copied.set(word, set);
        postings.set(word, set);
      }
      return set;
    };
    for (const { entry, before } of changes)
      for (const text of before) for (const word of text.split(' ')) if (word) own(word).delete(entry);
    for (const { entry, after } of changes)
      for (const text of after) for (const word of text.split(' ')) if (word) own(word).add(entry);
    // The words that came or went, put in or taken out of a copy of the sorted words (sorting
    // every word again cost more than the rest of the patch).
    const came: string[] = [];
    const gone = new Set<string>();
    for (const [word, set] of copied) {
      if (set.size === 0) postings.delete(word);
      const had = this.postings.has(word);
      if (set.size > 0 && !had) came.push(word);
      if (set.size === 0 && had) gone.add(word);
    }
    index.postings = postings;
    index.words = came.length === 0 && gone.size === 0 ? this.words : withWords(this.words, came, gone);
    return index;
  }

  private *filing(items: readonly { text: string; entry: number }[]): Generator<void, void> {
    // In chunks, each a plain method: V8 runs a generator's own loops unoptimised.
    for (let i = 0; i < items.length; i += TEXT_STEP) {
      if (i > 0) yield;
      this.file(items, i, Math.min(i + TEXT_STEP, items.length));
    }
  }

  private file(items: readonly { text: string; entry: number }[], from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const { text, entry } = items[i] as { text: string; entry: number };
      for (const word of text.split(' ')) {
        if (!word) continue;
        let set = this.postings.get(word);
        if (!set) {
          set = new Set();
          this.postings.set(word, set);
        }
        set.add(entry);
      }
    }
  }

  /** Whether some word of the texts begins with `prefix`. */
  hasWordStarting(prefix: string): boolean {
    const at = lowerBound(this.words, prefix);
    return at < this.words.length && (this.words[at] as string).startsWith(prefix);
  }

  /**
   * Entries containing every word, the last one possibly half typed ("churkin wal"), in entry
   * order; at most `limit`. A half word matching too many words only narrows the others.
   */
  containingAll(
    typedWords: readonly string[],
    limit: number,
    maxExpansion: number = TUNING.autocomplete.maxExpansion,
  ): number[] {
    const words = typedWords.filter(Boolean);
    if (words.length === 0) return [];
    const last = words[words.length - 1] as string;
    const sets: Set<number>[] = [];
    for (const word of words.slice(0, -1)) {
      const set = this.postings.get(word);
      if (!set) return [];
      sets.push(set);
    }
    // The half-typed last word: the union of the entries of every word it begins.
    const lastEntries = new Set<number>();
    let expanded = 0;
    for (let i = lowerBound(this.words, last); i < this.words.length; i++) {
      const word = this.words[i] as string;
      if (!word.startsWith(last)) break;
      if (++expanded > maxExpansion || lastEntries.size > TUNING.autocomplete.maxUnion) break;
      for (const entry of this.postings.get(word) ?? []) lastEntries.add(entry);
    }
    if (lastEntries.size === 0) return [];
    sets.push(lastEntries);
    sets.sort((a, b) => a.size - b.size);
    const [smallest, ...others] = sets as [Set<number>, ...Set<number>[]];
    const result: number[] = [];
    for (const entry of smallest) if (others.every((s) => s.has(entry))) result.push(entry);
    return result.sort((a, b) => a - b).slice(0, limit);
  }
}

/**
 * A saved index's vocabulary and word counts read as a change of those read in full before
 * (issue 15): a one-entry edit that adds or removes a word (a curated question with a word no
 * text has) changes a few of the 21,000 words of a knowledge base of 50,000 passages, and reading
 * every one again into a new set and map cost the thread that answers 4 ms warm, 25 to 45 ms in
 * a busy reload; a copy of the set and map read before is no cheaper (5 to 8 ms). Instead the
 * words read in full are kept as they are, shared with the engine still served (never written to
 * again), and the new vocabulary and counts are views on them with the few words that came, went
 * or changed count kept apart. They answer every question a set and a map read in full would,
 * and iterate in the same order (the saved index's), which the typo indexes are built in.
 */

/** A saved index's words with their counts, in the vocabulary's order (SavedIndex.vocabulary). */
export type WordList = readonly (readonly [string, number])[];

/** Words read in full from a saved index's list: what later lists are read as a change of. */
export interface ReadWords {
  saved: WordList;
  vocabulary: ReadonlySet<string>;
  frequency: ReadonlyMap<string, number>;
}

/**
 * How many words may differ from those read in full (come, gone, or counted otherwise) before a
 * list is read in full again: edits add up against the same words read, and a view's lookups
 * stay cheap while what it keeps apart is small.
 */
export const MOST_CHANGED_WORDS = 1024;

/**
 * The vocabulary and counts of `words` as a change of `read` (its words read in full), or null
 * when more than MOST_CHANGED_WORDS differ (then every word is read). Compared pair by pair from
 * both ends (the pairs an edit did not change are mostly the very pairs read before: see
 * app/knowledge-transfer.ts); what differs is in the middle (the curated wordings' words of no
 * passage come last in a vocabulary, in order of first use).
 */
export function changedWords(
  words: WordList,
  read: ReadWords,
): { vocabulary: ReadonlySet<string>; frequency: ReadonlyMap<string, number> } | null {
  const before = read.saved;
  const counts = new Map<string, number>();
  const most = Math.min(words.length, before.length);
  const head = sameEnd(words, before, 0, most, 1, counts);
  if (head < 0) return null;
  const tail = sameEnd(words, before, 0, most - head, -1, counts);
  if (tail < 0) return null;
  // The middles: the words of the one read that the new one lacks went, the others came.
  const gone = new Set<string>();
  for (let i = head; i < before.length - tail; i++) gone.add((before[i] as readonly [string, number])[0]);
  const came = new Set<string>();
  for (let i = head; i < words.length - tail; i++) {
    const [word, count] = words[i] as readonly [string, number];
    if (gone.delete(word)) {
      if (read.frequency.get(word) !== count) counts.set(word, count);
    } else {
      came.add(word);
      counts.set(word, count);
    }
  }
  if (counts.size + gone.size > MOST_CHANGED_WORDS) return null;
  // Both middles empty: the same words in the same order.
  const sameOrder = head + tail === words.length && words.length === before.length;
  return {
    vocabulary: sameOrder ? read.vocabulary : new ChangedVocabulary(read, came, gone, words),
    frequency: sameOrder && counts.size === 0 ? read.frequency : new ChangedCounts(read, counts, gone, words),
  };
}

/**
 * How many pairs `words` and `before` have the same word at, from the start (`step` 1) or the end
 * (-1), at most `most`; the counts that differ among them go into `counts`. -1 once more than
 * MOST_CHANGED_WORDS do. A plain function: V8 runs the loops of a generator unoptimised.
 */
function sameEnd(
  words: WordList,
  before: WordList,
  from: number,
  most: number,
  step: 1 | -1,
  counts: Map<string, number>,
): number {
  let n = from;
  for (; n < most; n++) {
    const a = (step === 1 ? words[n] : words[words.length - 1 - n]) as readonly [string, number];
    const b = (step === 1 ? before[n] : before[before.length - 1 - n]) as readonly [string, number];
    if (a === b) continue;
    if (a[0] !== b[0]) break;
    if (a[1] !== b[1]) {
      counts.set(a[0], a[1]);
      if (counts.size > MOST_CHANGED_WORDS) return -1;
    }
  }
  return n;
}

/** The words of a list, in order, made when first iterated. */
class Ordered {
  private list: string[] | undefined;
  constructor(private readonly words: WordList) {}

  get all(): string[] {
    this.list ??= this.words.map((pair) => pair[0]);
    return this.list;
  }
}

/** The vocabulary of a list: the words read in full, less those gone, with those come. */
export class ChangedVocabulary implements ReadonlySet<string> {
  private readonly order: Ordered;

  constructor(
    private readonly read: ReadWords,
    private readonly came: ReadonlySet<string>,
    private readonly gone: ReadonlySet<string>,
    words: WordList,
  ) {
    this.order = new Ordered(words);
    this.size = words.length;
  }

  readonly size: number;

  has(word: string): boolean {
    return this.came.has(word) || (this.read.vocabulary.has(word) && !this.gone.has(word));
  }

  values(): SetIterator<string> {
    return this.order.all.values();
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  entries(): SetIterator<[string, string]> {
    return this.order.all.map((word): [string, string] => [word, word]).values();
  }

  forEach(each: (value: string, again: string, set: ReadonlySet<string>) => void, self?: unknown): void {
    for (const word of this.order.all) each.call(self, word, word, this);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}

/** The counts of a list: those read in full, less the words gone, with the counts that differ. */
export class ChangedCounts implements ReadonlyMap<string, number> {
  constructor(
    private readonly read: ReadWords,
    private readonly counts: ReadonlyMap<string, number>,
    private readonly gone: ReadonlySet<string>,
    private readonly words: WordList,
  ) {
    this.size = words.length;
  }

  readonly size: number;

  get(word: string): number | undefined {
    const count = this.counts.get(word);
    if (count !== undefined) return count;
    return this.gone.has(word) ? undefined : this.read.frequency.get(word);
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  entries(): MapIterator<[string, number]> {
    return this.words.map(([word, count]): [string, number] => [word, count]).values();
  }

  keys(): MapIterator<string> {
    return this.words.map((pair) => pair[0]).values();
  }

  values(): MapIterator<number> {
    return this.words.map((pair) => pair[1]).values();
  }

  forEach(
    each: (value: number, key: string, map: ReadonlyMap<string, number>) => void,
    self?: unknown,
  ): void {
    for (const [word, count] of this.words) each.call(self, count, word, this);
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}

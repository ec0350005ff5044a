/**
 * What the knowledge worker hands the answering thread, without copying again what it handed
 * last time (issue 15). A message between threads is a structured copy, paid for by both threads:
 * at 50,000 passages, copying the knowledge base and its saved index took the answering thread
 * more than a second. Most of it (every passage, every passage's terms) is the same object after a
 * one-entry edit, because the worker reuses it (see prepare.ts), so the worker sends such a part
 * once, and later only says "the same as last time"; the answering thread keeps the last copy of
 * each part it received, and puts it back. The same parts are thus also the same objects on the
 * answering thread, which lets it reuse what it built on them. The lists an edit changes a little
 * (the curated entries, the saved index's wordings, terms and words) are sent as what changed in
 * them since the last copy (see LISTS): the entries and wordings an edit did not touch are the
 * same objects on the answering thread too.
 *
 * Both ends see every message, in order, on one channel: each keeps one copy per part, the
 * worker the object it sent last, the answering thread the copy it received last. A new thread
 * starts both afresh.
 */
import type { KnowledgeBase } from '../knowledge/model.ts';

/** The parts of a knowledge base sent once while unchanged: the large ones. */
const KB_PARTS = [
  'passages',
  'passageById',
  'entities',
  'entityById',
  'synonyms',
  'sources',
  'articleText',
  'related',
] as const satisfies readonly (keyof KnowledgeBase)[];

/** The saved index's passages' terms, the other large part (see saved-index.ts). */
const INDEX_PASSAGES = 'index.passages';

/**
 * The lists sent as what changed since the last copy (a one-entry edit of qa.yaml changes one
 * curated entry and the saved index's wordings and words around it): each with how its elements
 * are compared. kb.qa's entries are compared as objects: the worker's load gives an entry it did
 * not change as the same object (see QaMemo in check/qa.ts).
 */
const LISTS: Record<string, (a: unknown, b: unknown) => boolean> = {
  'kb.qa': (a, b) => a === b,
  'index.qa': (a, b) => a === b || sameNumberLists(a as number[][], b as number[][]),
  'index.terms': (a, b) => a === b,
  'index.vocabulary': (a, b) => {
    const [x, y] = [a as [string, number], b as [string, number]];
    return x[0] === y[0] && x[1] === y[1];
  },
};

/**
 * A list as its last copy with the elements from `head` to `length - tail` replaced by `middle`,
 * where `kept` (pairs: from, to) marks the runs of `middle` that are the last copy's elements at
 * the same place (`last[head + i]`), sent as null: an edit of two entries far apart (a hand edit
 * that also takes back a /kb edit) sends those two, not every entry between them, and the entries
 * between stay the same objects on the answering thread, which reuses what it built on them.
 */
interface ListChange {
  head: number;
  tail: number;
  middle: unknown[];
  kept?: number[];
}

/**
 * A prepared knowledge base and index as sent: `same` names the parts left out as unchanged,
 * `changed` the lists sent as what changed in them.
 */
export interface Sent {
  same?: string[];
  changed?: Record<string, ListChange>;
}

/** The worker's end: what it sent last, by part. */
export class TransferSender {
  private readonly last = new Map<string, unknown>();

  /** `kb` and `engineIndex` as they are to be sent, with the parts sent last time left out. */
  send<T extends { kb?: KnowledgeBase; engineIndex?: unknown }>(value: T): T & Sent {
    const same: string[] = [];
    let kb = value.kb;
    if (kb) {
      const copy: Partial<KnowledgeBase> = { ...kb };
      for (const part of KB_PARTS) {
        if (this.last.get(part) === kb[part]) {
          delete copy[part];
          same.push(part);
        } else this.last.set(part, kb[part]);
      }
      kb = copy as KnowledgeBase;
    }
    let engineIndex = value.engineIndex;
    const passages = passagesOf(engineIndex);
    if (passages !== undefined) {
      if (this.last.get(INDEX_PASSAGES) === passages) {
        engineIndex = { ...(engineIndex as object), passages: undefined };
        same.push(INDEX_PASSAGES);
      } else this.last.set(INDEX_PASSAGES, passages);
    }
    // Copied before lists are left out of it: the worker's own object stays whole.
    if (engineIndex && typeof engineIndex === 'object') engineIndex = { ...engineIndex };
    const changed: Record<string, ListChange> = {};
    for (const { part, record, key, equal } of comparedLists(kb, engineIndex)) {
      const list = record[key];
      if (!Array.isArray(list)) continue;
      const change = listChange(this.last.get(part) as unknown[] | undefined, list, equal);
      this.last.set(part, list);
      if (!change) continue;
      changed[part] = change;
      record[key] = undefined;
    }
    return {
      ...value,
      ...(kb ? { kb } : {}),
      ...(engineIndex !== undefined ? { engineIndex } : {}),
      same,
      changed,
    };
  }
}

/** `next` as what changed since `last`, when it has anything in common with it. */
function listChange(
  last: readonly unknown[] | undefined,
  next: readonly unknown[],
  same: (a: unknown, b: unknown) => boolean,
): ListChange | null {
  if (!last) return null;
  const most = Math.min(last.length, next.length);
  let head = 0;
  while (head < most && same(last[head], next[head])) head++;
  let tail = 0;
  while (tail < most - head && same(last[last.length - 1 - tail], next[next.length - 1 - tail])) tail++;
  if (head + tail === 0) return null;
  const middle = next.slice(head, next.length - tail);
  // The runs of the middle the same as the last copy's at the same place: not sent again.
  const kept: number[] = [];
  const shared = Math.min(middle.length, last.length - tail - head);
  for (let i = 0; i < shared; i++) {
    if (!same(last[head + i], middle[i])) continue;
    const from = i;
    while (i < shared && same(last[head + i], middle[i])) middle[i++] = null;
    kept.push(from, i);
  }
  return { head, tail, middle, ...(kept.length > 0 ? { kept } : {}) };
}

function sameNumberLists(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as readonly number[];
    const y = b[i] as readonly number[];
    // The same array: saveIndex gives an unchanged wording's numbers as the same array.
    if (x === y) continue;
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
  }
  return true;
}

/** The answering thread's end: the copy of each part received last. */
export class TransferReceiver {
  private readonly last = new Map<string, unknown>();

  /** The value sent, its unchanged parts put back. */
  receive<T extends { kb?: KnowledgeBase; engineIndex?: unknown } & Sent>(value: T): T {
    const same = new Set(value.same ?? []);
    const kb = value.kb as Record<string, unknown> | undefined;
    if (kb) {
      for (const part of KB_PARTS) {
        if (same.has(part)) kb[part] = this.last.get(part);
        else this.last.set(part, kb[part]);
      }
    }
    const index = value.engineIndex as { passages?: unknown } | undefined;
    if (index && typeof index === 'object') {
      if (same.has(INDEX_PASSAGES)) index.passages = this.last.get(INDEX_PASSAGES);
      else if (index.passages !== undefined) this.last.set(INDEX_PASSAGES, index.passages);
    }
    // Every list the worker compared: each is its last copy from now on.
    for (const { part, record, key } of comparedLists(kb, index)) {
      const change = value.changed?.[part];
      const last = this.last.get(part) as unknown[] | undefined;
      if (change && last) {
        const { head, tail, middle, kept = [] } = change;
        for (let k = 0; k < kept.length; k += 2)
          for (let i = kept[k] as number; i < (kept[k + 1] as number); i++) middle[i] = last[head + i];
        record[key] = [...last.slice(0, head), ...middle, ...last.slice(last.length - tail)];
      }
      if (Array.isArray(record[key])) this.last.set(part, record[key]);
    }
    delete value.same;
    delete value.changed;
    return value;
  }
}

/** The lists both ends compare (LISTS), of the knowledge and of the saved index, by part. */
function* comparedLists(
  kb: unknown,
  index: unknown,
): Generator<{
  part: string;
  record: Record<string, unknown>;
  key: string;
  equal: (a: unknown, b: unknown) => boolean;
}> {
  for (const [prefix, holder] of [
    ['kb', kb],
    ['index', index],
  ] as const) {
    if (!holder || typeof holder !== 'object') continue;
    const record = holder as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const part = `${prefix}.${key}`;
      const equal = LISTS[part];
      if (equal) yield { part, record, key, equal };
    }
  }
}

function passagesOf(index: unknown): unknown {
  return index && typeof index === 'object' && 'passages' in index ? index.passages : undefined;
}

/**
 * What the knowledge worker hands the answering thread, without copying again what it handed
 * last time (issue 15). A message between threads is a structured copy, paid for by both threads:
 * at 50,000 passages, copying the knowledge base and its saved index took the answering thread
 * more than a second. Most of it (every passage, every passage's terms) is the same object after a
 * one-entry edit, because the worker reuses it (see prepare.ts), so the worker sends such a part
 * once, and later only says "the same as last time"; the answering thread keeps the last copy of
 * each part it received, and puts it back. The same parts are thus also the same objects on the
 * answering thread, which lets it reuse what it built on them.
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

/** A prepared knowledge base and index as sent: `same` names the parts left out as unchanged. */
export interface Sent {
  same?: string[];
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
    return { ...value, ...(kb ? { kb } : {}), ...(engineIndex !== undefined ? { engineIndex } : {}), same };
  }
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
    delete value.same;
    return value;
  }
}

function passagesOf(index: unknown): unknown {
  return index && typeof index === 'object' && 'passages' in index ? index.passages : undefined;
}

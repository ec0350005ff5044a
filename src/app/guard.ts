/**
 * The guard against losing most of the knowledge by accident: an emptied qa.yaml, a half-copied
 * folder, a deploy of the wrong directory. Such a folder is valid, so validation alone would serve
 * it. A reload that would remove more than half of any list of the knowledge (the curated
 * entries, the sentences, the entities, ...) at once, and at least two of its items, is held: the
 * bot keeps serving the version it has, says so, and serves the new one only once a moderator
 * accepts it (/kb reload). Edits made with /kb change one entry at a time and are not held.
 *
 * An acceptance is written to the folder itself (ACCEPTED_FILE, the version accepted), so that
 * every process serving the folder (shards, HTTP servers, other containers) accepts it too, and
 * the next start does not ask again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../knowledge/model.ts';
import { writeFileAtomic } from '../store/atomic-file.ts';

/** A list that would lose most of its items. */
export interface Shrinkage {
  /** What the list holds, in the plural ("Q&A entries"). */
  what: string;
  before: number;
  after: number;
}

/** The lists compared, with their names for people. */
const LISTS: { what: string; count: (kb: KnowledgeBase) => number }[] = [
  { what: 'Q&A entries', count: (kb) => kb.qa.length },
  { what: 'sentences', count: (kb) => kb.passages.length },
  { what: 'entities', count: (kb) => kb.entities.length },
  { what: 'synonym groups', count: (kb) => kb.synonyms.length },
  { what: 'contested points', count: (kb) => kb.contested.length },
  { what: 'key facts', count: (kb) => kb.facts.length },
  { what: 'timeline events', count: (kb) => kb.timeline.length },
];

/** Fewer removed than this is never held, whatever the share (a list of two losing one). */
const MIN_REMOVED = 2;

/** Every list of `served` that `next` would shrink by more than half (and by at least two items). */
export function shrinkage(served: KnowledgeBase, next: KnowledgeBase): Shrinkage[] {
  const found: Shrinkage[] = [];
  for (const list of LISTS) {
    const before = list.count(served);
    const after = list.count(next);
    const removed = before - after;
    if (removed >= MIN_REMOVED && removed > before / 2) found.push({ what: list.what, before, after });
  }
  return found;
}

/** "45 of 45 Q&A entries and 20 of 29 sentences". */
export function describeShrinkage(found: readonly Shrinkage[]): string {
  const parts = found.map((s) => `${s.before - s.after} of ${s.before} ${s.what}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "removes 45 of 45 Q&A entries at once", for messages. */
export function shrinkageSentence(found: readonly Shrinkage[]): string {
  return `removes ${describeShrinkage(found)} at once`;
}

/** The file in the knowledge folder naming the version a moderator accepted. Starts with a dot. */
export const ACCEPTED_FILE = '.accepted-version';

/** The version a moderator accepted in this folder, if any. */
export function acceptedVersion(dir: string): string | null {
  try {
    const version = readFileSync(join(dir, ACCEPTED_FILE), 'utf8').trim().split(/\s+/)[0];
    return version || null;
  } catch {
    return null;
  }
}

/** Records that `version` was accepted, for every process serving `dir`. */
export function acceptVersion(dir: string, version: string, by: string): void {
  writeFileAtomic(
    join(dir, ACCEPTED_FILE),
    `${version}\n# accepted ${by}, ${new Date().toISOString()}: a knowledge version that removes most of a list\n`,
  );
}

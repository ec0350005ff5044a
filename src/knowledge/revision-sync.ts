/**
 * A knowledge folder and the revisions in PostgreSQL (store/knowledge-revisions.ts):
 *
 * - pull: writes the served revision's files into a folder, and which revision that was in
 *   `.revision.json` (what a later push is compared with);
 * - push: validates a folder as the bot would and publishes it as the next revision, unless the
 *   database moved on since the folder was pulled: then nothing is published and the refusal
 *   shows what changed in the database since (file by file, line by line), to merge by hand,
 *   pull again and push.
 *
 * `npm run knowledge:pull` and `npm run knowledge:push` are these, for moderators who edit the
 * files by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type KnowledgeRevisions,
  type RevisionFiles,
  type RevisionHead,
  readRevisionFiles,
  writeRevisionFiles,
} from '../store/knowledge-revisions.ts';
import { loadKnowledge } from './load.ts';
import type { Problem } from './problems.ts';

/** In the folder: the revision it was pulled at (or last pushed as). */
export const REVISION_MARKER = '.revision.json';

export function readMarker(dir: string): RevisionHead | null {
  const path = join(dir, REVISION_MARKER);
  if (!existsSync(path)) return null;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<RevisionHead>;
    return typeof parsed.id === 'number' && typeof parsed.version === 'string'
      ? { id: parsed.id, version: parsed.version }
      : null;
  } catch {
    return null;
  }
}

export function writeMarker(dir: string, head: RevisionHead): void {
  writeFileSync(join(dir, REVISION_MARKER), `${JSON.stringify(head)}\n`);
}

export type PullResult = { ok: true; head: RevisionHead; written: string[] } | { ok: false; message: string };

/**
 * Writes the served revision into `dir` (only the files that differ) and marks it. Refused when
 * the folder has changes of its own since its last pull or push, which it would overwrite, unless
 * `force`.
 */
export async function pullRevision(
  revisions: KnowledgeRevisions,
  dir: string,
  options: { force?: boolean } = {},
): Promise<PullResult> {
  const head = await revisions.head();
  if (!head) return { ok: false, message: 'the database has no knowledge yet: push a folder first.' };
  const base = readMarker(dir);
  if (base && !options.force) {
    const pulled = await revisions.get(base.id);
    const local = readRevisionFiles(dir);
    if (pulled && !sameFiles(pulled.files, local)) {
      return {
        ok: false,
        message: `the folder has changes not pushed since revision ${base.id} (${diffFiles(
          pulled.files,
          local,
        )
          .split('\n')
          .filter((l) => /^(\*\*\*|\+\+\+|---) /.test(l))
          .map((l) => l.slice(4))
          .join(', ')}); pulling would overwrite them. Push them, or keep a copy and pull with --force.`,
      };
    }
  }
  const revision = await revisions.get(head.id);
  if (!revision) return { ok: false, message: `revision ${head.id} is missing.` };
  const written = writeRevisionFiles(dir, revision.files);
  writeMarker(dir, head);
  return { ok: true, head, written };
}

export type PushResult =
  | { ok: true; head: RevisionHead; unchanged: boolean }
  | { ok: false; reason: 'invalid'; problems: Problem[] }
  | { ok: false; reason: 'moved'; base: RevisionHead | null; head: RevisionHead | null; diff: string };

/**
 * Validates `dir` and publishes it as the revision after the one it was pulled at. The first push
 * to an empty database needs no pull.
 */
export async function pushFolder(
  revisions: KnowledgeRevisions,
  dir: string,
  who: { author: string; message: string },
): Promise<PushResult> {
  const loaded = loadKnowledge(dir);
  if (!loaded.ok) return { ok: false, reason: 'invalid', problems: loaded.problems };
  const files = readRevisionFiles(dir);
  const base = readMarker(dir);
  if (base) {
    const pulled = await revisions.get(base.id);
    if (pulled && sameFiles(pulled.files, files)) {
      const head = await revisions.head();
      if (head?.id === base.id) return { ok: true, head, unchanged: true };
    }
  }
  const result = await revisions.commit({
    parentId: base?.id ?? null,
    files,
    version: loaded.kb.version,
    ...who,
  });
  if (result.ok) {
    writeMarker(dir, result.revision);
    return { ok: true, head: result.revision, unchanged: false };
  }
  const before = base ? ((await revisions.get(base.id))?.files ?? {}) : {};
  const after = result.head ? ((await revisions.get(result.head.id))?.files ?? {}) : {};
  return { ok: false, reason: 'moved', base, head: result.head, diff: diffFiles(before, after) };
}

/** The same files, each with the same text. */
export function sameFiles(a: RevisionFiles, b: RevisionFiles): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const name of names) if (a[name] !== b[name]) return false;
  return true;
}

/** Above this many lines × lines, a file's change is summarised instead of diffed. */
const MAX_DIFF_CELLS = 4_000_000;

/** What changed from `before` to `after`, file by file: `-` and `+` lines, unchanged ones left out. */
export function diffFiles(before: RevisionFiles, after: RevisionFiles): string {
  const out: string[] = [];
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const name of names) {
    const a = before[name];
    const b = after[name];
    if (a === b) continue;
    if (a === undefined) out.push(`+++ ${name} (new file)`);
    else if (b === undefined) out.push(`--- ${name} (removed)`);
    else out.push(`*** ${name}`);
    out.push(...diffLines(a ?? '', b ?? ''));
  }
  return out.join('\n');
}

function diffLines(a: string, b: string): string[] {
  const x = a === '' ? [] : a.split('\n');
  const y = b === '' ? [] : b.split('\n');
  if (x.length * y.length > MAX_DIFF_CELLS)
    return [`  (${x.length} lines → ${y.length} lines; too long to show)`];
  // Longest common subsequence, then walk it.
  const n = x.length;
  const m = y.length;
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  const at = (i: number, j: number) => lcs[i * width + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = x[i] === y[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      i++;
      j++;
    } else if (i < n && (j === m || at(i + 1, j) >= at(i, j + 1))) {
      lines.push(`- ${x[i++]}`);
    } else {
      lines.push(`+ ${y[j++]}`);
    }
  }
  return lines;
}

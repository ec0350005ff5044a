/**
 * The knowledge as revisions in PostgreSQL (DATABASE_URL): every change of the knowledge folder
 * is a new revision, the whole folder's files as text plus the revision it was made from, and
 * `knowledge_head` names the revision every instance serves.
 *
 * - Revisions are made one at a time, under a transaction-scoped advisory lock, so none is lost:
 *   commit() (knowledge:push) refuses ("moved") when the head is no longer the parent the folder
 *   was pulled at; change() (a /kb edit) applies its change to the head it finds under the lock.
 *   A process killed mid-change leaves nothing: its transaction rolls back, its lock goes.
 * - Every committed revision is announced with NOTIFY on `knowledge_revision` (delivered at
 *   commit); watch() LISTENs on a connection of its own, and on every (re)connection reads the
 *   head, so an instance that missed notifications (restart, network blip) catches up.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { KNOWLEDGE_FILES, SOURCES_DIR } from '../knowledge/model.ts';
import { writeFileAtomic } from './atomic-file.ts';
import { isUnavailable, type PgStore, StoreUnavailableError } from './postgres.ts';

/**
 * The files a revision holds: the knowledge files, the article text they are built from, and
 * every file of the sources folder (`sources/<name>`: each source's text, its sentences and the
 * names proposed for it; see isRevisionFile).
 */
export const REVISION_FILES: readonly string[] = [
  ...new Set([...Object.values(KNOWLEDGE_FILES), 'article.txt']),
];

/** A file of the sources folder a revision holds: `sources/<name>`, one level, no dot file. */
const SOURCE_FILE = new RegExp(`^${SOURCES_DIR}/[A-Za-z0-9_-][A-Za-z0-9_.-]*$`);

/** Whether `name` may be a file of a revision (never a path that leaves the folder). */
export function isRevisionFile(name: string): boolean {
  if (REVISION_FILES.includes(name)) return true;
  return SOURCE_FILE.test(name) && !name.includes('..') && !/\.(tmp|lock)$/.test(name);
}

/** The notification channel; its payload is the new revision's id. */
export const REVISION_CHANNEL = 'knowledge_revision';

export type RevisionFiles = Record<string, string>;

export interface RevisionHead {
  id: number;
  version: string;
}

export interface Revision extends RevisionHead {
  parentId: number | null;
  files: RevisionFiles;
  author: string;
  message: string;
  createdAt: string;
}

export interface CommitInput {
  /** The revision the change was made on; null only for the first revision of a database. */
  parentId: number | null;
  files: RevisionFiles;
  /** The knowledge version of these files (KnowledgeBase.version), as served. */
  version: string;
  /** Who: a Discord user id, or "cli:<user>" for knowledge:push. */
  author: string;
  message: string;
}

/** What a /kb edit commits (see KnowledgeRevisions.change). */
export interface RevisionChange {
  files: RevisionFiles;
  version: string;
  /** Audit rows marked done in the revision's transaction. */
  settle?: readonly number[];
}

export type CommitResult =
  | { ok: true; revision: RevisionHead }
  | { ok: false; reason: 'moved'; head: RevisionHead | null };

/** The advisory lock revisions are made under (any constant, other than the migrations'). */
const REVISIONS_LOCK = 0x6b6e_6f77_6c65;
/** How long a change may wait for the others and run, in seconds. */
const LOCKED_TIMEOUT_S = 60;

export class KnowledgeRevisions {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: PgStore) {}

  /** The revision served, or null when the database has none yet. */
  async head(): Promise<RevisionHead | null> {
    const { rows } = await this.store.query<{ id: string; version: string }>(
      `SELECT r.id, r.version FROM knowledge_head h JOIN knowledge_revisions r ON r.id = h.revision_id`,
    );
    const row = rows[0];
    return row ? { id: Number(row.id), version: row.version } : null;
  }

  async get(id: number): Promise<Revision | null> {
    const { rows } = await this.store.query('SELECT * FROM knowledge_revisions WHERE id = $1', [id]);
    return rows[0] ? toRevision(rows[0]) : null;
  }

  /** Marks a pending audit row aborted: its change was never committed as a revision. */
  async abort(auditId: number): Promise<void> {
    await this.store.query("UPDATE audit SET state = 'aborted' WHERE id = $1 AND state = 'pending'", [
      auditId,
    ]);
  }

  /** Revisions, newest first, without their files. */
  async history(limit = 20): Promise<Omit<Revision, 'files'>[]> {
    const { rows } = await this.store.query(
      `SELECT id, parent_id, version, author, message, created_at, '{}'::jsonb AS files
       FROM knowledge_revisions ORDER BY id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => {
      const { files: _files, ...rest } = toRevision(r);
      return rest;
    });
  }

  /**
   * Makes `input` the served revision if the head is still `input.parentId` (compare-and-set on
   * the parent: knowledge:push), in one transaction, and notifies every instance. When another
   * change landed first, nothing is written and the head it moved to is returned.
   */
  async commit(input: CommitInput): Promise<CommitResult> {
    return this.locked(async (client) => {
      const current = await readHead(client);
      if ((current?.id ?? null) !== input.parentId) return { ok: false, reason: 'moved', head: current };
      return { ok: true, revision: await insertRevision(client, input) };
    });
  }

  /**
   * Applies `apply` to the served revision and commits the result (a /kb edit): under the
   * revisions lock, so a change made at the same time on another instance waits, then is applied
   * to this one's result; none is lost. `apply` returns the new files and their version, or a
   * refusal (a string): nothing is written then. `settle`: audit rows (pending) marked done in
   * the same transaction, so that they are done exactly when the revision is committed. Changes
   * of one process queue here, so that a burst holds one connection of the pool, not all of them.
   */
  change(
    apply: (head: Revision | null) => Promise<RevisionChange | string> | RevisionChange | string,
    who: { author: string; message: string },
  ): Promise<{ ok: true; revision: RevisionHead } | { ok: false; message: string }> {
    const run = this.queue.then(() =>
      this.locked(async (client) => {
        const headRow = await readHead(client);
        const { rows } = headRow
          ? await client.query('SELECT * FROM knowledge_revisions WHERE id = $1', [headRow.id])
          : { rows: [] };
        const head = rows[0] ? toRevision(rows[0]) : null;
        const next = await apply(head);
        if (typeof next === 'string') return { ok: false as const, message: next };
        const { settle, ...change } = next;
        const revision = await insertRevision(client, { parentId: head?.id ?? null, ...change, ...who });
        // The audit rows of the change are done if and only if its revision is committed.
        if (settle && settle.length > 0) {
          await client.query(
            "UPDATE audit SET state = 'done' WHERE id = ANY($1::bigint[]) AND state = 'pending'",
            [settle],
          );
        }
        return { ok: true as const, revision };
      }),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs `work` in a transaction holding the revisions lock (a transaction-scoped advisory lock:
   * released by COMMIT, ROLLBACK, or the connection dying with its process). A result that is not
   * ok rolls back.
   */
  private async locked<T extends { ok: boolean }>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.store.pool.connect();
    } catch (error) {
      throw isUnavailable(error) ? new StoreUnavailableError(error) : error;
    }
    let broken = false;
    // The server going away while the work runs between two queries (a restart) is reported on
    // the client, not on a query: without a listener it would end the process. The next query
    // fails and says so.
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      // Waiting for other instances' changes is not a stuck statement.
      await client.query(`SET LOCAL statement_timeout = '${LOCKED_TIMEOUT_S}s'`);
      await client.query('SELECT pg_advisory_xact_lock($1)', [REVISIONS_LOCK]);
      const result = await work(client);
      await client.query(result.ok ? 'COMMIT' : 'ROLLBACK');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw isUnavailable(error) ? new StoreUnavailableError(error) : error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  /**
   * Calls `onHead` with the served revision at once, on every notification, and after every
   * reconnection (catch-up: notifications sent while disconnected are lost). Reconnects by
   * itself, waiting longer each time up to `maxBackoffMs`. `onHead` may be called more than once
   * for one revision; it should ignore one it already serves.
   */
  watch(
    url: string,
    onHead: (head: RevisionHead) => void,
    options: { onError?: (error: Error) => void; maxBackoffMs?: number } = {},
  ): { close(): Promise<void>; readonly connected: boolean } {
    let client: pg.Client | null = null;
    let closed = false;
    let connected = false;
    let backoff = 100;
    let timer: NodeJS.Timeout | undefined;
    const maxBackoff = options.maxBackoffMs ?? 5000;

    const catchUp = async () => {
      const head = await this.head();
      if (head && !closed) onHead(head);
    };
    const retry = () => {
      if (closed || timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        void connect();
      }, backoff);
      backoff = Math.min(maxBackoff, backoff * 2);
    };
    const connect = async () => {
      const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
      client = next;
      next.on('error', (error) => {
        options.onError?.(error);
        connected = false;
        next.end().catch(() => undefined);
        retry();
      });
      next.on('end', () => {
        connected = false;
        retry();
      });
      next.on('notification', (message) => {
        if (message.channel !== REVISION_CHANNEL) return;
        void catchUp().catch((error: unknown) => options.onError?.(error as Error));
      });
      try {
        await next.connect();
        await next.query(`LISTEN ${REVISION_CHANNEL}`);
        connected = true;
        backoff = 100;
        if (closed) {
          await next.end();
          return;
        }
        await catchUp();
      } catch (error) {
        options.onError?.(error as Error);
        connected = false;
        next.end().catch(() => undefined);
        retry();
      }
    };
    void connect();
    return {
      get connected() {
        return connected;
      },
      async close() {
        closed = true;
        clearTimeout(timer);
        await client?.end().catch(() => undefined);
      },
    };
  }
}

async function readHead(client: pg.PoolClient): Promise<RevisionHead | null> {
  const { rows } = await client.query<{ id: string; version: string }>(
    'SELECT r.id, r.version FROM knowledge_head h JOIN knowledge_revisions r ON r.id = h.revision_id',
  );
  const row = rows[0];
  return row ? { id: Number(row.id), version: row.version } : null;
}

/** Inserts a revision, makes it the head and notifies (delivered when the transaction commits). */
async function insertRevision(client: pg.PoolClient, input: CommitInput): Promise<RevisionHead> {
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO knowledge_revisions (parent_id, version, files, author, message, created_at)
     VALUES ($1, $2, $3, $4, $5, clock_timestamp()) RETURNING id`,
    [input.parentId, input.version, JSON.stringify(input.files), input.author, input.message],
  );
  const id = Number(inserted.rows[0]?.id);
  await client.query(
    `INSERT INTO knowledge_head (one, revision_id) VALUES (true, $1)
     ON CONFLICT (one) DO UPDATE SET revision_id = excluded.revision_id`,
    [id],
  );
  await client.query('SELECT pg_notify($1, $2)', [REVISION_CHANNEL, String(id)]);
  return { id, version: input.version };
}

/** The files of the sources folder in `dir` a revision holds, by revision name. */
function sourceFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, SOURCES_DIR));
  } catch {
    return [];
  }
  return names
    .map((name) => `${SOURCES_DIR}/${name}`)
    .filter((name) => isRevisionFile(name) && statSync(join(dir, name), { throwIfNoEntry: false })?.isFile());
}

/** The revision files of a folder, as they are on disk (missing optional files left out). */
export function readRevisionFiles(dir: string): RevisionFiles {
  const files: RevisionFiles = {};
  for (const name of [...REVISION_FILES, ...sourceFiles(dir)]) {
    const path = join(dir, name);
    if (existsSync(path)) files[name] = readFileSync(path, 'utf8');
  }
  return files;
}

/**
 * Writes a revision's files into a folder, each atomically, and removes the files of the sources
 * folder it does not hold (a source removed); returns the names written or removed.
 */
export function writeRevisionFiles(dir: string, files: RevisionFiles): string[] {
  const written: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    if (!isRevisionFile(name)) continue; // Never a path from the database.
    const path = join(dir, name);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, text);
    written.push(name);
  }
  for (const name of sourceFiles(dir)) {
    if (name in files) continue;
    rmSync(join(dir, name), { force: true });
    written.push(name);
  }
  return written;
}

function toRevision(r: Record<string, unknown>): Revision {
  return {
    id: Number(r.id),
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    version: String(r.version),
    files: (r.files as RevisionFiles) ?? {},
    author: String(r.author),
    message: String(r.message),
    createdAt: (r.created_at as Date).toISOString(),
  };
}

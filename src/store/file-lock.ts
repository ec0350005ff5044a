/**
 * Serialises writers of one file, within a process and across every process that can reach the
 * folder: shards, HTTP servers and the CLI, in other containers (pid namespaces) or on other
 * hosts sharing the folder.
 *
 * The lock is an OS lock on an open file, held by the kernel for the process: an exclusive
 * SQLite transaction (`BEGIN EXCLUSIVE`, which takes fcntl byte-range locks) on a small lock
 * database next to the file, `.<name>.lock`. The kernel releases it the moment the holder dies,
 * however it dies, so a lock left by a crash or by a container that was restarted is free at
 * once, and a live holder is never mistaken for a dead one: nothing depends on process ids, which
 * mean nothing across pid namespaces or hosts. It holds on network file systems whose locks work
 * (NFS with its lock service, SMB), as SQLite itself needs.
 *
 * Waiting never blocks the event loop: the lock is tried with busy_timeout 0 and polled. Callers
 * in one process queue on a promise chain first, so only one of them polls; processes take turns
 * (see lockedRun).
 *
 * The lock files (`.<name>.lock`, `.<name>.lock-next`, and SQLite's `-journal` the first time)
 * stay where they are: deleting one while another process holds it would let a third lock a new
 * file of the same name. They start with a dot (the knowledge watcher ignores them), the
 * knowledge loader never reads them, and .gitignore lists them.
 */
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';

export class LockTimeoutError extends Error {
  constructor(readonly path: string) {
    super(`another edit of ${path} is still in progress; try again in a moment`);
    this.name = 'LockTimeoutError';
  }
}

export interface LockOptions {
  /** How long to wait for another holder; 0 tries once. Default 10 s. */
  timeoutMs?: number;
}

/** Polling: from the first to the longest pause between two tries. */
const POLL_FIRST_MS = 2;
const POLL_MAX_MS = 25;
const DEFAULT_TIMEOUT_MS = 10_000;

/** The lock file of `path`: `.<name>.lock` in the same folder. */
export function lockFileOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

/** The turn file: whoever holds it is the next to take the lock (see lockedRun). */
function nextFileOf(path: string): string {
  return `${lockFileOf(path)}-next`;
}

/**
 * Every lock this process holds. A held lock must stay reachable: the work it guards may be a
 * promise nothing else refers to, and a connection the garbage collector closes releases its lock.
 */
const held = new Set<OsLock>();

/** An exclusive SQLite transaction on one lock file, through one connection. */
class OsLock {
  private readonly db: BetterSqlite3.Database;

  /** `waitMs`: how long a try may block in SQLite's busy handler (0: not at all). */
  constructor(file: string, waitMs = 0) {
    this.db = new BetterSqlite3(file, { timeout: waitMs });
  }

  /** Takes the lock if no other connection holds it. */
  try(): boolean {
    try {
      this.db.exec('BEGIN EXCLUSIVE');
      held.add(this);
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
      throw error;
    }
  }

  /** Releases the lock if held, and closes the connection. */
  close(): void {
    try {
      if (this.db.inTransaction) this.db.exec('COMMIT');
    } finally {
      held.delete(this);
      this.db.close();
    }
  }
}

/** Tries `lock` until it is taken; false once `deadline` has passed. Never blocks the event loop. */
async function poll(lock: OsLock, deadline: number): Promise<boolean> {
  let delay = POLL_FIRST_MS;
  while (!lock.try()) {
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await sleep(Math.min(delay, left));
    delay = Math.min(delay * 2, POLL_MAX_MS);
  }
  return true;
}

const inProcess = new Map<string, Promise<unknown>>();

/** Runs `work` while holding the lock for `path`. */
export function withFileLock<T>(
  path: string,
  work: () => Promise<T> | T,
  options: LockOptions = {},
): Promise<T> {
  // In-process callers queue on a promise chain instead of polling the lock file.
  const previous = inProcess.get(path) ?? Promise.resolve();
  const run = previous.then(() => lockedRun(path, work, options));
  const settled = run.catch(() => undefined);
  inProcess.set(path, settled);
  // Forget the chain once it is idle, so that a long-lived process does not keep every path.
  void settled.then(() => {
    if (inProcess.get(path) === settled) inProcess.delete(path);
  });
  return run;
}

/**
 * Polling alone is unfair: a process with a queue of edits would take the lock again the moment
 * it let it go, before another process's next poll, again and again. So a waiter first takes the
 * turn file (`-next`), then the lock, then lets the turn go: while it waits for the lock, nobody
 * else can get past the turn, so when two processes both have edits queued they take turns.
 */
async function lockedRun<T>(path: string, work: () => Promise<T> | T, options: LockOptions): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const lock = new OsLock(lockFileOf(path));
  try {
    const turn = new OsLock(nextFileOf(path));
    try {
      if (!(await poll(turn, deadline)) || !(await poll(lock, deadline))) throw new LockTimeoutError(path);
    } finally {
      turn.close();
    }
  } catch (error) {
    lock.close();
    throw error;
  }
  try {
    return await work();
  } finally {
    lock.close();
  }
}

/**
 * The same lock, for start-up code that may block: waits up to `timeoutMs` inside SQLite's busy
 * handler. Never call it where an event loop has other work (a running bot); use withFileLock.
 */
export function withFileLockSync<T>(path: string, work: () => T, options: LockOptions = {}): T {
  const lock = new OsLock(lockFileOf(path), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    if (!lock.try()) throw new LockTimeoutError(path);
    return work();
  } finally {
    lock.close();
  }
}

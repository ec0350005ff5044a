/**
 * Serialises writers of one file, within a process and across processes (shards, the CLI):
 * a lock file created with O_EXCL next to the file. A lock older than `staleMs` belongs to
 * a writer that died and is taken over, and so is one whose process no longer exists.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export class LockTimeoutError extends Error {
  constructor(readonly path: string) {
    super(`another edit of ${path} is still in progress; try again in a moment`);
    this.name = 'LockTimeoutError';
  }
}

export interface LockOptions {
  timeoutMs?: number;
  staleMs?: number;
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
  inProcess.set(
    path,
    run.catch(() => undefined),
  );
  return run;
}

async function lockedRun<T>(path: string, work: () => Promise<T> | T, options: LockOptions): Promise<T> {
  const lockPath = `${path}.lock`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  let delay = 5;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lockPath).mtimeMs > staleMs || holderIsGone(lockPath)) {
          rmSync(lockPath, { force: true });
          continue;
        }
      } catch {
        continue; // The holder just released it.
      }
      if (Date.now() > deadline) throw new LockTimeoutError(path);
      await sleep(delay);
      delay = Math.min(delay * 2, 100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

/** True when the lock names a process on this machine that has exited (a crashed writer). */
function holderIsGone(lockPath: string): boolean {
  const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

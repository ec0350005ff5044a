/**
 * Crash-safe file writes: the new content goes to a temporary file in the same folder,
 * is flushed to disk, then renamed over the old file. A crash at any moment leaves
 * either the old file or the new one, never half of one.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

export interface AtomicWriteOptions {
  /**
   * The content the new one was made from. The file is compared with it just before the rename
   * (after the slow part, writing and flushing): if it differs, someone saved the file meanwhile,
   * nothing is written and writeFileAtomic returns false, so that the caller can redo its change
   * on the new content instead of overwriting it. null: the file must not exist yet.
   */
  basedOn?: string | null;
}

/** The file's content, or null when there is no such file. */
function currentContent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes `content` to `path`; false (nothing written) when the file no longer is `basedOn`. */
export function writeFileAtomic(path: string, content: string, options: AtomicWriteOptions = {}): boolean {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    if (options.basedOn !== undefined && currentContent(path) !== options.basedOn) {
      rmSync(tmp, { force: true });
      return false;
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  // Make the rename itself durable.
  try {
    const dirFd = openSync(dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Some platforms cannot open a directory for fsync; the rename is still atomic.
  }
  return true;
}

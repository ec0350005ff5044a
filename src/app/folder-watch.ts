/**
 * Watches a knowledge folder for changes, including the folder itself being replaced, as deploy
 * tools do: a new folder moved over the old one (`mv`), the folder deleted and made again, or a
 * symlink switched to another release. A watch on a folder follows that folder (its inode), not
 * its path, and goes quiet once it is replaced; so this also watches the parent folder for the
 * folder's name and watches the folder again whenever that name changes, and checks every few
 * seconds, as a fallback, which folder the path leads to and the size and time of every file in
 * it (which also catches changes a file system does not report, as on some network mounts).
 *
 * A burst of changes (an editor's saves, a copy of many files) is reported once, after the
 * folder has been quiet for `debounceMs`, or sooner, after `settleMs` of quiet, when every file is
 * as it was at the last event (size, time and inode: a write no event reported would show).
 */
import { type FSWatcher, readdirSync, realpathSync, statSync, watch } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { markStep } from '../reload-marks.ts';

/** The reason given for a change no file event reported (a save through a hard link, say). */
const FOUND_BY_CHECK = 'file changed (found by the periodic check)';

export interface FolderWatchOptions {
  /** How long the folder must be quiet before a change is reported. */
  debounceMs: number;
  /**
   * A shorter quiet time after which a change is reported when the files are as they were at the
   * last event (see fingerprint()); default debounceMs (none shorter).
   */
  settleMs?: number;
  /** How often the fallback check runs; 0: never. */
  pollMs: number;
  /** Files whose changes are not reported (temporary and lock files). */
  ignore: (file: string) => boolean;
  /** A change, once the folder is quiet again; `reason` says what was seen. */
  onChange: (reason: string) => void;
  /** The folder path now leads to another folder, or to none. */
  onReplaced?: (present: boolean) => void;
  /** A watch could not be set up or failed (the periodic check still runs). */
  onError?: (error: Error) => void;
}

export interface FolderWatchStatus {
  /** The folder exists now. */
  present: boolean;
  /** Where the path leads (after symlinks), when it exists. */
  realPath: string | null;
  /** When the folder was last seen replaced by another one (or gone), if ever. */
  replacedAt: Date | null;
}

/** Which folder a path leads to: a new folder at the same path is another identity. */
function identityOf(dir: string): string | null {
  try {
    const stat = statSync(dir);
    // birthtime: an inode number can be reused at once by a folder made again.
    return `${stat.dev}:${stat.ino}:${stat.birthtimeMs}:${realpathSync(dir)}`;
  } catch {
    return null;
  }
}

/** Whether the folder is there and where its path leads. */
export function folderStatus(dir: string, replacedAt: Date | null = null): FolderWatchStatus {
  let realPath: string | null = null;
  try {
    realPath = statSync(dir).isDirectory() ? realpathSync(dir) : null;
  } catch {
    // Not there.
  }
  return { present: realPath !== null, realPath, replacedAt };
}

export class FolderWatch {
  private folderWatcher: FSWatcher | null = null;
  private parentWatcher: FSWatcher | null = null;
  private poll: NodeJS.Timeout | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reasons = new Set<string>();
  private identity: string | null = null;
  /** The files as they were when the last change was reported (see fingerprint()). */
  private seen = '';
  private replacedAt: Date | null = null;
  private running = false;
  /** When the last change was seen (performance.now()), and the files then; 0 and '': none yet. */
  private lastEvent = 0;
  private atLastEvent = '';

  constructor(
    readonly dir: string,
    private readonly options: FolderWatchOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.identity = identityOf(this.dir);
    this.seen = this.fingerprint();
    this.watchFolder();
    this.watchParent();
    if (this.options.pollMs > 0) {
      this.poll = setInterval(() => this.check('periodic check'), this.options.pollMs);
      this.poll.unref();
    }
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    if (this.poll) clearInterval(this.poll);
    this.timer = null;
    this.poll = null;
    this.folderWatcher?.close();
    this.parentWatcher?.close();
    this.folderWatcher = null;
    this.parentWatcher = null;
  }

  get status(): FolderWatchStatus {
    return folderStatus(this.dir, this.replacedAt);
  }

  /** When a change was last seen (performance.now()); 0 if none was. */
  get lastChangeAt(): number {
    return this.lastEvent;
  }

  /** Reports a change after the quiet time (restarting it if one is already waiting). */
  private changed(reason: string): void {
    markStep(`watcher: ${reason}`);
    if (!this.running) return;
    this.reasons.add(reason);
    this.lastEvent = performance.now();
    const { debounceMs, settleMs = debounceMs } = this.options;
    const early = settleMs < debounceMs;
    if (early) this.atLastEvent = this.fingerprint();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.quiet(), early ? settleMs : debounceMs);
  }

  /**
   * The folder has been quiet for settleMs or debounceMs since the last event: the change is
   * reported, unless the files changed since that event before debounceMs have passed (then it
   * waits again).
   */
  private quiet(): void {
    const { debounceMs, settleMs = debounceMs } = this.options;
    const since = performance.now() - this.lastEvent;
    if (settleMs < debounceMs && since < debounceMs - 1) {
      const now = this.fingerprint();
      if (now !== this.atLastEvent) {
        this.atLastEvent = now;
        this.timer = setTimeout(() => this.quiet(), Math.min(settleMs, debounceMs - since));
        return;
      }
    }
    this.timer = null;
    // The periodic check found what a file event names as well: the named one says more.
    const all = [...this.reasons];
    const named = all.some((r) => r.startsWith('file changed: '));
    const reasons = named ? all.filter((r) => r !== FOUND_BY_CHECK) : all;
    this.reasons.clear();
    // What is reported now; a change after this moment is seen by the next check.
    this.seen = this.fingerprint();
    this.options.onChange(reasons.join(', '));
  }

  /**
   * The path may lead to another folder now: if so, watch that one and report the change. A
   * reused inode number with no birth time cannot be told apart, so `force` (an event about the
   * folder's own name) watches the path again anyway.
   */
  private check(why: string, force = false): void {
    if (!this.running) return;
    const identity = identityOf(this.dir);
    if (identity !== this.identity || force) {
      const replaced = identity !== this.identity;
      this.identity = identity;
      this.watchFolder();
      if (replaced) {
        this.replacedAt = new Date();
        this.options.onReplaced?.(identity !== null);
      }
      if (identity !== null) this.changed(replaced ? 'knowledge folder replaced' : why);
      return;
    }
    if (identity !== null && why === 'periodic check' && this.fingerprint() !== this.seen && !this.timer)
      this.changed(FOUND_BY_CHECK);
  }

  private watchFolder(): void {
    this.folderWatcher?.close();
    this.folderWatcher = null;
    const name = basename(this.dir);
    try {
      const watcher = watch(this.dir, (event, file) => {
        // The folder itself was moved or deleted (its own name): find out where the path leads now.
        if (event === 'rename' && (file === null || file === name)) this.check('folder event', true);
        else if (file === null || !this.options.ignore(file))
          this.changed(`file changed${file ? `: ${file}` : ''}`);
      });
      watcher.on('error', (error) => {
        if (this.folderWatcher === watcher) this.folderWatcher = null;
        watcher.close();
        this.options.onError?.(error);
        this.check('folder watch failed', true);
      });
      this.folderWatcher = watcher;
    } catch (error) {
      // Not there (yet): the parent watch and the periodic check see it come back.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.options.onError?.(error as Error);
    }
  }

  private watchParent(): void {
    const name = basename(this.dir);
    try {
      this.parentWatcher = watch(dirname(this.dir), (_event, file) => {
        if (file === name) this.check('folder replaced', true);
      });
      this.parentWatcher.on('error', (error) => {
        this.parentWatcher?.close();
        this.parentWatcher = null;
        this.options.onError?.(error);
      });
    } catch (error) {
      // E.g. no right to read the parent: the periodic check remains.
      this.options.onError?.(error as Error);
    }
  }

  /** Name, size, time and inode of every file in the folder: a cheap summary of its content. */
  private fingerprint(): string {
    try {
      return readdirSync(this.dir)
        .filter((file) => !this.options.ignore(file))
        .sort()
        .map((file) => {
          try {
            const s = statSync(join(this.dir, file));
            return `${file}:${s.size}:${s.mtimeMs}:${s.ino}`;
          } catch {
            return `${file}:-`;
          }
        })
        .join('|');
    } catch {
      return '';
    }
  }
}

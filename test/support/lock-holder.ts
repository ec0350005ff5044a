/**
 * Child process for the lock tests, often run in its own pid namespace (unshare --pid --fork):
 *   hold FILE   takes the lock of FILE, collects garbage, prints "holding <pid>" and keeps it until killed;
 *   try FILE    tries the lock of FILE once, without waiting, and prints "got" or "busy".
 * <pid> is the process id as the test (outside the namespace) sees it: /proc is the host's here.
 */
import { readlinkSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LockTimeoutError, withFileLock } from '../../src/store/file-lock.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const [mode, file] = process.argv.slice(2) as [string, string];
if (mode === 'hold') {
  await withFileLock(file, () => {
    // The work is a promise nothing else refers to: collect the garbage first, as a busy process
    // would sooner or later (a lock whose connection is collected is released).
    setTimeout(() => {
      gc();
      gc();
      process.stdout.write(`holding ${readlinkSync('/proc/self')}\n`);
    }, 0);
    // A pending promise alone would let node exit (and the kernel release the lock).
    setInterval(() => undefined, 60_000);
    return new Promise(() => undefined);
  });
} else {
  try {
    await withFileLock(file, () => undefined, { timeoutMs: 0 });
    process.stdout.write('got\n');
  } catch (error) {
    if (!(error instanceof LockTimeoutError)) throw error;
    process.stdout.write('busy\n');
  }
}

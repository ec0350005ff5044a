/**
 * Child process for the lock tests, often run in its own pid namespace (unshare --pid --fork):
 *   hold FILE   takes the lock of FILE, prints "holding <pid>" and keeps it until killed;
 *   try FILE    tries the lock of FILE once, without waiting, and prints "got" or "busy".
 * <pid> is the process id as the test (outside the namespace) sees it: /proc is the host's here.
 */
import { readlinkSync } from 'node:fs';
import { LockTimeoutError, withFileLock } from '../../src/store/file-lock.ts';

const [mode, file] = process.argv.slice(2) as [string, string];
if (mode === 'hold') {
  await withFileLock(file, () => {
    process.stdout.write(`holding ${readlinkSync('/proc/self')}\n`);
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

/**
 * Where the time of a reload goes, step by step, on both threads (issue 15): with RELOAD_MARKS=1
 * in the environment, markStep writes `MARK <ms since the epoch> t<thread id> <step>` to stderr
 * (both threads read one clock: performance.timeOrigin + performance.now()), followed on Linux by
 * `cpu=<ms>`, the CPU time the thread has used so far (/proc/thread-self/stat, in steps of 10 ms:
 * on a shared machine the wall time of a step is mostly the machine, its CPU time is not), and
 * `npx tsx bench/reload-steps.ts marks.txt` prints each save's steps with the time each took
 * (`RELOAD_MARKS=1 npm run bench:reload -- --passages 50000 2> marks.txt`). Off, a mark is one test of
 * a constant: the marks stay in the code, at the boundaries of the steps only.
 */
import { readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

const ON = process.env.RELOAD_MARKS === '1';

/** This thread's CPU time in ms (user + system), or null where /proc cannot tell it. */
function threadCpuMs(): number | null {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ');
    // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms.
    return fields ? (Number(fields[11]) + Number(fields[12])) * 10 : null;
  } catch {
    return null;
  }
}

export function markStep(step: string): void {
  if (ON) {
    const cpu = threadCpuMs();
    process.stderr.write(
      `MARK ${(performance.timeOrigin + performance.now()).toFixed(1)} t${threadId} ${step}${cpu === null ? '' : ` cpu=${cpu}`}\n`,
    );
  }
}

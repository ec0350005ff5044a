/**
 * Where the time of a reload goes, step by step, on both threads (issue 15): with RELOAD_MARKS=1
 * in the environment, markStep writes `MARK <ms since the epoch> t<thread id> <step>` to stderr
 * (both threads read one clock: performance.timeOrigin + performance.now()), followed on Linux by
 * `cpu=<ms>`, the CPU time the thread has used so far, and `wait=<ms>`, the time it has spent
 * ready to run but waiting for a core (/proc/thread-self/schedstat, in nanoseconds; where the
 * kernel keeps no schedstat, cpu= alone from /proc/thread-self/stat, in steps of 10 ms), then
 * `proc=<ms>`, the CPU time of the whole process so far (every thread: V8's compilers and
 * collector too, process.cpuUsage()). A step's
 * wall time less its CPU and its wait is time the thread slept (a lock, a page fault on disk, an
 * idle event loop). `npx tsx bench/reload-steps.ts marks.txt` prints each save's steps with the
 * time each took (`RELOAD_MARKS=1 npm run bench:reload -- --passages 50000 2> marks.txt`). Off, a
 * mark is one test of a constant: the marks stay in the code, at the boundaries of the steps only.
 */
import { readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

const ON = process.env.RELOAD_MARKS === '1';

/** This thread's CPU time and run-queue wait so far, as ` cpu=<ms> wait=<ms>`, or '' where /proc cannot tell. */
function threadTimes(): string {
  try {
    // Time on a core, time waiting for one (ns), time slices.
    const [cpu, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    // A kernel without schedstats gives zeros: read the coarser counters instead.
    if (cpu !== undefined && wait !== undefined && cpu > 0)
      return ` cpu=${(cpu / 1e6).toFixed(2)} wait=${(wait / 1e6).toFixed(2)}`;
  } catch {}
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ');
    // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms.
    return fields ? ` cpu=${(Number(fields[11]) + Number(fields[12])) * 10}` : '';
  } catch {
    return '';
  }
}

export function markStep(step: string): void {
  if (ON) {
    const times = threadTimes();
    const { user, system } = process.cpuUsage();
    process.stderr.write(
      `MARK ${(performance.timeOrigin + performance.now()).toFixed(1)} t${threadId} ${step}${times} proc=${((user + system) / 1000).toFixed(1)}\n`,
    );
  }
}

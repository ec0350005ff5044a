/**
 * The CPU time of the calling thread, in milliseconds, for benches that time one question at a time.
 *
 * `process.threadCpuUsage()` (Node 23.9 and later, so Node 24) reads this thread's own clock
 * (getrusage RUSAGE_THREAD on Linux): what the answer cost on the thread that answers it, and
 * nothing that V8's worker thread (concurrent marking, background compilation) or libuv's pool did
 * meanwhile. Node 20 has no such call; on Linux the same clock is this thread's first field of
 * /proc/thread-self/schedstat (nanoseconds on the CPU, about 13 µs to read). Elsewhere the clock
 * is `process.cpuUsage()`, the process's CPU: the same plus those threads' time, which on a cold
 * engine can exceed the question's wall time (measured: a minimum of 13.1 ms CPU for 10.5 ms wall).
 * None of them counts the time another process holds the CPU, which is what a busy machine adds to
 * wall-clock times. `performance.eventLoopUtilization()` is no use here: it measures the time the
 * loop was not idle, which is wall time for synchronous code.
 */
import { readFileSync } from 'node:fs';

type Usage = { user: number; system: number };
const threadUsage = (process as unknown as { threadCpuUsage?: () => Usage }).threadCpuUsage;
const SCHEDSTAT = '/proc/thread-self/schedstat';

function schedstatMs(): number {
  return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6;
}
function readable(read: () => number): boolean {
  try {
    return Number.isFinite(read());
  } catch {
    return false;
  }
}

const usageMs = (usage: Usage) => (usage.user + usage.system) / 1000;
/** User plus system CPU time so far, in milliseconds, of this thread (of the process where no thread clock is). */
export const cpuMs: () => number =
  typeof threadUsage === 'function'
    ? () => usageMs(threadUsage.call(process))
    : readable(schedstatMs)
      ? schedstatMs
      : () => usageMs(process.cpuUsage());

/** Which clock `cpuMs` reads: this thread's where Node or Linux gives it, else the process's. */
export const CPU_CLOCK: 'thread' | 'process' =
  typeof threadUsage === 'function' || readable(schedstatMs) ? 'thread' : 'process';

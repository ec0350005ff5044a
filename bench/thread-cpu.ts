/**
 * The CPU time of the calling thread, in milliseconds, for benches that time one question at a time.
 *
 * `process.threadCpuUsage()` (Node 23.9 and later, so Node 24) reads this thread's own clock
 * (getrusage RUSAGE_THREAD on Linux): what the answer cost on the thread that answers it, and
 * nothing that V8's worker thread (concurrent marking, background compilation) or libuv's pool
 * did meanwhile. Node 20 has no such call, so there the clock is `process.cpuUsage()`, the
 * process's CPU: the same plus those threads' time (with `--v8-pool-size=1`, one worker; on a cold
 * engine a long message's minimum measured 13.1 ms CPU for 10.5 ms wall). Linux's per-thread
 * counters may move only at the scheduler's tick (/proc/thread-self/schedstat does: tried, p50
 * 0.00 ms), so the thread clock is used only if it moves by less than 0.1 ms (probed once). Either is microseconds of user plus
 * system time, and neither counts the time another process holds the CPU, which is what a busy
 * machine adds to wall-clock times. `performance.eventLoopUtilization()` is no use here: it
 * measures the time the loop was not idle, which is wall time for synchronous code.
 */
type Usage = { user: number; system: number };
const threadUsage = (process as unknown as { threadCpuUsage?: () => Usage }).threadCpuUsage;

/** The smallest step a clock moves by, in ms, over a few ms of spinning (a tick-based clock: 4 ms). */
function step(read: () => number): number {
  const until = performance.now() + 5;
  let last = read();
  let least = Number.POSITIVE_INFINITY;
  while (performance.now() < until) {
    const now = read();
    if (now > last) least = Math.min(least, now - last);
    last = now;
  }
  return least;
}
const threadMs = () => {
  const { user, system } = (threadUsage as () => Usage).call(process);
  return (user + system) / 1000;
};
/** The thread's clock where Node has one that moves by less than 0.1 ms, else the process's. */
const useThread = typeof threadUsage === 'function' && step(threadMs) < 0.1;

/** Which clock `cpuMs` reads: `thread` where Node has it, else `process`. */
export const CPU_CLOCK: 'thread' | 'process' = useThread ? 'thread' : 'process';

/** User plus system CPU time so far, in milliseconds, of this thread (or of the process on Node 20). */
export function cpuMs(): number {
  if (useThread) return threadMs();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

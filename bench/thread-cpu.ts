/**
 * The CPU time of the calling thread, in milliseconds, for benches that time one question at a time.
 *
 * `process.threadCpuUsage()` (Node 23.9 and later, so Node 24) reads this thread's own clock
 * (getrusage RUSAGE_THREAD on Linux): what the answer cost on the thread that answers it, and
 * nothing that V8's worker thread (concurrent marking, background compilation) or libuv's pool
 * did meanwhile. Node 20 has no such call, so there the clock is `process.cpuUsage()`, the
 * process's CPU: the same plus those threads' time (with `--v8-pool-size=1`, one worker), which
 * only ever adds, so a minimum over passes still comes close. Either is microseconds of user plus
 * system time, and neither counts the time another process holds the CPU, which is what a busy
 * machine adds to wall-clock times. `performance.eventLoopUtilization()` is no use here: it
 * measures the time the loop was not idle, which is wall time for synchronous code.
 */
type Usage = { user: number; system: number };
const threadUsage = (process as unknown as { threadCpuUsage?: () => Usage }).threadCpuUsage;

/** Which clock `cpuMs` reads: `thread` where Node has it, else `process`. */
export const CPU_CLOCK: 'thread' | 'process' = typeof threadUsage === 'function' ? 'thread' : 'process';

/** User plus system CPU time so far, in milliseconds, of this thread (or of the process on Node 20). */
export function cpuMs(): number {
  const { user, system } = threadUsage ? threadUsage.call(process) : process.cpuUsage();
  return (user + system) / 1000;
}

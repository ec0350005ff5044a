/**
 * Where the time of a reload goes, step by step, on both threads (issue 15): with RELOAD_MARKS=1
 * in the environment, markStep writes `MARK <ms since the epoch> t<thread id> <step>` to stderr
 * (both threads read one clock: performance.timeOrigin + performance.now()), and
 * `npx tsx bench/reload-steps.ts marks.txt` prints each save's steps with the time each took
 * (`RELOAD_MARKS=1 npm run bench:reload -- --passages 50000 2> marks.txt`). Off, a mark is one test of
 * a constant: the marks stay in the code, at the boundaries of the steps only.
 */
import { threadId } from 'node:worker_threads';

const ON = process.env.RELOAD_MARKS === '1';

export function markStep(step: string): void {
  if (ON)
    process.stderr.write(
      `MARK ${(performance.timeOrigin + performance.now()).toFixed(1)} t${threadId} ${step}\n`,
    );
}

/**
 * npx tsx bench/reload-steps.ts marks.txt: the steps of every change measured by a bench:reload run
 * with RELOAD_MARKS=1 (see src/reload-marks.ts), from the save (or the /kb command) on: for each
 * step, the time since the save, the time since the step before, the thread (t0 answers, the other
 * is the knowledge worker) and the step. The marks of both threads are put in time order.
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx bench/reload-steps.ts marks.txt');
const marks = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('MARK '))
  .map((line) => {
    const [, at, thread, ...step] = line.split(' ');
    return { at: Number(at), thread: thread as string, step: step.join(' ') };
  })
  .sort((a, b) => a.at - b.at);
let saved: number | null = null;
let previous = 0;
for (const { at, thread, step } of marks) {
  if (step.startsWith('bench: save')) {
    saved = at;
    previous = at;
    console.log(`--- ${step.slice('bench: '.length)}`);
  }
  if (saved === null) continue;
  console.log(
    `${(at - saved).toFixed(1).padStart(8)} ms (+${(at - previous).toFixed(1).padStart(6)})  ${thread.padEnd(4)} ${step}`,
  );
  previous = at;
}

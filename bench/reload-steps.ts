/**
 * npx tsx bench/reload-steps.ts marks.txt: the steps of every change measured by a bench:reload run
 * with RELOAD_MARKS=1 (see src/reload-marks.ts), from the save (or the /kb command) on: for each
 * step, the time since the save, the time since the step before, the thread (t0 answers, the other
 * is the knowledge worker), the CPU time that thread used since its own step before (Linux, in
 * steps of 10 ms) and the step. The marks of both threads are put in time order.
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx bench/reload-steps.ts marks.txt');
const marks = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('MARK '))
  .map((line) => {
    const [, at, thread, ...rest] = line.split(' ');
    const cpu = rest.at(-1)?.startsWith('cpu=') ? Number(rest.pop()?.slice(4)) : null;
    return { at: Number(at), thread: thread as string, step: rest.join(' '), cpu };
  })
  .sort((a, b) => a.at - b.at);
let saved: number | null = null;
let previous = 0;
const lastCpu = new Map<string, number>();
for (const { at, thread, step, cpu } of marks) {
  const cpuSince = cpu === null ? null : cpu - (lastCpu.get(thread) ?? cpu);
  if (cpu !== null) lastCpu.set(thread, cpu);
  if (step.startsWith('bench: save')) {
    saved = at;
    previous = at;
    console.log(`--- ${step.slice('bench: '.length)}`);
  }
  if (saved === null) continue;
  console.log(
    `${(at - saved).toFixed(1).padStart(8)} ms (+${(at - previous).toFixed(1).padStart(6)}, cpu ${cpuSince === null ? '   ?' : String(cpuSince).padStart(4)})  ${thread.padEnd(4)} ${step}`,
  );
  previous = at;
}

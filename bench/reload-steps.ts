/**
 * npx tsx bench/reload-steps.ts marks.txt: the steps of every change measured by a bench:reload run
 * with RELOAD_MARKS=1 (see src/reload-marks.ts), from the save (or the /kb command) on: for each
 * step, the time since the save, the time since the step before, the thread (t0 answers, the other
 * is the knowledge worker), the CPU time that thread used since its own step before and, where the
 * kernel tells it, the time it waited for a core meanwhile (run queue), then the step. The marks
 * of both threads are put in time order. At the end of each change, each thread's totals from the
 * save: wall time between its first and last mark, CPU, wait for a core, and the rest (asleep);
 * then the CPU of the reload itself, apart from what else the threads did meanwhile (the bench's
 * questions, the watcher): the worker's from its preparation's start to its result sent, the
 * answering thread's from the build's start to the version served. With --summary, only those
 * lines, one per change.
 */
import { readFileSync } from 'node:fs';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
const only = process.argv.includes('--summary');
if (!file) throw new Error('usage: npx tsx bench/reload-steps.ts marks.txt');
const marks = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('MARK '))
  .map((line) => {
    const [, at, thread, ...rest] = line.split(' ');
    const proc = rest.at(-1)?.startsWith('proc=') ? Number(rest.pop()?.slice(5)) : null;
    const wait = rest.at(-1)?.startsWith('wait=') ? Number(rest.pop()?.slice(5)) : null;
    const cpu = rest.at(-1)?.startsWith('cpu=') ? Number(rest.pop()?.slice(4)) : null;
    return { at: Number(at), thread: thread as string, step: rest.join(' '), cpu, wait, proc };
  })
  .sort((a, b) => a.at - b.at);
let saved: number | null = null;
let previous = 0;
const lastCpu = new Map<string, number>();
const lastWait = new Map<string, number>();
/** Per thread, since the save: first and last mark, CPU and wait summed. */
let totals = new Map<string, { first: number; last: number; cpu: number; wait: number }>();
/** The reload's own CPU: the worker's preparations before the version served, the build. */
let own = { worker: 0, build: 0, served: false };
/** The whole process's CPU (proc=) at the save and at the version served, and its threads' then. */
let proc: { saved: number | null; served: number | null; threads: number } = {
  saved: null,
  served: null,
  threads: 0,
};
let label = '';
const log = (line: string) => {
  if (!only) console.log(line);
};
const printTotals = () => {
  console.log(
    `  ${only ? `${label.padEnd(24)} ` : ''}reload's own CPU: worker ${own.worker.toFixed(1)} ms, build ${own.build.toFixed(1)} ms (answering thread), together ${(own.worker + own.build).toFixed(1)} ms`,
  );
  if (proc.saved !== null && proc.served !== null) {
    const all = proc.served - proc.saved;
    console.log(
      `  ${only ? `${''.padEnd(24)} ` : ''}the process's CPU, save -> served: ${all.toFixed(1)} ms, of which threads other than these two (V8's compilers and collector, libuv) ${(all - proc.threads).toFixed(1)} ms`,
    );
  }
  if (only) return;
  for (const [thread, t] of totals)
    console.log(
      `  ${thread.padEnd(4)} total: wall ${(t.last - t.first).toFixed(1)} ms, cpu ${t.cpu.toFixed(1)}, wait for a core ${t.wait.toFixed(1)}, asleep ${(t.last - t.first - t.cpu - t.wait).toFixed(1)}`,
    );
};
const fixed = (n: number | null, width: number) => (n === null ? '?' : n.toFixed(1)).padStart(width);
for (const { at, thread, step, cpu, wait, proc: procCpu } of marks) {
  const cpuSince = cpu === null ? null : cpu - (lastCpu.get(thread) ?? cpu);
  const waitSince = wait === null ? null : wait - (lastWait.get(thread) ?? wait);
  if (cpu !== null) lastCpu.set(thread, cpu);
  if (wait !== null) lastWait.set(thread, wait);
  if (step.startsWith('bench: save')) {
    if (saved !== null) printTotals();
    totals = new Map();
    own = { worker: 0, build: 0, served: false };
    proc = { saved: procCpu, served: null, threads: 0 };
    saved = at;
    previous = at;
    label = step.slice('bench: save ('.length, -1);
    log(`--- ${step.slice('bench: '.length)}`);
  }
  if (saved === null) continue;
  if (!step.startsWith('bench:')) {
    const t = totals.get(thread);
    // The answering thread's first step counts from the save (its mark); the worker's from its own start.
    if (!t) totals.set(thread, { first: at, last: at, cpu: thread === 't0' ? (cpuSince ?? 0) : 0, wait: 0 });
    else {
      t.last = at;
      t.cpu += cpuSince ?? 0;
      t.wait += waitSince ?? 0;
    }
  }
  // Steps that end a part of the reload's own work (CPU since the thread's step before).
  if (!own.served && cpuSince !== null) {
    if (thread !== 't0' && step.startsWith('worker:') && step !== 'worker: preparation starts')
      own.worker += cpuSince;
    if (thread === 't0' && step.startsWith('answering:') && !step.startsWith('answering: build starts'))
      if (step !== 'answering: worker result received') own.build += cpuSince;
  }
  if (step === 'answering: new version served' && !own.served) {
    own.served = true;
    proc.served = procCpu;
    for (const t of totals.values()) proc.threads += t.cpu;
  }
  log(
    `${(at - saved).toFixed(1).padStart(8)} ms (+${(at - previous).toFixed(1).padStart(6)}, cpu ${fixed(cpuSince, 5)}, wait ${fixed(waitSince, 5)})  ${thread.padEnd(4)} ${step}`,
  );
  previous = at;
}
if (saved !== null) printTotals();

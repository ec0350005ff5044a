/**
 * node --v8-pool-size=1 --import tsx bench/prof-slowest.ts --dir FOLDER [--rounds 8] [--top 6] [--warm]
 *
 * Where the slowest questions spend their time, as bench:minima runs them: each round a fresh
 * engine (loaded, primed, the three warm-up questions), every bench question once in order; the
 * CPU profiler (20 us samples) runs only while one of the `--top` slowest questions is answered
 * (the slowest by a first timing pass). Prints self and total time by function, summed over rounds.
 * --dist DIR: a compiled build's dist/src (its line numbers are the source's).
 * --warm: the questions answered a second time (a warm engine) instead of their first time.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    rounds: { type: 'string', default: '8' },
    top: { type: 'string', default: '6' },
    only: { type: 'string' },
    warm: { type: 'boolean', default: false },
    dist: { type: 'string' },
    lines: { type: 'string' },
    kind: { type: 'string' },
  },
});
const dir = values.dir as string;
const { loadEngine, primeEngine } = (await import(
  values.dist ? `${values.dist}/app/load-engine.js` : '../src/app/load-engine.ts'
)) as typeof import('../src/app/load-engine.ts');
const questions = (
  JSON.parse(readFileSync(join(dir, 'bench-corpus.json'), 'utf8')) as {
    questions: { q: string; kind: string }[];
  }
).questions;
const kinds = questions.map((q) => q.kind);
const texts = questions.map((q) => q.q);

function fresh() {
  globalThis.gc?.();
  const engine = loadEngine(dir);
  primeEngine(engine);
  for (const q of ['soldiers killed', 'what did the minister say', 'xqzv plonk']) engine.answer(q);
  return engine;
}
// The slowest questions: least of two first-time passes.
const best = questions.map(() => Number.POSITIVE_INFINITY);
for (let r = 0; r < 2; r++) {
  const engine = fresh();
  for (const [i, q] of texts.entries()) {
    const t = performance.now();
    engine.answer(q);
    best[i] = Math.min(best[i] as number, performance.now() - t);
  }
}
const targets = new Set(
  values.kind
    ? kinds.map((k, i) => (k === values.kind ? i : -1)).filter((i) => i >= 0)
    : values.only
      ? texts.map((q, i) => (q.includes(values.only as string) ? i : -1)).filter((i) => i >= 0)
      : texts
          .map((_, i) => i)
          .sort((a, b) => (best[b] as number) - (best[a] as number))
          .slice(0, Number(values.top)),
);
for (const i of targets) console.log(`${(best[i] as number).toFixed(2)} ms  ${texts[i]?.slice(0, 100)}`);

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) =>
    session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))),
  );
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 20 });
const self = new Map<string, number>();
const total = new Map<string, number>();
let samples = 0;
const lineTicks = new Map<string, number>();
const wanted = values.lines ? values.lines.split(',') : [];
function add(profile: Profile) {
  for (const n of profile.nodes)
    if (wanted.includes(n.callFrame.functionName))
      for (const t of n.positionTicks ?? []) {
        const k = `${n.callFrame.functionName} ${n.callFrame.url.replace(/.*\/src\//, 'src/')}:${t.line}`;
        lineTicks.set(k, (lineTicks.get(k) ?? 0) + t.ticks);
      }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/src\//, 'src/')}:${n.callFrame.lineNumber + 1}`;
  for (const id of profile.samples) {
    const n = byId.get(id) as Node;
    if (n.callFrame.functionName === '(program)' || n.callFrame.functionName === '(idle)') continue;
    samples++;
    self.set(name(n), (self.get(name(n)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur) as Node);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + 1);
    }
  }
}
for (let r = 0; r < Number(values.rounds); r++) {
  const engine = fresh();
  for (const [i, q] of texts.entries()) {
    if (!targets.has(i)) {
      engine.answer(q);
      continue;
    }
    if (values.warm) engine.answer(q);
    await post('Profiler.start');
    engine.answer(q);
    const { profile } = (await post('Profiler.stop')) as { profile: Profile };
    add(profile);
  }
}
const show = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, v]) =>
        `  ${((100 * v) / samples).toFixed(1).padStart(5)}% ${((v * 0.02) / Number(values.rounds) / targets.size).toFixed(3)} ms  ${k}`,
    )
    .join('\n');
if (wanted.length) console.log(`lines (self):\n${show(lineTicks, 60)}`);
console.log(`samples ${samples}\nself:\n${show(self, 40)}\ntotal:\n${show(total, 70)}`);

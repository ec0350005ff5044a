/**
 * npx tsx bench/ab-cpu.ts --dir FOLDER --a DIST_A --b DIST_B [--kind long|all] [--rounds 30] [--what answer|search]
 *
 * Two compiled builds (their dist/src) in one process, each with its own engine over one corpus
 * (a folder the bench generated, with its bench-corpus.json), timed by CPU time (process.cpuUsage:
 * another process on a busy machine takes wall-clock time, not this one's CPU time) as well as
 * wall-clock time. `answer`: every bench question (of one kind) answered whole by A then by B, the
 * order swapped every round; `search`: every TermIndex.search() of those questions captured on
 * both, then replayed the same way. Per question (search), the least and the median of its times;
 * per round, the sum. Also checks that both give the same answers (the same hits): a change of
 * speed must change none. `--what search` does what bench/replay-ab.ts did (docs/history.md names
 * it), which this replaces: the least wall-clock time of each search, summed, is printed too.
 *
 * Run it twice, A and B swapped: on the shared 2-core machine (4 December, load 4 to 8) the
 * build loaded first often measured up to a quarter slower than the same build loaded second, and
 * a difference of a few per cent only counts when it holds both ways.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    a: { type: 'string' },
    b: { type: 'string' },
    kind: { type: 'string', default: 'all' },
    rounds: { type: 'string', default: '30' },
    what: { type: 'string', default: 'answer' },
  },
});
const dir = values.dir as string;
const questions = (
  JSON.parse(readFileSync(join(dir, 'bench-corpus.json'), 'utf8')) as {
    questions: { q: string; kind: string }[];
  }
).questions.filter((q) => values.kind === 'all' || q.kind === values.kind);
type Call = { index: unknown; args: unknown[] };
type Side = {
  name: string;
  engine: { answer(q: string): unknown };
  calls: Call[];
  search: (...a: unknown[]) => unknown;
  postings: number;
  scored: number;
};
async function load(name: string, dist: string): Promise<Side> {
  const { loadEngine, primeEngine } = await import(`${dist}/app/load-engine.js`);
  const { TermIndex, SEARCH_WORK } = await import(`${dist}/engine/retrieval.js`);
  const engine = loadEngine(dir);
  primeEngine(engine);
  const proto = TermIndex.prototype as Record<string, (...a: unknown[]) => unknown>;
  const search = proto.search as (...a: unknown[]) => unknown;
  const calls: Call[] = [];
  proto.search = function (this: unknown, ...args: unknown[]) {
    calls.push({ index: this, args });
    return search.apply(this, args);
  };
  const { postings, scored } = SEARCH_WORK;
  for (const { q } of questions) engine.answer(q);
  proto.search = search;
  return {
    name,
    engine,
    calls,
    search,
    postings: SEARCH_WORK.postings - postings,
    scored: SEARCH_WORK.scored - scored,
  };
}
const A = await load('A', values.a as string);
const B = await load('B', values.b as string);

// The same answers (and the same hits) on both: everything but the time taken.
const same = (answer: unknown) => JSON.stringify(answer, (k, v) => (k === 'ms' ? undefined : v));
let differ = 0;
for (const { q } of questions)
  if (same(A.engine.answer(q)) !== same(B.engine.answer(q))) {
    differ++;
    console.log(`answer differs: ${q.slice(0, 100)}`);
  }
if (A.calls.length !== B.calls.length) throw new Error(`${A.calls.length} vs ${B.calls.length} searches`);
type Found = { doc: { id: number }; score: number; matched: number; base: number }[];
const key = (hits: Found) => hits.map((h) => `${h.doc.id}:${h.score}:${h.matched}:${h.base}`).join(',');
let hitsDiffer = 0;
for (let i = 0; i < A.calls.length; i++) {
  const a = A.calls[i] as Call;
  const b = B.calls[i] as Call;
  if (key(A.search.apply(a.index, a.args) as Found) !== key(B.search.apply(b.index, b.args) as Found))
    hitsDiffer++;
}

const rounds = Number(values.rounds);
const items = values.what === 'search' ? A.calls.length : questions.length;
const run = (side: Side, i: number) => {
  if (values.what === 'search') {
    const c = side.calls[i] as Call;
    side.search.apply(c.index, c.args);
  } else side.engine.answer((questions[i] as { q: string }).q);
};
const cpu = { A: [] as number[][], B: [] as number[][] };
const wall = { A: [] as number[][], B: [] as number[][] };
for (let i = 0; i < items; i++) {
  cpu.A.push([]);
  cpu.B.push([]);
  wall.A.push([]);
  wall.B.push([]);
}
const roundCpu = { A: [] as number[], B: [] as number[] };
for (let r = 0; r < rounds; r++) {
  const sums = { A: 0, B: 0 };
  for (let i = 0; i < items; i++) {
    const order = (r + i) % 2 === 0 ? [A, B] : [B, A];
    for (const side of order) {
      const name = side.name as 'A' | 'B';
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      run(side, i);
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      const ms = (c.user + c.system) / 1000;
      (cpu[name][i] as number[]).push(ms);
      (wall[name][i] as number[]).push(t);
      sums[name] += ms;
    }
  }
  roundCpu.A.push(sums.A);
  roundCpu.B.push(sums.B);
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const f = (x: number) => x.toFixed(2);
const report = (name: 'A' | 'B') => {
  const least = wall[name].map((xs) => Math.min(...xs));
  const mid = cpu[name].map(median);
  const sorted = [...least].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)] as number;
  return `${name}: cpu per round median ${f(median(roundCpu[name]))} ms (least ${f(Math.min(...roundCpu[name]))}); per item cpu median summed ${f(sum(mid))}; wall least summed ${f(sum(least))}, p99 ${f(p99)}, max ${f(Math.max(...least))}`;
};
console.log(
  `${values.what} A/B, ${items} ${values.what === 'search' ? 'searches' : 'questions'} (${values.kind}), ${rounds} rounds; answers differ ${differ}, hits differ in ${hitsDiffer} of ${A.calls.length} searches; postings A ${A.postings} B ${B.postings}, scored A ${A.scored} B ${B.scored}`,
);
console.log(report('A'));
console.log(report('B'));
const wins = roundCpu.A.filter((a, r) => (roundCpu.B[r] as number) < a).length;
console.log(`rounds where B used less CPU than A: ${wins} of ${rounds}`);

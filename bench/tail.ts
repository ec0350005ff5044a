/**
 * npm run bench:tail [-- --size 50000 | onto-50000] [--reps 15] [--top 15] [--only substring] [--check]
 *
 * Where the tail of the question times comes from, question by question: loads one generated
 * corpus once (as the bench's engine child does: compiled.json, primed), asks every bench question
 * once in order (what the bench measures: the first time a quote is shown, its neighbours are
 * searched), then each again `--reps` times, and prints the slowest by thread CPU time (first pass,
 * and the median of the repetitions), with the CPU time in the reader, the analyser, the searches
 * and the neighbour searches, the garbage collector's pauses, and the work: postings read and
 * documents scored (SEARCH_WORK), which a busy machine does not move at all. --check: every
 * answer against the exhaustive engine's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '50000' },
    reps: { type: 'string', default: '15' },
    top: { type: 'string', default: '15' },
    only: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});
const size = values.size as string;
const onto = size.startsWith('onto-');
const passages = Number(size.replace('onto-', ''));
const { cachedKnowledge } = await import('./generate.ts');
const { loadEngine, primeEngine } = await import('../src/app/load-engine.ts');
const { corpus } = cachedKnowledge({ passages, seed: 17, ...(onto ? { onto: 'after' as const } : {}) });
const questions: { q: string; kind: string }[] = corpus.questions.map((q) => ({ q: q.q, kind: q.kind }));
if (onto) {
  const shared = resolve(import.meta.dirname, '../../shared/eval');
  const dev: { q: string; kind: string }[] = [];
  for (const [file, kind] of [
    ['dev-questions.jsonl', 'dev'],
    ['dev-messy.jsonl', 'dev-messy'],
  ] as const) {
    const path = join(shared, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { q?: string };
      if (typeof item.q === 'string') dev.push({ q: item.q.replace(/\s*\n\s*/g, ' '), kind });
    }
  }
  questions.unshift(...dev);
}
const { TermIndex, SEARCH_WORK } = await import('../src/engine/retrieval.ts');
const { ChatReader } = await import('../src/engine/reader.ts');
/** CPU ms spent in a few methods, per question (--split). */
const spent: Record<string, number> = {};
function timed(proto: Record<string, unknown>, method: string, label: string): void {
  const original = proto[method] as (...args: unknown[]) => unknown;
  let depth = 0;
  proto[method] = function (this: unknown, ...args: unknown[]) {
    if (depth > 0) return original.apply(this, args);
    depth++;
    const started = cpu();
    const postings = SEARCH_WORK.postings;
    try {
      return original.apply(this, args);
    } finally {
      depth--;
      spent[label] = (spent[label] ?? 0) + cpu() - started;
      if (label === 'closest' || label === 'search')
        spent[`${label}P`] = (spent[`${label}P`] ?? 0) + SEARCH_WORK.postings - postings;
    }
  };
}
const engine = loadEngine(corpus.dir);
primeEngine(engine);
for (const q of ['soldiers killed', 'what did the minister say', 'xqzv plonk']) engine.answer(q);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const asked = values.only ? questions.filter((q) => q.q.includes(values.only as string)) : questions;
// Named, so that a CPU profile can tell the first pass from the rest.
const splits: Record<string, number>[] = [];
const windows: [number, number][] = [];
const gcs: { start: number; ms: number }[] = [];
const { PerformanceObserver } = await import('node:perf_hooks');
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ['gc'] });
const { getHeapStatistics } = await import('node:v8');
/** Heap bytes each question of the first pass allocated (-1: not known, a GC came in between). */
const allocated: number[] = [];
function firstPass(): number[] {
  const times: number[] = [];
  for (const { q } of asked) {
    for (const key of Object.keys(spent)) spent[key] = 0;
    const { postings, scored } = SEARCH_WORK;
    const heap = getHeapStatistics().used_heap_size;
    const started = cpu();
    const at = performance.now();
    engine.answer(q);
    windows.push([at, performance.now()]);
    times.push(cpu() - started);
    // Bytes allocated (heap used after less before; -1 when a collection came in between).
    const grown = getHeapStatistics().used_heap_size - heap;
    allocated.push(grown >= 0 ? grown : -1);
    splits.push({ ...spent, postings: SEARCH_WORK.postings - postings, scored: SEARCH_WORK.scored - scored });
  }
  return times;
}
timed(TermIndex.prototype as unknown as Record<string, unknown>, 'closest', 'closest');
timed(TermIndex.prototype as unknown as Record<string, unknown>, 'search', 'search');
timed(TermIndex.prototype as unknown as Record<string, unknown>, 'accumulate', 'acc');
timed(TermIndex.prototype as unknown as Record<string, unknown>, 'walk', 'walk');
timed(TermIndex.prototype as unknown as Record<string, unknown>, 'scratch', 'scratch');
timed(ChatReader.prototype as unknown as Record<string, unknown>, 'read', 'read');
const { Analyzer } = await import('../src/engine/analyzer.ts');
timed(Analyzer.prototype as unknown as Record<string, unknown>, 'analyzeTokens', 'analyse');
const first = firstPass();
await new Promise((r) => setTimeout(r, 50));
for (const [i, [from, to]] of windows.entries()) {
  const gc = gcs.filter((g) => g.start >= from && g.start <= to).reduce((sum, g) => sum + g.ms, 0);
  if (gc > 0) (splits[i] as Record<string, number>).gc = gc;
}
console.log(
  `GC during the first pass: ${gcs.filter((g) => g.start >= (windows[0]?.[0] ?? 0)).length} pauses, ${gcs
    .filter((g) => g.start >= (windows[0]?.[0] ?? 0))
    .reduce((s, g) => s + g.ms, 0)
    .toFixed(1)} ms`,
);
const reps = Number(values.reps);
const steady: number[] = [];
for (const { q } of asked) {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const started = cpu();
    engine.answer(q);
    times.push(cpu() - started);
  }
  times.sort((a, b) => a - b);
  steady.push(times[Math.floor(times.length / 2)] ?? 0);
}
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
};
const long = asked.map((q, i) => (q.kind === 'long' ? i : -1)).filter((i) => i >= 0);
const f = (x: number) => x.toFixed(2);
console.log(
  `${size}: ${asked.length} questions; first pass CPU p50 ${f(pct(first, 50))} p90 ${f(pct(first, 90))} p99 ${f(pct(first, 99))} long p99 ${
    long.length
      ? f(
          pct(
            long.map((i) => first[i] as number),
            99,
          ),
        )
      : '-'
  } sum ${f(first.reduce((a, b) => a + b, 0))}`,
);
console.log(
  `  steady (median of ${reps}, CPU): p50 ${f(pct(steady, 50))} p90 ${f(pct(steady, 90))} p99 ${f(pct(steady, 99))} long p99 ${
    long.length
      ? f(
          pct(
            long.map((i) => steady[i] as number),
            99,
          ),
        )
      : '-'
  }`,
);
const top = Number(values.top);
const order = asked.map((_, i) => i).sort((a, b) => (first[b] as number) - (first[a] as number));
console.log('  slowest, first pass CPU / steady ms:');
for (const i of order.slice(0, top))
  console.log(
    `   ${f(first[i] as number)} / ${f(steady[i] as number)} {${Object.entries(splits[i] ?? {})
      .map(([k, v]) => `${k} ${Number.isInteger(v) ? v : f(v)}`)
      .join(', ')}}  [${asked[i]?.kind}] ${asked[i]?.q.slice(0, 100)}`,
  );
const total = (key: string) => splits.reduce((sum, x) => sum + (x[key] ?? 0), 0);
console.log(
  `  first pass, CPU ms in: ${Object.keys(splits[0] ?? {})
    .map((k) => `${k} ${f(total(k))}`)
    .join(', ')}`,
);
const work = (key: string) => splits.map((x) => x[key] ?? 0);
for (const key of ['postings', 'scored'])
  console.log(
    `  ${key} per question (first pass): p50 ${pct(work(key), 50)} p90 ${pct(work(key), 90)} p99 ${pct(work(key), 99)} max ${Math.max(...work(key))} sum ${work(key).reduce((a, b) => a + b, 0)}`,
  );
{
  const known = allocated.filter((b) => b >= 0);
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  console.log(
    `  heap allocated per question (first pass, ${known.length} of ${allocated.length} known): p50 ${kb(pct(known, 50))} p90 ${kb(pct(known, 90))} p99 ${kb(pct(known, 99))} mean ${kb(known.reduce((a, b) => a + b, 0) / Math.max(1, known.length))}`,
  );
  const byAlloc = asked.map((_, i) => i).sort((a, b) => (allocated[b] as number) - (allocated[a] as number));
  for (const i of byAlloc.slice(0, 5))
    console.log(`   ${kb(allocated[i] as number)}  [${asked[i]?.kind}] ${asked[i]?.q.slice(0, 100)}`);
}
const byWork = asked
  .map((_, i) => i)
  .sort(
    (a, b) =>
      (work('postings')[b] as number) +
      20 * (work('scored')[b] as number) -
      (work('postings')[a] as number) -
      20 * (work('scored')[a] as number),
  );
console.log('  most work (postings + 20 x scored):');
for (const i of byWork.slice(0, top))
  console.log(
    `   ${work('postings')[i]} postings, ${work('scored')[i]} scored, CPU ${f(first[i] as number)}  [${asked[i]?.kind}] ${asked[i]?.q.slice(0, 100)}`,
  );
const bySteady = asked.map((_, i) => i).sort((a, b) => (steady[b] as number) - (steady[a] as number));
console.log('  slowest, steady:');
for (const i of bySteady.slice(0, top))
  console.log(
    `   ${f(steady[i] as number)} (first ${f(first[i] as number)})  [${asked[i]?.kind}] ${asked[i]?.q.slice(0, 110)}`,
  );

// --check: every answer against the exhaustive engine's (as the bench's full run does).
if (values.check) {
  const { loadServedKnowledge } = await import('../src/app/load-engine.ts');
  const { Engine } = await import('../src/engine/engine.ts');
  const served = loadServedKnowledge(corpus.dir);
  if (!served.ok) throw new Error('the knowledge does not load');
  const reference = new Engine(served.kb, { savedIndex: served.engineIndex, exhaustive: true });
  const strip = ({ ms: _ms, ...rest }: { ms: number }) => JSON.stringify(rest);
  const differ = asked.filter(({ q }) => strip(engine.answer(q)) !== strip(reference.answer(q)));
  console.log(`against the exhaustive engine: ${differ.length} of ${asked.length} differ`);
  for (const d of differ.slice(0, 10)) console.log(`  differs: ${d.q}`);
}

/**
 * npm run bench:minima [-- --size 50000 | onto-50000] [--rounds 8] [--top 15] [--only substring] [--dir folder]
 *
 * A measure of the question times that a busy machine hardly moves: the bench's question pass as
 * the bench runs it (an engine loaded from compiled.json and primed, the three warm-up questions,
 * then every bench question once, in order: each question's first time, its typo corrections and
 * its quotes' neighbours not yet known), done `--rounds` times on a fresh engine each time, and of
 * each question the MINIMUM of its times. Another process taking the CPU only ever adds time, so
 * the minimum over a few rounds is what the question costs. Prints the distribution of the minima
 * (p50 / p90 / p99 / max, and of the long messages apart), the share of their sum spent in each
 * stage (all questions, and the long messages apart), the slowest with the time in each stage
 * (in the round of their minimum), the work (postings read, documents scored) and the heap bytes
 * each allocated (in a round with no collection in between), and whether the heap shrank during
 * the question in the round of its minimum (` GC`: a young-generation collection ran inside it in
 * every round, so its minimum holds one; the count of such minima is printed). It also prints the
 * minimum of each question's CPU time over the same passes (`cpu all`, `cpu long`: the thread's
 * own CPU where Node has process.threadCpuUsage, Node 24; the process's on Node 20, see
 * thread-cpu.ts), which the load of the machine moves far less than wall-clock time. --dir: a corpus folder the bench
 * generated (with its bench-corpus.json), used as it is: two versions of the code compared on the
 * same corpus (the cache would generate it again for a change under src/).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '50000' },
    rounds: { type: 'string', default: '8' },
    top: { type: 'string', default: '15' },
    only: { type: 'string' },
    dir: { type: 'string' },
  },
});
const size = values.size as string;
const onto = size.startsWith('onto-');
const passages = Number(size.replace('onto-', ''));
const { cachedKnowledge } = await import('./generate.ts');
type GeneratedCorpus = import('./generate.ts').GeneratedCorpus;
const { loadEngine, primeEngine } = await import('../src/app/load-engine.ts');
const { CPU_CLOCK, cpuMs } = await import('./thread-cpu.ts');
const { TermIndex, SEARCH_WORK } = await import('../src/engine/retrieval.ts');
const { ChatReader } = await import('../src/engine/reader.ts');
const { Analyzer } = await import('../src/engine/analyzer.ts');
const { Engine } = await import('../src/engine/engine.ts');
const corpus: GeneratedCorpus = values.dir
  ? { ...JSON.parse(readFileSync(join(values.dir, 'bench-corpus.json'), 'utf8')), dir: values.dir }
  : cachedKnowledge({ passages, seed: 17, ...(onto ? { onto: 'after' as const } : {}) }).corpus;
const all = corpus.questions.map((q) => ({ q: q.q, kind: q.kind as string }));
const asked = values.only ? all.filter((q) => q.q.includes(values.only as string)) : all;

/** Milliseconds spent in a few methods during the current question (the outermost call only). */
const spent: Record<string, number> = {};
function timed(proto: object, method: string, label: string): void {
  const target = proto as Record<string, unknown>;
  const original = target[method] as ((...args: unknown[]) => unknown) | undefined;
  if (typeof original !== 'function') return;
  let depth = 0;
  target[method] = function (this: unknown, ...args: unknown[]) {
    if (depth > 0) return original.apply(this, args);
    depth++;
    const started = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      depth--;
      spent[label] = (spent[label] ?? 0) + performance.now() - started;
    }
  };
}
timed(ChatReader.prototype, 'read', 'read');
timed(Analyzer.prototype, 'analyzeTokens', 'analyse');
timed(Analyzer.prototype, 'correct', 'typo');
timed(Engine.prototype, 'questionParts', 'parts');
timed(Engine.prototype, 'answerPart', 'answerPart');
timed(TermIndex.prototype, 'search', 'search');
timed(TermIndex.prototype, 'closest', 'closest');
timed(Engine.prototype, 'withStory', 'withStory');
timed(Engine.prototype, 'storyRead', 'storyRead');
timed(Engine.prototype, 'followUp', 'followUp');
timed(Analyzer.prototype, 'heardNames', 'heardNames');

const rounds = Number(values.rounds);
const best = asked.map(() => Number.POSITIVE_INFINITY);
/** Of each question, the minimum of its CPU times (this thread's, or the process's on Node 20). */
const bestCpu = asked.map(() => Number.POSITIVE_INFINITY);
const stages: Record<string, number>[] = asked.map(() => ({}));
const work = asked.map(() => ({ postings: 0, scored: 0 }));
const allocated = asked.map(() => -1);
/** Whether the heap shrank during the question in the round of its minimum (a collection ran in it). */
const collected = asked.map(() => false);
const loads: number[] = [];
for (let round = 0; round < rounds; round++) {
  globalThis.gc?.();
  const engine = loadEngine(corpus.dir);
  primeEngine(engine);
  for (const q of ['soldiers killed', 'what did the minister say', 'xqzv plonk']) engine.answer(q);
  loads.push(loadavg()[0] as number);
  for (const [i, { q }] of asked.entries()) {
    for (const key of Object.keys(spent)) spent[key] = 0;
    const { postings, scored } = SEARCH_WORK;
    const heap = getHeapStatistics().used_heap_size;
    const cpuStarted = cpuMs();
    const started = performance.now();
    engine.answer(q);
    const ms = performance.now() - started;
    const cpu = cpuMs() - cpuStarted;
    if (cpu < (bestCpu[i] as number)) bestCpu[i] = cpu;
    const grown = getHeapStatistics().used_heap_size - heap;
    if (grown >= 0 && allocated[i] === -1) allocated[i] = grown;
    if (round === 0)
      work[i] = { postings: SEARCH_WORK.postings - postings, scored: SEARCH_WORK.scored - scored };
    if (ms < (best[i] as number)) {
      best[i] = ms;
      stages[i] = { ...spent };
      collected[i] = grown < 0;
    }
  }
  process.stderr.write(`round ${round + 1} of ${rounds}\n`);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
};
const f = (x: number) => x.toFixed(2);
const spread = (xs: number[]) =>
  xs.length
    ? `p50 ${f(pct(xs, 50))} p90 ${f(pct(xs, 90))} p99 ${f(pct(xs, 99))} max ${f(Math.max(...xs))}`
    : '-';
const long = best.filter((_, i) => asked[i]?.kind === 'long');
console.log(
  `${size}: ${asked.length} questions, minimum of ${rounds} cold passes (load ${loads.map((l) => l.toFixed(1)).join(' ')})`,
);
console.log(`  all  ${spread(best)}  sum ${f(best.reduce((a, b) => a + b, 0))}`);
console.log(`  long ${spread(long)}`);
const kinds = [...new Set(asked.map((q) => q.kind))];
for (const kind of kinds) {
  const xs = best.filter((_, i) => asked[i]?.kind === kind);
  console.log(`    ${kind.padEnd(11)} ${String(xs.length).padStart(3)}  ${spread(xs)}`);
}
// The same minima in CPU time, which another process taking the CPU does not add to: what to
// compare two builds by on a busy machine (the wall-clock lines above move with the load).
const cpuSum = bestCpu.reduce((a, b) => a + b, 0);
console.log(`  cpu all  ${spread(bestCpu)}  sum ${f(cpuSum)}  (${CPU_CLOCK} CPU ms)`);
console.log(
  `  cpu long ${spread(bestCpu.filter((_, i) => asked[i]?.kind === 'long'))}  (${CPU_CLOCK} CPU ms)`,
);
// Where the time of the minima goes: each stage's time in the round of each question's minimum,
// summed, as a share of the minima's sum. Stages nest (read holds heardNames; parts holds
// storyRead and analyse; withStory holds answerPart, search and analyse; answerPart holds search),
// so the shares do not add up to 100%.
const shares = (which: (i: number) => boolean) => {
  const total = best.reduce((sum, ms, i) => (which(i) ? sum + ms : sum), 0);
  const by: Record<string, number> = {};
  for (const [i, s] of stages.entries())
    if (which(i)) for (const [k, v] of Object.entries(s)) by[k] = (by[k] ?? 0) + v;
  return Object.entries(by)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${((100 * v) / total).toFixed(0)}%`)
    .join(', ');
};
console.log(`  share of the minima by stage (nested): all {${shares(() => true)}}`);
console.log(`    long {${shares((i) => asked[i]?.kind === 'long')}}`);
const kb = (b: number) => (b < 0 ? '?' : `${(b / 1024).toFixed(0)} KB`);
const known = allocated.filter((b) => b >= 0);
console.log(
  `  heap allocated a question: p50 ${kb(pct(known, 50))} p90 ${kb(pct(known, 90))} p99 ${kb(pct(known, 99))} sum ${(known.reduce((a, b) => a + b, 0) / 2 ** 20).toFixed(1)} MB`,
);
const order = asked.map((_, i) => i).sort((a, b) => (best[b] as number) - (best[a] as number));
console.log(
  `  minima with a collection in them: ${collected.filter(Boolean).length} (long messages ${collected.filter((c, i) => c && asked[i]?.kind === 'long').length})`,
);
console.log(`  slowest (minimum ms {stages}, postings / scored, allocated, GC: a collection in it):`);
for (const i of order.slice(0, Number(values.top)))
  console.log(
    `   ${f(best[i] as number)} {${Object.entries(stages[i] ?? {})
      .filter(([, v]) => v >= 0.01)
      .map(([k, v]) => `${k} ${f(v)}`)
      .join(
        ', ',
      )}} ${work[i]?.postings}/${work[i]?.scored} ${kb(allocated[i] as number)}${collected[i] ? ' GC' : ''}  [${asked[i]?.kind}] ${asked[i]?.q.slice(0, 90)}`,
  );

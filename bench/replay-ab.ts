/**
 * npx tsx bench/replay-ab.ts --dir FOLDER --a DIST_A --b DIST_B [--kind long|all] [--reps 100]
 * Two compiled builds (their dist/src) in one process, each on its own engine over one corpus:
 * every TermIndex.search() of the bench's questions (of one kind) captured on both, then replayed
 * alternately, A then B, `--reps` times; per search the least time of each (another process only
 * adds time), summed. Both under the same load, so the two sums compare. Also counts the searches
 * whose hits differ between the two (documents, scores): a change of speed must leave none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    a: { type: 'string' },
    b: { type: 'string' },
    kind: { type: 'string', default: 'long' },
    reps: { type: 'string', default: '100' },
  },
});
const dir = values.dir as string;
const questions = (
  JSON.parse(readFileSync(join(dir, 'bench-corpus.json'), 'utf8')) as {
    questions: { q: string; kind: string }[];
  }
).questions.filter((q) => values.kind === 'all' || q.kind === values.kind);
type Call = { index: unknown; args: unknown[] };
async function capture(dist: string) {
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
  const before = SEARCH_WORK.postings;
  for (const { q } of questions) engine.answer(q);
  proto.search = search;
  return { calls, search, postings: SEARCH_WORK.postings - before };
}
const A = await capture(values.a as string);
const B = await capture(values.b as string);
if (A.calls.length !== B.calls.length) throw new Error(`${A.calls.length} vs ${B.calls.length} searches`);
// The same searches must give the same hits (document, score, figures) on both.
type Found = { doc: { id: number }; score: number; matched: number; base: number }[];
const key = (hits: Found) => hits.map((h) => `${h.doc.id}:${h.score}:${h.matched}:${h.base}`).join(',');
let differ = 0;
for (let i = 0; i < A.calls.length; i++) {
  const a = A.calls[i] as Call;
  const b = B.calls[i] as Call;
  if (key(A.search.apply(a.index, a.args) as Found) !== key(B.search.apply(b.index, b.args) as Found))
    differ++;
}
const reps = Number(values.reps);
const leastA = A.calls.map(() => Number.POSITIVE_INFINITY);
const leastB = B.calls.map(() => Number.POSITIVE_INFINITY);
for (let r = 0; r < reps; r++)
  for (let i = 0; i < A.calls.length; i++) {
    for (const [side, least] of [
      [A, leastA],
      [B, leastB],
    ] as const) {
      const c = side.calls[i] as Call;
      const t = performance.now();
      side.search.apply(c.index, c.args);
      const ms = performance.now() - t;
      if (ms < (least[i] as number)) least[i] = ms;
    }
  }
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const kinds = (c: Call) => (c.args[1] as { kind: string }).kind;
const part = (least: number[], side: typeof A, kind: string) =>
  sum(least.filter((_, i) => kinds(side.calls[i] as Call) === kind)).toFixed(2);
console.log(
  `${A.calls.length} searches (${values.kind}), least of ${reps} each, summed ms: A ${sum(leastA).toFixed(2)} (qa ${part(leastA, A, 'qa')}, passage ${part(leastA, A, 'passage')}), B ${sum(leastB).toFixed(2)} (qa ${part(leastB, B, 'qa')}, passage ${part(leastB, B, 'passage')}); postings A ${A.postings} B ${B.postings}; hits differ in ${differ}`,
);

/**
 * A check and a measure for a change of speed in question reading (ChatReader.read and
 * Analyzer.analyzeTokens) that must change no output.
 *
 *   npx tsx bench/reading-ab.ts record --dist DIST --out FILE
 *     Every message of every eval set (eval/*.jsonl and ../shared/eval/*.jsonl, where it is; each turn of a
 *     conversation, in the context of the turns before it, as the eval asks it) answered by the
 *     build in DIST (a compiled dist/src, anywhere under the project so that its packages resolve);
 *     every call of read() and analyzeTokens() made meanwhile recorded, input and output, once per
 *     distinct input, in the order first made. Nothing of the messages is printed.
 *   npx tsx bench/reading-ab.ts check --dist DIST --in FILE
 *     Replays the recorded inputs on the build in DIST (an engine of its own) and counts the outputs
 *     that differ (by kind and set, never the message). A few typo corrections depend on what the
 *     engine met before (the eval's answers, not only the readings), so compare a change with the
 *     base build's own replay: --out FILE writes the replay's outputs, to check against after.
 *   npx tsx bench/reading-ab.ts time --a DIST_A --b DIST_B --in FILE [--rounds 9]
 *     Both builds in one process, each with its engine; each round replays every recorded input on
 *     A then B (the order swapped every round), timed by CPU time (process.cpuUsage: another
 *     process on a busy machine takes wall time, not this one's CPU). Prints the least and the
 *     median round of each, read and analyse apart.
 *
 * --knowledge FOLDER: the knowledge the engines load (default: this project's knowledge/).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string' },
    a: { type: 'string' },
    b: { type: 'string' },
    in: { type: 'string' },
    out: { type: 'string' },
    rounds: { type: 'string', default: '9' },
    knowledge: { type: 'string', default: resolve(import.meta.dirname, '..', 'knowledge') },
  },
});
const mode = positionals[0];

type Kind = 'read' | 'analyse';
interface Call {
  kind: Kind;
  set: string;
  input: unknown;
  output: string;
}
interface Side {
  read: (message: string) => unknown;
  analyse: (tokens: unknown) => unknown;
  engine: { answer(q: string, turns?: unknown[]): unknown };
  turnOf: (answer: unknown) => unknown;
  reader: { read: (m: string) => unknown };
  analyzer: { analyzeTokens: (t: unknown) => unknown };
}

/** Outputs as text to compare: Sets and Maps by their entries, keys in the order made. */
function serial(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (v instanceof Set) return { set: [...v] };
    if (v instanceof Map) return { map: [...v] };
    return v;
  });
}

async function load(dist: string): Promise<Side> {
  const root = resolve(dist);
  const { loadEngine, primeEngine } = await import(join(root, 'app/load-engine.js'));
  const { turnOf } = await import(join(root, 'engine/conversation.js'));
  const engine = loadEngine(values.knowledge);
  primeEngine(engine);
  const corpus = (engine as { corpus: { reader: Side['reader']; analyzer: Side['analyzer'] } }).corpus;
  return {
    engine,
    turnOf,
    reader: corpus.reader,
    analyzer: corpus.analyzer,
    read: (m) => corpus.reader.read(m),
    analyse: (t) => corpus.analyzer.analyzeTokens(t),
  };
}

/** The shared samples beside the project (../shared/eval), when this checkout has them. */
const SHARED = resolve(import.meta.dirname, '..', '..', 'shared', 'eval');

function evalSets(): { set: string; items: { q?: string; turns?: string[] }[] }[] {
  const jsonl = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.jsonl'))
          .map((f) => join(dir, f))
      : [];
  const files = [...jsonl('eval'), ...jsonl(SHARED)].sort();
  return files.map((file) => ({
    set: file,
    items: readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l)),
  }));
}

async function record(): Promise<void> {
  const side = await load(values.dist as string);
  const calls: Call[] = [];
  const seen = new Set<string>();
  let set = '';
  let depth = 0;
  const hook = (target: Record<string, unknown>, method: string, kind: Kind) => {
    const original = target[method] as (...a: unknown[]) => unknown;
    target[method] = function (this: unknown, arg: unknown) {
      // Inputs copied before the call (a call may change its tokens' array after).
      const input = JSON.parse(JSON.stringify(arg));
      depth++;
      try {
        const result = original.call(this, arg);
        const key = `${kind}\u0000${JSON.stringify(input)}`;
        if (depth === 1 && !seen.has(key)) {
          seen.add(key);
          calls.push({ kind, set, input, output: serial(result) });
        }
        return result;
      } finally {
        depth--;
      }
    };
  };
  hook(side.reader as unknown as Record<string, unknown>, 'read', 'read');
  hook(side.analyzer as unknown as Record<string, unknown>, 'analyzeTokens', 'analyse');
  for (const { set: name, items } of evalSets()) {
    set = name;
    for (const item of items) {
      if (Array.isArray(item.turns)) {
        const turns: unknown[] = [];
        side.engine.answer('');
        for (const t of item.turns) turns.push(side.turnOf(side.engine.answer(t, turns)));
      } else if (typeof item.q === 'string') side.engine.answer(item.q);
    }
  }
  writeFileSync(values.out as string, JSON.stringify(calls));
  const reads = calls.filter((c) => c.kind === 'read').length;
  console.log(`recorded ${reads} readings and ${calls.length - reads} analyses`);
}

function replay(side: Side, call: Call): unknown {
  // A fresh copy of the input each time: read and analyse may not change it, but are not told so.
  return call.kind === 'read'
    ? side.read(call.input as string)
    : side.analyse(JSON.parse(JSON.stringify(call.input)));
}

async function check(): Promise<void> {
  const side = await load(values.dist as string);
  const calls: Call[] = JSON.parse(readFileSync(values.in as string, 'utf8'));
  const differ = new Map<string, number>();
  const replayed: Call[] = [];
  for (const call of calls) {
    const output = serial(replay(side, call));
    replayed.push({ ...call, output });
    if (output === call.output) continue;
    const key = `${call.kind} ${call.set}`;
    differ.set(key, (differ.get(key) ?? 0) + 1);
  }
  if (values.out) writeFileSync(values.out, JSON.stringify(replayed));
  for (const [key, n] of differ) console.log(`DIFFER ${n} ${key}`);
  console.log(differ.size === 0 ? `identical: all ${calls.length} outputs` : 'OUTPUTS DIFFER');
  if (differ.size > 0) process.exitCode = 1;
}

async function time(): Promise<void> {
  const a = await load(values.a as string);
  const b = await load(values.b as string);
  const calls: Call[] = JSON.parse(readFileSync(values.in as string, 'utf8'));
  const inputs = calls.map((c) => ({ ...c, copy: c.kind === 'analyse' ? JSON.stringify(c.input) : '' }));
  const times = {
    a: { read: [] as number[], analyse: [] as number[] },
    b: { read: [], analyse: [] },
  } as Record<'a' | 'b', Record<Kind, number[]>>;
  const run = (side: Side, name: 'a' | 'b') => {
    const spent: Record<Kind, number> = { read: 0, analyse: 0 };
    for (const call of inputs) {
      const arg = call.kind === 'read' ? call.input : JSON.parse(call.copy);
      const before = process.cpuUsage();
      if (call.kind === 'read') side.read(arg as string);
      else side.analyse(arg);
      const used = process.cpuUsage(before);
      spent[call.kind] += (used.user + used.system) / 1000;
    }
    times[name].read.push(spent.read);
    times[name].analyse.push(spent.analyse);
  };
  // One round of each unmeasured: the first calls compile.
  run(a, 'a');
  run(b, 'b');
  for (const k of ['a', 'b'] as const) for (const kind of ['read', 'analyse'] as const) times[k][kind] = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    if (r % 2 === 0) {
      run(a, 'a');
      run(b, 'b');
    } else {
      run(b, 'b');
      run(a, 'a');
    }
  }
  const least = (xs: number[]) => Math.min(...xs);
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
  for (const kind of ['read', 'analyse'] as const) {
    const [la, lb] = [least(times.a[kind]), least(times.b[kind])];
    console.log(
      `${kind.padEnd(8)} A least ${la.toFixed(1)} ms median ${median(times.a[kind]).toFixed(1)}   ` +
        `B least ${lb.toFixed(1)} ms median ${median(times.b[kind]).toFixed(1)}   B/A ${(lb / la).toFixed(3)}`,
    );
  }
}

if (mode === 'record') await record();
else if (mode === 'check') await check();
else if (mode === 'time') await time();
else {
  console.error('usage: reading-ab.ts record|check|time (see the comment at the top)');
  process.exit(2);
}

/**
 * npm run bench:reload-kinds: bench:reload's four kinds of edit (by hand and as /kb edit does,
 * each adding a word no text has, then a word the passages have; a hand edit writes the file as it
 * was with its one change, so from the second run on it also takes back the /kb edit), made on
 * one thread as bench:reload-cpu makes its edits: the worker's part, the message's copy, the
 * engine built on the one served and autocomplete, and what is finished once it is served (after:
 * Engine.finishing, the typo index of a vocabulary changed), each part's CPU time on this thread
 * (/proc/thread-self/schedstat), every run then the median. On a shared machine wall time says
 * little; this counts the work. Environment: PASSAGES (50000), RUNS (3), WARM (runs made first and
 * not counted, 1), DIST=/path/to/dist/src to run that compiled code instead of src/ (an A/B of
 * two commits built apart, or a profile by line), PROFILE=file for a CPU profile of the runs
 * counted, RELOAD_MARKS=1 for the steps (src/reload-marks.ts; a `bench: save (kind)` mark each).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { KnowledgeBase } from '../src/knowledge/model.ts';
import { cachedKnowledge } from './generate.ts';

// DIST=/path/to/dist/src: that compiled code instead of src/ (an A/B of two commits, a profile by line).
const root = process.env.DIST ?? new URL('../src', import.meta.url).pathname;
const ext = process.env.DIST ? 'js' : 'ts';
const load = (path: string) => import(`${root}/${path}.${ext}`);
const { TransferReceiver, TransferSender } = await load('app/knowledge-transfer');
const { loadEngine } = await load('app/load-engine');
const { prepareKnowledge } = await load('app/prepare');
const { preparingBrowsing } = await load('engine/browse');
const { Engine } = await load('engine/engine');
const { applyQaOperation } = await load('knowledge/editor');
const { markStep } = await load('reload-marks');

const runs = Number(process.env.RUNS ?? 3);
const threadCpu = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
function cpu<T>(run: () => T): [T, number] {
  const before = threadCpu();
  const value = run();
  return [value, threadCpu() - before];
}
const session = process.env.PROFILE ? new Session() : null;
const { corpus } = cachedKnowledge({ passages: Number(process.env.PASSAGES ?? 50000) });
const dir = mkdtempSync(join(tmpdir(), 'dez-kinds-'));
cpSync(corpus.dir, dir, { recursive: true });
let served = loadEngine(dir, { prime: true });
for (const _ of preparingBrowsing(served));
const sender = new TransferSender();
const receiver = new TransferReceiver();
const qaFile = join(dir, 'qa.yaml');
const text = readFileSync(qaFile, 'utf8');
const rows: Record<string, Record<string, number[]>> = {};
const serve = (kind: string, overrides?: Record<string, string>) => {
  markStep(`bench: save (${kind})`);
  const [message, worker] = cpu(() => {
    const prepared = prepareKnowledge(
      overrides
        ? { dir, source: 'files', overrides, analyse: true }
        : { dir, source: 'served', analyse: true },
    );
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems).slice(0, 300));
    return serialize(sender.send(prepared));
  });
  const [received, copy] = cpu(() => receiver.receive(deserialize(message)));
  const kb = received.kb as KnowledgeBase;
  const [engine, build] = cpu(() => {
    const e = new Engine(kb, { savedIndex: received.engineIndex, previous: served });
    return e;
  });
  markStep('answering: engine built');
  const [, browse] = cpu(() => {
    for (const _ of preparingBrowsing(engine, served));
  });
  markStep('answering: autocomplete built');
  markStep('answering: new version served');
  // What LiveKnowledge finishes once the new version is served (the typo index of a vocabulary changed).
  const [, after] = cpu(() => {
    for (const _ of engine.finishing?.() ?? []);
  });
  // As the bot's warm-up and users do: a typo corrected (the typo index built, if the first
  // reload, which reads every file and so builds afresh, left it to be built on first use).
  engine.answer('how many soldeirs were killed');
  served = engine;
  rows[kind] ??= {};
  const r = rows[kind] as Record<string, number[]>;
  for (const [k, v] of Object.entries({
    worker,
    copy,
    build,
    browse,
    answering: copy + build + browse,
    after,
  })) {
    r[k] ??= [];
    r[k].push(v);
  }
};
const match = /question: ([A-Z][^"':#\n]+)\n/.exec(text.slice(text.length >> 1));
if (!match) throw new Error('no question');
const handQuestion = (match[1] as string).replace(/\?$/, '');
const entry = served.kb.qa[served.kb.qa.length >> 2];
if (!entry) throw new Error('no entry');
const kbQuestion = entry.question.replace(/\?$/, '');
const known = 'said';
const warm = Number(process.env.WARM ?? 1);
for (let run = 1 - warm; run <= runs; run++) {
  if (run === 1 && session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
  }
  const handWord = `quarvel${String.fromCharCode(100 + run)}`;
  const kbWord = `tremovin${String.fromCharCode(100 + run)}`;
  const hand = (q: string) => {
    writeFileSync(qaFile, text.replace(match[0], `question: ${q}?\n`));
  };
  const kbEdit = (q: string) => {
    const applied = applyQaOperation(readFileSync(qaFile, 'utf8'), {
      op: 'edit',
      id: entry.id,
      change: { question: `${q}?` },
    });
    if (!('next' in applied)) throw new Error('refused');
    writeFileSync(qaFile, applied.next);
  };
  const tag = run >= 1 ? '' : 'warm ';
  hand(`${handQuestion} ${handWord}`);
  serve(`${tag}handNew`);
  hand(`${handQuestion} ${handWord} ${known}`);
  serve(`${tag}handSame`);
  kbEdit(`${kbQuestion} ${kbWord}`);
  serve(`${tag}kbNew`);
  kbEdit(`${kbQuestion} ${kbWord} ${known}`);
  serve(`${tag}kbSame`);
}
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(process.env.PROFILE as string, JSON.stringify(profile));
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1] as number;
for (const [kind, r] of Object.entries(rows)) {
  if (kind.startsWith('warm')) continue;
  console.log(
    `${kind.padEnd(9)} ${Object.entries(r)
      .map(([k, xs]) => `${k} ${med(xs).toFixed(1)} [${xs.map((x) => x.toFixed(0)).join(',')}]`)
      .join('  ')}`,
  );
}
rmSync(dir, { recursive: true, force: true });
process.exit(0);

/**
 * npm run bench:reload-cpu [-- --passages 50000 --edits 8]: what a one-entry edit of qa.yaml costs
 * each thread, in CPU time, with no other thread competing (issue 15). bench:reload measures the
 * time from the save to the new version served, which on a shared machine is mostly the machine;
 * this runs both threads' parts of a reload one after the other on one thread, as they run in
 * `npm start` (the worker's read, validation, analysis and message; the answering thread's copy of
 * the message and its build on the engine served), and prints the CPU time of each part, edit by
 * edit, then the median. Never asserts timings.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { TransferReceiver, TransferSender } from '../src/app/knowledge-transfer.ts';
import { loadEngine } from '../src/app/load-engine.ts';
import { prepareKnowledge } from '../src/app/prepare.ts';
import { turns } from '../src/app/ready-engine.ts';
import { preparingBrowsing } from '../src/engine/browse.ts';
import { Engine } from '../src/engine/engine.ts';
import type { KnowledgeBase } from '../src/knowledge/model.ts';
import { cachedKnowledge } from './generate.ts';

const { values } = parseArgs({
  options: { passages: { type: 'string', default: '50000' }, edits: { type: 'string', default: '8' } },
});
const edits = Math.max(1, Number(values.edits));

/** CPU milliseconds (user + system) of `run`, with its result. */
async function cpu<T>(run: () => T | Promise<T>): Promise<[T, number]> {
  const before = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(before);
  return [value, (used.user + used.system) / 1000];
}

/** PROFILE=file: a CPU profile of the measured edits (both threads' parts), for Chrome's DevTools. */
const profile = process.env.PROFILE
  ? {
      session: new Session(),
      async start() {
        this.session.connect();
        await this.session.post('Profiler.enable');
        await this.session.post('Profiler.setSamplingInterval', { interval: 200 });
        await this.session.post('Profiler.start');
      },
      async stop(suffix: string) {
        const { profile: taken } = await this.session.post('Profiler.stop');
        writeFileSync(`${process.env.PROFILE}-${suffix}.cpuprofile`, JSON.stringify(taken));
        this.session.disconnect();
      },
    }
  : undefined;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1] as number;

async function measure(passages: number) {
  const { corpus } = cachedKnowledge({ passages });
  const dir = mkdtempSync(join(tmpdir(), 'dez-reload-cpu-'));
  cpSync(corpus.dir, dir, { recursive: true });
  try {
    let served = loadEngine(dir, { prime: true });
    const sender = new TransferSender();
    const receiver = new TransferReceiver();
    const qaFile = join(dir, 'qa.yaml');
    const original = readFileSync(qaFile, 'utf8');
    const rows: Record<string, number[]> = {};
    const note = (part: string, ms: number) => {
      rows[part] ??= [];
      rows[part].push(ms);
    };
    // The first read is compiled.json, the second every file (as a reload after a start), the
    // third the first edit (the engine served was not built on what the worker sent): not counted.
    for (let edit = -2; edit <= edits; edit++) {
      if (edit === -1) writeFileSync(qaFile, `${original}\n# edited\n`);
      if (edit >= 0) {
        const text = readFileSync(qaFile, 'utf8');
        const match = /question: ([A-Z][^"':#\n]+)\n/.exec(text.slice(text.length >> 1));
        if (!match) throw new Error('no curated question to edit');
        const question = (match[1] as string).replace(/\?$/, '').replace(/ now \d+$/, '');
        writeFileSync(qaFile, text.replace(match[0], `question: ${question} now ${edit}?\n`));
      }
      // The worker thread: read, validate, analyse, and the message's copy on its side.
      const [message, worker] = await cpu(() => {
        const prepared = prepareKnowledge({ dir, source: 'served', analyse: true });
        if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems).slice(0, 300));
        return serialize(sender.send(prepared));
      });
      // The answering thread: the message's copy, the engine on the one served, autocomplete.
      const [received, copy] = await cpu(() => receiver.receive(deserialize(message)));
      const kb = received.kb as KnowledgeBase;
      const options = { savedIndex: received.engineIndex, previous: served };
      const pause = turns();
      const [engine, build] = await cpu(() => Engine.inTurns(kb, options, pause));
      const [, warmUp] = await cpu(async () => {
        if (!engine.builtOnPrevious) for (const _ of engine.warmingUp()) await pause();
      });
      const [, browse] = await cpu(async () => {
        for (const _ of preparingBrowsing(engine, served)) await pause();
      });
      served = engine;
      if (edit === 0 && profile) await profile.start();
      if (edit < 1) continue;
      note('worker: read, validate, analyse, send', worker);
      note('message, MB', message.length / 2 ** 20);
      note('answering: receive', copy);
      note('answering: engine', build);
      note('answering: warm-up', warmUp);
      note('answering: autocomplete', browse);
      note('answering: all', copy + build + warmUp + browse);
    }
    await profile?.stop(`${passages}`);
    console.log(
      `${passages.toLocaleString('en')} passages, ${edits} edits, load average ${loadavg()[0]?.toFixed(1)}:`,
    );
    for (const [part, xs] of Object.entries(rows))
      console.log(
        `  ${part}: min ${Math.min(...xs).toFixed(1)}, median ${median(xs).toFixed(1)} (${xs.map((x) => x.toFixed(1)).join(', ')})`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const passages of values.passages.split(',').map(Number)) await measure(passages);

/**
 * npm run bench:reload-cpu [-- --passages 50000 --edits 8]: what a one-entry edit of qa.yaml costs
 * each thread, in CPU time, with no other thread competing (issue 15). bench:reload measures the
 * time from the save to the new version served, which on a shared machine is mostly the machine;
 * this runs both threads' parts of a reload one after the other on one thread, as they run in
 * `npm start` (the worker's read, validation, analysis and message; the answering thread's copy of
 * the message and its build on the engine served), and prints the CPU time of each part, edit by
 * edit, then the median. Each edit measured puts a number in a curated question (the same words);
 * with --new-words, a word no text has instead, another each edit (the vocabulary changes: a word
 * comes, the edit before's goes; the typo indexes file it). Never asserts timings.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { collectGarbage } from '../src/app/collect-garbage.ts';
import { TransferReceiver, TransferSender } from '../src/app/knowledge-transfer.ts';
import { loadEngine } from '../src/app/load-engine.ts';
import { prepareKnowledge } from '../src/app/prepare.ts';
import { turns } from '../src/app/ready-engine.ts';
import { preparingBrowsing } from '../src/engine/browse.ts';
import { Engine } from '../src/engine/engine.ts';
import { applyQaOperation } from '../src/knowledge/editor.ts';
import type { KnowledgeBase } from '../src/knowledge/model.ts';
import { cachedKnowledge } from './generate.ts';

const { values } = parseArgs({
  options: {
    passages: { type: 'string', default: '50000' },
    edits: { type: 'string', default: '8' },
    'warm-up': { type: 'string', default: '0' },
    'new-words': { type: 'boolean', default: false },
  },
});
/** Edits built and not served before the first one measured, as LiveKnowledge.warmUp makes. */
const warmUps = Math.max(0, Number(values['warm-up']));
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
    // The first read is compiled.json, the second every file (as a reload after a start): not
    // counted. Then --warm-up edits built and never served (LiveKnowledge.warmUp), then the edits
    // measured, the first of them printed apart (the first edit after the start).
    for (let edit = -2 - warmUps; edit <= edits; edit++) {
      if (edit === -1 - warmUps) writeFileSync(qaFile, `${original}\n# edited\n`);
      let overrides: Record<string, string> | undefined;
      if (edit < 0 && edit > -1 - warmUps) {
        const entry = served.kb.qa[served.kb.qa.length >> 1];
        if (!entry) throw new Error('no curated entry');
        const question = `${entry.question.replace(/\?$/, '')} ${edit + 1 + warmUps}?`;
        const applied = applyQaOperation(readFileSync(qaFile, 'utf8'), {
          op: 'edit',
          id: entry.id,
          change: { question },
        });
        if (!('next' in applied)) throw new Error('the warm-up edit was refused');
        overrides = { 'qa.yaml': applied.next };
      }
      if (edit === 0 && warmUps > 0) {
        // As the warm-up ends: its garbage collected (on both threads, here one).
        const [, gc] = await cpu(() => collectGarbage());
        console.log(`  garbage collected after the warm-up: ${gc.toFixed(1)}`);
      }
      if (edit >= 0) {
        const text = readFileSync(qaFile, 'utf8');
        const match = /question: ([A-Z][^"':#\n]+)\n/.exec(text.slice(text.length >> 1));
        if (!match) throw new Error('no curated question to edit');
        const question = (match[1] as string).replace(/\?$/, '').replace(/ now \S+$/, '');
        // A made-up word of letters, another each edit (a, b, ..., z, ba, bb, ...).
        const word = values['new-words']
          ? `quarvel${(edit + 10).toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] as string)}`
          : String(edit);
        writeFileSync(qaFile, text.replace(match[0], `question: ${question} now ${word}?\n`));
      }
      // The worker thread: read, validate, analyse, and the message's copy on its side.
      const [message, worker] = await cpu(() => {
        const prepared = prepareKnowledge(
          overrides
            ? { dir, source: 'files', overrides, analyse: true }
            : { dir, source: 'served', analyse: true },
        );
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
      if (!overrides) served = engine;
      if (edit === 0 && profile) await profile.start();
      if (edit === 0) {
        console.log(
          `  the first edit: worker ${worker.toFixed(1)}, answering ${(copy + build + warmUp + browse).toFixed(1)} (engine ${build.toFixed(1)}, warm-up ${warmUp.toFixed(1)}, autocomplete ${browse.toFixed(1)}; built on the one served: ${engine.builtOnPrevious})`,
        );
      }
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

/**
 * npm run bench:reload [-- --passages 50000]: what a one-entry knowledge change costs at scale.
 * A copy of the generated knowledge (bench/generate.ts, cached) is served by LiveKnowledge as
 * npm start serves it (folder watched, reloads prepared on the knowledge worker thread), and one
 * curated question of qa.yaml is edited by hand. Measured: the time from the save to the new
 * version served, and how long questions asked every 10 ms meanwhile took, waiting included
 * (the longest is how long a question waited behind the reload on the thread that answers).
 * Never asserts timings.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LiveKnowledge } from '../src/app/live.ts';
import { loadEngine } from '../src/app/load-engine.ts';
import { cachedKnowledge } from './generate.ts';

const { values } = parseArgs({ options: { passages: { type: 'string', default: '50000' } } });
const passages = Number(values.passages);
const { corpus } = cachedKnowledge({ passages });
const dir = mkdtempSync(join(tmpdir(), 'dez-reload-'));
cpSync(corpus.dir, dir, { recursive: true });
try {
  const engine = loadEngine(dir, { prime: true });
  const live = new LiveKnowledge(dir, engine, {
    trace: (event) => process.env.TRACE && console.error(performance.now().toFixed(0), JSON.stringify(event)),
    onReload: (result, reason) => {
      if (!result.ok) console.error(`reload refused (${reason}):`, JSON.stringify(result).slice(0, 400));
    },
  });
  const stop = live.watch();
  // Let the worker thread start and the watcher settle, as in a bot that has been up a while.
  await live.check();
  const before = live.version;
  const qaFile = join(dir, 'qa.yaml');
  const text = readFileSync(qaFile, 'utf8');
  const match = /question: ([A-Z][^"':#\n]+)\n/.exec(text.slice(text.length >> 1));
  if (!match) throw new Error('no curated question to edit');
  const old = match[0];
  const question = (match[1] as string).replace(/\?$/, '');
  const latencies: number[] = [];
  let asking = true;
  const ask = () => {
    const scheduled = performance.now();
    setTimeout(() => {
      live.engines.current.answer('how many soldiers were killed');
      latencies.push(performance.now() - scheduled - 10);
      if (asking) ask();
    }, 10);
  };
  ask();
  const saved = performance.now();
  writeFileSync(qaFile, text.replace(old, `question: ${question} now?\n`));
  while (live.version === before) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (performance.now() - saved > 120_000) throw new Error('not served within 2 minutes');
  }
  const servedMs = performance.now() - saved;
  // The question held up by the build runs after it: let it be counted.
  await new Promise((resolve) => setTimeout(resolve, 50));
  asking = false;
  stop();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  console.log(
    `${passages.toLocaleString('en')} passages, one curated question edited by hand (qa.yaml), load ${loadavg()[0]?.toFixed(1)}:\n` +
      `  served ${servedMs.toFixed(0)} ms after the save (target 250 ms; the watcher waits 300 ms for the folder to be quiet)\n` +
      `  ${latencies.length} questions asked meanwhile, one every 10 ms: wait + answer p50 ${at(0.5).toFixed(1)} ms, ` +
      `p99 ${at(0.99).toFixed(1)} ms, longest ${(latencies.at(-1) ?? 0).toFixed(0)} ms (target: no question waits)`,
  );
  live.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);

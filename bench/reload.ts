/**
 * npm run bench:reload [-- --passages 10000,50000 --runs 3]: what a one-entry knowledge change costs at
 * scale. A copy of the generated knowledge (bench/generate.ts, cached) is served by LiveKnowledge
 * as npm start serves it (folder watched, reloads prepared on the knowledge worker thread), and
 * changed four times a run: one curated question of qa.yaml edited by hand (saved in an editor),
 * then one edited as /kb edit does (validated, written, served), each first with a word no text
 * of the knowledge has (the vocabulary changes: a word comes, the one the run before added goes),
 * then with a word the passages have added to it (the vocabulary's words the same, only how
 * often some occur). The first edit of the first run is the first change after the start.
 * Measured for each: the time from the save (for /kb, from the command) to the new version served,
 * and how long questions asked every 10 ms meanwhile took, waiting included (the longest is how
 * long a question waited behind the reload on the thread that answers); and the heap and RSS
 * before and after. Each kind of change is made `--runs` times (on a shared machine one run says
 * little): every run is printed, then the minimum and the median. Measured after the warm-up a bot
 * makes 10 s after its start (LiveKnowledge.warmUp); with --cold, right after the start. Never
 * asserts timings; throws when an edit did not change the vocabulary as its kind says.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LiveKnowledge } from '../src/app/live.ts';
import { loadEngine } from '../src/app/load-engine.ts';
import { markStep } from '../src/reload-marks.ts';
import { cachedKnowledge } from './generate.ts';

const { values } = parseArgs({
  options: {
    passages: { type: 'string', default: '10000,50000' },
    runs: { type: 'string', default: '3' },
    cold: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const memory = () => {
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return `heap ${mb(heapUsed)}, RSS ${mb(rss)}`;
};

/** Questions asked every 10 ms until stopped: each one's wait + answer time. */
function askContinuously(live: LiveKnowledge) {
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
  return {
    async stop() {
      // The question held up by the build runs after it: let it be counted.
      await new Promise((resolve) => setTimeout(resolve, 50));
      asking = false;
      latencies.sort((a, b) => a - b);
      const at = (p: number) =>
        latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
      const longest = latencies.at(-1) ?? 0;
      return {
        longest,
        text:
          `${latencies.length} questions asked meanwhile, one every 10 ms: wait + answer p50 ${at(0.5).toFixed(1)} ms, ` +
          `p99 ${at(0.99).toFixed(1)} ms, longest ${longest.toFixed(0)} ms`,
      };
    },
  };
}

async function servedAfter(
  live: LiveKnowledge,
  what: string,
  change: () => Promise<string | null> | string | null,
) {
  const before = live.version;
  const questions = askContinuously(live);
  markStep(`bench: save (${what})`);
  const saved = performance.now();
  const expected = await change();
  while (live.version === before || (expected !== null && live.version !== expected)) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (performance.now() - saved > 120_000) throw new Error('not served within 2 minutes');
  }
  const servedMs = performance.now() - saved;
  markStep('bench: new version seen served');
  const { longest, text } = await questions.stop();
  return { servedMs, longest, text: `served ${servedMs.toFixed(0)} ms after the save; ${text}` };
}

type Measured = Awaited<ReturnType<typeof servedAfter>>;

/** The kinds of change, in the order each run makes them. */
const KINDS = {
  handNew: 'one curated question edited by hand, a word no text has added (the vocabulary changes)',
  handSame: 'one curated question edited by hand, a word of the passages added (the same words)',
  kbNew: 'one curated question edited as /kb edit does, a word no text has added (the vocabulary changes)',
  kbSame: 'one curated question edited as /kb edit does, a word of the passages added (the same words)',
};
type Kind = keyof typeof KINDS;
/** Their names in the marks (RELOAD_MARKS=1, bench/reload-steps.ts). */
const LABELS: Record<Kind, string> = {
  handNew: 'by hand, new word',
  handSame: 'by hand, same words',
  kbNew: '/kb edit, new word',
  kbSame: '/kb edit, same words',
};

/** Every run, then the minimum and the median of each figure. */
function summary(measured: Measured[]): string {
  const stat = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const median = sorted[(sorted.length - 1) >> 1] as number;
    return `min ${(sorted[0] as number).toFixed(0)} ms, median ${median.toFixed(0)} ms`;
  };
  return (
    `${measured.map((m, i) => `\n    run ${i + 1}: ${m.text}`).join('')}\n` +
    `    save -> served: ${stat(measured.map((m) => m.servedMs))} (target 250 ms); ` +
    `longest wait of a question: ${stat(measured.map((m) => m.longest))} (target: none)`
  );
}

async function bench(passages: number) {
  const { corpus } = cachedKnowledge({ passages });
  const dir = mkdtempSync(join(tmpdir(), 'dez-reload-'));
  cpSync(corpus.dir, dir, { recursive: true });
  try {
    const engine = loadEngine(dir, { prime: true });
    const live = new LiveKnowledge(dir, engine, {
      ...(process.env.DEBOUNCE_MS ? { debounceMs: Number(process.env.DEBOUNCE_MS) } : {}),
      trace: (event) =>
        process.env.TRACE && console.error(performance.now().toFixed(0), JSON.stringify(event)),
      onReload: (result, reason) => {
        if (!result.ok) console.error(`reload refused (${reason}):`, JSON.stringify(result).slice(0, 400));
      },
    });
    const stop = live.watch();
    const qaFile = join(dir, 'qa.yaml');
    // As a bot that has been up a while (a few seconds at 50,000 passages): the warm-up that
    // LiveKnowledge starts with the worker, 10 s after the start (LiveKnowledge.warmUp). With
    // --cold, none: the first run is the first change after a start without it.
    if (!values.cold) await live.warmUp();
    const memoryBefore = memory();
    const measured: Record<Kind, Measured[]> = { handNew: [], handSame: [], kbNew: [], kbSame: [] };
    const loads: number[] = [];
    const vocabulary = () => live.engines.current.vocabulary();
    // A word every passage corpus has (the one added by an edit that keeps the vocabulary's words).
    const known = ['said', 'the'].find((w) => vocabulary().has(w));
    if (!known) throw new Error('no word of the passages to add');
    const text = readFileSync(qaFile, 'utf8');
    const match = /question: ([A-Z][^"':#\n]+)\n/.exec(text.slice(text.length >> 1));
    if (!match) throw new Error('no curated question to edit');
    const handQuestion = (match[1] as string).replace(/\?$/, '');
    const entry = live.engines.current.kb.qa[live.engines.current.kb.qa.length >> 2];
    if (!entry) throw new Error('no curated entry to edit');
    const kbQuestion = entry.question.replace(/\?$/, '');
    /** The change of `kind`, served, checked to change the vocabulary as the kind says. */
    const measure = async (kind: Kind, question: string, newWord: string) => {
      const before = vocabulary();
      const result = await servedAfter(live, LABELS[kind], () => {
        if (kind.startsWith('hand')) {
          writeFileSync(qaFile, text.replace(match[0], `question: ${question}?\n`));
          return null;
        }
        return live.editor.edit(entry.id, { question: `${question}?` }).then((outcome) => {
          if (!outcome.ok)
            throw new Error(`the /kb edit was refused: ${JSON.stringify(outcome).slice(0, 300)}`);
          void live.serve(outcome.kb, 'bench /kb edit');
          return outcome.kb.version;
        });
      });
      const after = vocabulary();
      const changed = after.size !== before.size || [...after].some((w) => !before.has(w));
      if (changed !== kind.endsWith('New') || (kind.endsWith('New') && !after.has(newWord)))
        throw new Error(`${KINDS[kind]}: the vocabulary ${changed ? 'changed' : 'did not change'}`);
      measured[kind].push(result);
      // Let the watcher see the end of that change before the next one.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    };
    for (let run = 1; run <= runs; run++) {
      loads.push(loadavg()[0] ?? 0);
      // Made-up words of letters (the typo index files them too), others each run, one for each editor.
      const handWord = `quarvel${String.fromCharCode(96 + run)}`;
      const kbWord = `tremovin${String.fromCharCode(96 + run)}`;
      for (const word of [handWord, kbWord])
        if (vocabulary().has(word)) throw new Error(`${word} is a word of the knowledge`);
      await measure('handNew', `${handQuestion} ${handWord}`, handWord);
      await measure('handSame', `${handQuestion} ${handWord} ${known}`, handWord);
      await measure('kbNew', `${kbQuestion} ${kbWord}`, kbWord);
      await measure('kbSame', `${kbQuestion} ${kbWord} ${known}`, kbWord);
    }
    console.log(
      `${passages.toLocaleString('en')} passages, ${runs} runs, load average ${loads.map((l) => l.toFixed(1)).join(', ')} (${cpus().length} cores):\n` +
        `${values.cold ? '  cold: no warm-up, the first run is the first change after the start\n' : ''}` +
        `  (by hand: the watcher waits ${process.env.DEBOUNCE_MS ? `${process.env.DEBOUNCE_MS} ms` : '15 ms once the files have settled, else 50 ms'} for the folder to be quiet; run 1 of the first is the first change after the start)\n` +
        (Object.keys(KINDS) as Kind[])
          .map((kind) => `  ${KINDS[kind]}:${summary(measured[kind])}\n`)
          .join('') +
        `  before the edits ${memoryBefore}; after ${memory()}`,
    );
    stop();
    live.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const passages of values.passages.split(',').map(Number)) await bench(passages);
process.exit(0);

/**
 * The bench's question pass for callgrind (bench/ir.sh runs it): an engine from a compiled build
 * (`--dist`, default ./dist/src) loaded from a corpus folder the bench made (`--dir`), primed, the
 * three warm-up questions, then every bench question once, in order, as bench:minima does. Each
 * question is answered inside a JSON.parse reviver, and callgrind is told to count only inside V8's
 * JsonParseInternalizer::Internalize: what it counts is the questions' whole cost (reading,
 * answering, any collection they trigger) and nothing else. After each question the pass writes
 * its number and kind to IR_SYNC/at and waits (not counted) for IR_SYNC/go.N, which ir.sh touches once
 * `callgrind_control -d` has dumped that question's counts.
 * Instruction counts do not move with the machine's load, as times do.
 * Prints one line a question: index, kind, and a hash of the whole answer (to check two builds agree).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    dist: { type: 'string', default: 'dist/src' },
    kind: { type: 'string' },
  },
});
const dir = values.dir;
const { loadEngine, primeEngine } = await import(
  pathToFileURL(resolve(values.dist, 'app/load-engine.js')).href
);
const questions = JSON.parse(readFileSync(join(dir, 'bench-corpus.json'), 'utf8')).questions.filter(
  (q) => !values.kind || values.kind.split(',').includes(q.kind),
);
const engine = loadEngine(dir);
primeEngine(engine);
for (const q of ['soldiers killed', 'what did the minister say', 'xqzv plonk']) engine.answer(q);
const lines = [];
const sync = process.env.IR_SYNC;
const pause = new Int32Array(new SharedArrayBuffer(4));
for (const [i, q] of questions.entries()) {
  let answer;
  JSON.parse('0', () => {
    answer = engine.answer(q.q);
    return 0;
  });
  if (sync) {
    writeFileSync(join(sync, 'at'), `q${i} ${q.kind}`);
    while (!existsSync(join(sync, `go.q${i}`))) Atomics.wait(pause, 0, 0, 10);
  }
  const digest = createHash('sha256')
    .update(JSON.stringify({ ...answer, ms: 0 }))
    .digest('hex')
    .slice(0, 12);
  lines.push(`${i}\t${q.kind}\t${digest}`);
}
process.stdout.write(`${lines.join('\n')}\n`);

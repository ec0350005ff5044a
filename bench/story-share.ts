/**
 * npm run bench:story-share [-- --size 50000] [--rounds 15] [--dir folder]
 *
 * What the story around a long message's question costs: each long bench message answered as it
 * is and as its question sentence(s) alone (the reader's `questions`), on one warm engine, the
 * best of `--rounds` passes in CPU time (process.cpuUsage: what other processes take is not
 * counted, though a busy machine still slows the CPU's caches). Prints, per message, the reading,
 * the whole answer, the stages inside it (questionParts, withStory, followUp, answerPart; nested
 * calls counted once) and the search's work (postings read, documents scored), both ways: the
 * ratio between the two is what a cheaper reading of the story could win, and it moves far less
 * with the load than wall-clock minima.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '50000' },
    rounds: { type: 'string', default: '15' },
    dir: { type: 'string' },
  },
});
const { cachedKnowledge } = await import('./generate.ts');
type GeneratedCorpus = import('./generate.ts').GeneratedCorpus;
const { loadEngine, primeEngine } = await import('../src/app/load-engine.ts');
const { SEARCH_WORK } = await import('../src/engine/retrieval.ts');
const { Engine } = await import('../src/engine/engine.ts');
type Corpus = import('../src/engine/corpus.ts').Corpus;
const corpus: GeneratedCorpus = values.dir
  ? { ...JSON.parse(readFileSync(join(values.dir, 'bench-corpus.json'), 'utf8')), dir: values.dir }
  : cachedKnowledge({ passages: Number(values.size), seed: 17 }).corpus;
const rounds = Number(values.rounds);
const engine = loadEngine(corpus.dir);
primeEngine(engine);
const { reader } = (engine as unknown as { corpus: Corpus }).corpus;
const whole = corpus.questions.filter((q) => q.kind === 'long').map((q) => q.q);
const alone = whole.map((m) =>
  reader
    .read(m)
    .questions.map((q) => q.text)
    .join(' '),
);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** The best of `rounds` passes over the messages, in CPU ms a message. */
const best = (f: (m: string) => unknown, messages: readonly string[]) => {
  let least = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const started = cpu();
    for (const m of messages) f(m);
    least = Math.min(least, cpu() - started);
  }
  return least / messages.length;
};
for (let r = 0; r < 3; r++) for (const m of [...whole, ...alone]) engine.answer(m);

const spent: Record<string, number> = {};
for (const method of ['questionParts', 'withStory', 'followUp', 'answerPart']) {
  const target = Engine.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = target[method] as (...args: unknown[]) => unknown;
  let depth = 0;
  target[method] = function (this: unknown, ...args: unknown[]) {
    if (depth > 0) return original.apply(this, args);
    depth++;
    const started = cpu();
    try {
      return original.apply(this, args);
    } finally {
      depth--;
      spent[method] = (spent[method] ?? 0) + cpu() - started;
    }
  };
}
const f = (x: number) => x.toFixed(3);
console.log(`${whole.length} long messages, best of ${rounds} warm passes, CPU ms a message:`);
for (const [name, messages] of [
  ['whole message', whole],
  ['question alone', alone],
] as const) {
  const read = best((m) => reader.read(m), messages);
  const answered = best((m) => engine.answer(m), messages);
  for (const key of Object.keys(spent)) delete spent[key];
  const { postings, scored } = SEARCH_WORK;
  for (const m of messages) engine.answer(m);
  const stages = Object.entries(spent)
    .map(([k, v]) => `${k} ${f(v / messages.length)}`)
    .join(', ');
  console.log(
    `  ${name.padEnd(14)} read ${f(read)}  answer ${f(answered)}  {${stages}}  postings ${((SEARCH_WORK.postings - postings) / messages.length).toFixed(0)}  scored ${((SEARCH_WORK.scored - scored) / messages.length).toFixed(0)}`,
  );
}

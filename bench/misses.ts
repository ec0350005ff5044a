/**
 * npx tsx bench/misses.ts [--size onto-50000] [--kinds near,long] [--seed N] [--save FILE] [--diff FILE] [--quiet]
 *
 * The bench's questions of one corpus (article, N or onto-N, as `npm run bench` builds them),
 * answered by the engine loaded once, with each miss explained as `ask --explain` does: the
 * question's terms and weights, the confidence features, the best curated entries and passages.
 * Prints right / asked by kind, then the misses (of `--kinds` only, when given).
 *
 * --save FILE writes every answer (first quote, answered, confidence) as JSON; --diff FILE prints
 * the questions whose answer differs from such a file's, with whether each was right before and
 * now: a change to the engine, question by question. --quiet: no explanations.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadEngine } from '../src/app/load-engine.ts';
import { DEFAULT_SEED } from './generate.ts';
import { articleCorpus, type Corpus, generatedCorpus, isRight, readSentences } from './run.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'onto-50000' },
    kinds: { type: 'string' },
    seed: { type: 'string' },
    save: { type: 'string' },
    diff: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

interface Saved {
  q: string;
  kind: string;
  first: string | null;
  answered: boolean;
  confidence: number;
  right: boolean;
}

const size = values.size ?? 'onto-50000';
const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
const corpus: Corpus =
  size === 'article'
    ? await articleCorpus()
    : await generatedCorpus(Number(size.replace(/^onto-/, '')), seed, size.startsWith('onto-'));
const kinds = values.kinds ? new Set(values.kinds.split(',')) : null;
const engine = loadEngine(corpus.dir);
const { texts } = readSentences(corpus.dir);
const excerpt = (id: string | null | undefined) =>
  id ? `${id} "${(texts.get(id) ?? '').slice(0, 110)}"` : '-';

const saved: Saved[] = [];
const byKind = new Map<string, [number, number]>();
for (const q of corpus.questions) {
  const a = engine.answer(q.q);
  const first = a.quotes[0]?.id ?? null;
  const right = isRight(q, first, a.answered, texts);
  saved.push({ q: q.q, kind: q.kind, first, answered: a.answered, confidence: a.confidence, right });
  const tally = byKind.get(q.kind) ?? [0, 0];
  tally[0] += right ? 1 : 0;
  tally[1]++;
  byKind.set(q.kind, tally);
  if (right || (kinds && !kinds.has(q.kind)) || values.diff) continue;
  console.log(`\n[${q.kind}] ${q.q}`);
  const wanted = q.phrases
    ? `a quote holding ${q.phrases.map((p) => JSON.stringify(p)).join(' or ')}`
    : q.expect
      ? q.expect.map(excerpt).join(' | ')
      : 'to abstain';
  console.log(`  wanted: ${wanted}`);
  console.log(
    `  got: ${a.answered ? excerpt(first) : 'abstained'} (confidence ${a.confidence.toFixed(3)}, qa ${a.qa})`,
  );
  if (values.quiet) continue;
  const x = engine.explain(q.q);
  console.log(`  terms: ${JSON.stringify(x.terms)} unknown: ${x.unknown.map((w) => w.word).join(' ')}`);
  const f = Object.entries(x.features)
    .map(([k, v]) => `${k} ${Math.round(v * 1000) / 1000}`)
    .join(', ');
  console.log(`  features: ${f}`);
  for (const e of x.qa.slice(0, 3))
    console.log(`  qa ${e.score} ${e.id} (${e.variant}) qc ${e.qc} dc ${e.dc}`);
  for (const p of x.passages.slice(0, 3))
    console.log(`  passage ${p.score} qc ${p.qc} dc ${p.dc} ${excerpt(p.id)}`);
}

if (values.diff) {
  const before = JSON.parse(readFileSync(values.diff, 'utf8')) as Saved[];
  const was = new Map(before.map((s) => [`${s.kind}\u0000${s.q}`, s]));
  for (const now of saved) {
    const old = was.get(`${now.kind}\u0000${now.q}`);
    if (!old || (old.first === now.first && old.answered === now.answered)) continue;
    const mark = old.right === now.right ? '=' : now.right ? '+' : '-';
    const show = (s: Saved) => `${s.answered ? s.first : 'abstained'} ${s.confidence.toFixed(3)}`;
    console.log(`${mark} [${now.kind}] ${now.q}\n    ${show(old)} -> ${show(now)}`);
  }
}

console.log(`\n${corpus.label}: ${corpus.passages} passages`);
const all = saved.filter((s) => s.right).length;
console.log(`  all ${all}/${saved.length} (${((100 * all) / saved.length).toFixed(1)}%)`);
for (const [kind, [right, asked]] of byKind) console.log(`  ${kind} ${right}/${asked}`);
if (values.save) writeFileSync(values.save, JSON.stringify(saved, null, 1));

/**
 * npm run bench [-- --sizes article,1000,10000,50000,onto-50000] [--systems engine,minisearch,...]
 *                  [--json] [--smoke] [--quick] [--seed N] [--profile DIR]
 *
 * Measures the answer engine beside search libraries of its class (MiniSearch, FlexSearch, Orama,
 * each as its README shows and tuned) and plain Fuse.js (bench/systems.ts), on:
 *   article       the project's own knowledge: its curated wordings, the shared dev questions
 *                 (plain and messy) and off-topic questions;
 *   N             a generated knowledge base of N passages (bench/generate.ts; same seed, same
 *                 corpus), with its curated, paraphrased, misspelt, keyword, common-word,
 *                 near-topic, chat-style and long questions and autocomplete prefixes;
 *   onto-N        the project's article plus N generated passages in reports after it (the
 *                 article its own source), their Q&A after the real entries: the real
 *                 questions answered among N others.
 *
 * Each system runs in its own child process, so start-up, heap and RSS are its own: time from
 * process start to ready, build time (from compiled.json and from the files for the engine; from
 * the files for the libraries, which have nothing else), heap and RSS after loading (after a forced
 * GC), p50/p99 per question (and p99 of the long messages apart) and per autocomplete query,
 * quality (top-1, abstention on off-topic and near-topic questions apart, autocomplete hits), and
 * the machine's 1-minute load average during the measurement. On generated corpora of 10,000
 * passages and more, the engine's child also answers every question with the exhaustive engine
 * and counts the answers that differ (there must be none). Corpus statistics (sentence lengths,
 * openings, vocabulary) are printed beside the real article's.
 *
 * Prints a table, or with --json one JSON object on stdout (progress goes to stderr). --smoke:
 * 1,000 passages and fewer questions, for CI. --quick: no comparison with the exhaustive engine, no
 * second build from the files and no conversation (a quick trial of a change to the engine:
 * `--systems engine --sizes 50000,onto-50000 --quick`). Never asserts timings.
 *
 * Autocomplete's hit rate is also given over the prefixes that can be decided: those that at most
 * as many curated questions start with as there are suggestions (25). "What is the latest on the"
 * starts hundreds of the generated ones: no ranking that knows nothing of the asker can be
 * expected to offer the one meant among them, and the raw rate falls with the corpus for that
 * reason alone.
 *
 * Only node: imports at the top: a child loads nothing but the system it measures.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normalizeForCompare } from '../src/text/normalize.ts';
import type { CorpusStats } from './corpus-stats.ts';
import type { BenchPrefix } from './generate.ts';
import { readAllSentences } from './sentence-files.ts';
import type { SystemName } from './systems.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SELF = fileURLToPath(import.meta.url);
const SHARED_EVAL = resolve(ROOT, '../shared/eval');

const ALL_SYSTEMS: readonly SystemName[] = [
  'engine',
  'minisearch',
  'minisearch-tuned',
  'flexsearch',
  'flexsearch-tuned',
  'orama',
  'orama-tuned',
  'fuse',
];
const SMOKE_QUESTIONS = 80;
/** How many of the slowest questions are reported. */
const SLOWEST = 5;
const SMOKE_PREFIXES = 40;
/** Plain Fuse.js takes seconds a question from 10,000 passages: it answers an even sample there. */
function questionCap(system: SystemName, passages: number): number | null {
  if (system !== 'fuse') return null;
  if (passages >= 50_000) return 30;
  if (passages >= 10_000) return 60;
  return null;
}

/** A question and what answers it: sentence ids, or phrases one of which the first quote holds; neither: abstain. */
export interface WorkQuestion {
  q: string;
  kind: string;
  expect: string[] | null;
  phrases?: string[];
  /** For a question to abstain on: off-topic, or near the topic. */
  abstain?: 'off' | 'near';
}

interface Workload {
  questions: WorkQuestion[];
  prefixes: BenchPrefix[];
  /** Compare every answer with the exhaustive engine's (the engine only). */
  exhaustive: boolean;
  /** Skip the second build from the files and the conversation (--quick). */
  quick?: boolean;
}

/** What a child measures; the parent does the scoring and the statistics. */
interface ChildReport {
  system: SystemName;
  readyMs: number;
  buildMs: number;
  /** Building again from the knowledge files alone (the engine; the libraries build from them anyway). */
  buildFilesMs: number;
  heapMB: number;
  /** Typed arrays' memory (outside the heap: the engine's index and typo index keep theirs there). */
  arrayBuffersMB: number;
  rssMB: number;
  autocompleteBuildMs: number;
  primeMs: number;
  first: (string | null)[];
  answered: boolean[];
  questionMs: number[];
  prefixMs: number[];
  prefixOk: boolean[];
  /** The 1-minute load average when the child started measuring and when it finished. */
  load: [number, number];
  /** Questions whose served answer differs from the exhaustive engine's, and how many were compared. */
  exhaustive?: { compared: number; differ: string[] };
  /** The engine only: each turn of one long conversation (see FOLLOW_UPS). */
  followUpMs?: number[];
}

/**
 * The conversation measured after the questions: the workload's questions, each followed by one
 * of these (story-agnostic) follow-ups, every turn read in the context of the ones before.
 */
const FOLLOW_UPS = ['and why?', 'what did they say after that?', 'and where?', 'what about him?'];

// --- the child ------------------------------------------------------------------------------

async function runChild(system: SystemName, dir: string, workloadFile: string): Promise<void> {
  const { systemBuilder } = await import('./systems.ts');
  const build = await systemBuilder(system);
  const startedBuild = performance.now();
  const built = await build(dir);
  const buildMs = performance.now() - startedBuild;
  const readyMs = performance.now();
  let primeMs = 0;
  if (built.prime) {
    const priming = performance.now();
    built.prime();
    primeMs = performance.now() - priming;
  }
  globalThis.gc?.();
  const memory = process.memoryUsage();
  const { measured } = built;
  const startedAutocomplete = performance.now();
  measured.suggest('');
  const autocompleteBuildMs = performance.now() - startedAutocomplete;
  const workload = JSON.parse(readFileSync(workloadFile, 'utf8')) as Workload;
  // The same few warm-up calls for every system (not measured).
  for (const q of ['soldiers killed', 'what did the minister say', 'xqzv plonk']) {
    measured.answer(q);
    measured.suggest(q.slice(0, 8));
  }
  const loadBefore = loadavg()[0] as number;
  const report: ChildReport = {
    system,
    readyMs,
    buildMs,
    buildFilesMs: buildMs,
    heapMB: memory.heapUsed / 2 ** 20,
    arrayBuffersMB: memory.arrayBuffers / 2 ** 20,
    rssMB: memory.rss / 2 ** 20,
    autocompleteBuildMs,
    primeMs,
    first: [],
    answered: [],
    questionMs: [],
    prefixMs: [],
    prefixOk: [],
    load: [loadBefore, loadBefore],
  };
  for (const q of workload.questions) {
    const started = performance.now();
    const result = measured.answer(q.q);
    report.questionMs.push(performance.now() - started);
    report.first.push(result.first);
    report.answered.push(result.answered);
  }
  for (const p of workload.prefixes) {
    const started = performance.now();
    const suggestions = measured.suggest(p.typed);
    report.prefixMs.push(performance.now() - started);
    report.prefixOk.push(suggestions.includes(p.question));
  }
  if (built.converse && !workload.quick)
    report.followUpMs = built.converse(
      workload.questions.flatMap((q, i) => [q.q, FOLLOW_UPS[i % FOLLOW_UPS.length] as string]),
    );
  report.load[1] = loadavg()[0] as number;
  if (workload.exhaustive && built.exhaustive) {
    const both = built.exhaustive();
    const differ = workload.questions
      .map((q) => q.q)
      .filter((q) => JSON.stringify(both.served(q)) !== JSON.stringify(both.answer(q)));
    report.exhaustive = { compared: workload.questions.length, differ };
  }
  if (built.rebuildFromFiles && !workload.quick) {
    const started = performance.now();
    built.rebuildFromFiles();
    report.buildFilesMs = performance.now() - started;
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function spawnChild(
  system: SystemName,
  dir: string,
  workloadFile: string,
  profileDir: string | undefined,
): Promise<ChildReport> {
  // The flags the front ends run with (package.json): one V8 helper thread.
  const nodeArgs = ['--expose-gc', '--v8-pool-size=1', '--import', 'tsx'];
  if (profileDir && system === 'engine') nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  const args = [...nodeArgs, SELF, '--child', system, '--knowledge', dir, '--workload', workloadFile];
  return new Promise((resolvePromise, reject) => {
    // cwd: the project, so `--import tsx` resolves to its own tsx.
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`the ${system} child exited with code ${code}`));
      try {
        resolvePromise(JSON.parse(last) as ChildReport);
      } catch {
        reject(new Error(`the ${system} child printed no report: ${out.slice(0, 200)}`));
      }
    });
  });
}

// --- statistics -----------------------------------------------------------------------------

export interface Latency {
  count: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

export interface Rate {
  hits: number;
  of: number;
  /** hits / of, 0..1; null when there was nothing to count. */
  rate: number | null;
}

/** Nearest-rank percentile. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.length ? sum / sorted.length : 0),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

function rate(oks: readonly boolean[]): Rate {
  const hits = oks.filter(Boolean).length;
  return { hits, of: oks.length, rate: oks.length ? round(hits / oks.length) : null };
}

function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export interface SystemFigures {
  readyMs: number;
  /** From process start to the code loaded (node, tsx, imports): ready = startup + build. */
  startupMs: number;
  buildMs: number;
  /** Built from the knowledge files (the engine without compiled.json: what a hand edit pays). */
  buildFilesMs: number;
  heapMB: number;
  /** Typed arrays' memory (outside the heap: the engine's index and typo index keep theirs there). */
  arrayBuffersMB: number;
  rssMB: number;
  autocompleteBuildMs: number;
  /** primeEngine() after ready, before serving (0 for the libraries). */
  primeMs: number;
  question: Latency;
  /** Long chat messages (200-500 characters) apart. */
  longQuestion: Latency;
  autocomplete: Latency;
  /** Each turn of one long conversation, half of them follow-ups (the engine only). */
  conversationTurn: Latency | null;
  /** First quote right, over the questions with an answer. */
  top1: Rate;
  /** Not answered, over the off-topic questions and over the near-topic ones. */
  abstainOff: Rate;
  abstainNear: Rate;
  /** The typed question is among the suggestions. */
  autocompleteHit: Rate;
  /** The same over the prefixes that at most 25 curated questions start with (see the top of the file). */
  autocompleteHitDecidable: Rate;
  /** Per kind of question: right first quote, or abstained on one to abstain on. */
  byKind: Record<string, Rate>;
  /** Autocomplete hits by how many characters were typed ("3", "8", "15", "25"; a slip: "8t"). */
  autocompleteByLength: Record<string, Rate>;
  questionsMeasured: number;
  questionsInSet: number;
  /** The slowest questions, slowest first (where the tail comes from: their kind tells the path). */
  slowest: { q: string; kind: string; ms: number }[];
  /** The 1-minute load average when the measurement started and ended. */
  load: [number, number];
  exhaustive?: { compared: number; differ: string[] };
}

/** The scorer's normalisation, then lower case. */
const normalize = (s: string) => normalizeForCompare(s).toLowerCase();

/** Is this answer right: the expected sentence first, a quote with an expected phrase first, or no answer. */
export function isRight(
  q: WorkQuestion,
  first: string | null,
  answered: boolean,
  texts: ReadonlyMap<string, string>,
): boolean {
  if (q.phrases) {
    const text = normalize(texts.get(first ?? '') ?? '');
    return answered && q.phrases.some((p) => text.includes(normalize(p)));
  }
  if (q.expect) return answered && first !== null && q.expect.includes(first);
  return !answered;
}

function pushTo<T>(lists: Record<string, T[]>, key: string, value: T): void {
  const list = lists[key];
  if (list) list.push(value);
  else lists[key] = [value];
}

function figures(
  report: ChildReport,
  workload: Workload,
  questionsInSet: number,
  texts: ReadonlyMap<string, string>,
  decidable: readonly boolean[],
): SystemFigures {
  const ok = workload.questions.map((q, i) =>
    isRight(q, report.first[i] ?? null, report.answered[i] ?? false, texts),
  );
  const byKind: Record<string, boolean[]> = {};
  workload.questions.forEach((q, i) => {
    const kind =
      q.abstain && !q.kind.startsWith('off') && q.kind !== 'near' ? `${q.kind}:${q.abstain}` : q.kind;
    pushTo(byKind, kind, ok[i] ?? false);
  });
  const answerable = workload.questions.map((q, i) => ({ q, ok: ok[i] ?? false }));
  const byLength: Record<string, boolean[]> = {};
  workload.prefixes.forEach((p, i) => {
    pushTo(byLength, `${p.typed.length}${p.typo ? 't' : ''}`, report.prefixOk[i] ?? false);
  });
  const longMs = workload.questions
    .map((q, i) => (q.q.length >= 200 ? report.questionMs[i] : undefined))
    .filter((x): x is number => x !== undefined);
  return {
    readyMs: round(report.readyMs, 1),
    startupMs: round(report.readyMs - report.buildMs, 1),
    buildMs: round(report.buildMs, 1),
    buildFilesMs: round(report.buildFilesMs, 1),
    heapMB: round(report.heapMB, 1),
    arrayBuffersMB: round(report.arrayBuffersMB, 1),
    rssMB: round(report.rssMB, 1),
    autocompleteBuildMs: round(report.autocompleteBuildMs, 1),
    primeMs: round(report.primeMs, 1),
    question: latency(report.questionMs),
    longQuestion: latency(longMs),
    autocomplete: latency(report.prefixMs),
    conversationTurn: report.followUpMs ? latency(report.followUpMs) : null,
    top1: rate(answerable.filter((x) => x.q.expect || x.q.phrases).map((x) => x.ok)),
    abstainOff: rate(answerable.filter((x) => x.q.abstain === 'off').map((x) => x.ok)),
    abstainNear: rate(answerable.filter((x) => x.q.abstain === 'near').map((x) => x.ok)),
    autocompleteHit: rate(report.prefixOk),
    autocompleteHitDecidable: rate(report.prefixOk.filter((_, i) => decidable[i])),
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, oks]) => [k, rate(oks)])),
    autocompleteByLength: Object.fromEntries(Object.entries(byLength).map(([k, oks]) => [k, rate(oks)])),
    questionsMeasured: workload.questions.length,
    questionsInSet,
    slowest: workload.questions
      .map((q, i) => ({ q: q.q, kind: q.kind, ms: round(report.questionMs[i] ?? 0, 3) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SLOWEST),
    load: [round(report.load[0], 2), round(report.load[1], 2)],
    ...(report.exhaustive ? { exhaustive: report.exhaustive } : {}),
  };
}

// --- workloads ------------------------------------------------------------------------------

/** `count` items spread evenly over the list, so every kind of question is represented. */
function spread<T>(items: readonly T[], count: number | null): T[] {
  if (count === null || count >= items.length) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

export interface Corpus {
  label: string;
  dir: string;
  passages: number;
  /** How many sources the passages are from (the article and sources.yaml's). */
  sources: number;
  qaEntries: number;
  questions: WorkQuestion[];
  prefixes: BenchPrefix[];
  generateMs: number;
  cached: boolean;
  /** Compare the engine's answers with the exhaustive engine's. */
  exhaustive: boolean;
}

/**
 * For each prefix, whether it can be decided: at most `SUGGESTIONS` curated questions have a
 * wording (the question or a paraphrase) that starts with what was meant (the question's first
 * characters, the slip put right), compared as autocomplete compares them.
 */
async function decidablePrefixes(dir: string, prefixes: readonly BenchPrefix[]): Promise<boolean[]> {
  const { parse } = await import('yaml');
  const { matchKey } = await import('../src/text/normalize.ts');
  const { SUGGESTIONS } = await import('./systems.ts');
  const qa = (parse(readFileSync(join(dir, 'qa.yaml'), 'utf8')) ?? []) as {
    question: string;
    paraphrases?: string[];
  }[];
  const wordings = qa.map((e) => [e.question, ...(e.paraphrases ?? [])].map((t) => matchKey(t)));
  return prefixes.map((p) => {
    const meant = matchKey(p.question.slice(0, p.typed.length));
    let starting = 0;
    for (const ws of wordings) if (ws.some((w) => w.startsWith(meant))) starting++;
    return starting <= SUGGESTIONS;
  });
}

/** The shared dev questions (../shared/eval), plain and messy, when they are there. */
function devQuestions(): WorkQuestion[] {
  const out: WorkQuestion[] = [];
  for (const [file, kind] of [
    ['dev-questions.jsonl', 'dev'],
    ['dev-messy.jsonl', 'dev-messy'],
  ] as const) {
    const path = join(SHARED_EVAL, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { q?: string; expect: string[] | null; kind?: string };
      if (typeof item.q !== 'string') continue;
      const q = item.q.replace(/\s*\n\s*/g, ' ');
      out.push(
        item.expect
          ? { q, kind, expect: null, phrases: item.expect }
          : { q, kind, expect: null, abstain: item.kind === 'near' ? 'near' : 'off' },
      );
    }
  }
  return out;
}

/** The project's own knowledge base: its curated wordings, the dev questions, off-topic ones. */
export async function articleCorpus(): Promise<Corpus> {
  const { loadKnowledge } = await import('../src/knowledge/load.ts');
  const { OFF_TOPIC_QUESTIONS, DEFAULT_SEED } = await import('./generate.ts');
  const { chatMessage } = await import('./generate/messages.ts');
  const { LONG_MESSAGES } = await import('./generate/questions.ts');
  const { Random } = await import('./generate/random.ts');
  const dir = join(ROOT, 'knowledge');
  const result = loadKnowledge(dir);
  if (!result.ok) throw new Error(`the project's knowledge does not load: run npm run knowledge:check`);
  const { kb } = result;
  const questions: WorkQuestion[] = [
    ...kb.qa.flatMap((e) =>
      [e.question, ...e.paraphrases].map((q) => ({ q, kind: 'curated', expect: e.answerIds })),
    ),
    ...devQuestions(),
    ...OFF_TOPIC_QUESTIONS.slice(0, 30).map((q) => ({
      q,
      kind: 'off-topic',
      expect: null,
      abstain: 'off' as const,
    })),
  ];
  // Long chat messages (about 500 characters) around curated questions.
  const chat = new Random(DEFAULT_SEED, 9);
  for (const e of chat.shuffle(kb.qa).slice(0, LONG_MESSAGES))
    questions.push({ q: chatMessage(e.question, chat), kind: 'long', expect: e.answerIds });
  const prefixes = kb.qa.flatMap((e) =>
    [3, 8, 15, 25].map((n) => ({ typed: e.question.slice(0, n), question: e.question, typo: false })),
  );
  return {
    label: 'article',
    dir,
    passages: kb.passages.length,
    sources: kb.sources.length,
    qaEntries: kb.qa.length,
    questions,
    prefixes,
    generateMs: 0,
    cached: true,
    exhaustive: true,
  };
}

export async function generatedCorpus(passages: number, seed: number, onto: boolean): Promise<Corpus> {
  const { cachedKnowledge } = await import('./generate.ts');
  const { corpus, cached, ms } = cachedKnowledge({ passages, seed, ...(onto ? { onto: 'after' } : {}) });
  const generated: WorkQuestion[] = corpus.questions.map((q) => ({
    ...q,
    ...(q.expect ? {} : { abstain: q.kind === 'near' ? ('near' as const) : ('off' as const) }),
  }));
  return {
    label: onto ? `onto-${passages}` : String(passages),
    dir: corpus.dir,
    passages: corpus.passages,
    sources: corpus.sources ?? 1,
    qaEntries: corpus.qaEntries,
    // Onto the real article, the real questions too.
    questions: onto ? [...devQuestions(), ...generated] : generated,
    prefixes: corpus.prefixes,
    generateMs: round(ms, 1),
    cached,
    exhaustive: onto || passages >= 10_000,
  };
}

/** The sentences of a knowledge folder, by id (the headline left out of the statistics). */
export function readSentences(dir: string): { texts: Map<string, string>; body: string[] } {
  const passages = readAllSentences(dir);
  return {
    texts: new Map(passages.map((p) => [p.id, p.text])),
    body: passages.filter((p) => p.paragraph > 1).map((p) => p.text),
  };
}

// --- the run ----------------------------------------------------------------------------------

export interface SizeResult {
  size: string;
  passages: number;
  /** How many sources the passages are from: generated corpora are many reports, not one article. */
  sources: number;
  qaEntries: number;
  corpus: { dir: string; generateMs: number; cached: boolean; compiledSnapshot: boolean };
  stats: CorpusStats;
  systems: Partial<Record<SystemName, SystemFigures>>;
}

export interface Target {
  name: string;
  value: number | null;
  limit: string;
  met: boolean | null;
}

export interface BenchReport {
  seed: number;
  smoke: boolean;
  node: string;
  cpu: string;
  cores: number;
  /** The real article's statistics, which the generated corpora are compared with. */
  articleStats: CorpusStats;
  sizes: SizeResult[];
  /** The issue's targets, for information: the bench never fails on them. */
  targets: Target[];
  notes: string[];
}

async function measureSize(
  corpus: Corpus,
  systems: readonly SystemName[],
  articleStats: CorpusStats,
  options: { smoke: boolean; quick: boolean; profileDir: string | undefined; workDir: string },
): Promise<SizeResult> {
  const { corpusStats } = await import('./corpus-stats.ts');
  const questions = options.smoke ? spread(corpus.questions, SMOKE_QUESTIONS) : corpus.questions;
  const prefixes = options.smoke ? spread(corpus.prefixes, SMOKE_PREFIXES) : corpus.prefixes;
  const { texts, body } = readSentences(corpus.dir);
  const decidable = await decidablePrefixes(corpus.dir, prefixes);
  const stats = corpusStats(body, articleStats.sentences, articleStats.words);
  const result: SizeResult = {
    size: corpus.label,
    passages: corpus.passages,
    sources: corpus.sources,
    qaEntries: corpus.qaEntries,
    corpus: {
      dir: corpus.dir,
      generateMs: corpus.generateMs,
      cached: corpus.cached,
      compiledSnapshot: existsSync(join(corpus.dir, 'compiled.json')),
    },
    stats,
    systems: {},
  };
  for (const system of systems) {
    const workload: Workload = {
      questions: spread(questions, questionCap(system, corpus.passages)),
      prefixes,
      exhaustive: system === 'engine' && corpus.exhaustive && !options.smoke && !options.quick,
      quick: options.quick,
    };
    const file = join(options.workDir, `${corpus.label}-${system}.json`);
    writeFileSync(file, JSON.stringify(workload));
    progress(`  ${system}: ${workload.questions.length} questions, ${prefixes.length} prefixes...`);
    const report = await spawnChild(system, corpus.dir, file, options.profileDir);
    result.systems[system] = figures(report, workload, questions.length, texts, decidable);
    progress(`  ${system}: ready in ${report.readyMs.toFixed(0)} ms, load ${report.load[0].toFixed(1)}`);
  }
  return result;
}

function targets(sizes: readonly SizeResult[], article: SizeResult | undefined): Target[] {
  const at = (label: string) => sizes.find((s) => s.size === label);
  const check = (
    name: string,
    value: number | null | undefined,
    limit: string,
    ok: (v: number) => boolean,
  ): Target => ({
    name,
    value: value ?? null,
    limit,
    met: value === null || value === undefined ? null : ok(value),
  });
  const out: Target[] = [];
  const fifty = at('50000');
  const engine = fifty?.systems.engine;
  const mini = fifty?.systems.minisearch;
  if (engine) {
    out.push(
      check('50,000: question p99 (ms; a quiet machine)', engine.question.p99, '<= 1', (v) => v <= 1),
      check('50,000: long-message p99 (ms)', engine.longQuestion.p99, '<= 1', (v) => v <= 1),
    );
    if (mini)
      out.push(
        check(
          '50,000: heap + typed arrays, engine / MiniSearch',
          ratio(engine.heapMB + engine.arrayBuffersMB, mini.heapMB + mini.arrayBuffersMB),
          '<= 1',
          (v) => v <= 1,
        ),
      );
  }
  const turn = article?.systems.engine?.conversationTurn;
  if (turn) out.push(check('article: conversation turn p99 (ms)', turn.p99, '<= 1', (v) => v <= 1));
  const onto = sizes.find((s) => s.size.startsWith('onto-'));
  const devTop1 = (s: SizeResult | undefined) => s?.systems.engine?.byKind.dev?.rate ?? null;
  if (onto && article && devTop1(onto) !== null && devTop1(article) !== null)
    out.push(
      check(
        `${onto.size}: dev top-1 points below the article alone`,
        round(((devTop1(article) as number) - (devTop1(onto) as number)) * 100, 1),
        '<= 2',
        (v) => v <= 2,
      ),
    );
  for (const s of sizes) {
    const ex = s.systems.engine?.exhaustive;
    if (ex)
      out.push(
        check(`${s.size}: answers unlike the exhaustive engine's`, ex.differ.length, '= 0', (v) => v === 0),
      );
  }
  return out;
}

const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 3) : null);

// --- output -------------------------------------------------------------------------------------

function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

function ms(x: number): string {
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  if (x >= 1) return x.toFixed(2);
  return x.toFixed(3);
}

const percent = (r: Rate | undefined) =>
  !r || r.rate === null ? '-' : `${(r.rate * 100).toFixed(r.rate === 1 || r.rate === 0 ? 0 : 1)}%`;

function grid(header: string[], rows: string[][], left = 2): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < left ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function table(report: BenchReport): string {
  const out: string[] = [];
  const header = [
    'size',
    'system',
    'questions',
    'ready ms',
    'build ms',
    'files ms',
    'prime ms',
    'heap MB',
    'arrays MB',
    'RSS MB',
    'q p50',
    'q p99',
    'long p99',
    'ac p50',
    'ac p99',
    'top-1',
    'off',
    'near',
    'ac hit',
    'ac dec',
    'load',
  ];
  const rows: string[][] = [];
  for (const s of report.sizes) {
    let first = true;
    for (const [system, f] of Object.entries(s.systems) as [SystemName, SystemFigures][]) {
      rows.push([
        first ? s.size : '',
        system,
        f.questionsMeasured < f.questionsInSet
          ? `${f.questionsMeasured}/${f.questionsInSet}*`
          : String(f.questionsMeasured),
        ms(f.readyMs),
        ms(f.buildMs),
        ms(f.buildFilesMs),
        system === 'engine' ? ms(f.primeMs) : '-',
        f.heapMB.toFixed(1),
        f.arrayBuffersMB.toFixed(1),
        f.rssMB.toFixed(0),
        ms(f.question.p50),
        ms(f.question.p99),
        f.longQuestion.count > 0 ? ms(f.longQuestion.p99) : '-',
        ms(f.autocomplete.p50),
        ms(f.autocomplete.p99),
        percent(f.top1),
        percent(f.abstainOff),
        percent(f.abstainNear),
        percent(f.autocompleteHit),
        percent(f.autocompleteHitDecidable),
        f.load.map((x) => x.toFixed(1)).join('-'),
      ]);
      first = false;
    }
  }
  out.push(...grid(header, rows));

  out.push('', 'Corpora beside the real article (openings and type/token ratio on samples of its size):');
  const statRows = [
    ['real article', report.articleStats] as const,
    ...report.sizes.map((s) => [s.size, s.stats] as const),
  ].map(([label, st]) => [
    label,
    String(st.sentences),
    `${st.length.mean} ± ${st.length.sd}`,
    `${st.length.p10} / ${st.length.p50} / ${st.length.p90}`,
    `${st.openings.distinct} of ${st.openings.sample}`,
    `${st.typeToken.ratio} (${st.typeToken.sample})`,
    String(st.vocabulary),
  ]);
  out.push(
    ...grid(
      ['corpus', 'sentences', 'words/sentence', 'p10 / p50 / p90', 'openings', 'type/token', 'vocabulary'],
      statRows,
      1,
    ),
  );

  out.push('', 'Engine against the best library of its class in the same run (by top-1, then by p50):');
  for (const s of report.sizes) {
    const engine = s.systems.engine;
    if (!engine) continue;
    const peers = (Object.entries(s.systems) as [SystemName, SystemFigures][]).filter(
      ([name]) => name !== 'engine' && name !== 'fuse',
    );
    if (peers.length === 0) continue;
    const best = [...peers].sort(
      ([, a], [, b]) => (b.top1.rate ?? 0) - (a.top1.rate ?? 0) || a.question.p50 - b.question.p50,
    )[0] as [SystemName, SystemFigures];
    const fastest = [...peers].sort(([, a], [, b]) => a.question.p50 - b.question.p50)[0] as [
      SystemName,
      SystemFigures,
    ];
    const times = (a: number, b: number) => (a > 0 ? `${(b / a).toFixed(b / a >= 10 ? 0 : 1)}x` : '-');
    out.push(
      `  ${s.size.padEnd(11)} top-1 engine ${percent(engine.top1)} vs ${best[0]} ${percent(best[1].top1)}; ` +
        `p50 ${ms(engine.question.p50)} vs fastest ${fastest[0]} ${ms(fastest[1].question.p50)} ms (${times(engine.question.p50, fastest[1].question.p50)}); ` +
        `heap ${engine.heapMB.toFixed(0)} vs ${best[0]} ${best[1].heapMB.toFixed(0)} MB`,
    );
  }

  out.push('', 'Engine by kind of question (right first quote; abstained for off-topic and near):');
  for (const s of report.sizes) {
    const kinds = Object.entries(s.systems.engine?.byKind ?? {})
      .map(([k, r]) => `${k} ${r.hits}/${r.of}`)
      .join(', ');
    if (kinds) out.push(`  ${s.size.padEnd(11)} ${kinds}`);
  }
  out.push('', 'Autocomplete hits by characters typed (t: with a slip), engine:');
  for (const s of report.sizes) {
    const lengths = Object.entries(s.systems.engine?.autocompleteByLength ?? {})
      .map(([k, r]) => `${k} ${r.hits}/${r.of}`)
      .join(', ');
    if (lengths) out.push(`  ${s.size.padEnd(11)} ${lengths}`);
  }
  out.push('', `Engine, the ${SLOWEST} slowest questions (ms, kind):`);
  for (const s of report.sizes) {
    const slowest = s.systems.engine?.slowest ?? [];
    for (const [i, x] of slowest.entries())
      out.push(
        `  ${(i === 0 ? s.size : '').padEnd(11)} ${ms(x.ms).padStart(6)}  ${x.kind}: ${x.q.slice(0, 90)}`,
      );
  }
  out.push('', 'Engine, each turn of one long conversation (every other turn a follow-up):');
  for (const s of report.sizes) {
    const turn = s.systems.engine?.conversationTurn;
    if (turn)
      out.push(`  ${s.size.padEnd(11)} ${turn.count} turns, p50 ${ms(turn.p50)} ms, p99 ${ms(turn.p99)} ms`);
  }
  const checked = report.sizes.filter((s) => s.systems.engine?.exhaustive);
  if (checked.length > 0) {
    out.push('', 'Served answers against the exhaustive engine (every document scored):');
    for (const s of checked) {
      const ex = s.systems.engine?.exhaustive as { compared: number; differ: string[] };
      out.push(
        `  ${s.size.padEnd(11)} ${ex.differ.length} of ${ex.compared} differ${ex.differ.length ? `: ${ex.differ.slice(0, 5).join(' | ')}` : ''}`,
      );
    }
  }
  const capped = report.sizes.filter((s) => {
    const f = s.systems.fuse;
    return f && f.questionsMeasured < f.questionsInSet;
  });
  if (capped.length > 0)
    out.push(
      '',
      `* plain Fuse.js answered an even sample of the questions at ${capped.map((s) => s.size).join(', ')}`,
    );
  if (report.targets.length > 0) {
    out.push('', "The issue's targets (for information):");
    for (const t of report.targets) {
      const mark = t.met === null ? '?' : t.met ? 'met' : 'NOT met';
      const value = t.value === null ? '-' : String(round(t.value, 3));
      out.push(`  ${t.name}: ${value} (target ${t.limit}) ${mark}`);
    }
  }
  out.push('', ...report.notes.map((n) => `Note: ${n}`));
  return out.join('\n');
}

// --- main -----------------------------------------------------------------------------------------

const DEFAULT_SIZES = ['article', '1000', '10000', '50000', 'onto-50000'];

export async function runBench(options: {
  sizes: string[];
  systems: readonly SystemName[];
  seed: number;
  smoke: boolean;
  quick?: boolean;
  profileDir?: string;
}): Promise<BenchReport> {
  const { corpusStats } = await import('./corpus-stats.ts');
  const workDir = join(tmpdir(), 'dez-bench', `run-${process.pid}`);
  mkdirSync(workDir, { recursive: true });
  if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
  const real = readSentences(join(ROOT, 'knowledge')).body;
  const articleStats = corpusStats(real, real.length, Number.POSITIVE_INFINITY);
  const sizes: SizeResult[] = [];
  try {
    for (const size of options.sizes) {
      const started = performance.now();
      let corpus: Corpus;
      if (size === 'article') corpus = await articleCorpus();
      else {
        const onto = size.startsWith('onto-');
        const n = Number(onto ? size.slice(5) : size);
        if (!Number.isInteger(n) || n < 50)
          throw new Error(`--sizes: "${size}" is not "article", a whole number >= 50 or onto-<number>`);
        progress(`${size}: generating (or reusing the cache)...`);
        corpus = await generatedCorpus(n, options.seed, onto);
        progress(
          `  ${corpus.cached ? 'reused' : 'generated'} ${corpus.dir} in ${corpus.generateMs.toFixed(0)} ms`,
        );
      }
      progress(`${corpus.label}: measuring ${corpus.passages} passages from ${corpus.sources} sources`);
      sizes.push(
        await measureSize(corpus, options.systems, articleStats, {
          smoke: options.smoke,
          quick: !!options.quick,
          profileDir: options.profileDir,
          workDir,
        }),
      );
      progress(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  const notes = [
    'times are per call, in the measuring process (ms); ready = from process start (node + tsx) to the knowledge loaded and the index built',
    'build = the engine from compiled.json (as npm start), the libraries from the sentence files and qa.yaml; files = the engine from the files alone (parse, validate, analyse: what a hand edit pays)',
    'heap, typed arrays (outside the heap) and RSS after loading, after a forced GC; prime = primeEngine() after ready, as npm start and ask do before serving',
    'libraries index every passage and every curated wording; their first hit answers; they never abstain unless nothing matches',
    'top-1 = first quote among the expected sentences (or, for the dev questions, holding an expected phrase); off / near = abstained on off-topic / near-topic questions; ac hit = the typed question among the 25 suggestions; ac dec = the same over the prefixes that at most 25 curated questions start with; long p99 = messages of 200+ characters',
    'load = the 1-minute load average when the system started and finished answering; on a busy machine tail latencies are the machine, not the engine',
  ];
  if (options.smoke)
    notes.push(`smoke run: at most ${SMOKE_QUESTIONS} questions and ${SMOKE_PREFIXES} prefixes per size`);
  if (options.quick)
    notes.push(
      'quick run: no comparison with the exhaustive engine, no build from the files, no conversation',
    );
  if (options.profileDir) notes.push(`CPU profiles of the engine children are in ${options.profileDir}`);
  return {
    seed: options.seed,
    smoke: options.smoke,
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    articleStats,
    sizes,
    targets: targets(
      sizes,
      sizes.find((s) => s.size === 'article'),
    ),
    notes,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      systems: { type: 'string' },
      json: { type: 'boolean', default: false },
      smoke: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string' },
      profile: { type: 'string' },
      child: { type: 'string' },
      knowledge: { type: 'string' },
      workload: { type: 'string' },
    },
    strict: true,
  });
  if (values.child) {
    if (!ALL_SYSTEMS.includes(values.child as SystemName) || !values.knowledge || !values.workload)
      throw new Error(`--child ${ALL_SYSTEMS.join('|')} needs --knowledge DIR and --workload FILE`);
    return runChild(values.child as SystemName, values.knowledge, values.workload);
  }
  const { DEFAULT_SEED } = await import('./generate.ts');
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
  const sizes = values.sizes
    ? values.sizes.split(',').map((s) => s.trim().replace(/_/g, ''))
    : values.smoke
      ? ['1000']
      : DEFAULT_SIZES;
  const systems = values.systems
    ? (values.systems.split(',').map((s) => s.trim()) as SystemName[])
    : ALL_SYSTEMS;
  for (const s of systems)
    if (!ALL_SYSTEMS.includes(s)) throw new Error(`--systems: "${s}" is none of ${ALL_SYSTEMS.join(', ')}`);
  const report = await runBench({
    sizes,
    systems,
    seed,
    smoke: values.smoke,
    quick: values.quick,
    ...(values.profile ? { profileDir: resolve(values.profile) } : {}),
  });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${table(report)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

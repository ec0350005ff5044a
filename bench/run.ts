/**
 * npm run bench [-- --sizes article,1000,10000,50000] [--json] [--smoke] [--seed N] [--profile DIR]
 *
 * Measures the answer engine against plain Fuse.js over the passages (the baseline), on
 * generated knowledge bases (bench/generate.ts; same seed, same corpus) and on the project's
 * own article ("article"). Each system runs in its own child process, so start-up time and
 * heap are its own: time from process start to ready, index build time, heap after loading
 * (after a forced GC), p50/p99 ms per question and per autocomplete query, and answer
 * quality (top-1 on questions with known answers, abstention on off-topic ones).
 *
 * Prints a table, or with --json one JSON object on stdout (progress goes to stderr).
 * --smoke: 1,000 passages and fewer questions, for CI. --profile DIR: CPU profiles of the
 * engine's children (open them in Chrome DevTools). Never asserts timings.
 *
 * Only node: imports at the top: a child loads nothing but the system it measures.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchPrefix, BenchQuestion, QuestionKind } from './generate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SELF = fileURLToPath(import.meta.url);

type System = 'engine' | 'baseline';
const SYSTEMS: readonly System[] = ['engine', 'baseline'];
const AUTOCOMPLETE_LIMIT = 25;
const SMOKE_QUESTIONS = 60;
const SMOKE_PREFIXES = 40;
/** Plain Fuse takes ~1.6 s a question at 50,000 passages: it answers a stratified sample there. */
function baselineQuestionCap(passages: number): number | null {
  if (passages >= 50_000) return 30;
  if (passages >= 10_000) return 60;
  return null;
}

interface Workload {
  questions: BenchQuestion[];
  prefixes: BenchPrefix[];
}

/** What a child measures; the parent does the statistics. */
interface ChildReport {
  system: System;
  /** From process start to ready (knowledge loaded, index built). */
  readyMs: number;
  /** Loading the folder and building the index. */
  buildMs: number;
  /** Heap used after loading, after a forced GC. */
  heapMB: number;
  rssMB: number;
  /** The first autocomplete call (the engine builds its index while loading). */
  autocompleteBuildMs: number;
  /** primeEngine() after ready, before the measured questions; 0 for the baseline. */
  primeMs: number;
  questionMs: number[];
  /** Per question: right first quote (or abstained on an off-topic one). */
  questionOk: boolean[];
  prefixMs: number[];
  /** Per prefix: the question being typed is among the suggestions. */
  prefixOk: boolean[];
  /** The engine only: each turn of one long conversation (see FOLLOW_UPS). */
  followUpMs?: number[];
}

/**
 * The conversation measured after the questions: the workload's questions, each followed by one
 * of these (story-agnostic) follow-ups, every turn read in the context of the ones before.
 */
const FOLLOW_UPS = ['and why?', 'what did they say after that?', 'and where?', 'what about him?'];

// --- the child ------------------------------------------------------------------------------

interface Measured {
  answer(question: string): { first: string | null; answered: boolean };
  suggest(typed: string): string[];
}

async function runChild(system: System, dir: string, workloadFile: string): Promise<void> {
  let primeMs = 0;
  let buildMs: number;
  let readyMs: number;
  let prepareAutocomplete: () => void;
  let measured: Measured;
  let converse: ((questions: readonly string[]) => number[]) | undefined;
  if (system === 'engine') {
    const { loadEngine, primeEngine } = await import('../src/app/load-engine.ts');
    const { suggestQuestions } = await import('../src/engine/browse.ts');
    const started = performance.now();
    const engine = loadEngine(dir);
    buildMs = performance.now() - started;
    readyMs = performance.now();
    // As the front ends do before serving (npm start, ask): optimise the hot code first.
    const priming = performance.now();
    primeEngine(engine);
    primeMs = performance.now() - priming;
    prepareAutocomplete = () => suggestQuestions(engine, '', AUTOCOMPLETE_LIMIT);
    measured = {
      answer(question) {
        const a = engine.answer(question);
        return { first: a.quotes[0]?.id ?? null, answered: a.answered };
      },
      suggest: (typed) => suggestQuestions(engine, typed, AUTOCOMPLETE_LIMIT),
    };
    const { turnOf } = await import('../src/engine/conversation.ts');
    const { TURNS_KEPT } = await import('../src/app/conversations.ts');
    type Turn = ReturnType<typeof turnOf>;
    // As the front ends keep a conversation: its last TURNS_KEPT turns.
    converse = (questions) => {
      let turns: Turn[] = [];
      return questions.map((q) => {
        const started = performance.now();
        const answer = engine.answer(q, turns);
        const elapsed = performance.now() - started;
        turns = [...turns, turnOf(answer)].slice(-TURNS_KEPT);
        return elapsed;
      });
    };
  } else {
    const { default: Fuse } = await import('fuse.js');
    const { parse } = await import('yaml');
    const started = performance.now();
    // Every source's sentences: passages.json (the article) and sources/*.passages.json.
    const sourcesDir = join(dir, 'sources');
    const files = [
      join(dir, 'passages.json'),
      ...(existsSync(sourcesDir)
        ? readdirSync(sourcesDir)
            .filter((f) => f.endsWith('.passages.json'))
            .map((f) => join(sourcesDir, f))
        : []),
    ];
    const passages = files.flatMap(
      (f) => (JSON.parse(readFileSync(f, 'utf8')) as { passages: { id: string; text: string }[] }).passages,
    );
    const fuse = new Fuse(passages, { keys: ['text'], ignoreLocation: true });
    buildMs = performance.now() - started;
    readyMs = performance.now();
    let questionFuse: InstanceType<typeof Fuse<string>> | undefined;
    const mainQuestion = new Map<string, string>();
    prepareAutocomplete = () => {
      const qa = (parse(readFileSync(join(dir, 'qa.yaml'), 'utf8')) ?? []) as {
        question: string;
        paraphrases?: string[];
      }[];
      for (const entry of qa)
        for (const text of [entry.question, ...(entry.paraphrases ?? [])])
          if (!mainQuestion.has(text)) mainQuestion.set(text, entry.question);
      questionFuse = new Fuse([...mainQuestion.keys()]);
    };
    measured = {
      answer(question) {
        const first = fuse.search(question, { limit: 1 })[0]?.item.id ?? null;
        return { first, answered: first !== null };
      },
      suggest: (typed) =>
        (questionFuse?.search(typed, { limit: AUTOCOMPLETE_LIMIT }) ?? []).map(
          (hit) => mainQuestion.get(hit.item) ?? hit.item,
        ),
    };
  }
  globalThis.gc?.();
  const memory = process.memoryUsage();
  const startedAutocomplete = performance.now();
  prepareAutocomplete();
  const autocompleteBuildMs = performance.now() - startedAutocomplete;

  const workload = JSON.parse(readFileSync(workloadFile, 'utf8')) as Workload;
  // The same few warm-up calls for both systems (not measured); the engine also warms up in loadEngine.
  for (const q of ['soldiers killed', 'what did the minister say', 'xqzv plonk']) {
    measured.answer(q);
    measured.suggest(q.slice(0, 8));
  }
  const report: ChildReport = {
    system,
    readyMs,
    buildMs,
    heapMB: memory.heapUsed / 2 ** 20,
    rssMB: memory.rss / 2 ** 20,
    autocompleteBuildMs,
    primeMs,
    questionMs: [],
    questionOk: [],
    prefixMs: [],
    prefixOk: [],
  };
  for (const q of workload.questions) {
    const started = performance.now();
    const result = measured.answer(q.q);
    report.questionMs.push(performance.now() - started);
    report.questionOk.push(
      q.expect ? result.first !== null && q.expect.includes(result.first) : !result.answered,
    );
  }
  for (const p of workload.prefixes) {
    const started = performance.now();
    const suggestions = measured.suggest(p.typed);
    report.prefixMs.push(performance.now() - started);
    report.prefixOk.push(suggestions.includes(p.question));
  }
  if (converse)
    report.followUpMs = converse(
      workload.questions.flatMap((q, i) => [q.q, FOLLOW_UPS[i % FOLLOW_UPS.length] as string]),
    );
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function spawnChild(
  system: System,
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
  heapMB: number;
  rssMB: number;
  autocompleteBuildMs: number;
  /** primeEngine() after ready, before serving (0 for the baseline). */
  primeMs: number;
  question: Latency;
  /** The long chat messages (about 500 characters) alone. */
  longQuestion: Latency;
  autocomplete: Latency;
  /** Each turn of one long conversation, half of them follow-ups (the engine only). */
  conversationTurn: Latency | null;
  /** First quote is an expected one, over the questions with known answers. */
  top1: Rate;
  /** Abstained, over the off-topic questions. */
  abstain: Rate;
  /** The typed question is among the suggestions. */
  autocompleteHit: Rate;
  top1ByKind: Partial<Record<QuestionKind, Rate>>;
  /** Questions measured, of the size's question set. */
  questionsMeasured: number;
  questionsInSet: number;
}

function figures(report: ChildReport, workload: Workload, questionsInSet: number): SystemFigures {
  const byKind: Partial<Record<QuestionKind, boolean[]>> = {};
  workload.questions.forEach((q, i) => {
    const list = byKind[q.kind] ?? [];
    list.push(report.questionOk[i] ?? false);
    byKind[q.kind] = list;
  });
  const answerable = workload.questions.map((q, i) => ({ q, ok: report.questionOk[i] ?? false }));
  return {
    readyMs: round(report.readyMs, 1),
    startupMs: round(report.readyMs - report.buildMs, 1),
    buildMs: round(report.buildMs, 1),
    heapMB: round(report.heapMB, 1),
    rssMB: round(report.rssMB, 1),
    autocompleteBuildMs: round(report.autocompleteBuildMs, 1),
    primeMs: round(report.primeMs, 1),
    question: latency(report.questionMs),
    longQuestion: latency(report.questionMs.filter((_, i) => workload.questions[i]?.kind === 'long')),
    autocomplete: latency(report.prefixMs),
    conversationTurn: report.followUpMs ? latency(report.followUpMs) : null,
    top1: rate(answerable.filter((x) => x.q.expect).map((x) => x.ok)),
    abstain: rate(answerable.filter((x) => !x.q.expect).map((x) => x.ok)),
    autocompleteHit: rate(report.prefixOk),
    top1ByKind: Object.fromEntries(Object.entries(byKind).map(([k, oks]) => [k, rate(oks)])),
    questionsMeasured: workload.questions.length,
    questionsInSet,
  };
}

// --- workloads ------------------------------------------------------------------------------

/** `count` items spread evenly over the list, so every kind of question is represented. */
function spread<T>(items: readonly T[], count: number | null): T[] {
  if (count === null || count >= items.length) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

interface Corpus {
  label: string;
  dir: string;
  passages: number;
  /** How many sources the passages are from (the article and sources.yaml's). */
  sources: number;
  qaEntries: number;
  vocabulary: number | null;
  questions: BenchQuestion[];
  prefixes: BenchPrefix[];
  generateMs: number;
  cached: boolean;
}

/** The project's own knowledge base: its curated questions and their paraphrases, and off-topic ones. */
async function articleCorpus(): Promise<Corpus> {
  const { loadKnowledge } = await import('../src/knowledge/load.ts');
  const { OFF_TOPIC_QUESTIONS, DEFAULT_SEED } = await import('./generate.ts');
  const { chatMessage } = await import('./generate/messages.ts');
  const { LONG_MESSAGES } = await import('./generate/questions.ts');
  const { Random } = await import('./generate/random.ts');
  const dir = join(ROOT, 'knowledge');
  const result = loadKnowledge(dir);
  if (!result.ok) throw new Error(`the project's knowledge does not load: run npm run knowledge:check`);
  const { kb } = result;
  const questions: BenchQuestion[] = [
    ...kb.qa.flatMap((e) =>
      [e.question, ...e.paraphrases].map((q) => ({ q, kind: 'curated' as const, expect: e.answerIds })),
    ),
    ...OFF_TOPIC_QUESTIONS.slice(0, 30).map((q) => ({ q, kind: 'off-topic' as const, expect: null })),
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
    vocabulary: null,
    questions,
    prefixes,
    generateMs: 0,
    cached: true,
  };
}

async function generatedCorpus(passages: number, seed: number): Promise<Corpus> {
  const { cachedKnowledge } = await import('./generate.ts');
  const { corpus, cached, ms } = cachedKnowledge({ passages, seed });
  return {
    label: String(passages),
    dir: corpus.dir,
    passages: corpus.passages,
    sources: corpus.sources ?? 1,
    qaEntries: corpus.qaEntries,
    vocabulary: corpus.vocabulary,
    questions: corpus.questions,
    prefixes: corpus.prefixes,
    generateMs: round(ms, 1),
    cached,
  };
}

// --- the run ----------------------------------------------------------------------------------

export interface SizeResult {
  size: string;
  passages: number;
  /** How many sources the passages are from: generated corpora are many reports, not one article. */
  sources: number;
  qaEntries: number;
  /** Distinct generated words in the article (generated corpora only). */
  vocabulary: number | null;
  /** compiledSnapshot: the folder has a compiled.json (knowledge:build's snapshot), which the loader may use. */
  corpus: { dir: string; generateMs: number; cached: boolean; compiledSnapshot: boolean };
  engine: SystemFigures;
  baseline: SystemFigures;
  /** Top-1 of both systems on the questions the baseline answered (all of them unless capped). */
  sameQuestions: { count: number; engineTop1: Rate; baselineTop1: Rate };
  ratios: {
    /** engine / baseline: below 1 is the engine doing better (less time, less memory). */
    engineOverBaseline: Record<
      | 'questionP50'
      | 'questionP99'
      | 'autocompleteP50'
      | 'autocompleteP99'
      | 'buildMs'
      | 'readyMs'
      | 'heapMB',
      number | null
    >;
    /** baseline / engine: how many times faster the engine is. */
    speedup: Record<'questionP50' | 'questionP99' | 'autocompleteP50' | 'autocompleteP99', number | null>;
  };
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
  sizes: SizeResult[];
  /** The targets, for information: the bench never fails on them. */
  targets: Target[];
  notes: string[];
}

const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 3) : null);

async function measureSize(
  corpus: Corpus,
  options: { smoke: boolean; profileDir: string | undefined; workDir: string },
): Promise<SizeResult> {
  const questions = options.smoke ? spread(corpus.questions, SMOKE_QUESTIONS) : corpus.questions;
  const prefixes = options.smoke ? spread(corpus.prefixes, SMOKE_PREFIXES) : corpus.prefixes;
  const cap = baselineQuestionCap(corpus.passages);
  const baselineIndices = spread(
    questions.map((_, i) => i),
    cap,
  );
  const workloads: Record<System, Workload> = {
    engine: { questions, prefixes },
    baseline: { questions: baselineIndices.map((i) => questions[i] as BenchQuestion), prefixes },
  };
  const reports = {} as Record<System, ChildReport>;
  for (const system of SYSTEMS) {
    const file = join(options.workDir, `${corpus.label}-${system}.json`);
    writeFileSync(file, JSON.stringify(workloads[system]));
    progress(`  ${system}: ${workloads[system].questions.length} questions, ${prefixes.length} prefixes...`);
    reports[system] = await spawnChild(system, corpus.dir, file, options.profileDir);
    progress(`  ${system}: ready in ${reports[system].readyMs.toFixed(0)} ms`);
  }
  const engine = figures(reports.engine, workloads.engine, questions.length);
  const baseline = figures(reports.baseline, workloads.baseline, questions.length);
  const sameEngine = baselineIndices.map((i) => ({
    q: questions[i] as BenchQuestion,
    ok: reports.engine.questionOk[i] ?? false,
  }));
  return {
    size: corpus.label,
    passages: corpus.passages,
    sources: corpus.sources,
    qaEntries: corpus.qaEntries,
    vocabulary: corpus.vocabulary,
    corpus: {
      dir: corpus.dir,
      generateMs: corpus.generateMs,
      cached: corpus.cached,
      compiledSnapshot: existsSync(join(corpus.dir, 'compiled.json')),
    },
    engine,
    baseline,
    sameQuestions: {
      count: baselineIndices.length,
      engineTop1: rate(sameEngine.filter((x) => x.q.expect).map((x) => x.ok)),
      baselineTop1: baseline.top1,
    },
    ratios: {
      engineOverBaseline: {
        questionP50: ratio(engine.question.p50, baseline.question.p50),
        questionP99: ratio(engine.question.p99, baseline.question.p99),
        autocompleteP50: ratio(engine.autocomplete.p50, baseline.autocomplete.p50),
        autocompleteP99: ratio(engine.autocomplete.p99, baseline.autocomplete.p99),
        buildMs: ratio(engine.buildMs, baseline.buildMs),
        readyMs: ratio(engine.readyMs, baseline.readyMs),
        heapMB: ratio(engine.heapMB, baseline.heapMB),
      },
      speedup: {
        questionP50: ratio(baseline.question.p50, engine.question.p50),
        questionP99: ratio(baseline.question.p99, engine.question.p99),
        autocompleteP50: ratio(baseline.autocomplete.p50, engine.autocomplete.p50),
        autocompleteP99: ratio(baseline.autocomplete.p99, engine.autocomplete.p99),
      },
    },
  };
}

function targets(sizes: readonly SizeResult[]): Target[] {
  const at = (label: string) => sizes.find((s) => s.size === label);
  const check = (
    name: string,
    value: number | null | undefined,
    limit: string,
    ok: (v: number) => boolean,
  ) => ({
    name,
    value: value ?? null,
    limit,
    met: value === null || value === undefined ? null : ok(value),
  });
  const ten = at('10000');
  const fifty = at('50000');
  const article = at('article');
  const out: Target[] = [];
  if (ten) {
    out.push(
      check('10,000: question p99 (ms)', ten.engine.question.p99, '<= 2', (v) => v <= 2),
      check('10,000: autocomplete p99 (ms)', ten.engine.autocomplete.p99, '<= 1', (v) => v <= 1),
      check(
        '10,000: speed-up over the baseline at p50',
        ten.ratios.speedup.questionP50,
        '>= 100',
        (v) => v >= 100,
      ),
      check('10,000: ready (ms)', ten.engine.readyMs, '<= 1000', (v) => v <= 1000),
    );
  }
  if (ten && fifty)
    out.push(
      check(
        '10,000 -> 50,000: growth of question p50',
        ratio(fifty.engine.question.p50, ten.engine.question.p50),
        '< 3',
        (v) => v < 3,
      ),
    );
  if (article)
    out.push(
      check('article: load (loadEngine, ms)', article.engine.buildMs, '< 100', (v) => v < 100),
      check(
        'article: conversation turn p99 (ms)',
        article.engine.conversationTurn?.p99,
        '<= 1',
        (v) => v <= 1,
      ),
    );
  return out;
}

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

const percent = (r: Rate) => (r.rate === null ? '-' : `${(r.rate * 100).toFixed(0)}%`);
const times = (x: number | null) => (x === null ? '-' : `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}x`);

function table(report: BenchReport): string {
  const header = [
    'size',
    'system',
    'questions',
    'ready ms',
    'build ms',
    'prime ms',
    'heap MB',
    'q p50',
    'q p99',
    'ac p50',
    'ac p99',
    'top-1',
    'abstain',
    'ac hit',
  ];
  const rows: string[][] = [];
  for (const s of report.sizes) {
    for (const system of SYSTEMS) {
      const f = s[system];
      rows.push([
        system === 'engine' ? s.size : '',
        system,
        f.questionsMeasured < f.questionsInSet
          ? `${f.questionsMeasured}/${f.questionsInSet}*`
          : String(f.questionsMeasured),
        ms(f.readyMs),
        ms(f.buildMs),
        system === 'engine' ? ms(f.primeMs) : '-',
        f.heapMB.toFixed(1),
        ms(f.question.p50),
        ms(f.question.p99),
        ms(f.autocomplete.p50),
        ms(f.autocomplete.p99),
        percent(f.top1),
        percent(f.abstain),
        percent(f.autocompleteHit),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];

  out.push('', 'Engine speed-up over the baseline (baseline / engine):');
  for (const s of report.sizes) {
    const r = s.ratios.speedup;
    out.push(
      `  ${s.size.padEnd(8)} question p50 ${times(r.questionP50)}, p99 ${times(r.questionP99)}; autocomplete p50 ${times(r.autocompleteP50)}, p99 ${times(r.autocompleteP99)}`,
    );
  }
  out.push('', 'Engine, each turn of one long conversation (every other turn a follow-up):');
  for (const s of report.sizes) {
    const turn = s.engine.conversationTurn;
    if (turn)
      out.push(`  ${s.size.padEnd(8)} ${turn.count} turns, p50 ${ms(turn.p50)} ms, p99 ${ms(turn.p99)} ms`);
  }
  out.push('', 'Engine per question, long chat messages (about 500 characters) alone:');
  for (const s of report.sizes) {
    const l = s.engine.longQuestion;
    out.push(
      `  ${s.size.padEnd(8)} ${l.count} messages: p50 ${ms(l.p50)} ms, p99 ${ms(l.p99)} ms, max ${ms(l.max)} ms`,
    );
  }
  out.push('', 'Engine top-1 by kind of question:');
  for (const s of report.sizes) {
    const kinds = Object.entries(s.engine.top1ByKind)
      .map(([k, r]) => `${k} ${r.hits}/${r.of}`)
      .join(', ');
    out.push(`  ${s.size.padEnd(8)} ${kinds}`);
  }
  const capped = report.sizes.filter((s) => s.baseline.questionsMeasured < s.baseline.questionsInSet);
  if (capped.length > 0) {
    out.push('', '* The baseline answered a stratified sample of the questions (plain Fuse is slow there);');
    for (const s of capped)
      out.push(
        `  ${s.size}: on those ${s.sameQuestions.count}, top-1 engine ${percent(s.sameQuestions.engineTop1)}, baseline ${percent(s.sameQuestions.baselineTop1)}`,
      );
  }
  if (report.targets.length > 0) {
    out.push('', "The issue's targets (for information):");
    for (const t of report.targets) {
      const mark = t.met === null ? '?' : t.met ? 'met' : 'NOT met';
      const value = t.value === null ? '-' : String(round(t.value, 3));
      out.push(`  ${t.name}: ${value} (target ${t.limit}) ${mark}`);
    }
  }
  const compiled = report.sizes.filter((s) => s.corpus.compiledSnapshot).map((s) => s.size);
  if (compiled.length > 0)
    out.push(
      '',
      `Has compiled.json (the loader may skip parsing and validation): ${compiled.join(', ')}; generated corpora never do.`,
    );
  out.push('', ...report.notes.map((n) => `Note: ${n}`));
  return out.join('\n');
}

// --- main -----------------------------------------------------------------------------------------

const DEFAULT_SIZES = ['article', '1000', '10000', '50000'];

export async function runBench(options: {
  sizes: string[];
  seed: number;
  smoke: boolean;
  profileDir?: string;
}): Promise<BenchReport> {
  const workDir = join(tmpdir(), 'dez-bench', `run-${process.pid}`);
  mkdirSync(workDir, { recursive: true });
  if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
  const sizes: SizeResult[] = [];
  try {
    for (const size of options.sizes) {
      const started = performance.now();
      let corpus: Corpus;
      if (size === 'article') corpus = await articleCorpus();
      else {
        const n = Number(size);
        if (!Number.isInteger(n) || n < 50)
          throw new Error(`--sizes: "${size}" is not "article" or a whole number >= 50`);
        progress(`${n} passages: generating (or reusing the cache)...`);
        corpus = await generatedCorpus(n, options.seed);
        progress(
          `  ${corpus.cached ? 'reused' : 'generated'} ${corpus.dir} in ${corpus.generateMs.toFixed(0)} ms`,
        );
      }
      progress(`${corpus.label}: measuring ${corpus.passages} passages from ${corpus.sources} sources`);
      sizes.push(
        await measureSize(corpus, { smoke: options.smoke, profileDir: options.profileDir, workDir }),
      );
      progress(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  const notes = [
    'times are per call, in the measuring process (ms); ready = from process start (node + tsx) to the knowledge loaded and the index built',
    'build = loadEngine (read, validate, build the engine) for the engine; read every sentence file + new Fuse(passages) for the baseline',
    'heap = heap used after loading, after a forced GC; prime = primeEngine() after ready, as npm start and ask do before serving (JIT optimisation of answers and autocomplete, ~120 ms budget)',
    "baseline = plain Fuse over the passages (keys ['text'], ignoreLocation, default threshold); its autocomplete is plain Fuse over the curated questions and paraphrases",
    'top-1 = first quote among the expected sentences; abstain = off-topic questions not answered; ac hit = the typed question among the 25 suggestions',
  ];
  if (options.smoke)
    notes.push(`smoke run: at most ${SMOKE_QUESTIONS} questions and ${SMOKE_PREFIXES} prefixes per size`);
  if (options.profileDir) notes.push(`CPU profiles of the engine children are in ${options.profileDir}`);
  return {
    seed: options.seed,
    smoke: options.smoke,
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    sizes,
    targets: targets(sizes),
    notes,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      json: { type: 'boolean', default: false },
      smoke: { type: 'boolean', default: false },
      seed: { type: 'string' },
      profile: { type: 'string' },
      child: { type: 'string' },
      knowledge: { type: 'string' },
      workload: { type: 'string' },
    },
    strict: true,
  });
  if (values.child) {
    if (!SYSTEMS.includes(values.child as System) || !values.knowledge || !values.workload)
      throw new Error('--child engine|baseline needs --knowledge DIR and --workload FILE');
    return runChild(values.child as System, values.knowledge, values.workload);
  }
  const { DEFAULT_SEED } = await import('./generate.ts');
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
  const sizes = values.sizes
    ? values.sizes.split(',').map((s) => s.trim().replace(/_/g, ''))
    : values.smoke
      ? ['1000']
      : DEFAULT_SIZES;
  const report = await runBench({
    sizes,
    seed,
    smoke: values.smoke,
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

/**
 * npm run eval [-- --set FILE.jsonl ...] [--half read|unread] [--knowledge DIR] [--calibrate | --fit | --causes [--list]] [--json]
 *
 * Scores the engine on question sets (format: ../shared/eval/README.md) and prints
 * top-1, top-3, abstention (off / near), both-sides, verbatim and p50/p99 ms, plus
 * every miss of a fit set (of a check set, how many unless --show-check-misses), so a moderator
 * can see what to add to qa.yaml or synonyms.yaml.
 *
 * The sets have two roles. The fit sets are what the confidence model is fitted on (--fit)
 * and the abstention threshold calibrated on (--calibrate sweeps it and prints the best one);
 * both print what the engine serves at each threshold (a two-part message whose first part falls
 * below it is served its second part alone) beside the answer before that cut, and
 * --calibrate picks the threshold on what is served;
 * the check sets are kept out of both, so their scores say how the fit does on questions it
 * has not seen. Without --set, --fit and --calibrate use the fit sets, scoring uses all.
 * --half read (the plain fit sets and the odd-numbered chat ones) or --half unread (the
 * even-numbered chat sets) takes half of the fit sets only (eval-sets.ts, fitHalf): the model is
 * fitted and calibrated on the read half, the unread half scores it first.
 * --causes counts each set's misses by cause: an abstention whose best candidate was right (the
 * confidence), one whose was wrong (the reading), a wrong first quote, a question to refuse answered;
 * with --list, the messages under each cause.
 * --curated counts the misses a curated entry answered: the right sentence the best passage, a
 * lower one, none of the best five, or a question to refuse (a conversation's last turn is read
 * alone for the passages); with --list, the messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadEngine } from '../app/load-engine.ts';
import type { Answer } from '../engine/answer.ts';
import { CONFIDENCE_MODEL, type ConfidenceFeatures, calibratedConfidence } from '../engine/confidence.ts';
import { type ConversationTurn, turnOf } from '../engine/conversation.ts';
import { Engine } from '../engine/engine.ts';
import { normalizeForCompare } from '../text/normalize.ts';
import { knowledgeDirFromArgs } from './args.ts';
import { CHECK_SETS, FIT_SETS, fitHalf, missesShown, roleOf } from './eval-sets.ts';
import { fitLogistic } from './fit-logistic.ts';
import { curatedMissCause, missCause } from './miss-cause.ts';
import { answersAtThresholds } from './served.ts';

interface EvalQuestion {
  /** The question; for a conversation, its turns joined with " -> " (for the misses). */
  q: string;
  /** A conversation: only the last turn is scored, each turn asked in the context of the ones before. */
  turns?: string[];
  style?: string;
  expect: string[] | null;
  sides?: string[][];
  kind?: 'off' | 'near';
}

const args = process.argv.slice(2);
const sets: string[] = [];
for (let i = 0; i < args.length; i++)
  if (args[i] === '--set' && args[i + 1]) sets.push(resolve(args[++i] as string));
const calibrate = args.includes('--calibrate');
const fit = args.includes('--fit');
const causes = args.includes('--causes');
const curated = args.includes('--curated');
const listCauses = args.includes('--list');
const asJson = args.includes('--json');
const listed = (file: string) => missesShown(file, args.includes('--show-check-misses'));
const engine = loadEngine(knowledgeDirFromArgs(args));
const halfAt = args.indexOf('--half');
const half = halfAt >= 0 ? args[halfAt + 1] : undefined;
const defaults = (fit || calibrate ? FIT_SETS : [...CHECK_SETS, ...FIT_SETS]).filter(
  (f) => half === undefined || (FIT_SETS.includes(f) && fitHalf(f) === half),
);
const files = (sets.length > 0 ? sets : defaults).filter((f) => existsSync(f));

const lower = (s: string) => normalizeForCompare(s).toLowerCase();
/**
 * In --fit, a question the article does not answer (near or off topic) counts this many times:
 * a confident answer to it is worse than an abstention on an answerable one, and there are far
 * fewer of them in the sets.
 */
const UNANSWERABLE_WEIGHT = 2.5;
/**
 * In --fit, the L2 penalty on the weights (see fit-logistic.ts): enough that a feature few
 * questions have (verbatim, numberMissing) keeps a weight of the size the others have.
 */
const LAMBDA = 0.003;
/** --calibrate: how many points of top-1 on plainly worded questions abstaining may cost, at most. */
const PLAIN_SLACK = 1.5;
const pct = (x: number) => `${x.toFixed(1)}%`.padStart(6);
const pct0 = (x: number) => `${x.toFixed(0)}%`.padStart(4);

export interface Score {
  set: string;
  questions: number;
  top1: number;
  top3: number;
  off: number;
  near: number;
  sides: number;
  verbatim: number;
  p50: number;
  p99: number;
  misses: string[];
  /** The same figures for each style of question in the set (`style`), when it has styles. */
  styles?: Record<string, Omit<Score, 'set' | 'misses' | 'styles'>>;
}

function score(set: string, questions: EvalQuestion[], answers: Answer[], article: string): Score {
  let top1 = 0;
  let top3 = 0;
  let inScope = 0;
  let sides = 0;
  let sidesN = 0;
  let quotes = 0;
  let verbatim = 0;
  const abst = { off: [0, 0], near: [0, 0] } as Record<'off' | 'near', [number, number]>;
  const misses: string[] = [];
  questions.forEach((q, i) => {
    const a = answers[i] as Answer;
    for (const quote of a.quotes) {
      quotes++;
      if (article.includes(normalizeForCompare(quote.text))) verbatim++;
    }
    const expect = q.expect;
    if (expect) {
      inScope++;
      const hit = (k: number) =>
        a.answered &&
        a.quotes.slice(0, k).some((qt) => expect.some((x) => lower(qt.text).includes(lower(x))));
      if (hit(1)) top1++;
      else
        misses.push(
          `${hit(3) ? 'top-3 only' : 'MISS'}: ${q.q} -> ${a.answered ? `[${a.qa ?? a.quotes[0]?.id}] "${a.quotes[0]?.text.slice(0, 60)}"` : `(abstained ${a.confidence})`}`,
        );
      if (hit(3)) top3++;
      if (q.sides) {
        sidesN++;
        const all = a.quotes.map((qt) => lower(qt.text)).join(' | ');
        if (q.sides.every((side) => side.some((x) => all.includes(lower(x))))) sides++;
        else misses.push(`ONE-SIDED: ${q.q}`);
      }
    } else {
      const k = q.kind === 'near' ? 'near' : 'off';
      abst[k][1]++;
      if (!a.answered) abst[k][0]++;
      else
        misses.push(
          `SHOULD ABSTAIN (${k}): ${q.q} -> [${a.qa ?? a.quotes[0]?.id} ${a.confidence}] "${a.quotes[0]?.text.slice(0, 50)}"`,
        );
    }
  });
  const pct = (x: number, n: number) => (n ? (100 * x) / n : 100);
  const ms = answers.map((a) => a.ms).sort((x, y) => x - y);
  const p = (f: number) => ms[Math.min(ms.length - 1, Math.floor(f * ms.length))] ?? Number.NaN;
  return {
    set,
    questions: questions.length,
    top1: pct(top1, inScope),
    top3: pct(top3, inScope),
    off: pct(...abst.off),
    near: pct(...abst.near),
    sides: pct(sides, sidesN),
    verbatim: pct(verbatim, quotes),
    p50: p(0.5),
    p99: p(0.99),
    misses,
  };
}

const article = normalizeForCompare(engine.kb.articleText);
const loaded = files.map((file) => ({
  file,
  questions: readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const item = JSON.parse(l) as EvalQuestion;
      if (Array.isArray(item.turns)) item.q = item.turns.join(' -> ');
      return item;
    }),
}));

/** The answer to a question, or to the last turn of a conversation asked turn by turn. */
function answerOf(e: Engine, q: EvalQuestion): Answer {
  if (!q.turns) return e.answer(q.q);
  const turns: ConversationTurn[] = [];
  let last = e.answer('');
  for (const t of q.turns) {
    last = e.answer(t, turns);
    turns.push(turnOf(last));
  }
  return last;
}

// Warm up once so p99 reflects steady state, as in a running bot.
for (const { questions } of loaded) for (const q of questions) answerOf(engine, q);

/**
 * What the engine serves at each threshold, on its own corpus: asked again at a threshold only
 * where a comparison with it comes out otherwise (served.ts). `asked` counts the answers made.
 */
function servedAt(questions: readonly EvalQuestion[], thresholds: readonly number[]) {
  let tell: (confidence: number, margin: number) => void = () => {};
  const engines = thresholds.map((t) => engine.atThreshold(t, (c, m) => tell(c, m)));
  return answersAtThresholds(questions, thresholds, (q, k, told) => {
    tell = told;
    return answerOf(engines[k] as Engine, q);
  });
}

/** An answer with no quotes: what the threshold makes of one below it, before the cut. */
const cut = (a: Answer, t: number): Answer => (a.confidence < t ? { ...a, answered: false, quotes: [] } : a);
/** Whether two answers answer with the same quotes, or both abstain. */
const sameAnswer = (a: Answer, b: Answer) =>
  a.answered === b.answered && a.quotes.map((q) => q.id).join() === b.quotes.map((q) => q.id).join();

/** Is the engine's first quote right for this question? */
function rightFirst(q: EvalQuestion, a: Answer): boolean {
  const expect = q.expect;
  return !!expect && a.quotes.slice(0, 1).some((qt) => expect.some((x) => lower(qt.text).includes(lower(x))));
}

if (fit) {
  // Logistic regression of "the first quote is right" on the confidence features.
  const open = engine.atThreshold(0);
  // Conversations are left out: the features are those of a question asked alone.
  const alone = loaded.flatMap((l) => l.questions).filter((q) => !q.turns);
  const rows = alone.map((q) => {
    const features = open.explain(q.q).features as ConfidenceFeatures;
    // A question the article does not answer weighs more: answering it is the worse mistake.
    const weight = q.expect ? 1 : UNANSWERABLE_WEIGHT;
    return { x: features, y: rightFirst(q, open.answer(q.q)) ? 1 : 0, weight };
  });
  const keys = Object.keys(CONFIDENCE_MODEL).filter((k) => k !== 'bias') as (keyof ConfidenceFeatures)[];
  const w = fitLogistic(
    rows.map((r) => ({ x: keys.map((k) => r.x[k]), y: r.y, weight: r.weight })),
    LAMBDA,
  );
  const fitted: Record<string, number> = Object.fromEntries([
    ['bias', w[0] as number],
    ...keys.map((k, i) => [k, w[i + 1] as number]),
  ]);
  const rounded = Object.fromEntries(
    Object.entries(fitted).map(([k, v]) => [k, Math.round(v * 1000) / 1000]),
  );
  console.log(`fitted on ${rows.length} questions (${files.map((f) => basename(f)).join(', ')}):`);
  console.log(JSON.stringify(rounded, null, 2));
  const model = rounded as typeof CONFIDENCE_MODEL;
  // The label is whether the first quote before the cut is right: what a confidence says of the
  // candidate it is computed for. What is served at a threshold also drops a part below it (of a
  // two-part message), so beside the fitted model's decisions before the cut stand the model in
  // use's, before the cut and as served (abstaining is right where the first quote is wrong).
  const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7];
  const served = servedAt(alone, thresholds).answers;
  const share = (n: number) => `${((100 * n) / rows.length).toFixed(1)}%`;
  console.log('  decisions right: fitted (before the cut) | model in use before the cut, served');
  thresholds.forEach((t, k) => {
    const fitted = rows.filter((r) => (calibratedConfidence(r.x, model) >= t ? r.y === 1 : r.y === 0)).length;
    const before = rows.filter((r) => (calibratedConfidence(r.x) >= t ? r.y === 1 : r.y === 0)).length;
    const asServed = rows.filter((r, i) => {
      const a = served[k]?.[i] as Answer;
      return a.answered ? rightFirst(alone[i] as EvalQuestion, a) : r.y === 0;
    }).length;
    console.log(`  threshold ${t}: ${share(fitted)} | ${share(before)}, ${share(asServed)} served`);
  });
  process.exit(0);
}

/**
 * --causes: each set's misses sorted by what went wrong, counted: an abstention whose best
 * candidate was right (the confidence was too low), or in the top three, or wrong (the reading
 * was); a wrong first quote, or a right one second or third; a question to refuse answered.
 */
if (causes) {
  const open = new Engine(engine.kb, { abstainBelow: 0 });
  for (const { file, questions } of loaded) {
    const counts = new Map<string, string[]>();
    for (const q of questions) {
      const cause = missCause(q, answerOf(engine, q), () => answerOf(open, q));
      if (cause) counts.set(cause, [...(counts.get(cause) ?? []), q.q]);
    }
    console.log(`\n== ${basename(file)} (${questions.length} questions)`);
    for (const [cause, qs] of [...counts].sort((x, y) => y[1].length - x[1].length)) {
      console.log(`  ${String(qs.length).padStart(4)}  ${cause}`);
      if (listCauses && listed(file)) for (const q of qs) console.log(`          ${q}`);
    }
  }
  process.exit(0);
}

if (curated) {
  for (const { file, questions } of loaded) {
    const counts = new Map<string, string[]>();
    for (const q of questions) {
      const cause = curatedMissCause(q, answerOf(engine, q), () =>
        engine.explain(q.turns ? (q.turns.at(-1) ?? '') : q.q).passages.map((p) => engine.quote(p.id).text),
      );
      if (cause) counts.set(cause, [...(counts.get(cause) ?? []), q.q]);
    }
    const total = [...counts.values()].reduce((sum, qs) => sum + qs.length, 0);
    console.log(`\n== ${basename(file)} (${questions.length} questions, ${total} curated misses)`);
    for (const [cause, qs] of [...counts].sort((x, y) => y[1].length - x[1].length)) {
      console.log(`  ${String(qs.length).padStart(4)}  ${cause}`);
      if (listCauses && listed(file)) for (const q of qs) console.log(`          ${q}`);
    }
  }
  process.exit(0);
}

if (calibrate) {
  const all = loaded.flatMap((l) => l.questions);
  // Plainly worded questions (the sets without chat styles) are most of what is asked.
  const plainSets = new Set(loaded.filter((l) => !l.questions.some((q) => q.style)));
  const isPlain = all.map((q) => [...plainSets].some((l) => l.questions.includes(q)));
  const plain = all.filter((_, i) => isPlain[i]);
  const open = engine.atThreshold(0);
  const raw = all.map((q) => answerOf(open, q));
  const thresholds: number[] = [];
  for (let t = 0.2; t <= 0.801; t += 0.02) thresholds.push(t);
  // What the engine serves at each threshold: a two-part message whose first part falls below
  // it is served its second part, where the answer before the cut abstains or keeps both.
  const sweep = servedAt(all, thresholds);
  const rows: string[] = [];
  let best = { t: 0, value: -1 };
  let bestBefore = { t: 0, value: -1 };
  let plainBest: number | undefined;
  let plainBestBefore: number | undefined;
  const figures = (s: Score, p: Score) =>
    `top1 ${s.top1.toFixed(1)}%  top3 ${s.top3.toFixed(1)}%  off ${s.off.toFixed(0)}%  near ${s.near.toFixed(0)}%  plain top1 ${p.top1.toFixed(1)}%`;
  thresholds.forEach((t, k) => {
    const before = raw.map((a) => cut(a, t));
    const served = sweep.answers[k] as Answer[];
    const of = (answers: Answer[]) => answers.filter((_, i) => isPlain[i]);
    const s = score('all', all, before, article);
    const p = score('plain', plain, of(before), article);
    const ss = score('all', all, served, article);
    const sp = score('plain', plain, of(served), article);
    // Answer quality first, then abstention: a wrong confident answer is worse than none. But
    // abstaining may cost plainly worded questions at most PLAIN_SLACK points of top-1.
    plainBest ??= sp.top1;
    plainBestBefore ??= p.top1;
    const value = sp.top1 >= plainBest - PLAIN_SLACK ? ss.top1 + ss.off + 1.5 * ss.near : -1;
    const valueBefore = p.top1 >= plainBestBefore - PLAIN_SLACK ? s.top1 + s.off + 1.5 * s.near : -1;
    const moved = served.filter((a, i) => !sameAnswer(a, before[i] as Answer)).length;
    rows.push(
      `  ${t.toFixed(2)}  served  ${figures(ss, sp)}\n        before  ${figures(s, p)}  (${moved} differ)`,
    );
    if (value > best.value) best = { t, value };
    if (valueBefore > bestBefore.value) bestBefore = { t, value: valueBefore };
  });
  console.log(
    `threshold sweep on ${all.length} questions (${files.map((f) => basename(f)).join(', ')}), as served and before the cut (${sweep.asked} answers for ${thresholds.length} thresholds):`,
  );
  console.log(rows.join('\n'));
  const inUse = engine.kb.settings.abstainBelow;
  const differ = all.filter((q, i) => !sameAnswer(answerOf(engine, q), cut(raw[i] as Answer, inUse))).length;
  console.log(
    `at settings.yaml's ${inUse}, the answer served differs from the one before the cut on ${differ} of ${all.length} messages`,
  );
  console.log(
    `best abstainBelow: ${best.t.toFixed(2)} as served (${bestBefore.t.toFixed(2)} before the cut; settings.yaml has ${inUse})`,
  );
  process.exit(0);
}

/** The set's score, with the score of each style in it. */
function scoreByStyle(set: string, questions: EvalQuestion[], answers: Answer[]): Score {
  const all = score(set, questions, answers, article);
  const styles = [...new Set(questions.map((q) => q.style).filter((s): s is string => !!s))];
  if (styles.length === 0) return all;
  all.styles = Object.fromEntries(
    styles.map((style) => {
      const picked = questions.flatMap((q, i) => (q.style === style ? [i] : []));
      const {
        set: _s,
        misses: _m,
        ...figures
      } = score(
        style,
        picked.map((i) => questions[i] as EvalQuestion),
        picked.map((i) => answers[i] as Answer),
        article,
      );
      return [style, figures];
    }),
  );
  return all;
}

const scores = loaded.map(({ file, questions }) => ({
  ...scoreByStyle(
    basename(file),
    questions,
    questions.map((q) => answerOf(engine, q)),
  ),
  role: roleOf(file),
  file,
}));
if (asJson) {
  console.log(JSON.stringify(scores.map(({ misses, file: _f, ...s }) => ({ ...s, misses: misses.length }))));
} else {
  for (const s of scores) {
    console.log(`\n== ${s.set} (${s.role} set, ${s.questions} questions)`);
    if (listed(s.file)) for (const m of s.misses) console.log(`  ${m}`);
    else if (s.misses.length > 0)
      console.log(`  ${s.misses.length} misses, not listed (a check set; --show-check-misses lists them)`);
    if (s.styles) {
      console.log(`  ${'style'.padEnd(16)} ${'n'.padStart(4)}  top1    top3    off   near  sides`);
      for (const [style, f] of Object.entries(s.styles))
        console.log(
          `  ${style.padEnd(16)} ${String(f.questions).padStart(4)}  ${pct(f.top1)}  ${pct(f.top3)}  ${pct0(f.off)}  ${pct0(f.near)}  ${pct0(f.sides)}`,
        );
    }
    console.log(
      `  top1 ${s.top1.toFixed(1)}%  top3 ${s.top3.toFixed(1)}%  abstain-off ${s.off.toFixed(0)}%  abstain-near ${s.near.toFixed(0)}%  both-sides ${s.sides.toFixed(0)}%  verbatim ${s.verbatim.toFixed(0)}%  p50 ${s.p50.toFixed(3)}ms  p99 ${s.p99.toFixed(3)}ms`,
    );
  }
  console.log('\ntargets: top1 >= 95%, top3 = 100%, abstain-off >= 95%, abstain-near >= 80%, p99 <= 1 ms');
}

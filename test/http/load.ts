/**
 * A bounded load test of the HTTP interactions server on loopback: `total` signed /ask requests,
 * at most `concurrency` in flight, each from a different user (so each takes a cooldown in the
 * SQLite file). Every response is checked; latencies are only reported, never asserted.
 * Used by test/http/server.test.ts (a short run, the requests sent from its own process) and
 * `npm run bench:http` (10,000 requests, sent from a process of their own: load-process.ts).
 * This file prepares the signed requests and reads the server's clocks; load-driver.ts sends them.
 */
import { readFileSync } from 'node:fs';
import type { FakeDiscord } from '../support/fake-discord.ts';
import {
  type BurstResult,
  type Driven,
  type DriveOptions,
  driveBurst,
  driveLoad,
  type PreparedRequest,
} from './load-driver.ts';
import type { LoadProcess } from './load-process.ts';
import type { Signer } from './support.ts';
import { signedHeaders } from './support.ts';

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
  /**
   * The load generator's own process (bench:http): the requests are sent from there, and this
   * process's CPU is the server's alone. Without it they are sent from this process.
   */
  generator?: LoadProcess;
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
   * CPU time of this process (the server's, and the load generator's when it runs here) per timed
   * request: unlike requests/s, hardly changed by other processes sharing the cores.
   */
  cpuMsPerRequest: number;
  /** The load generator's CPU time per timed request when it runs in its own process, else null. */
  generatorCpuMsPerRequest: number | null;
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

/** The signed requests of a load: made before the clock starts, so that only the server is measured. */
function prepareRequests(
  options: Pick<LoadOptions, 'fake' | 'signer' | 'questions' | 'offset' | 'titleOf'>,
  count: number,
): PreparedRequest[] {
  const { fake, signer } = options;
  return Array.from({ length: count }, (_, i) => {
    const question = options.questions[((options.offset ?? 0) + i) % options.questions.length] ?? '';
    const body = JSON.stringify(fake.slashCommand({ name: 'ask', options: { question }, user: fake.user() }));
    return { body, headers: signedHeaders(signer, body), title: options.titleOf(question) };
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const warmup = options.warmup ?? 0;
  const drive: DriveOptions = {
    url: options.url,
    ...(options.urls ? { urls: options.urls } : {}),
    concurrency: options.concurrency,
    warmup,
    requests: prepareRequests(options, options.total + warmup),
  };
  let cpuBefore = process.cpuUsage();
  let mainBefore = mainThreadCpuMs();
  const startClocks = () => {
    cpuBefore = process.cpuUsage();
    mainBefore = mainThreadCpuMs();
  };
  const driven: Driven = options.generator
    ? await options.generator.load(drive, startClocks)
    : await driveLoad(drive, startClocks);
  const cpu = process.cpuUsage(cpuBefore);
  const mainAfter = mainThreadCpuMs();
  const { ok, failures, seconds, latencies } = driven;
  return {
    total: options.total,
    warmup,
    concurrency: options.concurrency,
    ok,
    failures,
    seconds,
    requestsPerSecond: options.total / seconds,
    cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / options.total,
    generatorCpuMsPerRequest: options.generator ? driven.cpuMs / options.total : null,
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
  const generatorMs = parts.every((part) => part.generatorCpuMsPerRequest !== null)
    ? parts.reduce((sum, part) => sum + (part.generatorCpuMsPerRequest ?? 0) * part.total, 0)
    : null;
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
    generatorCpuMsPerRequest: generatorMs === null ? null : generatorMs / total,
    mainThreadCpuMsPerRequest: mainMs === null ? null : mainMs / total,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    latencies,
  };
}

export function formatLoad(result: LoadResult): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const generator = result.generatorCpuMsPerRequest;
  const main = result.mainThreadCpuMsPerRequest;
  return (
    `HTTP interactions load test: ${result.total} signed /ask requests (after ${result.warmup} untimed), ` +
    `${result.concurrency} in flight, loopback, ` +
    `${generator === null ? "sent from the server's process" : 'sent from a process of their own'}\n` +
    `  ok ${result.ok}/${result.total + result.warmup} · ${result.requestsPerSecond.toFixed(0)} requests/s · ` +
    `CPU ${result.cpuMsPerRequest.toFixed(2)} ms/request (the server's process${
      generator === null ? ', load generator included' : ''
    }${main === null ? '' : `; its main thread ${main.toFixed(2)}`}${
      generator === null ? '' : `; the load generator's ${generator.toFixed(2)}`
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
  /** The load generator's own process (bench:http); without it the requests are sent from this one. */
  generator?: LoadProcess;
}

export type NewConnectionsResult = BurstResult;

/**
 * Requests prepared for the busy connections: they keep sending until the burst is answered, which
 * has taken up to 1.8 s while a loaded machine answered 300 requests a second.
 */
const BUSY_REQUESTS_PER_CONNECTION = 40;

/**
 * A burst of requests on newly opened connections while `busy` keep-alive connections keep the
 * server saturated: were the new ones served in their turn, or starved? (driveBurst)
 */
export function measureNewConnections(options: NewConnectionsOptions): Promise<NewConnectionsResult> {
  const count = options.busy * BUSY_REQUESTS_PER_CONNECTION + options.fresh;
  const burst = {
    url: options.url,
    busy: options.busy,
    fresh: options.fresh,
    requests: prepareRequests(options, count),
  };
  return options.generator ? options.generator.burst(burst) : driveBurst(burst);
}

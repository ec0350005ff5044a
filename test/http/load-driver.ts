/**
 * The half of the HTTP load test that sends prepared requests and times them: node:http and
 * nothing else, so that it can run in a process of its own (load-child.ts), as Discord's requests
 * come from elsewhere, and the server measured has its main thread to itself. load.ts prepares
 * the requests (payloads, signatures) and reads the server's clocks; run here in the server's
 * process (the test suite) it is the same code.
 */
import http from 'node:http';

/** A signed request and the embed title its answer must have. */
export interface PreparedRequest {
  body: string;
  headers: Record<string, string>;
  title: string;
}

export interface DriveOptions {
  url: string;
  /** Several instances: request i goes to urls[i % urls.length] (round robin, as a balancer). */
  urls?: readonly string[];
  concurrency: number;
  /** The first `warmup` of `requests` are sent and checked but not timed. */
  warmup: number;
  requests: readonly PreparedRequest[];
}

export interface Driven {
  /** Requests answered 200 with the expected answer, warm-up included. */
  ok: number;
  /** What went wrong with the others (at most 10 kept). */
  failures: string[];
  /** Wall time of the timed requests. */
  seconds: number;
  /** Every timed request's latency, sorted. */
  latencies: number[];
  /** CPU time of the process that sent the timed requests, while it sent them. */
  cpuMs: number;
}

interface HttpAnswer {
  status: number;
  /** The parsed JSON body (or the text when it is not JSON). */
  body: unknown;
}

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

/** What is wrong with an answer to `request`, or null when it is the expected one. */
async function send(
  agent: http.Agent | false,
  url: string,
  request: PreparedRequest,
): Promise<string | null> {
  try {
    const answer = await postWith(agent, url, request.body, request.headers);
    const data = (answer.body as { data?: { embeds?: Array<{ title?: string }> } }).data;
    if (answer.status !== 200) return `status ${answer.status}: ${JSON.stringify(answer.body).slice(0, 200)}`;
    if (data?.embeds?.[0]?.title !== request.title)
      return `unexpected answer ${JSON.stringify(answer.body).slice(0, 200)}`;
    return null;
  } catch (error) {
    return String(error);
  }
}

/**
 * Sends `requests` with at most `concurrency` in flight: the warm-up ones first, then, once
 * `timed` has resolved (the caller starts its clocks there), the rest, timed.
 */
export async function driveLoad(options: DriveOptions, timed: () => Promise<void> | void): Promise<Driven> {
  const { requests, concurrency, warmup } = options;
  // At most `concurrency` sockets in all, also when the requests go to several instances.
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxTotalSockets: concurrency });
  const latencies: number[] = [];
  const failures: string[] = [];
  let ok = 0;
  let next = 0;
  let last = Math.min(warmup, requests.length);
  const worker = async () => {
    while (next < last) {
      const i = next++;
      const request = requests[i];
      if (!request) break;
      const target = options.urls?.length
        ? (options.urls[i % options.urls.length] ?? options.url)
        : options.url;
      const started = performance.now();
      const problem = await send(agent, target, request);
      if (i >= warmup) latencies.push(performance.now() - started);
      if (problem === null) ok++;
      else if (failures.length < 10) failures.push(problem);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await timed();
  last = requests.length;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { ok, failures, seconds, latencies, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export interface BurstOptions {
  url: string;
  /** Keep-alive connections kept busy, each sending its next request as soon as it has an answer. */
  busy: number;
  /** Requests sent at once, each on a connection of its own opened for it. */
  fresh: number;
  /**
   * The requests, taken in order: the busy connections' until the burst is over, the burst's when
   * it starts. Running out stops the busy connections (and is reported as a failure).
   */
  requests: readonly PreparedRequest[];
}

export interface BurstResult {
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
export async function driveBurst(options: BurstOptions): Promise<BurstResult> {
  const { url, requests } = options;
  // The burst's requests are the last ones, so that the busy connections cannot use them up.
  const burst = requests.slice(-options.fresh);
  const pool = requests.slice(0, -options.fresh);
  let taken = 0;
  const failures: string[] = [];
  const fail = (problem: string | null) => {
    if (problem !== null && failures.length < 10) failures.push(problem);
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
      const request = pool[taken++];
      if (!request) {
        fail('the prepared requests ran out before the burst was over');
        stop = true;
        break;
      }
      fail(await send(agent, url, request));
      answered++;
      // Every busy connection open and in use before the burst.
      if (answered >= options.busy * 3) warmed();
    }
    warmed();
  };
  const loops = Array.from({ length: options.busy }, busyLoop);
  await warm;
  const overtaken: number[] = [];
  const latencies: number[] = [];
  await Promise.all(
    burst.map(async (request) => {
      const before = answered;
      const started = performance.now();
      fail(await send(false, url, request));
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

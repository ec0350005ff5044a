/**
 * npm run bench:http [-- --requests 10000 --concurrency 50]: the HTTP interactions server's load
 * test on loopback (see load.ts), with 10,000 requests by default: more than the test suite runs.
 * The server runs in this process with the project's knowledge and a temporary DATA_DIR; its REST
 * API is the fake Discord (nothing reaches Discord). Prints p50/p99/max latency and requests/s,
 * then how a burst of 20 requests on new connections fares while 50 keep-alive connections keep
 * the server busy. In the same run, the same load on a floor (floor.ts: a bare node:http server
 * that verifies the signature and returns a fixed response), and the bot's figures as a ratio of
 * the floor's.
 */
import { parseArgs } from 'node:util';
import { TOKEN } from '../discord/harness.ts';
import { startFakeDiscord } from '../support/fake-discord.ts';
import { startFloor } from './floor.ts';
import { formatLoad, type LoadResult, measureNewConnections, runLoad } from './load.ts';
import { newSigner, startHttpInstance } from './support.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '500' },
  },
});
const QUESTION = 'How many Syrian soldiers were killed in the airstrike?';

const fake = await startFakeDiscord({ token: TOKEN });
const signer = newSigner();
// The default cooldown (5 s), each request from another user: every request writes its cooldown.
const server = await startHttpInstance({ fake, signer, discardLogs: true, env: { COOLDOWN_SECONDS: '5' } });
const floor = await startFloor(signer.publicKeyHex, QUESTION);
try {
  // The floor first, with the same requests, concurrency and warm-up.
  const base = await runLoad({
    url: floor.url,
    fake,
    signer,
    total: Number(values.requests),
    concurrency: Number(values.concurrency),
    question: QUESTION,
    expectedTitle: QUESTION,
    warmup: Number(values.warmup),
  });
  console.log(`floor (bare node:http, Ed25519 verified, fixed response): ${formatLoad(base)}`);
  const result = await runLoad({
    url: server.url,
    fake,
    signer,
    total: Number(values.requests),
    concurrency: Number(values.concurrency),
    question: QUESTION,
    expectedTitle: QUESTION,
    warmup: Number(values.warmup),
  });
  console.log(`bot: ${formatLoad(result)}`);
  console.log(ratioLine(result, base));
  const burst = await measureNewConnections({
    url: server.url,
    fake,
    signer,
    busy: 50,
    fresh: 20,
    question: QUESTION,
    expectedTitle: QUESTION,
  });
  const last = (values: number[]) => values.at(-1) ?? 0;
  const middle = (values: number[]) => values[Math.floor(values.length / 2)] ?? 0;
  console.log(
    `20 requests on new connections while 50 keep-alive connections are busy: ` +
      `p50 ${middle(burst.latencies).toFixed(1)} ms · max ${last(burst.latencies).toFixed(1)} ms · ` +
      `overtaken by ${middle(burst.overtaken)} (max ${last(burst.overtaken)}) requests of the busy connections`,
  );
  if (burst.failures.length > 0) {
    console.error(`requests failed during the burst, e.g.:\n  ${burst.failures.join('\n  ')}`);
    process.exitCode = 1;
  }
  if (result.ok !== result.total + result.warmup) {
    console.error(
      `${result.total + result.warmup - result.ok} requests failed, e.g.:\n  ${result.failures.join('\n  ')}`,
    );
    process.exitCode = 1;
  }
} finally {
  await floor.close();
  await server.close();
  await fake.close();
}

/** The bot's requests/s and p99 against the floor's. */
function ratioLine(bot: LoadResult, base: LoadResult): string {
  const share = bot.requestsPerSecond / base.requestsPerSecond;
  return (
    `bot / floor: ${(share * 100).toFixed(0)}% of the floor's requests/s ` +
    `(target at least 50%); p99 ${bot.p99.toFixed(1)} ms against ${base.p99.toFixed(1)} ms ` +
    `(${(bot.p99 / base.p99).toFixed(1)}x; target p99 <= 25 ms with 20 in flight: --concurrency 20)`
  );
}

/**
 * npm run bench:http [-- --requests 10000 --concurrency 50]: the HTTP interactions server's load
 * test on loopback (see load.ts), with 10,000 requests by default: more than the test suite runs.
 * The server runs in this process with the project's knowledge and a temporary DATA_DIR; its REST
 * API is the fake Discord (nothing reaches Discord). Prints p50/p99/max latency and requests/s.
 */
import { parseArgs } from 'node:util';
import { TOKEN } from '../discord/harness.ts';
import { startFakeDiscord } from '../support/fake-discord.ts';
import { formatLoad, runLoad } from './load.ts';
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
try {
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
  console.log(formatLoad(result));
  if (result.ok !== result.total + result.warmup) {
    console.error(
      `${result.total + result.warmup - result.ok} requests failed, e.g.:\n  ${result.failures.join('\n  ')}`,
    );
    process.exitCode = 1;
  }
} finally {
  await server.close();
  await fake.close();
}

/**
 * compose.scale.yaml's reverse proxy, run for real: deploy/Caddyfile with Caddy on loopback in
 * front of three HTTP interactions instances (its upstreams http-1:8080... pointed at them, plain
 * HTTP on a free port, its admin endpoint off). Discord's requests must reach an instance byte
 * for byte, signature headers included (the instance checks the signature over the raw body), be
 * spread over the three, and each reach exactly one.
 *
 * Needs the `caddy` binary (Debian: apt-get install caddy); without it the test is skipped and says
 * so. What needs no proxy (the compose file and its references) is checked in docker.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN } from './discord/harness.ts';
import {
  deliver,
  type HttpInstance,
  newSigner,
  post,
  signedHeaders,
  startHttpInstance,
} from './http/support.ts';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord.ts';
import { ROOT } from './support/processes.ts';
import { waitFor } from './support/wait-for.ts';

const caddy = spawnSync('caddy', ['version'], { encoding: 'utf8' });
const hasCaddy = caddy.status === 0;
if (!hasCaddy) {
  console.warn(
    'test/proxy.test.ts skipped: `caddy` is not installed (apt-get install caddy), so deploy/Caddyfile was not run.',
  );
}

const QUESTION = 'How many Syrian soldiers were killed in the airstrike?';

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.runIf(hasCaddy)('deploy/Caddyfile in front of three instances (Caddy on loopback)', () => {
  let fake: FakeDiscord;
  let dir: string;
  let proxyUrl: string;
  let stopCaddy: () => Promise<void> = async () => undefined;
  const instances: HttpInstance[] = [];
  const signer = newSigner();

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    for (let i = 0; i < 3; i++) instances.push(await startHttpInstance({ fake, signer, discardLogs: true }));
    dir = mkdtempSync(join(tmpdir(), 'caddy-'));
    const port = await freePort();
    let config = readFileSync(join(ROOT, 'deploy/Caddyfile'), 'utf8');
    for (const [i, instance] of instances.entries()) {
      const target = `http-${i + 1}:8080`;
      expect(config).toContain(target);
      config = config.replace(target, `127.0.0.1:${instance.server.address.port}`);
    }
    // Its admin endpoint off (another Caddy may hold :2019), nothing else changed.
    writeFileSync(join(dir, 'Caddyfile'), `{\n\tadmin off\n}\n\n${config}`);
    proxyUrl = `http://127.0.0.1:${port}/interactions`;
    const child = spawn('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], {
      env: {
        ...process.env,
        SITE_ADDRESS: `http://127.0.0.1:${port}`,
        HOME: dir,
        XDG_DATA_HOME: dir,
        XDG_CONFIG_HOME: dir,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let said = '';
    child.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    stopCaddy = async () => {
      child.kill('SIGTERM');
      await exited;
    };
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`caddy exited: ${said}`);
        const answer = await fetch(proxyUrl).catch(() => null);
        return answer?.status === 405;
      },
      { what: `caddy serving ${proxyUrl}` },
    );
  });

  afterAll(async () => {
    await stopCaddy();
    await Promise.all(instances.map((instance) => instance.close()));
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('passes signed requests through intact, each to exactly one instance, spread over all three', async () => {
    const payloads = Array.from({ length: 30 }, () =>
      fake.slashCommand({ name: 'ask', options: { question: QUESTION }, user: fake.user() }),
    );
    for (const payload of payloads) {
      const answered = await deliver(fake, proxyUrl, signer, payload);
      expect(answered.status).toBe(200);
      expect((answered.body as { data?: { embeds?: { title?: string }[] } }).data?.embeds?.[0]?.title).toBe(
        QUESTION,
      );
    }
    // Which instance received each: the one whose store already holds its interaction id.
    const received = await Promise.all(
      instances.map(async (instance) => {
        let count = 0;
        for (const payload of payloads) {
          if (!(await instance.database.markInteractionSeen(payload.id, Date.now() + 60_000))) count++;
        }
        return count;
      }),
    );
    expect(received.reduce((a, b) => a + b, 0)).toBe(30);
    for (const count of received) expect(count).toBeGreaterThan(0);
  });

  it('keeps the body byte for byte: pretty-printed JSON and non-ASCII text verify; a changed byte does not', async () => {
    const payload = fake.slashCommand({
      name: 'ask',
      options: { question: 'Wie viele syrische Soldaten — “soldiers” — were killed in the airstrike?' },
      user: fake.user(),
    });
    fake.httpInteraction(payload);
    const body = JSON.stringify(payload, null, 3);
    const headers = signedHeaders(signer, body);
    const answered = await post(proxyUrl, body, headers);
    expect(answered.status).toBe(200);
    const changed = body.replace('airstrike', 'airstrikE');
    expect(
      await post(proxyUrl, changed, signedHeaders(signer, body, headers['X-Signature-Timestamp'])),
    ).toEqual({
      status: 401,
      body: { error: 'invalid request signature' },
    });
  });
});

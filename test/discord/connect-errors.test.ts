/**
 * A network problem is named as one, a refused token as a token problem: describeDiscordFailure
 * on the errors discord.js really throws (a closed port, a server that never answers, the fake
 * refusing a token), and npm start and deploy-commands as processes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, GatewayIntentBits, REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDiscordFailure } from '../../src/discord/connect-errors.ts';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import { PROCESS_TEST_TIMEOUT_MS, runEntry } from '../support/processes.ts';
import { TOKEN } from './harness.ts';

const WRONG_TOKEN = 'wrong.bot-token.for-tests';

let fake: FakeDiscord;
let cwd: string;
/** Accepts connections and never answers. */
let silent: Server;
/** A port nothing listens on. */
let closedPort: number;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  cwd = mkdtempSync(join(tmpdir(), 'bot-connect-'));
  silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  await fake?.close();
  silent?.close();
  rmSync(cwd, { recursive: true, force: true });
});

const closedUrl = () => `http://127.0.0.1:${closedPort}/api`;

async function failureOf(request: () => Promise<unknown>): Promise<unknown> {
  try {
    await request();
  } catch (error) {
    return error;
  }
  throw new Error('the request succeeded');
}

describe('describeDiscordFailure', () => {
  it('names a refused connection as a network problem, not a token problem', async () => {
    const error = await failureOf(() =>
      new REST({ api: closedUrl(), retries: 0 }).setToken(TOKEN).get(Routes.gatewayBot()),
    );
    const failure = describeDiscordFailure(error, closedUrl());
    expect(failure.kind).toBe('network');
    expect(failure.summary).toContain('ECONNREFUSED');
    expect(failure.summary).toContain('network problem');
    expect(failure.hint).toContain('DISCORD_API_URL');
    expect(`${failure.summary} ${failure.hint}`).not.toMatch(/Reset Token/);
  });

  it('names a name that does not resolve as a network problem (DNS)', async () => {
    const api = 'http://no-such-host.invalid/api';
    const error = await failureOf(() =>
      new REST({ api, retries: 0 }).setToken(TOKEN).get(Routes.gatewayBot()),
    );
    expect(describeDiscordFailure(error, null)).toMatchObject({ kind: 'network' });
    expect(describeDiscordFailure(error, null).summary).toMatch(/discord\.com: .*(DNS|ENOTFOUND|EAI_AGAIN)/);
  });

  it('names an aborted request ("This operation was aborted") as a timeout, a network problem', async () => {
    const { port } = silent.address() as { port: number };
    const api = `http://127.0.0.1:${port}/api`;
    const error = await failureOf(() =>
      new REST({ api, retries: 0, timeout: 200 }).setToken(TOKEN).get(Routes.gatewayBot()),
    );
    expect((error as Error).message).toBe('This operation was aborted');
    const failure = describeDiscordFailure(error, api);
    expect(failure.kind).toBe('timeout');
    expect(failure.summary).toContain('did not answer in time');
    expect(failure.summary).toContain('network problem');
  });

  it('names a 401 from the REST API as a token problem', async () => {
    const error = await failureOf(() =>
      new REST({ api: fake.apiUrl }).setToken(WRONG_TOKEN).get(Routes.gatewayBot()),
    );
    const failure = describeDiscordFailure(error, fake.apiUrl);
    expect(failure.kind).toBe('token');
    expect(failure.hint).toContain('Reset Token');
  });

  it("names the Client's TokenInvalid at login as a token problem", async () => {
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    const error = await failureOf(() => client.login(WRONG_TOKEN));
    await client.destroy();
    expect(describeDiscordFailure(error, fake.apiUrl).kind).toBe('token');
  });

  it('says what Discord answered otherwise, with a hint for the status', async () => {
    const error = await failureOf(() =>
      new REST({ api: fake.apiUrl })
        .setToken(TOKEN)
        .put(Routes.applicationCommands('123456789012345678'), { body: [] }),
    );
    const failure = describeDiscordFailure(error, fake.apiUrl);
    expect(failure.kind).toBe('discord');
    expect(failure.summary).toMatch(
      /^Discord answered 4\d\d to PUT \/api\/v10\/applications\/123456789012345678/,
    );
  });
});

describe('the messages an admin sees', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const env = (api: string, token = TOKEN) => ({
    DISCORD_TOKEN: token,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_API_URL: api,
    DATA_DIR: join(cwd, 'data'),
  });

  it('npm start with the network down: a network problem, not "Check DISCORD_TOKEN"', async () => {
    const started = runEntry('src/main.ts', { cwd, env: env(closedUrl()) });
    expect(await started.exit).toBe(1);
    expect(started.stderr()).toContain('Could not connect to Discord: Could not reach DISCORD_API_URL');
    expect(started.stderr()).toContain('This is a network problem, not a problem with the token.');
    expect(started.stderr()).not.toContain('Check DISCORD_TOKEN');
  });

  it('npm start with a wrong token: a token problem', async () => {
    const started = runEntry('src/main.ts', { cwd, env: env(fake.apiUrl, WRONG_TOKEN) });
    expect(await started.exit).toBe(1);
    expect(started.stderr()).toContain('Discord refused the token (401 Unauthorized)');
    expect(started.stderr()).not.toContain('network');
    expect(started.stderr()).not.toContain(WRONG_TOKEN);
  });

  it('deploy-commands with the network down: a network problem', async () => {
    const deployed = runEntry('src/discord/deploy-commands.ts', { cwd, env: env(closedUrl()) });
    expect(await deployed.exit).toBe(1);
    expect(deployed.stderr()).toContain('Registering the commands failed: Could not reach DISCORD_API_URL');
    expect(deployed.stderr()).toContain('network problem');
  });

  it('deploy-commands with a wrong token: a token problem', async () => {
    const deployed = runEntry('src/discord/deploy-commands.ts', { cwd, env: env(fake.apiUrl, WRONG_TOKEN) });
    expect(await deployed.exit).toBe(1);
    expect(deployed.stderr()).toContain('Registering the commands failed: Discord refused the token');
  });
});

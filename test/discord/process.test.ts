/**
 * The entry points as processes: `npm start` (src/main.ts) and `npm run deploy-commands`, run as
 * npm runs them (node --import tsx) from an empty folder (so no developer's .env is read) against
 * the fake Discord.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSigner, post, signedHeaders, startHttpInstance } from '../http/support.ts';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import { type Run, runEntry } from '../support/processes.ts';
import { COMMAND_NAMES, TOKEN } from './harness.ts';

let fake: FakeDiscord;
let cwd: string;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  cwd = mkdtempSync(join(tmpdir(), 'bot-process-'));
});

afterAll(async () => {
  await fake?.close();
  rmSync(cwd, { recursive: true, force: true });
});

function run(script: string, env: Record<string, string>, stdin?: string): Run {
  return runEntry(script, {
    cwd,
    env: { DATA_DIR: join(cwd, 'data'), LOG_LEVEL: 'info', ...env },
    ...(stdin === undefined ? {} : { stdin }),
  });
}

/** The URL a started `npm run start:http` serves, from its log line. */
async function servingUrl(started: Run): Promise<string> {
  await expect.poll(() => started.stderr()).toContain('serving Discord interactions');
  const line = started
    .stderr()
    .split('\n')
    .find((l) => l.includes('serving Discord interactions'));
  return (JSON.parse(line ?? '{}') as { url: string }).url;
}

function botEnv(): Record<string, string> {
  return { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl };
}

describe('npm start', () => {
  it('exits 1 naming every configuration problem, without printing the token', async () => {
    const started = run('src/main.ts', { DISCORD_TOKEN: TOKEN, COOLDOWN_SECONDS: 'soon' });
    expect(await started.exit).toBe(1);
    expect(started.stderr()).toContain('DISCORD_CLIENT_ID: is required when DISCORD_TOKEN is set');
    expect(started.stderr()).toContain('COOLDOWN_SECONDS: must be a whole number');
    expect(started.stderr()).not.toContain(TOKEN);
    expect(started.stdout()).toBe('');
  });

  it('exits 1 with the knowledge problems when KNOWLEDGE_DIR is broken', async () => {
    const started = run('src/main.ts', { KNOWLEDGE_DIR: join(cwd, 'missing-knowledge') });
    expect(await started.exit).toBe(1);
    expect(started.stderr()).toMatch(/The knowledge in .*missing-knowledge has \d+ problems?/);
  });

  it('runs the bot with a token, answers, and shuts down cleanly on SIGTERM', async () => {
    const started = run('src/main.ts', botEnv());
    try {
      await expect.poll(() => started.stderr()).toContain('connected to Discord');
      const interaction = fake.dispatchInteraction(fake.slashCommand({ name: 'help' }));
      const call = await fake.waitForInteractionResponse(interaction);
      expect((call.body as { data: { flags: number } }).data.flags).toBe(MessageFlags.Ephemeral);
      started.child.kill('SIGTERM');
      expect(await started.exit).toBe(0);
      const lines = started
        .stderr()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { msg: string });
      expect(lines.map((l) => l.msg)).toEqual(
        expect.arrayContaining(['connected to Discord', 'shutting down', 'disconnected from Discord']),
      );
      expect(started.stderr()).not.toContain(TOKEN);
      expect(started.stdout()).toBe('');
    } finally {
      started.child.kill('SIGKILL');
    }
  });

  it('opens the terminal chat without a token', async () => {
    const started = run('src/main.ts', {}, 'How long did the airstrike last?\n');
    expect(await started.exit).toBe(0);
    // The quote is wrapped at 80 columns: look for the sentence id of its attribution.
    expect(started.stdout()).toContain('[p4.s1]');
  });
});

describe('npm run start:http', () => {
  it('exits 1 naming what it needs, without printing the token', async () => {
    const started = run('src/http/main.ts', { DISCORD_TOKEN: TOKEN, HTTP_PORT: 'eighty' });
    expect(await started.exit).toBe(1);
    for (const variable of ['DISCORD_CLIENT_ID', 'DISCORD_PUBLIC_KEY', 'HTTP_PORT']) {
      expect(started.stderr()).toContain(`  - ${variable}: `);
    }
    expect(started.stderr()).not.toContain(TOKEN);
  });

  it('serves signed interactions, even with SHARD_COUNT=auto meant for the gateway bot, and stops on SIGTERM', async () => {
    const signer = newSigner();
    const started = run('src/http/main.ts', {
      ...botEnv(),
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
      SHARD_COUNT: 'auto',
    });
    try {
      const url = await servingUrl(started);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/interactions$/);
      const ping = JSON.stringify({
        id: '1',
        type: 1,
        application_id: fake.applicationId,
        token: 't',
        version: 1,
      });
      expect(await post(url, ping, signedHeaders(signer, ping))).toEqual({ status: 200, body: { type: 1 } });
      expect((await post(url, ping, signedHeaders(newSigner(), ping))).status).toBe(401);
      started.child.kill('SIGTERM');
      expect(await started.exit).toBe(0);
      expect(started.stderr()).not.toContain(TOKEN);
      expect(started.stdout()).toBe('');
    } finally {
      started.child.kill('SIGKILL');
    }
  });
});

describe('two HTTP server processes on one DATA_DIR', () => {
  it('refuses a replay whichever of them it reaches', async () => {
    const signer = newSigner();
    const dataDir = join(cwd, 'shared-data');
    // One server here, one as its own process: two SQLite connections, two processes.
    const here = await startHttpInstance({ fake, signer, dataDir });
    const started = run('src/http/main.ts', {
      ...botEnv(),
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
      DATA_DIR: dataDir,
    });
    try {
      const there = await servingUrl(started);
      for (const [first, second] of [
        [here.url, there],
        [there, here.url],
      ] as const) {
        const body = JSON.stringify(fake.slashCommand({ name: 'help' }));
        const headers = signedHeaders(signer, body);
        expect((await post(first, body, headers)).status).toBe(200);
        expect(await post(second, body, headers)).toEqual({
          status: 401,
          body: { error: 'interaction already received' },
        });
      }
      expect(started.stderr()).toContain('replayed request refused');
    } finally {
      started.child.kill('SIGKILL');
      await here.close();
    }
  });
});

describe('npm run deploy-commands', () => {
  it('registers the commands globally without DISCORD_GUILD_ID', async () => {
    const deployed = run('src/discord/deploy-commands.ts', botEnv());
    expect(await deployed.exit).toBe(0);
    expect(deployed.stdout()).toMatch(/^Registered 7 commands globally/);
    expect((fake.commands.get('global') ?? []).map((c) => c.name).sort()).toEqual(COMMAND_NAMES);
  });

  it('registers them in one guild with DISCORD_GUILD_ID', async () => {
    const guildId = fake.guild().id;
    const deployed = run('src/discord/deploy-commands.ts', { ...botEnv(), DISCORD_GUILD_ID: guildId });
    expect(await deployed.exit).toBe(0);
    expect(deployed.stdout()).toContain(`in guild ${guildId}`);
    expect(fake.commands.get(guildId)).toHaveLength(7);
  });

  it('refuses to run without a token', async () => {
    const deployed = run('src/discord/deploy-commands.ts', {});
    expect(await deployed.exit).toBe(1);
    expect(deployed.stderr()).toContain('DISCORD_TOKEN is not set');
  });
});

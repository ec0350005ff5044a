/**
 * The README's setup, followed literally: `cp .env.example .env`, fill in DISCORD_TOKEN and
 * DISCORD_CLIENT_ID, `npm start`. Every other line of .env.example stays as shipped, empty values
 * included (`SHARD_COUNT=`, which discord.js would read by itself as 0 shards). Only what a test
 * needs comes from the environment: DISCORD_API_URL (the fake) and DATA_DIR (a temporary folder).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import { PROCESS_TEST_TIMEOUT_MS, ROOT, type Run, runEntry, waitForLog } from '../support/processes.ts';
import { TOKEN } from './harness.ts';

let fake: FakeDiscord;
let cwd: string;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  cwd = mkdtempSync(join(tmpdir(), 'bot-env-example-'));
});

afterAll(async () => {
  await fake?.close();
  rmSync(cwd, { recursive: true, force: true });
});

/** .env.example with `KEY=` lines filled in, as an admin would edit it. */
function writeDotenv(values: Record<string, string>): void {
  copyFileSync(join(ROOT, '.env.example'), join(cwd, '.env'));
  let text = readFileSync(join(cwd, '.env'), 'utf8');
  for (const [key, value] of Object.entries(values)) {
    const line = new RegExp(`^${key}=.*$`, 'm');
    expect(text, `.env.example has a ${key}= line`).toMatch(line);
    text = text.replace(line, `${key}=${value}`);
  }
  writeFileSync(join(cwd, '.env'), text);
}

async function answersHelp(started: Run): Promise<void> {
  await waitForLog(started, 'connected to Discord');
  const interaction = fake.dispatchInteraction(fake.slashCommand({ name: 'help' }));
  const call = await fake.waitForInteractionResponse(interaction);
  expect((call.body as { data: { flags: number } }).data.flags).toBe(MessageFlags.Ephemeral);
}

describe('.env copied from .env.example', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('ships SHARD_COUNT and the other optional lines empty', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    expect(example).toMatch(/^SHARD_COUNT=$/m);
    expect(example).toMatch(/^DISCORD_TOKEN=$/m);
  });

  it('starts the bot with only the token and the application id filled in, and it answers', async () => {
    writeDotenv({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.applicationId });
    const started = runEntry('src/main.ts', {
      cwd,
      env: { DISCORD_API_URL: fake.apiUrl, DATA_DIR: join(cwd, 'data') },
    });
    try {
      await answersHelp(started);
      expect(started.stderr()).not.toContain('ClientInvalidOption');
      expect(fake.identifies.at(-1)?.shard).toEqual([0, 1]);
      started.child.kill('SIGTERM');
      expect(await started.exit).toBe(0);
    } finally {
      started.child.kill('SIGKILL');
    }
  });

  it('keeps whatever discord.js reads from the environment away from it: a stray SHARDS or SHARDING_MANAGER too', async () => {
    writeDotenv({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.applicationId });
    const started = runEntry('src/main.ts', {
      cwd,
      // What another tool, or a shard's environment copied by hand, could leave behind.
      env: {
        DISCORD_API_URL: fake.apiUrl,
        DATA_DIR: join(cwd, 'data'),
        SHARDS: '[3]',
        SHARDING_MANAGER: 'true',
        SHARDING_MANAGER_MODE: 'worker',
      },
    });
    try {
      await answersHelp(started);
      // One process, one connection: shard 0 of 1, not shard 3 of some manager's count.
      expect(fake.identifies.at(-1)?.shard).toEqual([0, 1]);
      started.child.kill('SIGTERM');
      expect(await started.exit).toBe(0);
    } finally {
      started.child.kill('SIGKILL');
    }
  });
});

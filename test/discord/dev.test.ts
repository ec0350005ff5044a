/**
 * npm run dev: the bot under node --watch, with readable logs (pino-pretty) on stderr instead of
 * JSON lines; started through npm as a developer would, against the fake Discord.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import {
  isAlive,
  npmScriptEnv,
  PROCESS_CEILING_MS,
  PROCESS_TEST_TIMEOUT_MS,
  ROOT,
  runProcess,
} from '../support/processes.ts';
import { TOKEN } from './harness.ts';

let fake: FakeDiscord;
let home: string;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  home = mkdtempSync(join(tmpdir(), 'bot-dev-'));
});

afterAll(async () => {
  await fake?.close();
  rmSync(home, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it(
    'runs the bot in watch mode with readable logs, and stops with npm',
    async () => {
      const dev = runProcess('npm', ['run', 'dev'], {
        cwd: ROOT,
        env: npmScriptEnv(home, {
          DISCORD_TOKEN: TOKEN,
          DISCORD_CLIENT_ID: fake.applicationId,
          DISCORD_API_URL: fake.apiUrl,
          DATA_DIR: join(home, 'data'),
          LOG_LEVEL: 'info',
        }),
      });
      try {
        await expect.poll(dev.stderr, { timeout: PROCESS_CEILING_MS }).toMatch(/INFO.*connected to Discord/);
        // Readable lines, not JSON objects; the token still never appears.
        const line =
          dev
            .stderr()
            .split('\n')
            .find((l) => l.includes('connected to Discord')) ?? '';
        expect(line.trimStart().startsWith('{')).toBe(false);
        expect(line).toMatch(/\[\d\d:\d\d:\d\d\.\d{3}\]/);
        expect(dev.stderr()).not.toContain(TOKEN);
        // node --watch runs the bot in a child process of its own.
        const ps = runProcess('ps', ['-o', 'pid=,args=', '--ppid', String(dev.child.pid)], {
          cwd: home,
          env: {},
        });
        await ps.exit;
        expect(ps.stdout()).toContain('--watch');

        dev.child.kill('SIGTERM');
        await expect.poll(() => fake.connections, { timeout: PROCESS_CEILING_MS }).toBe(0);
        await expect
          .poll(() => dev.child.exitCode ?? dev.child.signalCode, { timeout: PROCESS_CEILING_MS })
          .not.toBeNull();
        expect(isAlive(dev.child.pid ?? 0)).toBe(false);
      } finally {
        dev.child.kill('SIGKILL');
      }
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});

/**
 * npm run dev: the bot under node --watch, with readable logs (pino-pretty) on stderr instead of
 * JSON lines; started through npm as a developer would, against the fake Discord.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'dotenv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import { isAlive, ROOT, runProcess } from '../support/processes.ts';
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
  it('runs the bot in watch mode with readable logs, and stops with npm', async () => {
    // Every .env.example variable set, so that a developer's .env in the project changes nothing.
    const keys = Object.keys(parse(readFileSync(join(ROOT, '.env.example'), 'utf8')));
    const dev = runProcess('npm', ['run', 'dev'], {
      cwd: ROOT,
      env: {
        ...Object.fromEntries(keys.map((key) => [key, ''])),
        // Commented out in .env.example (the Docker image sets it): a developer's .env may set it.
        HEALTH_PORT: '',
        HOME: home,
        npm_config_cache: join(home, 'npm-cache'),
        npm_config_update_notifier: 'false',
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        DATA_DIR: join(home, 'data'),
        LOG_LEVEL: 'info',
      },
    });
    try {
      await expect.poll(dev.stderr, { timeout: 30_000 }).toMatch(/INFO.*connected to Discord/);
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
      await expect.poll(() => fake.connections, { timeout: 20_000 }).toBe(0);
      await expect.poll(() => dev.child.exitCode ?? dev.child.signalCode, { timeout: 20_000 }).not.toBeNull();
      expect(isAlive(dev.child.pid ?? 0)).toBe(false);
    } finally {
      dev.child.kill('SIGKILL');
    }
  }, 60_000);
});

/**
 * Stopping `npm start` as a process manager or a terminal does: a signal to the npm process. The
 * bot must close its gateway connection cleanly (close code 1000, as client.destroy() sends; a
 * process that merely dies leaves 1006) and no process may be left behind. The ceiling is generous:
 * this is about the bot stopping at all, not how fast (the bot's own deadline is 10 s).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'dotenv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import { isAlive, ROOT, runProcess, waitForLog } from '../support/processes.ts';
import { TOKEN } from './harness.ts';

const CEILING_MS = 20_000;

let fake: FakeDiscord;
let home: string;
/** "gateway #3 closed (1000)" lines, from the fake's log. */
const closes: Array<{ connection: number; code: number }> = [];

beforeAll(async () => {
  fake = await startFakeDiscord({
    token: TOKEN,
    log: (line) => {
      const closed = /gateway #(\d+) closed \((\d+)\)/.exec(line);
      if (closed) closes.push({ connection: Number(closed[1]), code: Number(closed[2]) });
    },
  });
  home = mkdtempSync(join(tmpdir(), 'bot-stop-'));
});

afterAll(async () => {
  await fake?.close();
  rmSync(home, { recursive: true, force: true });
});

/**
 * Every variable of .env.example, set: empty unless given. npm start runs in the project folder,
 * where a developer's .env may exist; dotenv never overrides a variable that is set.
 */
function fullEnv(values: Record<string, string>): Record<string, string> {
  const keys = Object.keys(parse(readFileSync(join(ROOT, '.env.example'), 'utf8')));
  return {
    ...Object.fromEntries(keys.map((key) => [key, ''])),
    // Commented out in .env.example (the Docker image sets it): a developer's .env may set it.
    HEALTH_PORT: '',
    HOME: home,
    npm_config_cache: join(home, 'npm-cache'),
    npm_config_update_notifier: 'false',
    ...values,
  };
}

describe('npm start, signalled', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    '%s to the npm process closes the gateway connection cleanly and leaves no process behind',
    async (signal) => {
      const npm = runProcess('npm', ['start'], {
        cwd: ROOT,
        env: fullEnv({
          DISCORD_TOKEN: TOKEN,
          DISCORD_CLIENT_ID: fake.applicationId,
          DISCORD_API_URL: fake.apiUrl,
          DATA_DIR: join(home, `data-${signal}`),
        }),
      });
      let botPid: number | undefined;
      try {
        const connected = await waitForLog(npm, 'connected to Discord', CEILING_MS);
        botPid = connected.pid as number;
        expect(botPid).not.toBe(npm.child.pid);
        const closedBefore = closes.length;
        expect(fake.connections).toBe(1);

        npm.child.kill(signal);

        await expect.poll(() => closes.slice(closedBefore), { timeout: CEILING_MS }).toHaveLength(1);
        expect(closes.at(-1)?.code).toBe(1000);
        await expect
          .poll(() => npm.child.exitCode ?? npm.child.signalCode, { timeout: CEILING_MS })
          .not.toBeNull();
        await expect.poll(() => isAlive(botPid ?? 0), { timeout: CEILING_MS }).toBe(false);
        expect(fake.connections).toBe(0);
        expect(npm.logs().map((l) => l.msg)).toEqual(
          expect.arrayContaining(['shutting down', 'disconnected from Discord']),
        );
      } finally {
        npm.child.kill('SIGKILL');
        if (botPid && isAlive(botPid)) process.kill(botPid, 'SIGKILL');
      }
    },
    CEILING_MS * 3,
  );
});

/**
 * Stopping `npm start` as a process manager or a terminal does: a signal to the npm process. The
 * bot must close its gateway connection cleanly (close code 1000, as client.destroy() sends; a
 * process that merely dies leaves 1006) and no process may be left behind. The ceiling is generous:
 * this is about the bot stopping at all, not how fast (the bot's own deadline is 10 s).
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
  waitForLog,
} from '../support/processes.ts';
import { TOKEN } from './harness.ts';

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

describe('npm start, signalled', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    '%s to the npm process closes the gateway connection cleanly and leaves no process behind',
    async (signal) => {
      const npm = runProcess('npm', ['start'], {
        cwd: ROOT,
        env: npmScriptEnv(home, {
          DISCORD_TOKEN: TOKEN,
          DISCORD_CLIENT_ID: fake.applicationId,
          DISCORD_API_URL: fake.apiUrl,
          DATA_DIR: join(home, `data-${signal}`),
        }),
      });
      let botPid: number | undefined;
      try {
        const connected = await waitForLog(npm, 'connected to Discord', PROCESS_CEILING_MS);
        botPid = connected.pid as number;
        expect(botPid).not.toBe(npm.child.pid);
        const closedBefore = closes.length;
        expect(fake.connections).toBe(1);

        npm.child.kill(signal);

        await expect.poll(() => closes.slice(closedBefore), { timeout: PROCESS_CEILING_MS }).toHaveLength(1);
        expect(closes.at(-1)?.code).toBe(1000);
        await expect
          .poll(() => npm.child.exitCode ?? npm.child.signalCode, { timeout: PROCESS_CEILING_MS })
          .not.toBeNull();
        await expect.poll(() => isAlive(botPid ?? 0), { timeout: PROCESS_CEILING_MS }).toBe(false);
        expect(fake.connections).toBe(0);
        expect(npm.logs().map((l) => l.msg)).toEqual(
          expect.arrayContaining(['shutting down', 'disconnected from Discord']),
        );
      } finally {
        npm.child.kill('SIGKILL');
        if (botPid && isAlive(botPid)) process.kill(botPid, 'SIGKILL');
      }
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});

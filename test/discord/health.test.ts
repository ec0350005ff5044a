/**
 * The gateway bot's health probe (HEALTH_PORT): the server on its own (what it answers to what),
 * and npm start serving it against the fake Discord.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHealthServer } from '../../src/discord/health.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLogger } from '../../src/log.ts';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import { PROCESS_TEST_TIMEOUT_MS, runEntry, waitForLog } from '../support/processes.ts';
import { KNOWLEDGE_DIR, TOKEN } from './harness.ts';

const silentLogger = createLogger({
  level: 'silent',
  destination: new Writable({ write: (_chunk, _encoding, done) => done() }),
});

async function get(url: string, method = 'GET') {
  const response = await fetch(url, { method });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

describe('startHealthServer', () => {
  it('answers GET /healthz with the report: 200 when ok, 503 when not; 404 and 405 otherwise', async () => {
    let ok = false;
    const server = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger,
      report: () => ({ ok, gateway: ok ? 'ready' : 'not connected' }),
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/healthz$/);
      expect(await get(server.url)).toEqual({ status: 503, body: { ok: false, gateway: 'not connected' } });
      ok = true;
      expect(await get(server.url)).toEqual({ status: 200, body: { ok: true, gateway: 'ready' } });
      expect((await get(server.url.replace('/healthz', '/'))).status).toBe(404);
      expect((await get(server.url, 'POST')).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('answers 500 when the report fails', async () => {
    const server = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger,
      report: () => Promise.reject(new Error('boom')),
    });
    try {
      expect((await get(server.url)).status).toBe(500);
    } finally {
      await server.close();
    }
  });

  it('refuses a port already in use', async () => {
    const first = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger,
      report: () => ({ ok: true }),
    });
    try {
      const port = Number(new URL(first.url).port);
      await expect(
        startHealthServer({ port, host: '127.0.0.1', logger: silentLogger, report: () => ({ ok: true }) }),
      ).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});

describe('npm start with HEALTH_PORT', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  let fake: FakeDiscord;
  let cwd: string;
  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    cwd = mkdtempSync(join(tmpdir(), 'bot-health-'));
  });
  afterAll(async () => {
    await fake?.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('reports the gateway ready and the knowledge version it serves, on 127.0.0.1', async () => {
    const started = runEntry('src/main.ts', {
      cwd,
      env: {
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        DATA_DIR: join(cwd, 'data'),
        HEALTH_PORT: '0',
      },
    });
    try {
      const url = String((await waitForLog(started, 'health probe listening')).url);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/healthz$/);
      await waitForLog(started, 'connected to Discord');
      const onDisk = loadKnowledge(KNOWLEDGE_DIR);
      if (!onDisk.ok) throw new Error('the project knowledge does not load');
      const health = await get(url);
      expect(health).toMatchObject({
        status: 200,
        body: { ok: true, gateway: 'ready', knowledgeVersion: onDisk.kb.version },
      });
      started.child.kill('SIGTERM');
      expect(await started.exit).toBe(0);
      // Closed with the bot.
      await expect(fetch(url)).rejects.toThrow();
    } finally {
      started.child.kill('SIGKILL');
    }
  });
});

/** Several processes starting at once on one DATA_DIR, as the gateway bot, its shards and HTTP servers do. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDatabase, SCHEMA_VERSION } from '../../src/store/database.ts';
import { type Child, startChild } from '../support/child.ts';
import { closeAfterTest, tempDir } from '../support/temp-database.ts';

const children: Child[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.process.kill('SIGKILL');
});

describe('opening one new DATA_DIR from several processes at once', () => {
  it('creates and migrates the database once, and every process starts', async () => {
    const PROCESSES = 4;
    const ROUNDS = 8;
    const openers = Array.from({ length: PROCESSES }, () => startChild('test/support/open-database.ts', []));
    children.push(...openers);
    await Promise.all(openers.map((c) => c.line(/^ready$/)));
    const root = tempDir('bot-race-');
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dataDir = join(root, `data-${round}`);
      for (const c of openers) c.send(dataDir);
      const replies = await Promise.all(openers.map((c) => c.line(/^(ok|error) /)));
      failures.push(
        ...replies.filter((r) => r !== `ok ${SCHEMA_VERSION}`).map((r) => `round ${round}: ${r}`),
      );
      const db = closeAfterTest(AppDatabase.open({ dataDir, questionRetentionDays: 90 }));
      expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

/**
 * A DATA_DIR the bot cannot use stops npm start and npm run start:http with one line that names
 * DATA_DIR and says what to do, exit code 1 and no stack trace; a corrupt database in it is set
 * aside (renamed with the time), never silently replaced.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDatabase, DATABASE_FILE, SCHEMA_VERSION } from '../../src/store/database.ts';
import { newSigner } from '../http/support.ts';
import { type Child, startChild } from '../support/child.ts';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import { closeAfterTest, tempDir } from '../support/temp-database.ts';
import { TOKEN } from './harness.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
});
afterAll(async () => {
  await fake?.close();
});

/** Starts an entry point with this DATA_DIR, from an empty folder (so no developer's .env is read). */
function start(entry: 'src/main.ts' | 'src/http/main.ts', dataDir: string): Child {
  return startChild(entry, [], {
    cwd: tempDir('bot-cwd-'),
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_PUBLIC_KEY: newSigner().publicKeyHex,
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
    },
  });
}

/** Exit code 1, and stderr is one line (no stack trace) naming DATA_DIR and its path. */
async function refused(child: Child, dataDir: string): Promise<string> {
  const { code } = await child.exit;
  const lines = child.stderr().trim().split('\n');
  expect(lines, child.stderr()).toHaveLength(1);
  expect(code).toBe(1);
  const [line] = lines as [string];
  expect(line).toContain(`DATA_DIR (${dataDir})`);
  expect(line).not.toMatch(/^\s+at |SqliteError|Error:/);
  expect(child.lines()).toEqual([]);
  return line;
}

describe('a DATA_DIR the bot cannot use', () => {
  it('is a file', async () => {
    const dataDir = join(tempDir('bot-datadir-'), 'data');
    writeFileSync(dataDir, 'not a folder');
    const line = await refused(start('src/main.ts', dataDir), dataDir);
    expect(line).toMatch(/is a file, not a folder.*set DATA_DIR to a folder/i);
  }, 60_000);

  it('is under a file', async () => {
    const root = tempDir('bot-datadir-');
    writeFileSync(join(root, 'volume'), 'not a folder');
    const dataDir = join(root, 'volume', 'data');
    const line = await refused(start('src/http/main.ts', dataDir), dataDir);
    expect(line).toContain(`${join(root, 'volume')} is a file, not a folder`);
  }, 60_000);

  it('is under a dangling symbolic link (a volume that is not mounted)', async () => {
    const root = tempDir('bot-datadir-');
    symlinkSync(join(root, 'not-mounted'), join(root, 'volume'));
    const dataDir = join(root, 'volume', 'data');
    const line = await refused(start('src/main.ts', dataDir), dataDir);
    expect(line).toContain(
      `${join(root, 'volume')} is a symbolic link to ${join(root, 'not-mounted')}, which does not exist`,
    );
    expect(line).toMatch(/mount/);
  }, 60_000);

  it('holds a corrupt bot.sqlite: it is set aside, reported, and the next start begins a new one', async () => {
    const dataDir = tempDir('bot-datadir-');
    const garbage = 'this is not a SQLite database\n'.repeat(200);
    writeFileSync(join(dataDir, DATABASE_FILE), garbage);
    const line = await refused(start('src/main.ts', dataDir), dataDir);
    const aside = readdirSync(dataDir).filter((f) => f.startsWith(`${DATABASE_FILE}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0] as string), 'utf8')).toBe(garbage);
    expect(readdirSync(dataDir)).not.toContain(DATABASE_FILE);
    expect(line).toContain(`set aside as ${aside[0]}`);
    expect(line).toMatch(/start .* again/i);
    // The next start opens a new, empty database; the corrupt one stays where it was put.
    const db = closeAfterTest(AppDatabase.open({ dataDir, questionRetentionDays: 90 }));
    expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    expect(readdirSync(dataDir)).toContain(aside[0]);
  }, 60_000);

  it('names a database from a newer bot without setting it aside', async () => {
    const dataDir = tempDir('bot-datadir-');
    mkdirSync(dataDir, { recursive: true });
    const newer = closeAfterTest(AppDatabase.open({ dataDir, questionRetentionDays: 90 }));
    newer.close();
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const raw = new BetterSqlite3(join(dataDir, DATABASE_FILE));
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const line = await refused(start('src/main.ts', dataDir), dataDir);
    expect(line).toMatch(/newer than this program's/);
    expect(readdirSync(dataDir)).toContain(DATABASE_FILE);
  }, 60_000);
});

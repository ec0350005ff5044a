import { existsSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppDatabase, DATABASE_FILE, normalizeQuestion, SCHEMA_VERSION } from '../../src/store/database.ts';
import { closeAfterTest, tempDir as tempDirFor } from '../support/temp-database.ts';

const tempDir = () => tempDirFor('bot-db-');

function openDb(
  dataDir: string,
  now = () => new Date('2026-01-31T12:00:00Z'),
  questionRetentionDays = 90,
): AppDatabase {
  const db = AppDatabase.open({ dataDir, questionRetentionDays, now });
  closeAfterTest(db);
  return db;
}

describe('AppDatabase', () => {
  it('creates DATA_DIR and the file on first start, in WAL mode, at the latest schema version', () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const db = openDb(dataDir);
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
    expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    db.close();
    const raw = new BetterSqlite3(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual([
      'audit',
      'conversation_keys',
      'conversation_turns',
      'cooldowns',
      'feedback',
      'questions',
      'seen_interactions',
    ]);
    raw.close();
  });

  it('remembers a seen interaction id until it expires, for every connection to the file', () => {
    const dataDir = tempDir();
    let now = Date.parse('2026-01-31T12:00:00Z');
    const [a, b] = [openDb(dataDir, () => new Date(now)), openDb(dataDir, () => new Date(now))];
    expect(a.markInteractionSeen('1001', now + 300_000)).toBe(true);
    expect(a.markInteractionSeen('1001', now + 300_000)).toBe(false);
    expect(b.markInteractionSeen('1001', now + 300_000)).toBe(false);
    expect(b.markInteractionSeen('1002', now + 300_000)).toBe(true);
    now += 300_000;
    expect(b.purgeSeenInteractions()).toBe(2);
    expect(a.markInteractionSeen('1001', now + 300_000)).toBe(true);
  });

  it('opens an existing database again without migrating twice, keeping the data', () => {
    const dataDir = tempDir();
    openDb(dataDir).recordUnanswered('Who is Lavrov?');
    const again = openDb(dataDir);
    expect(again.unanswered()).toHaveLength(1);
  });

  it('refuses a database made by a newer version of the bot', () => {
    const dataDir = tempDir();
    const raw = new BetterSqlite3(join(dataDir, DATABASE_FILE));
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDb(dataDir)).toThrow(/newer than this program's/);
  });

  it('counts an unanswered question under its normalized form', () => {
    const db = openDb(tempDir());
    db.recordUnanswered('Who is Lavrov?', new Date('2026-01-01T00:00:00Z'));
    db.recordUnanswered('  who is  LAVROV ', new Date('2026-01-02T00:00:00Z'));
    db.recordUnanswered('<@123456789012345678> **Who is Lavróv**?!', new Date('2026-01-03T00:00:00Z'));
    db.recordUnanswered('   ');
    expect(db.unanswered()).toEqual([
      {
        normalized: 'who is lavrov',
        count: 3,
        firstAsked: '2026-01-01T00:00:00.000Z',
        lastAsked: '2026-01-03T00:00:00.000Z',
      },
    ]);
    expect(normalizeQuestion('<@123456789012345678> **Who is Lavróv**?!')).toBe('who is lavrov');
  });

  it('purges questions not asked for QUESTION_RETENTION_DAYS on start', () => {
    const dataDir = tempDir();
    const first = openDb(dataDir);
    first.recordUnanswered('old question', new Date('2025-09-01T00:00:00Z'));
    first.recordUnanswered('recent question', new Date('2026-01-20T00:00:00Z'));
    first.close();
    const reopened = openDb(dataDir, () => new Date('2026-01-31T12:00:00Z'), 30);
    expect(reopened.unanswered().map((q) => q.normalized)).toEqual(['recent question']);
  });

  it('records feedback with the Discord user id only', () => {
    const db = openDb(tempDir());
    const id = db.recordFeedback({
      userId: '123456789012345678',
      question: 'How many soldiers were killed?',
      quoteIds: ['p4.s1', 'p4.s2'],
      helpful: true,
      qaId: 'death-toll',
      knowledgeVersion: '09e074a314fa',
    });
    db.recordFeedback({
      userId: '223456789012345678',
      question: 'q',
      quoteIds: [],
      helpful: false,
      qaId: null,
      knowledgeVersion: null,
    });
    expect(id).toBe(1);
    expect(db.feedback()).toEqual([
      expect.objectContaining({ id: 2, helpful: false, quoteIds: [], qaId: null, knowledgeVersion: null }),
      {
        id: 1,
        at: '2026-01-31T12:00:00.000Z',
        userId: '123456789012345678',
        question: 'How many soldiers were killed?',
        quoteIds: ['p4.s1', 'p4.s2'],
        helpful: true,
        qaId: 'death-toll',
        knowledgeVersion: '09e074a314fa',
      },
    ]);
  });
});

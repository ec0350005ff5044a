/** The audit trail of knowledge edits (migration 2) and the not-helpful feedback list. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { QaEditor } from '../../src/knowledge/editor.ts';
import { AppDatabase, DATABASE_FILE, SCHEMA_VERSION } from '../../src/store/database.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { closeAfterTest, tempDir as tempDirFor } from '../support/temp-database.ts';

const tempDir = () => tempDirFor('bot-audit-');

let clock = Date.parse('2026-01-31T12:00:00Z');
/** A second later at each call, so that rows have distinct times. */
function tick(): Date {
  clock += 1000;
  return new Date(clock);
}

function openDb(dataDir: string): AppDatabase {
  const db = AppDatabase.open({ dataDir, questionRetentionDays: 90, now: tick });
  closeAfterTest(db);
  return db;
}

const MOD = '123456789012345678';
const entry = { id: 'duration', question: 'How long did the airstrike last?', answer: ['p4.s1'] };

/** The schema as version 1 of the bot shipped it. */
const V1 = `CREATE TABLE feedback (
     id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_id TEXT NOT NULL, question TEXT NOT NULL,
     quote_ids TEXT NOT NULL, helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)), qa_id TEXT,
     knowledge_version TEXT);
   CREATE INDEX feedback_at ON feedback (at);
   CREATE TABLE questions (normalized TEXT PRIMARY KEY, count INTEGER NOT NULL,
     first_asked TEXT NOT NULL, last_asked TEXT NOT NULL);
   CREATE INDEX questions_last_asked ON questions (last_asked);`;

describe('audit trail', () => {
  it('migrates a version 1 database, keeping its feedback and questions', () => {
    const dataDir = tempDir();
    const raw = new BetterSqlite3(join(dataDir, DATABASE_FILE));
    raw.exec(V1);
    raw.pragma('user_version = 1');
    raw
      .prepare('INSERT INTO feedback (at, user_id, question, quote_ids, helpful) VALUES (?, ?, ?, ?, ?)')
      .run('2026-01-30T00:00:00.000Z', MOD, 'How long?', 'p4.s1', 0);
    raw
      .prepare('INSERT INTO questions VALUES (?, ?, ?, ?)')
      .run('who is lavrov', 2, '2026-01-29T00:00:00.000Z', '2026-01-30T00:00:00.000Z');
    raw.close();

    const db = openDb(dataDir);
    expect(SCHEMA_VERSION).toBe(6);
    expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    expect(db.notHelpful()).toEqual([
      expect.objectContaining({ question: 'How long?', quoteIds: ['p4.s1'] }),
    ]);
    expect(db.unanswered()).toEqual([expect.objectContaining({ normalized: 'who is lavrov', count: 2 })]);
    expect(db.history()).toEqual([]);
    db.recordChange({
      actorId: MOD,
      action: 'add',
      entryId: 'x',
      before: null,
      after: entry,
      knowledgeVersion: 'v',
    });
    expect(db.history()).toHaveLength(1);
  });

  it('records who, when, what, which entry, before and after, and returns them newest first', () => {
    const db = openDb(tempDir());
    const add = db.recordChange({
      actorId: MOD,
      action: 'add',
      entryId: 'duration',
      before: null,
      after: entry,
      knowledgeVersion: 'aaa',
    });
    db.recordChange({
      actorId: MOD,
      action: 'reload',
      entryId: null,
      before: null,
      after: null,
      knowledgeVersion: 'bbb',
    });
    const edited = { ...entry, answer: ['p4.s3'] };
    db.recordChange({
      actorId: '223456789012345678',
      action: 'edit',
      entryId: 'duration',
      before: entry,
      after: edited,
      knowledgeVersion: 'ccc',
    });
    expect(add).toBe(1);
    expect(db.history().map((r) => r.action)).toEqual(['edit', 'reload', 'add']);
    expect(db.history('duration').map((r) => r.action)).toEqual(['edit', 'add']);
    expect(db.history(null, 1)).toHaveLength(1);
    expect(db.latestChange('duration')).toEqual({
      id: 3,
      at: expect.stringMatching(/^2026-01-31T12:00:\d\d\.000Z$/),
      actorId: '223456789012345678',
      action: 'edit',
      entryId: 'duration',
      before: entry,
      after: edited,
      knowledgeVersion: 'ccc',
    });
    expect(db.latestChange('location')).toBeNull();
  });

  it('refuses an action that is not one of add, edit, remove, undo, reload', () => {
    const db = openDb(tempDir());
    expect(() =>
      db.recordChange({
        actorId: MOD,
        action: 'delete' as 'remove',
        entryId: 'x',
        before: null,
        after: null,
        knowledgeVersion: null,
      }),
    ).toThrow(/CHECK constraint/);
  });

  it('survives a restart', () => {
    const dataDir = tempDir();
    const first = openDb(dataDir);
    first.recordChange({
      actorId: MOD,
      action: 'remove',
      entryId: 'x',
      before: entry,
      after: null,
      knowledgeVersion: 'v',
    });
    first.close();
    expect(openDb(dataDir).latestChange('x')).toMatchObject({ action: 'remove', before: entry, after: null });
  });
});

describe('notHelpful', () => {
  it('lists only answers marked not helpful, newest first', () => {
    const db = openDb(tempDir());
    const base = { userId: MOD, quoteIds: ['p4.s1'], qaId: 'duration', knowledgeVersion: 'v' };
    db.recordFeedback({ ...base, question: 'first', helpful: false });
    db.recordFeedback({ ...base, question: 'liked', helpful: true });
    db.recordFeedback({ ...base, question: 'second', helpful: false });
    expect(db.notHelpful().map((r) => r.question)).toEqual(['second', 'first']);
    expect(db.notHelpful(1).map((r) => r.question)).toEqual(['second']);
  });
});

describe('changes recorded before they are written', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  let kb: KnowledgeCopy | undefined;
  afterEach(() => {
    kb?.remove();
    kb = undefined;
  });

  it('keeps a pending change out of the history until it is settled done; an aborted one never enters it', () => {
    const db = openDb(tempDir());
    const pending = {
      actorId: MOD,
      entryId: 'duration',
      knowledgeVersion: 'v',
      beforeHash: 'a',
      afterHash: 'b',
    };
    const first = db.recordPendingChange({ ...pending, action: 'add', before: null, after: entry });
    const second = db.recordPendingChange({ ...pending, action: 'remove', before: entry, after: null });
    expect(db.history()).toEqual([]);
    expect(db.latestChange('duration')).toBeNull();
    expect(db.pendingChanges().map((r) => [r.id, r.action, r.beforeHash, r.afterHash])).toEqual([
      [first, 'add', 'a', 'b'],
      [second, 'remove', 'a', 'b'],
    ]);
    db.settleChange(first, 'done');
    db.settleChange(second, 'aborted');
    // Settled once: a late second settlement changes nothing.
    db.settleChange(first, 'aborted');
    expect(db.pendingChanges()).toEqual([]);
    expect(db.history().map((r) => [r.id, r.action])).toEqual([[first, 'add']]);
  });

  it('keeps the rows of a version 3 database as changes made', () => {
    const dataDir = tempDir();
    const old = openDb(dataDir);
    old.recordChange({
      actorId: MOD,
      action: 'add',
      entryId: 'x',
      before: null,
      after: entry,
      knowledgeVersion: 'v',
    });
    old.close();
    const raw = new BetterSqlite3(join(dataDir, DATABASE_FILE));
    raw.exec(`DROP TABLE seen_interactions; DROP INDEX audit_pending;
      ALTER TABLE audit DROP COLUMN state; ALTER TABLE audit DROP COLUMN before_hash; ALTER TABLE audit DROP COLUMN after_hash;`);
    raw.pragma('user_version = 3');
    raw.close();
    const db = openDb(dataDir);
    expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    expect(db.latestChange('x')).toMatchObject({ action: 'add', after: entry });
  });

  it('settles pending changes against qa.yaml: the file they wrote, the file they started from, or a hand edit since', async () => {
    kb = copyKnowledge();
    const dataDir = tempDir();
    const db = openDb(dataDir);
    const editor = new QaEditor(kb.dir);
    const old = kb.read('qa.yaml');
    const landed = { id: 'landed', question: 'Did it land?', paraphrases: [], answer: ['p4.s1'] };
    const lost = { id: 'lost', question: 'Was it lost?', paraphrases: [], answer: ['p4.s1'] };
    const now = `${old}\n- id: landed\n  question: Did it land?\n  answer: [p4.s1]\n`;
    kb.write('qa.yaml', now);
    // Four writers died after recording their change.
    const base = { actorId: MOD, action: 'add' as const, before: null, knowledgeVersion: 'v' };
    const wroteThis = db.recordPendingChange({
      ...base,
      entryId: 'landed',
      after: landed,
      beforeHash: sha256(old),
      afterHash: sha256(now),
    });
    const neverWrote = db.recordPendingChange({
      ...base,
      entryId: 'lost',
      after: lost,
      beforeHash: sha256(now),
      afterHash: 'not written',
    });
    // The file changed since these two (a hand edit): their entry tells.
    const wroteThenHandEdit = db.recordPendingChange({
      ...base,
      entryId: 'landed',
      after: landed,
      beforeHash: 'older',
      afterHash: 'older still',
    });
    const lostThenHandEdit = db.recordPendingChange({
      ...base,
      entryId: 'lost',
      after: lost,
      beforeHash: 'older',
      afterHash: 'older still',
    });
    expect(await editor.reconcile(db)).toBe(4);
    expect(db.pendingChanges()).toEqual([]);
    expect(db.history(null, 10).map((r) => r.id)).toEqual([wroteThenHandEdit, wroteThis]);
    const raw = new BetterSqlite3(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(raw.prepare('SELECT id, state FROM audit ORDER BY id').all()).toEqual([
      { id: wroteThis, state: 'done' },
      { id: neverWrote, state: 'aborted' },
      { id: wroteThenHandEdit, state: 'done' },
      { id: lostThenHandEdit, state: 'aborted' },
    ]);
    raw.close();
    // Nothing left to settle: no lock taken.
    expect(await editor.reconcile(db)).toBe(0);
  });

  it('records an edit as pending before writing and done after; an edit the audit trail refuses is not written', async () => {
    kb = copyKnowledge();
    const db = openDb(tempDir());
    const seen: string[] = [];
    const editor = new QaEditor(kb.dir, {
      hooks: {
        beforeWrite: () => {
          seen.push(`before write: ${db.pendingChanges().length} pending, ${db.history().length} made`);
        },
      },
    });
    const result = await editor.add(
      { id: 'recorded', question: 'Is it recorded?', paraphrases: [], answer: ['p4.s1'] },
      db.recorder(MOD, 'add'),
    );
    expect(result.ok).toBe(true);
    expect(seen).toEqual(['before write: 1 pending, 0 made']);
    expect(db.pendingChanges()).toEqual([]);
    expect(db.latestChange('recorded')).toMatchObject({
      actorId: MOD,
      action: 'add',
      before: null,
      after: { id: 'recorded', question: 'Is it recorded?', answer: ['p4.s1'] },
    });
    const before = kb.read('qa.yaml');
    db.close();
    const refused = await editor.add(
      { id: 'unrecorded', question: 'Is it unrecorded?', paraphrases: [], answer: ['p4.s1'] },
      db.recorder(MOD, 'add'),
    );
    expect(refused).toMatchObject({ ok: false, reason: 'unrecorded' });
    expect(kb.read('qa.yaml')).toBe(before);
  });
});

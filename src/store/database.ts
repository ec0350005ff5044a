/**
 * The bot's SQLite file (better-sqlite3) under DATA_DIR: feedback on answers, the log of
 * questions the article could not answer, the audit trail of knowledge edits made from
 * Discord, the per-user question cooldown shared by HTTP interaction servers on one host, the
 * interaction ids those servers have seen (to refuse replays), and the conversations follow-up
 * questions are read in (so every shard and instance finds them). Schema changes are numbered
 * migrations tracked in `PRAGMA user_version`; add a new one at the end, never edit one that has
 * shipped.
 *
 * Several processes open the file at once (shards, HTTP servers, a first deploy of both): opening
 * is serialised by an OS lock in DATA_DIR (`.bot.sqlite.lock`, see store/file-lock.ts) and the
 * migrations run in one `BEGIN IMMEDIATE` transaction that reads the schema version inside it.
 */
import { existsSync, lstatSync, mkdirSync, readlinkSync, renameSync, statSync } from 'node:fs';
import { dirname, join, parse, resolve, sep } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { cleanQuestion } from '../text/clean.ts';
import { fold } from '../text/normalize.ts';
import { LockTimeoutError, withFileLockSync } from './file-lock.ts';

export const DATABASE_FILE = 'bot.sqlite';

/** Migration n (1-based) brings the schema from user_version n-1 to n. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE feedback (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     user_id TEXT NOT NULL,
     question TEXT NOT NULL,
     quote_ids TEXT NOT NULL,
     helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
     qa_id TEXT,
     knowledge_version TEXT
   );
   CREATE INDEX feedback_at ON feedback (at);
   CREATE TABLE questions (
     normalized TEXT PRIMARY KEY,
     count INTEGER NOT NULL,
     first_asked TEXT NOT NULL,
     last_asked TEXT NOT NULL
   );
   CREATE INDEX questions_last_asked ON questions (last_asked);`,
  `CREATE TABLE audit (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     actor_id TEXT NOT NULL,
     action TEXT NOT NULL CHECK (action IN ('add', 'edit', 'remove', 'undo', 'reload')),
     entry_id TEXT,
     before_json TEXT,
     after_json TEXT,
     knowledge_version TEXT
   );
   CREATE INDEX audit_entry ON audit (entry_id, id);`,
  // Until when a key (a user) waits; rows are purged as they expire (see takeCooldown).
  `CREATE TABLE cooldowns (
     key TEXT PRIMARY KEY,
     until_ms INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX cooldowns_until ON cooldowns (until_ms);`,
  // A knowledge edit is recorded as pending before the file is written and settled after, so a
  // crash in between cannot leave a change without a record (see QaEditor and reconcile).
  `ALTER TABLE audit ADD COLUMN state TEXT NOT NULL DEFAULT 'done'
     CHECK (state IN ('pending', 'done', 'aborted'));
   ALTER TABLE audit ADD COLUMN before_hash TEXT;
   ALTER TABLE audit ADD COLUMN after_hash TEXT;
   CREATE INDEX audit_pending ON audit (id) WHERE state = 'pending';`,
  // Interaction ids the HTTP endpoint accepted, kept until a replay of their signed request would
  // fail the timestamp check anyway; purged as they expire (see markInteractionSeen).
  `CREATE TABLE seen_interactions (
     id TEXT PRIMARY KEY,
     until_ms INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX seen_interactions_until ON seen_interactions (until_ms);`,
  // Follow-up questions: the last turns of each conversation (what rebuilds its context: the
  // question, the sentence ids quoted, the curated entry), and the keys a conversation is found
  // by (a user in a channel, a thread), each until it expires. Rows are purged as they expire.
  // IF NOT EXISTS: a test (or a renumbering at merge) may run it over a file that has them.
  `CREATE TABLE IF NOT EXISTS conversation_turns (
     conversation_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     expires_ms INTEGER NOT NULL,
     question TEXT NOT NULL,
     quote_ids TEXT NOT NULL,
     qa_id TEXT,
     PRIMARY KEY (conversation_id, seq)
   ) WITHOUT ROWID;
   CREATE INDEX IF NOT EXISTS conversation_turns_expires ON conversation_turns (expires_ms);
   CREATE TABLE IF NOT EXISTS conversation_keys (
     key TEXT PRIMARY KEY,
     conversation_id TEXT NOT NULL,
     expires_ms INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX IF NOT EXISTS conversation_keys_expires ON conversation_keys (expires_ms);`,
  // Sources added and removed (/kb source) are audited too: the audit table again, with the two
  // new actions in its CHECK (SQLite cannot change a CHECK in place). Every row is kept; running
  // it over a table that has them already changes nothing.
  `CREATE TABLE audit_next (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     actor_id TEXT NOT NULL,
     action TEXT NOT NULL
       CHECK (action IN ('add', 'edit', 'remove', 'undo', 'reload', 'source-add', 'source-remove')),
     entry_id TEXT,
     before_json TEXT,
     after_json TEXT,
     knowledge_version TEXT,
     state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('pending', 'done', 'aborted')),
     before_hash TEXT,
     after_hash TEXT
   );
   INSERT INTO audit_next (id, at, actor_id, action, entry_id, before_json, after_json,
       knowledge_version, state, before_hash, after_hash)
     SELECT id, at, actor_id, action, entry_id, before_json, after_json, knowledge_version, state,
       before_hash, after_hash FROM audit;
   DROP TABLE audit;
   ALTER TABLE audit_next RENAME TO audit;
   CREATE INDEX audit_entry ON audit (entry_id, id);
   CREATE INDEX audit_pending ON audit (id) WHERE state = 'pending';`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export interface FeedbackInput {
  /** Discord user id only: no names are stored. */
  userId: string;
  question: string;
  quoteIds: readonly string[];
  helpful: boolean;
  qaId: string | null;
  knowledgeVersion: string | null;
  at?: Date;
}

export interface FeedbackRow {
  id: number;
  at: string;
  userId: string;
  question: string;
  quoteIds: string[];
  helpful: boolean;
  qaId: string | null;
  knowledgeVersion: string | null;
}

export interface UnansweredRow {
  normalized: string;
  count: number;
  firstAsked: string;
  lastAsked: string;
}

export const AUDIT_ACTIONS = [
  'add',
  'edit',
  'remove',
  'undo',
  'reload',
  'source-add',
  'source-remove',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** An entry as it was before or after a change: the fields of a qa.yaml entry, as JSON. */
export type AuditSnapshot = Record<string, unknown>;

export interface ChangeInput {
  /** Discord user id only: no names are stored. */
  actorId: string;
  action: AuditAction;
  /** The qa.yaml entry, or `source:<id>` for a source; null for a reload of the whole folder. */
  entryId: string | null;
  /** null when the entry did not exist (an add). */
  before: AuditSnapshot | null;
  /** null when the entry no longer exists (a remove). */
  after: AuditSnapshot | null;
  /** The knowledge version served after the change. */
  knowledgeVersion: string | null;
  at?: Date;
}

export interface AuditRow {
  id: number;
  at: string;
  actorId: string;
  action: AuditAction;
  entryId: string | null;
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
  knowledgeVersion: string | null;
}

/** A change recorded before its file is written: sha-256 of the whole file before and after. */
export interface PendingChangeInput extends ChangeInput {
  beforeHash: string;
  afterHash: string;
}

export interface PendingChangeRow extends AuditRow {
  beforeHash: string | null;
  afterHash: string | null;
}

/**
 * An audit row's columns after its time, common to a change and a pending one and to both stores,
 * in the order of their INSERTs.
 */
export function auditValues(input: ChangeInput) {
  return [
    input.actorId,
    input.action,
    input.entryId,
    input.before === null ? null : JSON.stringify(input.before),
    input.after === null ? null : JSON.stringify(input.after),
    input.knowledgeVersion,
  ] as const;
}

/** The same with the time first, as SQLite stores it (ISO text). */
function changeValues(input: ChangeInput, now: Date) {
  return [(input.at ?? now).toISOString(), ...auditValues(input)] as const;
}

/** pending: recorded, file not yet written; done: written; aborted: never written. */
export type SettledState = 'done' | 'aborted';

/**
 * DATA_DIR cannot be used: the message is one line that names DATA_DIR and says what to do,
 * for the entry points to print before exiting with code 1.
 */
export class DataDirError extends Error {
  constructor(
    readonly dataDir: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataDirError';
  }
}

export type CooldownTake = { ok: true } | { ok: false; retryAfterSeconds: number };

/** A turn of a conversation as stored: what rebuilds its context, no engine object. */
export interface ConversationTurnRow {
  question: string;
  quoteIds: readonly string[];
  qa: string | null;
}

/** Expired conversation rows are deleted once every this many turns added by one process. */
const PURGE_CONVERSATIONS_EVERY = 1000;

/** Expired cooldown rows are deleted once every this many cooldowns taken by one process. */
const PURGE_COOLDOWNS_EVERY = 1000;
/** Expired seen interaction ids are deleted once every this many ids marked by one process. */
const PURGE_SEEN_INTERACTIONS_EVERY = 1000;

/** How long opening waits for another process opening or migrating the same file. */
const OPEN_WAIT_MS = 15_000;
/** Short: a handler waiting on a lock must still answer Discord within 3 seconds. */
const BUSY_TIMEOUT_MS = 1000;

export interface DatabaseOptions {
  /** Folder of the SQLite file; created if missing. */
  dataDir: string;
  /** Unanswered questions not asked again for this many days are deleted on open. */
  questionRetentionDays: number;
  now?: () => Date;
}

/**
 * The form a question is logged under, so that "Who is Lavrov?" and "who is lavrov" count as one:
 * no mentions or markdown, accents folded, lower case, no trailing punctuation, at most 500 characters.
 */
export function normalizeQuestion(question: string): string {
  return fold(cleanQuestion(question).text)
    .replace(/[\s?!.,;:]+$/u, '')
    .slice(0, 500);
}

/** What addConversationTurn keeps: see ConversationTurnOptions in store.ts. */
interface TurnOptions {
  keep: number;
  ttlSeconds: number;
  links?: readonly { key: string; ttlSeconds: number }[];
}

export class AppDatabase {
  private readonly db: BetterSqlite3.Database;
  private readonly now: () => Date;
  private readonly statements;
  /**
   * Transaction functions made once: better-sqlite3's db.transaction() builds four wrappers and
   * defines their properties at every call, which showed in bench:http's profile of the thread
   * serving requests (with a savepoint for each turn written inside a batch's transaction).
   */
  private readonly inTransaction: (writes: () => void) => void;
  private readonly addTurnWrites: (
    conversationId: string,
    turn: ConversationTurnRow,
    options: TurnOptions,
  ) => void;
  private cooldownsTaken = 0;
  private interactionsSeen = 0;
  private turnsAdded = 0;

  private constructor(db: BetterSqlite3.Database, now: () => Date) {
    this.db = db;
    this.now = now;
    this.inTransaction = db.transaction((writes: () => void) => writes()).immediate;
    this.addTurnWrites = db.transaction(this.writeTurn.bind(this)).immediate;
    this.statements = {
      insertFeedback: db.prepare<
        [string, string, string, string, number, string | null, string | null],
        never
      >(
        `INSERT INTO feedback (at, user_id, question, quote_ids, helpful, qa_id, knowledge_version)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      upsertQuestion: db.prepare<[string, string, string], never>(
        `INSERT INTO questions (normalized, count, first_asked, last_asked) VALUES (?, 1, ?, ?)
         ON CONFLICT (normalized) DO UPDATE SET count = count + 1, last_asked = excluded.last_asked`,
      ),
      purgeQuestions: db.prepare<[string], never>('DELETE FROM questions WHERE last_asked < ?'),
      insertChange: db.prepare<
        [string, string, string, string | null, string | null, string | null, string | null],
        never
      >(
        `INSERT INTO audit (at, actor_id, action, entry_id, before_json, after_json, knowledge_version)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      // Only changes that were made: not pending ones, nor ones whose file was never written.
      history: db.prepare<[number], Record<string, unknown>>(
        "SELECT * FROM audit WHERE state = 'done' ORDER BY id DESC LIMIT ?",
      ),
      entryHistory: db.prepare<[string, number], Record<string, unknown>>(
        "SELECT * FROM audit WHERE entry_id = ? AND state = 'done' ORDER BY id DESC LIMIT ?",
      ),
      // One statement, so two processes taking the same key at once cannot both pass: the row is
      // written (and returned) only if it is new or its cooldown has run out.
      takeCooldown: db.prepare<[string, number, number], { until_ms: number }>(
        `INSERT INTO cooldowns (key, until_ms) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET until_ms = excluded.until_ms WHERE cooldowns.until_ms <= ?
         RETURNING until_ms`,
      ),
      cooldownUntil: db.prepare<[string], { until_ms: number }>(
        'SELECT until_ms FROM cooldowns WHERE key = ?',
      ),
      purgeCooldowns: db.prepare<[number], never>('DELETE FROM cooldowns WHERE until_ms <= ?'),
      insertPending: db.prepare<
        [string, string, string, string | null, string | null, string | null, string | null, string, string],
        never
      >(
        `INSERT INTO audit (at, actor_id, action, entry_id, before_json, after_json, knowledge_version,
                            state, before_hash, after_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
      ),
      settle: db.prepare<[SettledState, number], never>(
        "UPDATE audit SET state = ? WHERE id = ? AND state = 'pending'",
      ),
      pending: db.prepare<[], Record<string, unknown>>(
        "SELECT * FROM audit WHERE state = 'pending' ORDER BY id",
      ),
      // As takeCooldown: one statement, so that of two processes marking one id only one succeeds.
      markInteractionSeen: db.prepare<[string, number, number], { id: string }>(
        `INSERT INTO seen_interactions (id, until_ms) VALUES (?, ?)
         ON CONFLICT (id) DO UPDATE SET until_ms = excluded.until_ms WHERE seen_interactions.until_ms <= ?
         RETURNING id`,
      ),
      purgeSeenInteractions: db.prepare<[number], never>('DELETE FROM seen_interactions WHERE until_ms <= ?'),
      conversationTurns: db.prepare<
        [string, number],
        { question: string; quote_ids: string; qa_id: string | null }
      >(
        `SELECT question, quote_ids, qa_id FROM conversation_turns
         WHERE conversation_id = ? AND expires_ms > ? ORDER BY seq`,
      ),
      addTurn: db.prepare<[string, string, number, string, string, string | null], { seq: number }>(
        `INSERT INTO conversation_turns (conversation_id, seq, expires_ms, question, quote_ids, qa_id)
         VALUES (?, COALESCE((SELECT MAX(seq) FROM conversation_turns WHERE conversation_id = ?), 0) + 1,
                 ?, ?, ?, ?)
         RETURNING seq`,
      ),
      trimTurns: db.prepare<[string, string, number], never>(
        `DELETE FROM conversation_turns WHERE conversation_id = ?
         AND seq <= (SELECT MAX(seq) FROM conversation_turns WHERE conversation_id = ?) - ?`,
      ),
      // Activity keeps a whole conversation alive, not only its latest turn.
      touchTurns: db.prepare<[number, string], never>(
        'UPDATE conversation_turns SET expires_ms = ? WHERE conversation_id = ?',
      ),
      conversationFor: db.prepare<[string, number], { conversation_id: string }>(
        'SELECT conversation_id FROM conversation_keys WHERE key = ? AND expires_ms > ?',
      ),
      linkConversation: db.prepare<[string, string, number], never>(
        `INSERT INTO conversation_keys (key, conversation_id, expires_ms) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET conversation_id = excluded.conversation_id,
                                         expires_ms = excluded.expires_ms`,
      ),
      unlinkConversation: db.prepare<[string, string], never>(
        'DELETE FROM conversation_keys WHERE key = ? AND conversation_id = ?',
      ),
      purgeTurns: db.prepare<[number], never>('DELETE FROM conversation_turns WHERE expires_ms <= ?'),
      purgeKeys: db.prepare<[number], never>('DELETE FROM conversation_keys WHERE expires_ms <= ?'),
    };
  }

  /**
   * Opens (creating the folder and file on first start) and migrates the database, then purges
   * old questions. Throws a DataDirError when DATA_DIR cannot be used; a file that is not a
   * readable database is first set aside (renamed with the time), never replaced.
   */
  static open(options: DatabaseOptions): AppDatabase {
    const dataDir = resolve(options.dataDir);
    makeDataDir(dataDir);
    const file = join(dataDir, DATABASE_FILE);
    let db: BetterSqlite3.Database;
    try {
      db = withFileLockSync(file, () => openAndMigrate(dataDir), { timeoutMs: OPEN_WAIT_MS });
    } catch (error) {
      throw asDataDirError(dataDir, error);
    }
    const database = new AppDatabase(db, options.now ?? (() => new Date()));
    database.purgeUnanswered(options.questionRetentionDays);
    database.purgeCooldowns();
    database.purgeSeenInteractions();
    database.purgeConversations();
    return database;
  }

  /**
   * Runs `write` with its commit synced to disk at once (synchronous = FULL), not at the next
   * checkpoint (NORMAL, see openAndMigrate): for the rows that must outlive a power cut, the audit
   * trail (a pending change is recorded, and synced, before its file is written and fsynced; see
   * QaEditor) and feedback. Rare writes, so
   * the fsync costs nothing that matters. better-sqlite3 is synchronous: no other write of this
   * connection comes between, and none is in a transaction (SQLite refuses the pragma in one).
   */
  private durable<T>(write: () => T): T {
    this.db.pragma('synchronous = FULL');
    try {
      return write();
    } finally {
      this.db.pragma('synchronous = NORMAL');
    }
  }

  /** Runs `writes` in one IMMEDIATE transaction: one commit for them all (see SqliteStore). */
  transaction(writes: () => void): void {
    this.inTransaction(writes);
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  recordFeedback(input: FeedbackInput): number {
    const result = this.durable(() =>
      this.statements.insertFeedback.run(
        (input.at ?? this.now()).toISOString(),
        input.userId,
        input.question,
        input.quoteIds.join(','),
        input.helpful ? 1 : 0,
        input.qaId,
        input.knowledgeVersion,
      ),
    );
    return Number(result.lastInsertRowid);
  }

  /** Counts one more asking of a question the article does not answer. */
  recordUnanswered(question: string, at: Date = this.now()): void {
    const normalized = normalizeQuestion(question);
    if (!normalized) return;
    const iso = at.toISOString();
    this.statements.upsertQuestion.run(normalized, iso, iso);
  }

  /** Deletes unanswered questions last asked more than `days` ago; returns how many. */
  purgeUnanswered(days: number): number {
    const cutoff = new Date(this.now().getTime() - days * 86_400_000).toISOString();
    return this.statements.purgeQuestions.run(cutoff).changes;
  }

  /**
   * Passes and starts a cooldown of `seconds` for `key`, or says how many whole seconds are left.
   * Every process with this file open agrees, which is what lets several HTTP interaction servers
   * on one host share the per-user cooldown.
   */
  takeCooldown(key: string, seconds: number): CooldownTake {
    const now = this.now().getTime();
    const taken = this.statements.takeCooldown.get(key, now + seconds * 1000, now);
    if (taken) {
      if (++this.cooldownsTaken % PURGE_COOLDOWNS_EVERY === 0) this.purgeCooldowns();
      return { ok: true };
    }
    const until = this.statements.cooldownUntil.get(key)?.until_ms ?? now;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
  }

  /** Deletes cooldowns that have run out; returns how many. */
  purgeCooldowns(): number {
    return this.statements.purgeCooldowns.run(this.now().getTime()).changes;
  }

  /**
   * Records that interaction `id` was received, to be remembered until `untilMs` (epoch ms).
   * False if it was already recorded and not yet expired: a replay. Every process with this file
   * open agrees, so a replay is refused whichever instance it reaches.
   */
  markInteractionSeen(id: string, untilMs: number): boolean {
    const marked = this.statements.markInteractionSeen.get(id, untilMs, this.now().getTime());
    if (!marked) return false;
    if (++this.interactionsSeen % PURGE_SEEN_INTERACTIONS_EVERY === 0) this.purgeSeenInteractions();
    return true;
  }

  /** Deletes seen interaction ids that have expired; returns how many. */
  purgeSeenInteractions(): number {
    return this.statements.purgeSeenInteractions.run(this.now().getTime()).changes;
  }

  /** The turns of a conversation that have not expired, oldest first; none for an unknown one. */
  conversationTurns(conversationId: string): ConversationTurnRow[] {
    return this.statements.conversationTurns.all(conversationId, this.now().getTime()).map((r) => ({
      question: r.question,
      quoteIds: r.quote_ids.split(',').filter(Boolean),
      qa: r.qa_id,
    }));
  }

  /**
   * Adds a turn to a conversation, keeps its last `keep` turns, keeps them all for `ttlSeconds`
   * from now, and points `links` (a user in a channel, a thread) at it, each for its own time.
   * One transaction (one commit per question), so two processes adding at once both count.
   * The turn's number says what else there is to do: none older to keep alive for the first turn
   * (most questions start a conversation), none to trim until there are more than `keep`.
   */
  addConversationTurn(conversationId: string, turn: ConversationTurnRow, options: TurnOptions): void {
    // In a transaction already (SqliteStore's batch): its writes need no savepoint of their own, a
    // failure rolls the whole batch back (and the store writes each again alone).
    if (this.db.inTransaction) this.writeTurn(conversationId, turn, options);
    else this.addTurnWrites(conversationId, turn, options);
    if (++this.turnsAdded % PURGE_CONVERSATIONS_EVERY === 0) this.purgeConversations();
  }

  /** addConversationTurn's writes, in a transaction. */
  private writeTurn(conversationId: string, turn: ConversationTurnRow, options: TurnOptions): void {
    const now = this.now().getTime();
    const expires = now + options.ttlSeconds * 1000;
    const seq =
      this.statements.addTurn.get(
        conversationId,
        conversationId,
        expires,
        turn.question,
        turn.quoteIds.join(','),
        turn.qa,
      )?.seq ?? 1;
    if (seq > options.keep) this.statements.trimTurns.run(conversationId, conversationId, options.keep);
    if (seq > 1) this.statements.touchTurns.run(expires, conversationId);
    for (const link of options.links ?? [])
      this.statements.linkConversation.run(link.key, conversationId, now + link.ttlSeconds * 1000);
  }

  /** The conversation a key (a user in a channel, a thread) leads to, until the key expires. */
  conversationFor(key: string): string | null {
    return this.statements.conversationFor.get(key, this.now().getTime())?.conversation_id ?? null;
  }

  /** Points a key at a conversation for `ttlSeconds` from now (replacing what it led to). */
  linkConversation(key: string, conversationId: string, ttlSeconds: number): void {
    this.statements.linkConversation.run(key, conversationId, this.now().getTime() + ttlSeconds * 1000);
  }

  /** Drops a key, if it still leads to that conversation. */
  unlinkConversation(key: string, conversationId: string): void {
    this.statements.unlinkConversation.run(key, conversationId);
  }

  /** Deletes expired conversation turns and keys; returns how many rows. */
  purgeConversations(): number {
    const now = this.now().getTime();
    return this.statements.purgeTurns.run(now).changes + this.statements.purgeKeys.run(now).changes;
  }

  /** Feedback, newest first. */
  feedback(limit = 100): FeedbackRow[] {
    return this.db
      .prepare<[number], Record<string, unknown>>('SELECT * FROM feedback ORDER BY id DESC LIMIT ?')
      .all(limit)
      .map(toFeedbackRow);
  }

  /** Answers marked not helpful, newest first: what the moderators should look at. */
  notHelpful(limit = 100): FeedbackRow[] {
    return this.db
      .prepare<[number], Record<string, unknown>>(
        'SELECT * FROM feedback WHERE helpful = 0 ORDER BY id DESC LIMIT ?',
      )
      .all(limit)
      .map(toFeedbackRow);
  }

  /**
   * Records a knowledge edit as pending, before its file is written; returns its id. Settle it
   * once the file is written (done) or was not (aborted). Pending rows are not history: after a
   * crash, QaEditor.reconcile settles them against the file.
   */
  recordPendingChange(input: PendingChangeInput): number {
    const result = this.durable(() =>
      this.statements.insertPending.run(
        ...changeValues(input, this.now()),
        input.beforeHash,
        input.afterHash,
      ),
    );
    return Number(result.lastInsertRowid);
  }

  settleChange(id: number, state: SettledState): void {
    // Not durable(): a settle lost to a power cut leaves the row pending, and reconcile settles it
    // against the file at the next start, as after a crash between the write and the settle.
    this.statements.settle.run(state, id);
  }

  /** Edits recorded but not settled: in flight, or left by a process that died. */
  pendingChanges(): PendingChangeRow[] {
    return this.statements.pending.all().map((r) => ({
      ...toAuditRow(r),
      beforeHash: r.before_hash === null ? null : String(r.before_hash),
      afterHash: r.after_hash === null ? null : String(r.after_hash),
    }));
  }

  /**
   * How the knowledge editor records into this audit trail (see QaEditor): `actorId`'s `action`
   * is recorded as pending before the file is written and settled after.
   */
  recorder(actorId: string, action: AuditAction) {
    return {
      ledger: this,
      begin: (change: Omit<PendingChangeInput, 'actorId' | 'action' | 'at'>) =>
        this.recordPendingChange({ ...change, actorId, action }),
    };
  }

  /** Adds a row to the audit trail (a change already made, e.g. a reload); returns its id. */
  recordChange(input: ChangeInput): number {
    const result = this.durable(() => this.statements.insertChange.run(...changeValues(input, this.now())));
    return Number(result.lastInsertRowid);
  }

  /** The audit trail of changes made, newest first: of one entry, or of everything. */
  history(entryId?: string | null, limit = 20): AuditRow[] {
    const rows = entryId
      ? this.statements.entryHistory.all(entryId, limit)
      : this.statements.history.all(limit);
    return rows.map(toAuditRow);
  }

  /** The latest change of an entry (what /kb undo reverts), or null if it was never changed from Discord. */
  latestChange(entryId: string): AuditRow | null {
    return this.history(entryId, 1)[0] ?? null;
  }

  /** Unanswered questions, most asked first. */
  unanswered(limit = 100): UnansweredRow[] {
    return this.db
      .prepare<[number], UnansweredRow>(
        `SELECT normalized, count, first_asked AS firstAsked, last_asked AS lastAsked
         FROM questions ORDER BY count DESC, last_asked DESC LIMIT ?`,
      )
      .all(limit);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function toFeedbackRow(r: Record<string, unknown>): FeedbackRow {
  return {
    id: Number(r.id),
    at: String(r.at),
    userId: String(r.user_id),
    question: String(r.question),
    quoteIds: String(r.quote_ids).split(',').filter(Boolean),
    helpful: r.helpful === 1,
    qaId: r.qa_id === null ? null : String(r.qa_id),
    knowledgeVersion: r.knowledge_version === null ? null : String(r.knowledge_version),
  };
}

function parseSnapshot(json: unknown): AuditSnapshot | null {
  return typeof json === 'string' ? (JSON.parse(json) as AuditSnapshot) : null;
}

function toAuditRow(r: Record<string, unknown>): AuditRow {
  return {
    id: Number(r.id),
    at: String(r.at),
    actorId: String(r.actor_id),
    action: String(r.action) as AuditAction,
    entryId: r.entry_id === null ? null : String(r.entry_id),
    before: parseSnapshot(r.before_json),
    after: parseSnapshot(r.after_json),
    knowledgeVersion: r.knowledge_version === null ? null : String(r.knowledge_version),
  };
}

class SchemaTooNewError extends Error {}

/**
 * Brings the schema to SCHEMA_VERSION in one IMMEDIATE transaction: it takes the write lock
 * first and reads the version inside it, so a process that waited for another's migration sees
 * the new version and does nothing, instead of running the same migration again.
 */
function migrate(db: BetterSqlite3.Database): void {
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new SchemaTooNewError(
        `${DATABASE_FILE} is at schema version ${current}, newer than this program's ${MIGRATIONS.length}: run a newer version of the bot, or restore a backup made with this one.`,
      );
    }
    for (let version = current + 1; version <= MIGRATIONS.length; version++) {
      db.exec(MIGRATIONS[version - 1] as string);
      db.pragma(`user_version = ${version}`);
    }
  }).immediate();
}

/** Opens the file and brings it up to date; called under the DATA_DIR lock. */
function openAndMigrate(dataDir: string): BetterSqlite3.Database {
  const file = join(dataDir, DATABASE_FILE);
  const db = new BetterSqlite3(file, { timeout: OPEN_WAIT_MS });
  try {
    db.pragma('journal_mode = WAL');
    // Said here, not left to the build: better-sqlite3's build makes NORMAL the default in WAL
    // mode, and a plain SQLite build makes it FULL, an fsync at every commit (4 ms each on this
    // project's machines; every /ask commits three times or more: replay window, cooldown,
    // conversation). NORMAL syncs the log at checkpoints only. The file stays consistent whatever
    // happens and nothing is lost when a process crashes or is killed; a power cut or an OS crash
    // can lose the last commits before it. For the rows written per request that is acceptable:
    // cooldowns last seconds, conversations minutes, unanswered-question counts are statistics, and
    // an interaction id is kept only for the 5 minutes its signed request passes the timestamp
    // check (replaying one received just before the crash, within those minutes after the
    // restart, would take a request captured at that moment). The audit trail and feedback are
    // written with FULL (see durable).
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return db;
  } catch (error) {
    db.close();
    if (!isCorrupt(error)) throw error;
    const aside = setAside(dataDir);
    throw new DataDirError(
      dataDir,
      `DATA_DIR (${dataDir}): ${DATABASE_FILE} is not a readable SQLite database (${(error as Error).message}); it was set aside as ${aside}, nothing was deleted. Start the bot again to begin a new, empty database, or put a backup in its place as ${DATABASE_FILE}.`,
    );
  }
}

function isCorrupt(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

/** Renames the database (and its WAL files) to `bot.sqlite.corrupt-<UTC time>`; returns that name. */
function setAside(dataDir: string): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  let name = `${DATABASE_FILE}.corrupt-${stamp}`;
  for (let n = 2; existsSync(join(dataDir, name)); n++) name = `${DATABASE_FILE}.corrupt-${stamp}-${n}`;
  renameSync(join(dataDir, DATABASE_FILE), join(dataDir, name));
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(join(dataDir, DATABASE_FILE + suffix))) {
      renameSync(join(dataDir, DATABASE_FILE + suffix), join(dataDir, name + suffix));
    }
  }
  return name;
}

/** Creates DATA_DIR, or says in one line why it cannot be. */
function makeDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw asDataDirError(dataDir, error);
  }
}

const USE_A_FOLDER = 'set DATA_DIR to a folder the bot can write (it is created if missing)';

/** Any failure to use DATA_DIR as one line naming it, the part of the path at fault and the fix. */
function asDataDirError(dataDir: string, error: unknown): Error {
  if (error instanceof DataDirError) return error;
  if (error instanceof SchemaTooNewError)
    return new DataDirError(dataDir, `DATA_DIR (${dataDir}): ${error.message}`);
  const code = (error as { code?: unknown }).code;
  if (error instanceof LockTimeoutError || code === 'SQLITE_BUSY') {
    return new DataDirError(
      dataDir,
      `DATA_DIR (${dataDir}): another process kept ${DATABASE_FILE} locked for ${OPEN_WAIT_MS / 1000} s while this one started; start it again, and if this repeats, stop the other bot processes using DATA_DIR first.`,
    );
  }
  if (typeof code !== 'string') return error as Error;
  const culprit = blockingPart(dataDir);
  if (culprit?.path === dataDir && culprit.problem === 'file') {
    return new DataDirError(
      dataDir,
      `DATA_DIR (${dataDir}) is a file, not a folder: ${USE_A_FOLDER}, or move that file away.`,
    );
  }
  if (culprit?.problem === 'file') {
    return new DataDirError(
      dataDir,
      `DATA_DIR (${dataDir}) cannot be created: ${culprit.path} is a file, not a folder. Fix the path, or ${USE_A_FOLDER}.`,
    );
  }
  if (culprit?.problem === 'dangling') {
    const what =
      culprit.path === dataDir
        ? `DATA_DIR (${dataDir}) is`
        : `DATA_DIR (${dataDir}) cannot be created: ${culprit.path} is`;
    return new DataDirError(
      dataDir,
      `${what} a symbolic link to ${culprit.target}, which does not exist (a volume that is not mounted?). Mount it, or ${USE_A_FOLDER}.`,
    );
  }
  const reason = (error as Error).message.split('\n')[0];
  return new DataDirError(
    dataDir,
    `DATA_DIR (${dataDir}) cannot be used: ${reason}. Give the bot's user write access to it, or ${USE_A_FOLDER}.`,
  );
}

type Blocking = { path: string; problem: 'file' } | { path: string; problem: 'dangling'; target: string };

/** The first part of `dataDir`, from the root down, that is a file or a symbolic link to nothing. */
function blockingPart(dataDir: string): Blocking | null {
  const { root } = parse(dataDir);
  let path = root;
  for (const part of dataDir.slice(root.length).split(sep).filter(Boolean)) {
    path = join(path, part);
    let link: ReturnType<typeof lstatSync>;
    try {
      link = lstatSync(path);
    } catch {
      return null; // Missing: mkdir would have made it; the cause is elsewhere.
    }
    if (link.isSymbolicLink()) {
      try {
        if (!statSync(path).isDirectory()) return { path, problem: 'file' };
      } catch {
        return { path, problem: 'dangling', target: resolve(dirname(path), readlinkSync(path)) };
      }
    } else if (!link.isDirectory()) {
      return { path, problem: 'file' };
    }
  }
  return null;
}

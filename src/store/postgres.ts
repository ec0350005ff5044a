/**
 * The store in one PostgreSQL database (DATABASE_URL=postgres://...): what several hosts share.
 * The same tables as the SQLite file (database.ts), so both implementations behave alike; every
 * query is parameterised, and the connection pool is bounded (`poolMax` connections, a bounded
 * wait for one).
 *
 * Schema changes are numbered migrations recorded in `schema_migrations`; add new ones at the end,
 * never edit one that has shipped. Several processes may start at once (a deploy of N instances):
 * the migrations run in one transaction that first takes a transaction-scoped advisory lock, so
 * one process migrates and the others, waiting on the lock, then find nothing left to do. DDL is
 * transactional in PostgreSQL: a process killed mid-migration leaves the schema as it was.
 */
import pg from 'pg';
import {
  type AuditAction,
  type AuditRow,
  type AuditSnapshot,
  auditValues,
  type ChangeInput,
  type ConversationTurnRow,
  type CooldownTake,
  type FeedbackInput,
  type FeedbackRow,
  normalizeQuestion,
  type PendingChangeInput,
  type PendingChangeRow,
  type SettledState,
  type UnansweredRow,
} from './database.ts';
import { type ConversationTurnOptions, type Store, type StoreRecorder, storeRecorder } from './store.ts';

/** Migration n (1-based) brings the schema from version n-1 to n. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE feedback (
     id BIGSERIAL PRIMARY KEY,
     at TIMESTAMPTZ NOT NULL,
     user_id TEXT NOT NULL,
     question TEXT NOT NULL,
     quote_ids TEXT NOT NULL,
     helpful BOOLEAN NOT NULL,
     qa_id TEXT,
     knowledge_version TEXT
   );
   CREATE INDEX feedback_at ON feedback (at);
   CREATE TABLE questions (
     normalized TEXT PRIMARY KEY,
     count INTEGER NOT NULL,
     first_asked TIMESTAMPTZ NOT NULL,
     last_asked TIMESTAMPTZ NOT NULL
   );
   CREATE INDEX questions_last_asked ON questions (last_asked);
   CREATE TABLE audit (
     id BIGSERIAL PRIMARY KEY,
     at TIMESTAMPTZ NOT NULL,
     actor_id TEXT NOT NULL,
     action TEXT NOT NULL CHECK (action IN ('add', 'edit', 'remove', 'undo', 'reload')),
     entry_id TEXT,
     before_json JSON,
     after_json JSON,
     knowledge_version TEXT,
     state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('pending', 'done', 'aborted')),
     before_hash TEXT,
     after_hash TEXT
   );
   CREATE INDEX audit_entry ON audit (entry_id, id);
   CREATE INDEX audit_pending ON audit (id) WHERE state = 'pending';
   CREATE TABLE cooldowns (
     key TEXT PRIMARY KEY,
     until_ms BIGINT NOT NULL
   );
   CREATE INDEX cooldowns_until ON cooldowns (until_ms);
   CREATE TABLE seen_interactions (
     id TEXT PRIMARY KEY,
     until_ms BIGINT NOT NULL
   );
   CREATE INDEX seen_interactions_until ON seen_interactions (until_ms);
   CREATE TABLE conversation_turns (
     conversation_id TEXT NOT NULL,
     -- Global order of turns: a conversation's turns are in seq order, and two instances adding
     -- at once never pick the same number (no read of MAX(seq), no lock).
     seq BIGINT GENERATED ALWAYS AS IDENTITY,
     expires_ms BIGINT NOT NULL,
     question TEXT NOT NULL,
     quote_ids TEXT NOT NULL,
     qa_id TEXT,
     PRIMARY KEY (conversation_id, seq)
   );
   CREATE INDEX conversation_turns_expires ON conversation_turns (expires_ms);
   CREATE TABLE conversation_keys (
     key TEXT PRIMARY KEY,
     conversation_id TEXT NOT NULL,
     expires_ms BIGINT NOT NULL
   );
   CREATE INDEX conversation_keys_expires ON conversation_keys (expires_ms);`,
  // The knowledge as revisions (see knowledge-revisions.ts): each one the whole folder, with the
  // revision it was made from; knowledge_head is the one row saying which revision is served.
  `CREATE TABLE knowledge_revisions (
     id BIGSERIAL PRIMARY KEY,
     parent_id BIGINT REFERENCES knowledge_revisions (id),
     version TEXT NOT NULL,
     files JSONB NOT NULL,
     author TEXT NOT NULL,
     message TEXT NOT NULL,
     created_at TIMESTAMPTZ NOT NULL DEFAULT now()
   );
   CREATE TABLE knowledge_head (
     one BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
     revision_id BIGINT NOT NULL REFERENCES knowledge_revisions (id)
   );`,
  // /kb source add and remove are recorded too (as in SQLite's schema): the first version of this
  // table refused them, and with them every source change on PostgreSQL.
  `ALTER TABLE audit DROP CONSTRAINT audit_action_check;
   ALTER TABLE audit ADD CONSTRAINT audit_action_check
     CHECK (action IN ('add', 'edit', 'remove', 'undo', 'reload', 'source-add', 'source-remove'));`,
];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;

/** The advisory lock the migrations run under (any constant; 'deir-ez-zor' in ASCII). */
const MIGRATION_LOCK = 0x6465_6972_657a;

/** Expired rows are deleted once every this many writes of their kind by one process. */
const PURGE_EVERY = 1000;

export const DEFAULT_POOL_MAX = 5;

export interface PgStoreOptions {
  /** postgres://user:password@host:port/database (options, sslmode... as pg reads them). */
  url: string;
  /** Unanswered questions not asked again for this many days are deleted on open. */
  questionRetentionDays: number;
  /** At most this many connections at once (default 5); more queries wait for one. */
  poolMax?: number;
  /** How long a query waits for a connection, or a connection to open, before failing. */
  connectTimeoutMs?: number;
  /** A query that runs longer than this fails (the server cancels it). */
  statementTimeoutMs?: number;
  /** Errors of idle connections (the server restarted...): logged, never thrown. */
  onIdleError?: (error: Error) => void;
  now?: () => Date;
}

/**
 * PostgreSQL cannot be reached (down, restarting, unreachable, no free connection in time): the
 * message says so in one line, for the caller to log or to show in a refusal.
 */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      `the database (PostgreSQL) cannot be reached right now: ${(cause as Error)?.message ?? String(cause)}`,
      {
        cause,
      },
    );
    this.name = 'StoreUnavailableError';
  }
}

type Queryable = { query(text: string, values?: unknown[]): Promise<unknown> };

export class PgStore implements Store {
  readonly kind = 'postgres' as const;
  private readonly now: () => Date;
  private cooldownsTaken = 0;
  private interactionsSeen = 0;
  private turnsAdded = 0;

  private constructor(
    readonly pool: pg.Pool,
    now: () => Date,
  ) {
    this.now = now;
  }

  /** Connects, migrates (see the top of this file) and purges old rows. */
  static async open(options: PgStoreOptions): Promise<PgStore> {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolMax ?? DEFAULT_POOL_MAX,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      idleTimeoutMillis: 30_000,
      statement_timeout: options.statementTimeoutMs ?? 10_000,
      application_name: 'deir-ez-zor-bot',
    });
    // An idle connection the server drops (restart, network) emits here; unhandled, it would
    // end the process. The pool opens a new connection for the next query.
    pool.on('error', (error) => options.onIdleError?.(error));
    const store = new PgStore(pool, options.now ?? (() => new Date()));
    try {
      await migrate(pool);
      await store.purgeUnanswered(options.questionRetentionDays);
      await store.purgeExpired();
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return store;
  }

  /** The schema version the database is at. */
  async schemaVersion(): Promise<number> {
    const { rows } = await this.query<{ version: number | null }>(
      'SELECT MAX(version) AS version FROM schema_migrations',
    );
    return rows[0]?.version ?? 0;
  }

  async recordFeedback(input: FeedbackInput): Promise<number> {
    const { rows } = await this.query<{ id: string }>(
      `INSERT INTO feedback (at, user_id, question, quote_ids, helpful, qa_id, knowledge_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        input.at ?? this.now(),
        input.userId,
        input.question,
        input.quoteIds.join(','),
        input.helpful,
        input.qaId,
        input.knowledgeVersion,
      ],
    );
    return Number(rows[0]?.id);
  }

  async feedback(limit = 100): Promise<FeedbackRow[]> {
    const { rows } = await this.query('SELECT * FROM feedback ORDER BY id DESC LIMIT $1', [limit]);
    return rows.map(toFeedbackRow);
  }

  async notHelpful(limit = 100): Promise<FeedbackRow[]> {
    const { rows } = await this.query('SELECT * FROM feedback WHERE NOT helpful ORDER BY id DESC LIMIT $1', [
      limit,
    ]);
    return rows.map(toFeedbackRow);
  }

  async recordUnanswered(question: string, at: Date = this.now()): Promise<void> {
    const normalized = normalizeQuestion(question);
    if (!normalized) return;
    await this.query(
      `INSERT INTO questions (normalized, count, first_asked, last_asked) VALUES ($1, 1, $2, $2)
       ON CONFLICT (normalized) DO UPDATE SET count = questions.count + 1, last_asked = excluded.last_asked`,
      [normalized, at],
    );
  }

  async unanswered(limit = 100): Promise<UnansweredRow[]> {
    const { rows } = await this.query<{
      normalized: string;
      count: number;
      first_asked: Date;
      last_asked: Date;
    }>(
      `SELECT normalized, count, first_asked, last_asked FROM questions
       ORDER BY count DESC, last_asked DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      normalized: r.normalized,
      count: Number(r.count),
      firstAsked: r.first_asked.toISOString(),
      lastAsked: r.last_asked.toISOString(),
    }));
  }

  async purgeUnanswered(days: number): Promise<number> {
    const cutoff = new Date(this.now().getTime() - days * 86_400_000);
    return (await this.query('DELETE FROM questions WHERE last_asked < $1', [cutoff])).rowCount ?? 0;
  }

  async takeCooldown(key: string, seconds: number): Promise<CooldownTake> {
    const now = this.now().getTime();
    // One statement: of two instances taking one key at once, the second waits on the first's
    // row and then finds its cooldown running. `current` is the row as it was before this one.
    const { rows } = await this.query<{ taken: string | null; current: string | null }>(
      `WITH taken AS (
         INSERT INTO cooldowns (key, until_ms) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET until_ms = excluded.until_ms WHERE cooldowns.until_ms <= $3
         RETURNING until_ms)
       SELECT (SELECT until_ms FROM taken) AS taken,
              (SELECT until_ms FROM cooldowns WHERE key = $1) AS current`,
      [key, now + seconds * 1000, now],
    );
    const row = rows[0];
    if (row?.taken != null) {
      if (++this.cooldownsTaken % PURGE_EVERY === 0) void this.purgeQuietly('cooldowns', 'until_ms');
      return { ok: true };
    }
    const until = row?.current != null ? Number(row.current) : now + seconds * 1000;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
  }

  async markInteractionSeen(id: string, untilMs: number): Promise<boolean> {
    const { rows } = await this.query(
      `INSERT INTO seen_interactions (id, until_ms) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET until_ms = excluded.until_ms WHERE seen_interactions.until_ms <= $3
       RETURNING id`,
      [id, untilMs, this.now().getTime()],
    );
    if (rows.length === 0) return false;
    if (++this.interactionsSeen % PURGE_EVERY === 0) void this.purgeQuietly('seen_interactions', 'until_ms');
    return true;
  }

  async conversationTurns(conversationId: string): Promise<ConversationTurnRow[]> {
    const { rows } = await this.query<{ question: string; quote_ids: string; qa_id: string | null }>(
      `SELECT question, quote_ids, qa_id FROM conversation_turns
       WHERE conversation_id = $1 AND expires_ms > $2 ORDER BY seq`,
      [conversationId, this.now().getTime()],
    );
    return rows.map((r) => ({
      question: r.question,
      quoteIds: r.quote_ids.split(',').filter(Boolean),
      qa: r.qa_id,
    }));
  }

  async addConversationTurn(
    conversationId: string,
    turn: ConversationTurnRow,
    options: ConversationTurnOptions,
  ): Promise<void> {
    const now = this.now().getTime();
    const expires = now + options.ttlSeconds * 1000;
    const links = options.links ?? [];
    // One statement, so one round trip and atomic: the new turn; the conversation's earlier turns
    // kept alive (activity keeps all of it, not only the latest turn) and trimmed to the newest
    // keep - 1 of them (the data-modifying parts all see the rows as they were before it); and
    // its keys pointed at it. Two instances adding at once both count (seq is an identity).
    await this.query(
      `WITH added AS (
         INSERT INTO conversation_turns (conversation_id, expires_ms, question, quote_ids, qa_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING seq),
       kept AS (
         SELECT seq FROM conversation_turns WHERE conversation_id = $1 ORDER BY seq DESC LIMIT GREATEST($6::int - 1, 0)),
       touched AS (
         UPDATE conversation_turns SET expires_ms = $2
         WHERE conversation_id = $1 AND seq IN (SELECT seq FROM kept)),
       trimmed AS (
         DELETE FROM conversation_turns
         WHERE conversation_id = $1 AND seq NOT IN (SELECT seq FROM kept))
       INSERT INTO conversation_keys (key, conversation_id, expires_ms)
       SELECT key, $1, expires_ms FROM unnest($7::text[], $8::bigint[]) AS link (key, expires_ms)
       ON CONFLICT (key) DO UPDATE SET conversation_id = excluded.conversation_id, expires_ms = excluded.expires_ms`,
      [
        conversationId,
        expires,
        turn.question,
        turn.quoteIds.join(','),
        turn.qa,
        options.keep,
        links.map((link) => link.key),
        links.map((link) => now + link.ttlSeconds * 1000),
      ],
    );
    if (++this.turnsAdded % PURGE_EVERY === 0) void this.purgeExpired().catch(() => undefined);
  }

  async conversationFor(key: string): Promise<string | null> {
    const { rows } = await this.query<{ conversation_id: string }>(
      'SELECT conversation_id FROM conversation_keys WHERE key = $1 AND expires_ms > $2',
      [key, this.now().getTime()],
    );
    return rows[0]?.conversation_id ?? null;
  }

  async linkConversation(key: string, conversationId: string, ttlSeconds: number): Promise<void> {
    await link_(this, key, conversationId, this.now().getTime() + ttlSeconds * 1000);
  }

  async unlinkConversation(key: string, conversationId: string): Promise<void> {
    await this.query('DELETE FROM conversation_keys WHERE key = $1 AND conversation_id = $2', [
      key,
      conversationId,
    ]);
  }

  async recordPendingChange(input: PendingChangeInput): Promise<number> {
    const { rows } = await this.query<{ id: string }>(
      `INSERT INTO audit (at, actor_id, action, entry_id, before_json, after_json, knowledge_version,
                          state, before_hash, after_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9) RETURNING id`,
      [...changeValues(input, this.now()), input.beforeHash, input.afterHash],
    );
    return Number(rows[0]?.id);
  }

  async settleChange(id: number, state: SettledState): Promise<void> {
    await this.query("UPDATE audit SET state = $1 WHERE id = $2 AND state = 'pending'", [state, id]);
  }

  async pendingChanges(): Promise<PendingChangeRow[]> {
    const { rows } = await this.query("SELECT * FROM audit WHERE state = 'pending' ORDER BY id");
    return rows.map((r) => ({
      ...toAuditRow(r),
      beforeHash: r.before_hash === null ? null : String(r.before_hash),
      afterHash: r.after_hash === null ? null : String(r.after_hash),
    }));
  }

  async recordChange(input: ChangeInput): Promise<number> {
    const { rows } = await this.query<{ id: string }>(
      `INSERT INTO audit (at, actor_id, action, entry_id, before_json, after_json, knowledge_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      changeValues(input, this.now()),
    );
    return Number(rows[0]?.id);
  }

  async history(entryId?: string | null, limit = 20): Promise<AuditRow[]> {
    const { rows } = entryId
      ? await this.query(
          "SELECT * FROM audit WHERE entry_id = $1 AND state = 'done' ORDER BY id DESC LIMIT $2",
          [entryId, limit],
        )
      : await this.query("SELECT * FROM audit WHERE state = 'done' ORDER BY id DESC LIMIT $1", [limit]);
    return rows.map(toAuditRow);
  }

  async latestChange(entryId: string): Promise<AuditRow | null> {
    return (await this.history(entryId, 1))[0] ?? null;
  }

  recorder(actorId: string, action: AuditAction): StoreRecorder {
    return storeRecorder(this, actorId, action);
  }

  /** Deletes expired cooldowns, seen interaction ids and conversation rows; returns how many. */
  async purgeExpired(): Promise<number> {
    const now = this.now().getTime();
    let deleted = 0;
    for (const [table, column] of EXPIRING) {
      deleted += (await this.query(`DELETE FROM ${table} WHERE ${column} <= $1`, [now])).rowCount ?? 0;
    }
    return deleted;
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  /** A query on a pooled connection; failing to reach the server is a StoreUnavailableError. */
  async query<R extends pg.QueryResultRow = Record<string, unknown>>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(text, values);
    } catch (error) {
      throw unavailable(error);
    }
  }

  private async purgeQuietly(table: string, column: string): Promise<void> {
    await this.query(`DELETE FROM ${table} WHERE ${column} <= $1`, [this.now().getTime()]).catch(
      () => undefined,
    );
  }
}

/** Tables whose rows expire, and the column that says when (constants, never user input). */
const EXPIRING = [
  ['cooldowns', 'until_ms'],
  ['seen_interactions', 'until_ms'],
  ['conversation_turns', 'expires_ms'],
  ['conversation_keys', 'expires_ms'],
] as const;

function link_(db: Queryable, key: string, conversationId: string, expiresMs: number) {
  return db.query(
    `INSERT INTO conversation_keys (key, conversation_id, expires_ms) VALUES ($1, $2, $3)
     ON CONFLICT (key) DO UPDATE SET conversation_id = excluded.conversation_id, expires_ms = excluded.expires_ms`,
    [key, conversationId, expiresMs],
  );
}

function changeValues(input: ChangeInput, now: Date): unknown[] {
  return [input.at ?? now, ...auditValues(input)];
}

/** Errors of the connection, not of the query: the server is down, restarting or unreachable. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
]);

export function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  // 57P01..57P03: the server is shutting down or starting; 08xxx: connection exceptions.
  if (CONNECTION_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code)) return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|Client has encountered a connection error/i.test(
    message,
  );
}

function unavailable(error: unknown): unknown {
  return isUnavailable(error) && !(error instanceof StoreUnavailableError)
    ? new StoreUnavailableError(error)
    : error;
}

async function migrate(pool: pg.Pool): Promise<void> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw unavailable(error);
  }
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT MAX(version) AS version FROM schema_migrations',
    );
    const current = rows[0]?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `the database is at schema version ${current}, newer than this program's ${MIGRATIONS.length}: run a newer version of the bot.`,
      );
    }
    for (let version = current + 1; version <= MIGRATIONS.length; version++) {
      await client.query(MIGRATIONS[version - 1] as string);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw unavailable(error);
  } finally {
    client.release();
  }
}

function toFeedbackRow(r: Record<string, unknown>): FeedbackRow {
  return {
    id: Number(r.id),
    at: (r.at as Date).toISOString(),
    userId: String(r.user_id),
    question: String(r.question),
    quoteIds: String(r.quote_ids).split(',').filter(Boolean),
    helpful: r.helpful === true,
    qaId: r.qa_id === null ? null : String(r.qa_id),
    knowledgeVersion: r.knowledge_version === null ? null : String(r.knowledge_version),
  };
}

function toAuditRow(r: Record<string, unknown>): AuditRow {
  return {
    id: Number(r.id),
    at: (r.at as Date).toISOString(),
    actorId: String(r.actor_id),
    action: String(r.action) as AuditAction,
    entryId: r.entry_id === null ? null : String(r.entry_id),
    // JSON columns come back parsed.
    before: (r.before_json as AuditSnapshot | null) ?? null,
    after: (r.after_json as AuditSnapshot | null) ?? null,
    knowledgeVersion: r.knowledge_version === null ? null : String(r.knowledge_version),
  };
}

/**
 * The bot's store, as every caller sees it: feedback on answers, the questions the article could
 * not answer, the audit trail of knowledge edits, the per-user question cooldown, the interaction
 * ids the HTTP endpoint has seen (replays are refused), and the conversations follow-up questions
 * are read in. Asynchronous, so that one interface has two implementations:
 *
 * - SqliteStore (this file): the SQLite file under DATA_DIR (AppDatabase), the default: every
 *   process on one host shares it.
 * - PgStore (postgres.ts): one PostgreSQL database, when DATABASE_URL is set: every process on
 *   every host shares it (several HTTP instances behind a load balancer and a gateway bot).
 *
 * Both pass the same contract tests (test/store/contract.test.ts).
 */
import type { EditRecorder } from '../knowledge/editor.ts';
import type {
  AppDatabase,
  AuditAction,
  AuditRow,
  ChangeInput,
  ConversationTurnRow,
  CooldownTake,
  FeedbackInput,
  FeedbackRow,
  PendingChangeInput,
  PendingChangeRow,
  SettledState,
  UnansweredRow,
} from './database.ts';

export interface ConversationTurnOptions {
  /** The last this many turns are kept. */
  keep: number;
  /** Every turn of the conversation is kept this long from now. */
  ttlSeconds: number;
  /** Keys (a user in a channel, a thread) pointed at the conversation, each for its own time. */
  links?: readonly { key: string; ttlSeconds: number }[];
}

/** What the knowledge editor records into (see QaEditor): its ledger plus the first record. */
export interface StoreRecorder extends EditRecorder {
  ledger: Store;
  /** Records any change (of qa.yaml or sources.yaml) as pending; returns its id. */
  begin(edit: Omit<PendingChangeInput, 'actorId' | 'action' | 'at'>): Promise<number>;
}

export interface Store {
  /** Which implementation: in logs and /kb messages. */
  readonly kind: 'sqlite' | 'postgres';

  recordFeedback(input: FeedbackInput): Promise<number>;
  /** Feedback, newest first. */
  feedback(limit?: number): Promise<FeedbackRow[]>;
  /** Answers marked not helpful, newest first. */
  notHelpful(limit?: number): Promise<FeedbackRow[]>;

  /** Counts one more asking of a question the article does not answer. */
  recordUnanswered(question: string, at?: Date): Promise<void>;
  /** Unanswered questions, most asked first. */
  unanswered(limit?: number): Promise<UnansweredRow[]>;
  /** Deletes unanswered questions last asked more than `days` ago; returns how many. */
  purgeUnanswered(days: number): Promise<number>;

  /**
   * Passes and starts a cooldown of `seconds` for `key`, or says how many whole seconds are
   * left. Atomic: of two processes taking one key at once, one passes.
   */
  takeCooldown(key: string, seconds: number): Promise<CooldownTake>;

  /**
   * Records that interaction `id` was received, remembered until `untilMs` (epoch ms). False if
   * it was already recorded and has not expired: a replay. Atomic across processes.
   */
  markInteractionSeen(id: string, untilMs: number): Promise<boolean>;

  /** The turns of a conversation that have not expired, oldest first. */
  conversationTurns(conversationId: string): Promise<ConversationTurnRow[]>;
  /** Adds a turn (one transaction: two processes adding at once both count). */
  addConversationTurn(
    conversationId: string,
    turn: ConversationTurnRow,
    options: ConversationTurnOptions,
  ): Promise<void>;
  /** The conversation a key leads to, until the key expires. */
  conversationFor(key: string): Promise<string | null>;
  linkConversation(key: string, conversationId: string, ttlSeconds: number): Promise<void>;
  /** Drops a key, if it still leads to that conversation. */
  unlinkConversation(key: string, conversationId: string): Promise<void>;

  /** Records a knowledge edit as pending, before it is written; returns its id. */
  recordPendingChange(input: PendingChangeInput): Promise<number>;
  settleChange(id: number, state: SettledState): Promise<void>;
  /** Edits recorded but not settled: in flight, or left by a process that died. */
  pendingChanges(): Promise<PendingChangeRow[]>;
  /** Adds a change already made (a reload) to the audit trail; returns its id. */
  recordChange(input: ChangeInput): Promise<number>;
  /** The changes made, newest first: of one entry, or of everything. */
  history(entryId?: string | null, limit?: number): Promise<AuditRow[]>;
  /** The latest change of an entry (what /kb undo reverts), or null. */
  latestChange(entryId: string): Promise<AuditRow | null>;
  /** How the knowledge editor records `actorId`'s `action` into this audit trail. */
  recorder(actorId: string, action: AuditAction): StoreRecorder;

  close(): Promise<void>;
}

/** The recorder of any store: pending before the write, settled after (see QaEditor). */
export function storeRecorder(store: Store, actorId: string, action: AuditAction): StoreRecorder {
  return {
    ledger: store,
    begin: (change) => store.recordPendingChange({ ...change, actorId, action }),
  };
}

/** A write SqliteStore commits later, with the others waiting (see SqliteStore.later). */
interface LaterWrite {
  write(): void;
  resolve(): void;
  reject(error: unknown): void;
}

/** Which conversations and keys the queued writes touch: reading another needs no commit first. */
interface Touched {
  conversations: Set<string>;
  keys: Set<string>;
}

/**
 * The SQLite file under DATA_DIR as a Store: AppDatabase's answers, as promises.
 *
 * Writes that need no answer of their own (a conversation's turn; an unanswered question) are
 * committed together: each is queued, and at the end of the event loop's iteration all that were
 * queued are written in one transaction, one commit for them all. A commit
 * is most of what such a write costs (WAL frames and the WAL index: 0.3 ms for a conversation's
 * turn, alone, on a busy two-core machine; under 0.05 ms each with twenty in one commit), and an
 * HTTP instance under load records a turn for every /ask. Each caller's promise settles when its
 * write is committed (or failed), as before. Every other call of this store writes the queued ones
 * first, so this process reads what it wrote and its writes keep their order (a "New question"
 * unlinking a conversation comes after the turn that linked it); reading a conversation, or the
 * conversation of a key, commits them first only when one of them touches it. Another process
 * sees them once committed: an /ask reply waits for its turn's commit (commands/ask.ts), so that
 * the asker's next question finds the turn whichever process it reaches.
 *
 * The replay window and the cooldown (marking an interaction seen, taking a user's cooldown) are
 * queued too, in the same commit, and their promise settles with their outcome once it is
 * committed: the request waits for the end of the iteration, not for a commit of its own (an HTTP
 * instance under load makes two such writes and a turn per /ask). Each is still one statement in
 * an IMMEDIATE transaction, so of two processes marking one id, or taking one cooldown, only one
 * succeeds, as before.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private waiting: LaterWrite[] = [];
  private touched: Touched = { conversations: new Set(), keys: new Set() };
  private flushScheduled = false;

  constructor(readonly database: AppDatabase) {}

  /** Queues `write` for the next commit of queued writes; the promise settles with its result. */
  private later<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let result: T;
      this.waiting.push({
        write: () => {
          result = write();
        },
        resolve: () => resolve(result),
        reject,
      });
      if (this.flushScheduled) return;
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush();
      });
    });
  }

  /** Commits the queued writes, in one transaction. */
  private flush(): void {
    if (this.waiting.length === 0) return;
    const batch = this.waiting;
    this.waiting = [];
    this.touched = { conversations: new Set(), keys: new Set() };
    try {
      this.database.transaction(() => {
        for (const queued of batch) queued.write();
      });
    } catch (error) {
      // Nothing of the batch was written. The file locked by another process for longer than the
      // busy timeout fails each the same way (and each try would block for that long): all fail.
      // Anything else failed one write: each again on its own, so that each caller hears its own.
      if (batch.length === 1 || (error as { code?: unknown }).code === 'SQLITE_BUSY') {
        for (const queued of batch) queued.reject(error);
        return;
      }
      for (const queued of batch) {
        try {
          this.database.transaction(queued.write);
          queued.resolve();
        } catch (each) {
          queued.reject(each);
        }
      }
      return;
    }
    for (const queued of batch) queued.resolve();
  }

  async recordFeedback(input: FeedbackInput) {
    this.flush();
    return this.database.recordFeedback(input);
  }
  async feedback(limit?: number) {
    this.flush();
    return this.database.feedback(limit);
  }
  async notHelpful(limit?: number) {
    this.flush();
    return this.database.notHelpful(limit);
  }
  recordUnanswered(question: string, at?: Date) {
    return this.later(() => this.database.recordUnanswered(question, at));
  }
  async unanswered(limit?: number) {
    this.flush();
    return this.database.unanswered(limit);
  }
  async purgeUnanswered(days: number) {
    this.flush();
    return this.database.purgeUnanswered(days);
  }
  takeCooldown(key: string, seconds: number) {
    return this.later(() => this.database.takeCooldown(key, seconds));
  }
  markInteractionSeen(id: string, untilMs: number) {
    return this.later(() => this.database.markInteractionSeen(id, untilMs));
  }
  async conversationTurns(conversationId: string) {
    if (this.touched.conversations.has(conversationId)) this.flush();
    return this.database.conversationTurns(conversationId);
  }
  addConversationTurn(conversationId: string, turn: ConversationTurnRow, options: ConversationTurnOptions) {
    this.touched.conversations.add(conversationId);
    for (const link of options.links ?? []) this.touched.keys.add(link.key);
    return this.later(() => this.database.addConversationTurn(conversationId, turn, options));
  }
  async conversationFor(key: string) {
    if (this.touched.keys.has(key)) this.flush();
    return this.database.conversationFor(key);
  }
  async linkConversation(key: string, conversationId: string, ttlSeconds: number) {
    this.flush();
    this.database.linkConversation(key, conversationId, ttlSeconds);
  }
  async unlinkConversation(key: string, conversationId: string) {
    this.flush();
    this.database.unlinkConversation(key, conversationId);
  }
  async recordPendingChange(input: PendingChangeInput) {
    this.flush();
    return this.database.recordPendingChange(input);
  }
  async settleChange(id: number, state: SettledState) {
    this.flush();
    this.database.settleChange(id, state);
  }
  async pendingChanges() {
    this.flush();
    return this.database.pendingChanges();
  }
  async recordChange(input: ChangeInput) {
    this.flush();
    return this.database.recordChange(input);
  }
  async history(entryId?: string | null, limit?: number) {
    this.flush();
    return this.database.history(entryId, limit);
  }
  async latestChange(entryId: string) {
    this.flush();
    return this.database.latestChange(entryId);
  }
  recorder(actorId: string, action: AuditAction): StoreRecorder {
    return storeRecorder(this, actorId, action);
  }
  async close() {
    this.flush();
    this.database.close();
  }
}

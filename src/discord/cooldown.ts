/**
 * A per-key cooldown (a user between two questions, a channel between two abstention replies):
 * the first call passes, the next ones within `seconds` are told how long to wait.
 *
 * `Cooldown` keeps it in memory: right for the gateway bot, where one process (one shard) sees
 * every question of the guilds it serves. `SharedCooldown` keeps it in the store every process
 * shares (the SQLite file under DATA_DIR on one host, PostgreSQL with DATABASE_URL on several):
 * HTTP interaction servers behind a load balancer, where a user's next question may reach another
 * instance, and the gateway bot too when it shares PostgreSQL with them. A store that cannot be
 * reached lets the question through (answering matters more than the cooldown) and says so.
 */

export type CooldownResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** What /ask and free-text questions take a turn from. */
export interface QuestionCooldown {
  readonly seconds: number;
  take(key: string): CooldownResult | Promise<CooldownResult>;
}

/** Where a SharedCooldown keeps its keys (a Store). */
export interface CooldownStore {
  takeCooldown(key: string, seconds: number): CooldownResult | Promise<CooldownResult>;
}

export class SharedCooldown implements QuestionCooldown {
  constructor(
    readonly seconds: number,
    private readonly store: CooldownStore,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  async take(key: string): Promise<CooldownResult> {
    if (this.seconds <= 0) return { ok: true };
    try {
      return await this.store.takeCooldown(key, this.seconds);
    } catch (error) {
      this.onError(error);
      return { ok: true };
    }
  }
}

/** Above this many keys, expired ones are swept so the map cannot grow without bound. */
const SWEEP_ABOVE = 5000;

export class Cooldown implements QuestionCooldown {
  private readonly until = new Map<string, number>();

  constructor(
    readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Passes and starts the cooldown for `key`, or says how many whole seconds are left. */
  take(key: string): CooldownResult {
    if (this.seconds <= 0) return { ok: true };
    const now = this.now();
    const until = this.until.get(key);
    if (until !== undefined && until > now) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
    }
    if (this.until.size >= SWEEP_ABOVE) this.sweep(now);
    this.until.set(key, now + this.seconds * 1000);
    return { ok: true };
  }

  /** Forgets every key (tests, and a config reload). */
  clear(): void {
    this.until.clear();
  }

  get size(): number {
    return this.until.size;
  }

  private sweep(now: number): void {
    for (const [key, until] of this.until) if (until <= now) this.until.delete(key);
  }
}

/** The polite line a user gets while their cooldown runs. */
export function cooldownMessage(retryAfterSeconds: number): string {
  const unit = retryAfterSeconds === 1 ? 'second' : 'seconds';
  return `You're asking quickly. Please wait ${retryAfterSeconds} ${unit} before your next question.`;
}

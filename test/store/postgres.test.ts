/**
 * What only the PostgreSQL store has: migrations run by several instances at once, a bounded
 * pool, and a server that goes away (a real cut connection, through a loopback proxy the test
 * closes, not a mock).
 */
import pg from 'pg';
import { expect, onTestFinished, test } from 'vitest';
import { SharedCooldown } from '../../src/discord/cooldown.ts';
import { PG_SCHEMA_VERSION, PgStore, StoreUnavailableError } from '../../src/store/postgres.ts';
import { cuttableProxy } from '../support/cuttable-proxy.ts';
import { freshPostgresUrl } from '../support/postgres.ts';

async function openStore(url: string, options: Partial<Parameters<typeof PgStore.open>[0]> = {}) {
  const store = await PgStore.open({ url, questionRetentionDays: 90, ...options });
  onTestFinished(() => store.close());
  return store;
}

test('instances starting at once migrate the database once', async () => {
  const url = await freshPostgresUrl();
  const stores = await Promise.all(Array.from({ length: 6 }, () => openStore(url, { poolMax: 1 })));
  for (const store of stores) expect(await store.schemaVersion()).toBe(PG_SCHEMA_VERSION);
  const [first] = stores;
  if (!first) throw new Error('no store');
  const { rows } = await first.query<{ version: number }>(
    'SELECT version FROM schema_migrations ORDER BY version',
  );
  expect(rows.map((r) => r.version)).toEqual(Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1));
  // Opening again finds nothing to do and loses nothing.
  await first.recordUnanswered('still here?');
  const again = await openStore(url);
  expect((await again.unanswered()).map((r) => r.normalized)).toEqual(['still here']);
});

test('the pool never opens more connections than its bound; queries beyond it wait their turn', async () => {
  const url = await freshPostgresUrl();
  const store = await openStore(url, { poolMax: 2 });
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  onTestFinished(() => admin.end());
  const marker = `bounded-${Math.random().toString(36).slice(2)}`;
  let peak = 0;
  const queries = Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      store
        .query<{ n: number }>(`SELECT $1::int AS n, pg_sleep(0.02) /* ${marker} */`, [i])
        .then((r) => r.rows[0]?.n),
    ),
  );
  let finished = false;
  void queries.finally(() => {
    finished = true;
  });
  // The server's view while they run: connections running this test's query.
  while (!finished) {
    const { rows } = await admin.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1 AND pid <> pg_backend_pid()",
      [`%${marker}%`],
    );
    peak = Math.max(peak, Number(rows[0]?.n));
    expect(store.pool.totalCount).toBeLessThanOrEqual(2);
  }
  expect(await queries).toEqual(Array.from({ length: 30 }, (_, i) => i));
  expect(peak).toBeGreaterThan(0);
  expect(peak).toBeLessThanOrEqual(2);
});

test('values are sent as parameters, never spliced into the SQL', async () => {
  const store = await openStore(await freshPostgresUrl());
  const evil = "who'; DROP TABLE questions; --";
  await store.recordUnanswered(evil);
  await store.recordUnanswered(evil);
  expect(await store.unanswered()).toMatchObject([
    { normalized: "who'; drop table questions; --", count: 2 },
  ]);
});

test('PostgreSQL down: calls fail at once with a clear error, and the store recovers by itself', async () => {
  const proxy = await cuttableProxy(new URL(await freshPostgresUrl()));
  const store = await openStore(proxy.url(), { connectTimeoutMs: 1000, poolMax: 2 });
  expect(await store.takeCooldown('u', 5)).toEqual({ ok: true });

  await proxy.cut();
  const refused = store.recorder('1', 'add').begin({
    entryId: 'q',
    before: null,
    after: { id: 'q', question: 'Q?', paraphrases: [], answer: ['p1.s1'] },
    beforeHash: 'a',
    afterHash: 'b',
    knowledgeVersion: 'v',
  });
  await expect(refused).rejects.toBeInstanceOf(StoreUnavailableError);
  await expect(refused).rejects.toThrow(/the database \(PostgreSQL\) cannot be reached right now/);
  await expect(store.markInteractionSeen('1', Date.now() + 1000)).rejects.toBeInstanceOf(
    StoreUnavailableError,
  );
  // Answering goes on: the shared cooldown lets the question through and reports why.
  const errors: unknown[] = [];
  const cooldown = new SharedCooldown(5, store, (error) => errors.push(error));
  expect(await cooldown.take('u')).toEqual({ ok: true });
  expect(errors).toEqual([expect.any(StoreUnavailableError)]);

  await proxy.restore();
  // Nothing half-done: the refused record was never written; the cooldown taken before is kept.
  await expect.poll(() => store.pendingChanges().catch(() => 'down')).toEqual([]);
  expect(await store.takeCooldown('u', 5)).toMatchObject({ ok: false });
  expect(await store.markInteractionSeen('1', Date.now() + 1000)).toBe(true);
});

test('a database that cannot be reached at start is a StoreUnavailableError', async () => {
  const proxy = await cuttableProxy(new URL(await freshPostgresUrl()));
  const url = proxy.url();
  await proxy.cut();
  await expect(
    PgStore.open({ url, questionRetentionDays: 90, connectTimeoutMs: 1000 }),
  ).rejects.toBeInstanceOf(StoreUnavailableError);
});

/**
 * The store contract: the same cases against both implementations, the SQLite file under
 * DATA_DIR and a real PostgreSQL server (the run's, see test/support/postgres-setup.ts). "Two
 * instances" are two stores opened on the same file or database, as two processes would.
 */
import { describe, expect, onTestFinished, test } from 'vitest';
import { AppDatabase } from '../../src/store/database.ts';
import { PgStore } from '../../src/store/postgres.ts';
import { SqliteStore, type Store } from '../../src/store/store.ts';
import { freshPostgresUrl } from '../support/postgres.ts';
import { tempDir } from '../support/temp-database.ts';

/** A clock the test moves. */
function clock(start = Date.parse('2026-01-01T12:00:00Z')) {
  let ms = start;
  return {
    now: () => new Date(ms),
    advance(seconds: number) {
      ms += seconds * 1000;
    },
  };
}

type Clock = ReturnType<typeof clock>;

interface Backend {
  name: string;
  /** A place (a DATA_DIR, a database) two stores can be opened on. */
  place(): Promise<string>;
  open(place: string, time: Clock): Promise<Store>;
}

const backends: Backend[] = [
  {
    name: 'SQLite',
    place: async () => tempDir(),
    open: async (dataDir, time) =>
      new SqliteStore(AppDatabase.open({ dataDir, questionRetentionDays: 90, now: time.now })),
  },
  {
    name: 'PostgreSQL',
    place: freshPostgresUrl,
    open: (url, time) => PgStore.open({ url, questionRetentionDays: 90, now: time.now, poolMax: 3 }),
  },
];

describe.each(backends)('$name store', (backend) => {
  /** Two instances on one place, closed after the test. */
  async function two(time = clock()) {
    const place = await backend.place();
    const a = await backend.open(place, time);
    const b = await backend.open(place, time);
    onTestFinished(async () => {
      await a.close();
      await b.close();
    });
    return { a, b, time };
  }

  test('audit trail: a change is pending until settled, and only changes made are history', async () => {
    const { a, b } = await two();
    const before = { id: 'q1', question: 'Old?', paraphrases: [], answer: ['p1.s1'] };
    const after = { id: 'q1', question: 'New?', paraphrases: ['Newer?'], answer: ['p1.s1', 'p1.s2'] };
    const done = await a.recorder('111', 'edit').begin({
      entryId: 'q1',
      before,
      after,
      beforeHash: 'h0',
      afterHash: 'h1',
      knowledgeVersion: 'v1',
    });
    const aborted = await a.recordPendingChange({
      actorId: '222',
      action: 'add',
      entryId: 'q2',
      before: null,
      after: { id: 'q2' },
      beforeHash: 'h1',
      afterHash: 'h2',
      knowledgeVersion: 'v2',
    });
    expect((await b.pendingChanges()).map((r) => [r.id, r.entryId, r.beforeHash, r.afterHash])).toEqual([
      [done, 'q1', 'h0', 'h1'],
      [aborted, 'q2', 'h1', 'h2'],
    ]);
    expect(await b.history()).toEqual([]);

    await b.settleChange(done, 'done');
    await b.settleChange(aborted, 'aborted');
    await a.settleChange(done, 'aborted'); // Settled already: no change.
    expect(await a.pendingChanges()).toEqual([]);
    const history = await a.history();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      id: done,
      actorId: '111',
      action: 'edit',
      entryId: 'q1',
      before,
      after,
    });
    expect(await b.latestChange('q1')).toEqual(history[0]);
    expect(await b.latestChange('q2')).toBeNull();

    const reload = await b.recordChange({
      actorId: '333',
      action: 'reload',
      entryId: null,
      before: null,
      after: null,
      knowledgeVersion: 'v3',
    });
    expect((await a.history()).map((r) => r.id)).toEqual([reload, done]);
    expect((await a.history('q1')).map((r) => r.id)).toEqual([done]);
    expect((await a.history(null, 1)).map((r) => r.id)).toEqual([reload]);
  });

  test('audit trail: source changes (/kb source add and remove) are recorded as any other', async () => {
    const { a, b } = await two();
    const source = { id: 'wire', publisher: 'Test Wire', date: '2016-09-19', headline: 'Moscow' };
    for (const action of ['source-add', 'source-remove'] as const) {
      const id = await a.recorder('111', action).begin({
        entryId: 'source:wire',
        before: action === 'source-add' ? null : source,
        after: action === 'source-add' ? source : null,
        beforeHash: action,
        afterHash: `${action}-after`,
        knowledgeVersion: 'v1',
      });
      await b.settleChange(id, 'done');
    }
    expect((await b.history('source:wire')).map((r) => r.action)).toEqual(['source-remove', 'source-add']);
  });

  test('unanswered questions are counted under one form and purged when old', async () => {
    const { a, b, time } = await two();
    await a.recordUnanswered('Who is Lavrov?');
    time.advance(60);
    await b.recordUnanswered('who is lavrov');
    await b.recordUnanswered('What is the weather?');
    await a.recordUnanswered('   ');
    const rows = await a.unanswered();
    expect(rows.map((r) => [r.normalized, r.count])).toEqual([
      ['who is lavrov', 2],
      ['what is the weather', 1],
    ]);
    expect(rows[0]?.firstAsked).toBe('2026-01-01T12:00:00.000Z');
    expect(rows[0]?.lastAsked).toBe('2026-01-01T12:01:00.000Z');
    time.advance(91 * 86_400);
    await a.recordUnanswered('A new one?');
    expect(await b.purgeUnanswered(90)).toBe(2);
    expect((await a.unanswered()).map((r) => r.normalized)).toEqual(['a new one']);
  });

  test('feedback is kept, newest first, and the unhelpful answers are found', async () => {
    const { a, b } = await two();
    const first = await a.recordFeedback({
      userId: '1',
      question: 'Who?',
      quoteIds: ['p1.s1', 'p2.s3'],
      helpful: true,
      qaId: 'q1',
      knowledgeVersion: 'v1',
    });
    const second = await b.recordFeedback({
      userId: '2',
      question: 'When?',
      quoteIds: [],
      helpful: false,
      qaId: null,
      knowledgeVersion: null,
    });
    expect(second).toBeGreaterThan(first);
    const rows = await a.feedback();
    expect(rows.map((r) => r.id)).toEqual([second, first]);
    expect(rows[1]).toMatchObject({ userId: '1', quoteIds: ['p1.s1', 'p2.s3'], helpful: true, qaId: 'q1' });
    expect(rows[0]).toMatchObject({ quoteIds: [], helpful: false, qaId: null, knowledgeVersion: null });
    expect((await b.notHelpful()).map((r) => r.id)).toEqual([second]);
  });

  test('a cooldown holds across instances, and exactly one of many takes at once passes', async () => {
    const { a, b, time } = await two();
    expect(await a.takeCooldown('user:1', 10)).toEqual({ ok: true });
    expect(await b.takeCooldown('user:1', 10)).toEqual({ ok: false, retryAfterSeconds: 10 });
    time.advance(7.5);
    expect(await b.takeCooldown('user:1', 10)).toEqual({ ok: false, retryAfterSeconds: 3 });
    expect(await a.takeCooldown('user:2', 10)).toEqual({ ok: true });
    time.advance(2.5);
    expect(await b.takeCooldown('user:1', 10)).toEqual({ ok: true });

    const takes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).takeCooldown('user:race', 30)),
    );
    expect(takes.filter((t) => t.ok)).toHaveLength(1);
  });

  test('a seen interaction id is refused on every instance until it expires', async () => {
    const { a, b, time } = await two();
    const until = time.now().getTime() + 310_000;
    expect(await a.markInteractionSeen('9001', until)).toBe(true);
    expect(await b.markInteractionSeen('9001', until)).toBe(false);
    expect(await a.markInteractionSeen('9001', until)).toBe(false);
    expect(await b.markInteractionSeen('9002', until)).toBe(true);
    const race = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).markInteractionSeen('9003', until)),
    );
    expect(race.filter(Boolean)).toHaveLength(1);
    time.advance(311);
    expect(await b.markInteractionSeen('9001', time.now().getTime() + 310_000)).toBe(true);
  });

  test('conversations: turns and keys are shared, trimmed, kept alive by activity and expire', async () => {
    const { a, b, time } = await two();
    const turn = (n: number) => ({ question: `Q${n}?`, quoteIds: [`p${n}.s1`], qa: n === 2 ? 'q2' : null });
    const links = [{ key: 'user:1:chan', ttlSeconds: 60 }];
    await a.addConversationTurn('c1', turn(1), { keep: 3, ttlSeconds: 600, links });
    await b.addConversationTurn('c1', turn(2), { keep: 3, ttlSeconds: 600, links });
    expect(await b.conversationFor('user:1:chan')).toBe('c1');
    expect(await a.conversationTurns('c1')).toEqual([turn(1), turn(2)]);
    await a.addConversationTurn('c1', turn(3), { keep: 3, ttlSeconds: 600 });
    await b.addConversationTurn('c1', turn(4), { keep: 3, ttlSeconds: 600 });
    expect((await b.conversationTurns('c1')).map((t) => t.question)).toEqual(['Q2?', 'Q3?', 'Q4?']);
    expect(await a.conversationTurns('unknown')).toEqual([]);

    // Two instances adding to one conversation at once: both turns count.
    await Promise.all([
      a.addConversationTurn('c2', turn(1), { keep: 10, ttlSeconds: 600 }),
      b.addConversationTurn('c2', turn(2), { keep: 10, ttlSeconds: 600 }),
      a.addConversationTurn('c2', turn(3), { keep: 10, ttlSeconds: 600 }),
      b.addConversationTurn('c2', turn(4), { keep: 10, ttlSeconds: 600 }),
    ]);
    expect(await a.conversationTurns('c2')).toHaveLength(4);

    time.advance(61); // The user's key ran out; the turns are still alive.
    expect(await a.conversationFor('user:1:chan')).toBeNull();
    expect(await a.conversationTurns('c1')).toHaveLength(3);
    await b.linkConversation('thread:9', 'c1', 600);
    expect(await a.conversationFor('thread:9')).toBe('c1');
    await a.unlinkConversation('thread:9', 'other');
    expect(await b.conversationFor('thread:9')).toBe('c1');
    await a.unlinkConversation('thread:9', 'c1');
    expect(await b.conversationFor('thread:9')).toBeNull();

    time.advance(540); // 601 s after c1's last turn.
    expect(await b.conversationTurns('c1')).toEqual([]);
  });
});

/**
 * SqliteStore's queued writes (a conversation's turn, an unanswered question, the replay window,
 * the cooldown): committed together later, yet read back at once by this process, in the order
 * they were made, each caller told its own outcome; and what another process opening the file sees
 * once they are committed.
 */
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '../../src/store/database.ts';
import { SqliteStore } from '../../src/store/store.ts';
import { closeAfterTest, tempDir } from '../support/temp-database.ts';

const turn = (question: string) => ({ question, quoteIds: ['p4.s1'], qa: null });
const options = { keep: 10, ttlSeconds: 600 };

function openStore(dataDir: string): SqliteStore {
  return new SqliteStore(closeAfterTest(AppDatabase.open({ dataDir, questionRetentionDays: 90 })));
}

describe('SqliteStore queued writes', () => {
  it('reads back turns not yet committed, in order, and keys linked after them win', async () => {
    const store = openStore(tempDir());
    const added = [
      store.addConversationTurn('c1', turn('first'), {
        ...options,
        links: [{ key: 'user:ch:alice', ttlSeconds: 600 }],
      }),
      store.addConversationTurn('c1', turn('second'), options),
    ];
    // Not awaited: the read comes first, and must see both.
    expect((await store.conversationTurns('c1')).map((t) => t.question)).toEqual(['first', 'second']);
    expect(await store.conversationFor('user:ch:alice')).toBe('c1');
    // "New question" after the turn that linked the key: the key is gone, not linked again later.
    await store.unlinkConversation('user:ch:alice', 'c1');
    await Promise.all(added);
    expect(await store.conversationFor('user:ch:alice')).toBeNull();
  });

  it('commits the queued writes for every process: another connection to the file sees them', async () => {
    const dataDir = tempDir();
    const store = openStore(dataDir);
    const other = closeAfterTest(AppDatabase.open({ dataDir, questionRetentionDays: 90 }));
    const writes = [
      store.addConversationTurn('c1', turn('one'), options),
      store.recordUnanswered('Who is Lavrov?'),
      store.recordUnanswered('who is lavrov'),
    ];
    await Promise.all(writes);
    expect(other.conversationTurns('c1').map((t) => t.question)).toEqual(['one']);
    expect(other.unanswered()).toEqual([expect.objectContaining({ normalized: 'who is lavrov', count: 2 })]);
  });

  it('a write that fails fails only its own caller; the others queued with it are committed', async () => {
    const store = openStore(tempDir());
    const good = store.addConversationTurn('c1', turn('fine'), options);
    // NOT NULL: the question is required.
    const bad = store.addConversationTurn(
      'c2',
      { question: null as unknown as string, quoteIds: [], qa: null },
      options,
    );
    const alsoGood = store.addConversationTurn('c3', turn('also fine'), options);
    await expect(good).resolves.toBeUndefined();
    await expect(bad).rejects.toThrow(/NOT NULL/);
    await expect(alsoGood).resolves.toBeUndefined();
    expect((await store.conversationTurns('c1')).map((t) => t.question)).toEqual(['fine']);
    expect(await store.conversationTurns('c2')).toEqual([]);
    expect((await store.conversationTurns('c3')).map((t) => t.question)).toEqual(['also fine']);
  });

  it('the replay window and the cooldown are committed with the queued writes, each with its outcome', async () => {
    const dataDir = tempDir();
    const store = openStore(dataDir);
    const other = closeAfterTest(AppDatabase.open({ dataDir, questionRetentionDays: 90 }));
    const until = Date.now() + 60_000;
    // All in one iteration: one commit, in the order they were made.
    const [turnAdded, seen, again, taken, refused] = await Promise.all([
      store.addConversationTurn('c1', turn('one'), options),
      store.markInteractionSeen('1234', until),
      store.markInteractionSeen('1234', until),
      store.takeCooldown('user:alice', 60),
      store.takeCooldown('user:alice', 60),
    ]);
    expect(turnAdded).toBeUndefined();
    expect([seen, again]).toEqual([true, false]);
    expect(taken).toEqual({ ok: true });
    expect(refused).toMatchObject({ ok: false });
    // Committed for every process: another connection refuses the replay and the cooldown.
    expect(other.markInteractionSeen('1234', until)).toBe(false);
    expect(other.takeCooldown('user:alice', 60)).toMatchObject({ ok: false });
    expect(other.conversationTurns('c1').map((t) => t.question)).toEqual(['one']);
  });

  it('reading a conversation no queued write touches commits nothing early', async () => {
    const dataDir = tempDir();
    const store = openStore(dataDir);
    const other = closeAfterTest(AppDatabase.open({ dataDir, questionRetentionDays: 90 }));
    const added = store.addConversationTurn('c1', turn('one'), {
      ...options,
      links: [{ key: 'user:ch:alice', ttlSeconds: 600 }],
    });
    expect(await store.conversationFor('user:ch:bob')).toBeNull();
    expect(await store.conversationTurns('c2')).toEqual([]);
    expect(other.conversationTurns('c1')).toEqual([]);
    // One the queued turn links is read as if committed (it is, first).
    expect(await store.conversationFor('user:ch:alice')).toBe('c1');
    expect(other.conversationTurns('c1').map((t) => t.question)).toEqual(['one']);
    await added;
  });

  it('close commits what is still queued', async () => {
    const dataDir = tempDir();
    const store = openStore(dataDir);
    const added = store.addConversationTurn('c1', turn('last words'), options);
    await store.close();
    await added;
    const reopened = closeAfterTest(AppDatabase.open({ dataDir, questionRetentionDays: 90 }));
    expect(reopened.conversationTurns('c1').map((t) => t.question)).toEqual(['last words']);
  });
});

/**
 * Which conversation a question in Discord continues (src/discord/conversations.ts), on a real
 * database with a clock the test moves: the same user in the same channel within 10 minutes,
 * a thread for everyone in it for a day, a reply by its answer's conversation, "New question".
 */
import { describe, expect, it } from 'vitest';
import {
  type Asker,
  CONVERSATION_TIMES,
  endConversation,
  openConversation,
  rememberTurn,
} from '../../src/discord/conversations.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { createLogger } from '../../src/log.ts';
import { AppDatabase } from '../../src/store/database.ts';
import { SqliteStore } from '../../src/store/store.ts';
import { closeAfterTest, tempDir } from '../support/temp-database.ts';
import { projectEngine } from './harness.ts';

const log = createLogger({ level: 'silent' });

function setup() {
  let now = Date.parse('2026-02-01T12:00:00Z');
  const database = closeAfterTest(
    AppDatabase.open({ dataDir: tempDir('rules-'), questionRetentionDays: 90, now: () => new Date(now) }),
  );
  const engine = projectEngine();
  /** Asks as `asker` (continuing whatever the rules pick) and records the turn. */
  const store = new SqliteStore(database);
  const ask = async (asker: Asker, question: string, options: { replyTo?: string; fresh?: boolean } = {}) => {
    const conversation = await openConversation(store, asker, { ...options, log });
    const answer: Answer = engine.answer(question, conversation.turns);
    await rememberTurn(store, asker, conversation.id, answer, log);
    return { id: conversation.id, followed: conversation.turns.length > 0, answer };
  };
  const wait = (seconds: number) => {
    now += seconds * 1000;
  };
  return { database, store, ask, wait };
}

const alice: Asker = { userId: 'alice', channelId: 'general', inThread: false };
const bob: Asker = { userId: 'bob', channelId: 'general', inThread: false };

describe('the same user in the same channel', () => {
  it('follows on within 10 minutes of their last question, not after', async () => {
    const { ask, wait } = setup();
    const first = await ask(alice, 'who is peter cook');
    wait(CONVERSATION_TIMES.sameUserSeconds - 1);
    const second = await ask(alice, 'what did he say about moscow');
    expect(second).toMatchObject({ id: first.id, followed: true });
    expect(second.answer.quotes[0]?.id).toBe('p17.s1');
    wait(CONVERSATION_TIMES.sameUserSeconds + 1);
    const late = await ask(alice, 'what did he say about moscow');
    expect(late.followed).toBe(false);
    expect(late.id).not.toBe(first.id);
  });

  it('is theirs alone: another user, or the same user in another channel, starts their own', async () => {
    const { ask } = setup();
    const first = await ask(alice, 'who is peter cook');
    expect(await ask(bob, 'what did he say about moscow')).toMatchObject({ followed: false });
    expect((await ask({ ...alice, channelId: 'other' }, 'what did he say about moscow')).followed).toBe(
      false,
    );
    expect((await ask(alice, 'what did he say about moscow')).id).toBe(first.id);
  });
});

describe('explicit follow-ups', () => {
  it('a reply continues the conversation of the answer replied to for a day, whoever replies', async () => {
    const { ask, wait } = setup();
    const first = await ask(alice, 'who is peter cook');
    wait(CONVERSATION_TIMES.explicitSeconds - 60);
    const reply = await ask(bob, 'what did he say about moscow', { replyTo: first.id });
    expect(reply).toMatchObject({ id: first.id, followed: true });
    wait(CONVERSATION_TIMES.explicitSeconds + 1);
    expect((await ask(bob, 'and why?', { replyTo: first.id })).followed).toBe(false);
  });

  it('in a thread, the thread is the conversation', async () => {
    const { ask, wait } = setup();
    const thread = { channelId: 'thread-1', inThread: true };
    const first = await ask({ userId: 'alice', ...thread }, 'who is peter cook');
    wait(CONVERSATION_TIMES.sameUserSeconds + 60);
    expect(await ask({ userId: 'bob', ...thread }, 'what did he say about moscow')).toMatchObject({
      id: first.id,
      followed: true,
    });
  });
});

describe('starting afresh', () => {
  it('"New question" ends the asker\'s conversation here; /ask new:True skips it', async () => {
    const { store, ask } = setup();
    const first = await ask(alice, 'who is peter cook');
    await endConversation(store, alice, first.id);
    expect((await ask(alice, 'what did he say about moscow')).followed).toBe(false);
    await ask(alice, 'who is peter cook');
    expect((await ask(alice, 'what did he say about moscow', { fresh: true })).followed).toBe(false);
  });

  it('keeps a hundred-turn conversation to its last turns', async () => {
    const { database, ask } = setup();
    let id = '';
    for (let i = 0; i < 100; i++)
      id = (await ask(alice, i % 2 ? 'and why?' : 'how long did the raid last')).id;
    expect(database.conversationTurns(id)).toHaveLength(10);
  });
});

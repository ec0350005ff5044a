/**
 * Conversations in the shared SQLite file: the turns that rebuild a follow-up's context and
 * the keys that lead to them, bounded and expiring, the same for every process on DATA_DIR.
 */
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '../../src/store/database.ts';
import { closeAfterTest, tempDir } from '../support/temp-database.ts';

function clock(start = Date.parse('2026-02-01T12:00:00Z')) {
  let now = start;
  return {
    now: () => new Date(now),
    advance: (seconds: number) => {
      now += seconds * 1000;
    },
  };
}

function openDb(dataDir: string, now: () => Date): AppDatabase {
  return closeAfterTest(AppDatabase.open({ dataDir, questionRetentionDays: 90, now }));
}

const turn = (question: string, quoteIds: string[] = ['p4.s1'], qa: string | null = null) => ({
  question,
  quoteIds,
  qa,
});

describe('conversation turns', () => {
  it('keeps the turns in order with their quotes and curated entry, the last `keep` only', () => {
    const t = clock();
    const db = openDb(tempDir(), t.now);
    expect(db.conversationTurns('c1')).toEqual([]);
    for (let i = 1; i <= 12; i++)
      db.addConversationTurn('c1', turn(`q${i}`, [`p${i}.s1`, 'p4.s2'], i === 12 ? 'death-toll' : null), {
        keep: 10,
        ttlSeconds: 600,
      });
    db.addConversationTurn('c2', turn('other', []), { keep: 10, ttlSeconds: 600 });
    const turns = db.conversationTurns('c1');
    expect(turns.map((x) => x.question)).toEqual([
      'q3',
      'q4',
      'q5',
      'q6',
      'q7',
      'q8',
      'q9',
      'q10',
      'q11',
      'q12',
    ]);
    expect(turns.at(-1)).toEqual({ question: 'q12', quoteIds: ['p12.s1', 'p4.s2'], qa: 'death-toll' });
    expect(db.conversationTurns('c2')).toEqual([{ question: 'other', quoteIds: [], qa: null }]);
  });

  it('forgets a conversation left alone for its time to live; a new turn keeps all of it alive', () => {
    const t = clock();
    const db = openDb(tempDir(), t.now);
    db.addConversationTurn('c1', turn('first'), { keep: 10, ttlSeconds: 600 });
    t.advance(500);
    db.addConversationTurn('c1', turn('second'), { keep: 10, ttlSeconds: 600 });
    t.advance(500);
    expect(db.conversationTurns('c1').map((x) => x.question)).toEqual(['first', 'second']);
    t.advance(101);
    expect(db.conversationTurns('c1')).toEqual([]);
    expect(db.purgeConversations()).toBe(2);
  });
});

describe('conversation keys', () => {
  it('lead to a conversation until they expire; linking again moves and renews them', () => {
    const t = clock();
    const db = openDb(tempDir(), t.now);
    expect(db.conversationFor('user:chan:u1')).toBeNull();
    db.linkConversation('user:chan:u1', 'c1', 600);
    expect(db.conversationFor('user:chan:u1')).toBe('c1');
    t.advance(599);
    db.linkConversation('user:chan:u1', 'c2', 600);
    t.advance(599);
    expect(db.conversationFor('user:chan:u1')).toBe('c2');
    t.advance(2);
    expect(db.conversationFor('user:chan:u1')).toBeNull();
  });

  it('are dropped only while they still lead to the conversation named', () => {
    const t = clock();
    const db = openDb(tempDir(), t.now);
    db.linkConversation('thread:1', 'c1', 600);
    db.unlinkConversation('thread:1', 'c0');
    expect(db.conversationFor('thread:1')).toBe('c1');
    db.unlinkConversation('thread:1', 'c1');
    expect(db.conversationFor('thread:1')).toBeNull();
  });
});

describe('several processes on one DATA_DIR', () => {
  it('see each other’s conversations: one adds, the other reads and continues it', () => {
    const t = clock();
    const dataDir = tempDir();
    const one = openDb(dataDir, t.now);
    const two = openDb(dataDir, t.now);
    one.addConversationTurn('c1', turn('who is peter cook', ['p17.s1']), {
      keep: 10,
      ttlSeconds: 600,
      links: [{ key: 'user:chan:u1', ttlSeconds: 60 }],
    });
    expect(two.conversationFor('user:chan:u1')).toBe('c1');
    t.advance(61);
    expect(two.conversationFor('user:chan:u1')).toBeNull();
    two.addConversationTurn('c1', turn('what did he say'), { keep: 10, ttlSeconds: 600 });
    expect(one.conversationTurns('c1').map((x) => x.question)).toEqual([
      'who is peter cook',
      'what did he say',
    ]);
  });

  it('purges what has expired when a process opens the file', () => {
    const t = clock();
    const dataDir = tempDir();
    const one = openDb(dataDir, t.now);
    one.addConversationTurn('c1', turn('old'), { keep: 10, ttlSeconds: 60 });
    one.linkConversation('user:chan:u1', 'c1', 60);
    one.close();
    t.advance(61);
    const two = openDb(dataDir, t.now);
    expect(two.purgeConversations()).toBe(0);
    expect(two.conversationTurns('c1')).toEqual([]);
  });
});

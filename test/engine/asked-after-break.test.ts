/**
 * A question that starts after a break in the piece before another question "and" joins (issue
 * 11): "the lighthouse came up on the news — what did the mayor say and when will it reopen?",
 * "Before the storm, did the mayor warn the visitors, and did they listen?". The piece asks from
 * its comma, dash or colon on; the words before the break are the story around it. Not words
 * quoted before the break: what the question asks of; nor before "is that" or "was this",
 * which point back at the words before it ("the mayor closed it, is that right, and ...").
 */
import { describe, expect, it } from 'vitest';
import { ChatReader } from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';

const DICTIONARY = new Set(
  'lighthouse came up on news mayor say reopen storm warn visitors listen tower cost tickets'.split(' '),
);
const reader = new ChatReader(DEFAULT_CHAT, (w) => DICTIONARY.has(w));
const questions = (message: string) =>
  reader.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));

describe('a question after a break, before "and" and another question', () => {
  it('asks from the dash on; the words before it are the story', () => {
    const asked = questions(
      'the lighthouse came up on the news — what did the mayor say and when will it reopen?',
    );
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatch(/^what .*mayor say$/);
    expect(asked[0]).not.toMatch(/lighthouse/);
  });

  it('asks from the comma on, an auxiliary and its subject there', () => {
    const asked = questions('Before the storm, did the mayor warn the visitors, and did they listen?');
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatch(/mayor warn/);
  });

  it('not before "is that" or "was this", which point back at the words before the break', () => {
    // Not asked from the break on: "is that right" alone asks nothing of its own.
    const right = questions('the mayor closed the lighthouse, is that right, and when will it reopen?');
    expect(right.some((q) => q.startsWith('is that'))).toBe(false);
    const news = questions(
      'So the storm closed the tower, was this on the news, and did the mayor say anything?',
    );
    expect(news.some((q) => q.startsWith('was this'))).toBe(false);
    expect(news.at(-1)).toBe('did the mayor say anything');
  });

  it('not after words quoted before the break', () => {
    const reading = reader.read('"the tower cost too much" - did they say so and who paid for the tickets?');
    expect(reading.questions.map((q) => q.text).some((t) => t.includes('did they say so'))).toBe(false);
  });
});

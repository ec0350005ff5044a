/**
 * An apology for asking before the question ("sorry to ping, what did the mayor say", "sorry for
 * the spam but how many came"): the writer's own words, the story around the question; not a
 * "sorry" taking back what was said ("sorry not the mayor, what did ..."). A "but" before a
 * question word with its verb put first asks with no "?" typed, when the words before it are the
 * writer's own. Made-up words; nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { ChatReader } from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';

/** Words the knowledge uses. */
const KNOWLEDGE = new Set('mayor paid tower visitors opened repairs say said pay came'.split(' '));
/** English words it does not. */
const ENGLISH = new Set('ping spam bother game weather sorry know'.split(' '));
const reader = new ChatReader(
  DEFAULT_CHAT,
  (w) => KNOWLEDGE.has(w) || ENGLISH.has(w),
  (w) => KNOWLEDGE.has(w),
);

const read = (message: string) => {
  const reading = reader.read(message);
  return {
    questions: reading.questions.map((q) => q.tokens.map((t) => t.word).join(' ')),
    context: reading.context.map((t) => t.word).join(' '),
  };
};

describe('an apology before the question', () => {
  it('reads "sorry to ..." before a comma as the story around the question', () => {
    expect(read('sorry to ping, what did the mayor say about the tower')).toEqual({
      questions: ['what did the mayor say about the tower'],
      context: 'sorry to ping',
    });
  });

  it('reads a question after "but" with no "?" typed', () => {
    expect(read('sorry to ping mid game but what did the mayor say about the tower').questions).toEqual([
      'what did the mayor say about the tower',
    ]);
  });

  it('keeps words of the story before "but" in the question', () => {
    expect(read('the mayor paid but what did the visitors say').questions).toEqual([
      'the mayor paid what did the visitors say',
    ]);
  });
});

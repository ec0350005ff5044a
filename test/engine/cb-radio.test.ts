/**
 * Truckers talking to the bot through a phone's dictation in citizens band radio's habits (issue
 * 11): its calls, forms of address, acknowledgements and sign-off carry no topic ("breaker
 * breaker", "good buddy", "10-4", "copy that"), and its "20" (ten-twenty) asks a place.
 */
import { describe, expect, it } from 'vitest';
import { ChatReader } from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';

const reader = new ChatReader(
  DEFAULT_CHAT,
  () => true,
  () => false,
);
const read = (message: string) =>
  reader
    .read(message)
    .questions.map((q) => q.tokens.map((t) => t.word).join(' '))
    .join(' | ');

describe('citizens band radio', () => {
  it.each([
    ['breaker breaker how many people came to the fair', 'how many people came to the fair'],
    ['10-4 did the mayor pay for it', 'did the mayor pay for it'],
    ['who paid for the tower good buddy', 'who paid for the tower'],
    ['copy that who opened the tower', 'who opened the tower'],
  ])('drops the radio words of "%s"', (message, question) => {
    expect(read(message)).toBe(question);
  });

  it('reads "what\'s the 20 on" as asking where', () => {
    expect(read("what's the 20 on that fair")).toMatch(/^where (?:is|was) that fair/);
  });

  it('keeps "over" and "copy" where they are words', () => {
    expect(read('is the fair over')).toContain('over');
    expect(read('did the mayor copy the plan')).toContain('copy');
  });
});

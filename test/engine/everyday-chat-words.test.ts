/**
 * Everyday chat that reads like the story through a word of another use (issue 11): a message of
 * flags alone (a cheer, naming no one asked about), "let" and its object before a bare verb
 * ("let him cook": allowing, not informing, and no Peter Cook), a day of the writer's or reader's
 * own ("how was your day"), the way to do something ("how do i apply"), the size of a country
 * ("how big is russia") and what a body does in general ("what does the un do"). The story's own
 * questions in the same words still find their answer.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('everyday chat through a word of another use', () => {
  it.each([
    '🇺🇸🇺🇸🇺🇸',
    '🇷🇺🇺🇸 🔥',
    'let him cook',
    'who let bro cook',
    'how was your day',
    'how do i apply',
    'how can i report someone here',
    'how big is russia',
    'what does the un do',
  ])('abstains on "%s"', (asked) => {
    expect(engine.answer(asked, []).answered).toBe(false);
  });

  it.each([
    ['🇦🇺 what did australia say', 'what did australia say'],
    ['did the US let russia know', 'did the US inform russia'],
    ['what did cook say', 'what did peter cook say'],
    ['what day was the raid', 'when was the raid'],
    ['how do we know it was a mistake', 'was it a mistake'],
    ['what did the un do', 'what did the un security council do'],
  ])('"%s" finds what "%s" finds', (typed, english) => {
    const asked = first(engine.answer(english, []));
    expect(asked).not.toBeNull();
    expect(first(engine.answer(typed, []))).toBe(asked);
  });
});

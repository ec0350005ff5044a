/**
 * Everyday questions of nothing in the story reach none of its concepts through a word's other
 * sense: a thing of the one who asks ("my phone", not "phoned"), a count ("17 times 23"), a chat
 * sense of an everyday word said of a thing ("the sea salty"), a word a knowledge word is made
 * from ("capital" of "capitalise"). The story's own questions in the same words still find their
 * answer.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('everyday questions off the story', () => {
  it.each([
    'why is my phone so slow',
    'whats 17 times 23',
    'why is the sea salty',
    "what's the capital of peru",
  ])('abstains on "%s"', (asked) => {
    expect(engine.answer(asked, []).answered).toBe(false);
  });

  it.each([
    ['why was the kremlin so salty', 'why was the kremlin so angry'],
    ['who raised the alarm', 'who raised the alarm'],
    ['did moscow phone the pentagon', 'did moscow warn the pentagon'],
  ])('"%s" finds what "%s" finds', (typed, english) => {
    const asked = first(engine.answer(english, []));
    expect(asked).not.toBeNull();
    expect(first(engine.answer(typed, []))).toBe(asked);
  });
});

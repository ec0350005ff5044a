/**
 * Issue 11, negation: a claim put to be checked ("..., right?") is read with its denied auxiliary
 * made positive only when it holds a negation; a word that merely ends in "nt" ("government",
 * "point", "went") is none. Before, "at that point who wasn't in the chamber, right?"
 * was read as a claim (a "negation" before the question word), "wasn't" turned into "was".
 * On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('a word ending in "nt" is no negation', () => {
  it('asks who was not in the chamber whatever "nt" word comes before the question word', () => {
    for (const q of [
      "who wasn't in the chamber, right?",
      "at that point who wasn't in the chamber, right?",
      'at that point who wasnt in the chamber, right?',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.quotes[0]?.text, q).toMatch(/walked out before Power/);
    }
  });

  it('a denied auxiliary still makes a claim to check', () => {
    const a = engine.answer("power wasn't in the chamber, right?");
    expect(a.answered).toBe(true);
    expect(a.quotes.map((q) => q.text).join(' ')).toMatch(/outside the Security Council chamber/);
  });
});

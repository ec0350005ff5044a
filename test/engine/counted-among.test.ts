/**
 * Issue 11, paraphrase: "how many X among Y" counts X within the group Y, as "how many of Y were
 * X" does. On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('"how many X among Y"', () => {
  it('the dead among the regime forces are the death toll', () => {
    const a = engine.answer('how many deaths amongst the syrian government troops');
    expect(a.answered).toBe(true);
    expect(a.quotes.map((q) => q.text).join(' ')).toMatch(/at least 90 regime troops/);
  });

  it('a part the article does not count stays unanswered', () => {
    expect(engine.answer('how many officers among the soldiers killed').answered).toBe(false);
    expect(engine.answer('how many pilots among the dead').answered).toBe(false);
  });
});

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

describe('"nobody died in the end, right?"', () => {
  it('"in the end" right after a verb of dying is finally, the toll; no ending asked', () => {
    const a = engine.answer('so no soldiers died in the end, correct?');
    expect(a.answered).toBe(true);
    expect(a.quotes.map((q) => q.text).join(' ')).toMatch(/at least 90 regime troops|death toll to 62/);
  });

  it('said of the truce it is still its end, which the article does not tell', () => {
    expect(engine.answer('did the truce die in the end').answered).toBe(false);
  });
});

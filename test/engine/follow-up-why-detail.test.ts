/**
 * "did power talk to the press" -> "why was she outside and not in the chamber?": a why with a
 * word of its own that the turn before did not ask ("before the vote", told by the reporter), read in context, finds
 * the sentence that tells that detail. When no clause of reasons follows it there, the article
 * tells that it was so, not why: the follow-up is not answered (conversation.ts
 * reasonNotGiven). On the made-up dam plan (test/fixtures/tiny-talk).
 */
import { describe, expect, it } from 'vitest';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

describe('a why of a detail the answer told without a reason', () => {
  const engine = fixtureEngine('tiny-talk');

  it('is not answered by the sentence that only tells the detail', () => {
    const [first, why] = askInTurn(
      engine,
      'what did brandt call the plan',
      'why did he walk out before the vote',
    );
    expect(first?.answered).toBe(true);
    expect(first?.answered).toBe(true);
    expect(why?.answered).toBe(false);
    expect(why?.reading).toContain('Piet Brandt');
  });
});

/**
 * "did the white house say sorry to damascus" -> "directly?", "did the US send regret to syria"
 * -> "how did it get there": a follow-up that asks only how the deed just told was done is
 * answered by the answer before when its quote tells a means ("through a lawyer"), as sure as
 * the question before asked again (conversation.ts meansAsked). On the made-up dam plan with the
 * union's protest sent through a lawyer (test/fixtures/tiny-means).
 */
import { describe, expect, it } from 'vitest';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

describe('a follow-up that asks only how', () => {
  const engine = fixtureEngine('tiny-means');

  it('answers a lone adverb of manner with the quote that tells the means', () => {
    const [first, how] = askInTurn(engine, 'did the union send a protest to the council', 'directly?');
    expect(first?.answered).toBe(true);
    expect(first?.quotes[0]?.text).toContain('through a lawyer');
    expect(how?.answered).toBe(true);
    expect(how?.quotes[0]?.id).toBe(first?.quotes[0]?.id);
  });

  it('answers a "how" with no word of its own the same way', () => {
    const [first, how] = askInTurn(engine, 'did the union send a protest to the council', 'how was it done');
    expect(first?.answered).toBe(true);
    expect(how?.answered).toBe(true);
    expect(how?.quotes[0]?.text).toContain('through a lawyer');
  });
});

/**
 * "why exactly" after an answer that is someone's words giving no reason ("The farmers' union
 * said it would take the council to court."): the same quote again is a reading the context
 * made, so it needs the follow-up margin (followUps.readMargin) over abstainBelow; a weak first
 * answer is not given again as the reason at the same confidence. On the made-up dam plan
 * (test/fixtures/tiny-talk), its abstainBelow set so the first answer (0.81) only just clears it.
 */
import { describe, expect, it } from 'vitest';
import { TUNING } from '../../src/engine/tuning.ts';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

describe('a why repeating a weak answer that gives no reason', () => {
  it('abstains when the answer clears abstainBelow but not the follow-up margin', () => {
    const engine = fixtureEngine('tiny-talk', { abstainBelow: 0.75 });
    const [first, why] = askInTurn(engine, 'the union wants court', 'why exactly');
    expect(first?.answered).toBe(true);
    expect(first?.quotes[0]?.id).toBe('p5.s1');
    expect(first?.confidence).toBeLessThan(0.75 + TUNING.followUps.readMargin);
    expect(why?.answered).toBe(false);
  });

  it('is still given again when the answer clears the margin too', () => {
    const engine = fixtureEngine('tiny-talk', { abstainBelow: 0.6 });
    const [first, why] = askInTurn(engine, 'the union wants court', 'why exactly');
    expect(first?.answered).toBe(true);
    expect(why?.answered).toBe(true);
    expect(why?.quotes[0]?.id).toBe('p5.s1');
    expect(why?.confidence).toBeCloseTo(first?.confidence ?? 0, 5);
  });
});

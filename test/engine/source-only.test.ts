/**
 * "why is the observatory based in the UK?": the sentence holds what is asked only where it names
 * its source ("..., according to the UK-based Syrian Observatory"), which tells who says the rest,
 * not why the source is where it is; someone's claim in another clause of it ("which the US claims
 * was unintentional") is no reason of that either. Not answered (answer-type.ts sourceOnly); where
 * the source is based is. On a made-up ferry sinking (test/fixtures/tiny-source).
 */
import { describe, expect, it } from 'vitest';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

describe('a why of what a sentence tells only of its source', () => {
  const engine = fixtureEngine('tiny-source');

  it('is not answered, alone or as a follow-up', () => {
    expect(engine.answer('why is sea watch based in estland?').answered).toBe(false);
    const [toll, why] = askInTurn(engine, 'who gave the toll of 12', 'why is that group based in estland?');
    expect(toll?.answered).toBe(true);
    expect(why?.answered).toBe(false);
  });

  it('leaves a why of what the sentence tells answered', () => {
    expect(engine.answer('why did the ferry sink?').answered).toBe(true);
  });
});

/**
 * A why-not whose negation the reader took out right after its auxiliary ("didnt" is "did not";
 * "not" is dropped and the word after it marked): the why asks why something was not done, as
 * "why didn't ..." does, and a sentence telling what was done gives no reason why not
 * (answer-type.ts reasonMissing, with QueryAnalysis.negatedAt); not a why-not of a belief ("why
 * doesn't syria think it was an accident": their claims are their grounds). Asked of the
 * project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('a why-not with its negation taken out', () => {
  it('is refused as the apostrophe form is', () => {
    expect(engine.answer("why didn't the russians spot the jets sooner").answered).toBe(false);
    expect(engine.answer('why didnt the russians spot the jets sooner').answered).toBe(false);
    expect(engine.answer('why did not russia object earlier').answered).toBe(false);
  });

  it('leaves a why-not of a belief: what they claim gives their grounds', () => {
    expect(engine.answer("why doesn't syria think it was an accident").answered).toBe(true);
    expect(engine.answer('why doesnt syria think it was an accident').answered).toBe(true);
  });

  it('leaves a why of something done, and a negation far from the why', () => {
    expect(engine.answer('why did russia call the emergency UN meeting').answered).toBe(true);
    expect(engine.answer('why did the US say the strike was not intentional').answered).toBe(true);
  });
});

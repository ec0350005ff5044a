/**
 * A thin further question that is a clause of its own (issue 11): "how long did it last and what
 * stopped it", "when did moscow ask for the meeting and was it public". It leans on the question
 * before and is read with it; when the two read as one find nothing sure, the first is still a
 * question of its own and is answered as it stands. A bare fragment ("and when") or an auxiliary
 * before no subject is no clause; nor is one whose words the knowledge does not hold ("were
 * they punished").
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('a thin further question that is a clause of its own', () => {
  it('leaves the first question answered as it stands when the two as one find nothing sure', () => {
    // The raid's 40 minutes (p4.s1).
    const lasted = engine.answer('how long did it last and what stopped it');
    expect(lasted.answered).toBe(true);
    expect(lasted.quotes[0]?.id).toBe('p4.s1');
    // The Saturday evening meeting Moscow asked for (p9.s1).
    const met = engine.answer('when did moscow ask for the council meeting and was it public');
    expect(met.answered).toBe(true);
    expect(met.quotes[0]?.id).toBe('p9.s1');
  });

  it('keeps no first question alone that a thin question leans on already', () => {
    // "I want to know about the troops" with "were they conscripts" read into it is no question
    // of its own: the message as a whole asks what the article does not tell.
    const asked = engine.answer(
      "I just want to know about the troops, they're people as well. Were they conscripts, and do we know their names?",
    );
    expect(asked.answered).toBe(false);
  });

  it('does not answer the first alone when the further one asks what the knowledge lacks', () => {
    expect(engine.answer('who flew the jets and were they punished').answered).toBe(false);
  });
});

/**
 * "and Damascus's version of events?": what a side's telling is of ("of events", "of the story")
 * says nothing more than the claim noun; it asks what Damascus says of the matter just answered
 * (follow-up-reading.ts withoutCueWords). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
/** "However, the IS militia used the airstrike ..., although Damascus has claimed it reclaimed ...". */
const RECLAIMED = 'p6.s1';

describe("a side's version of events", () => {
  it('is what that side says of the matter, as "their version" is', () => {
    for (const q of ["and Damascus's version of events ?", "and Damascus's version?"]) {
      const [, a] = ask('What did IS do with the airstrike ?', q);
      expect(a?.quotes[0]?.id).toBe(RECLAIMED);
    }
  });
});

/**
 * "what did isis do after the strike" -> "and damascus, what do they claim?": the answer before
 * told Damascus's claim in passing ("..., although Damascus has claimed it reclaimed most of the
 * lost ground"); that sentence leads (conversation.ts claimReportedBefore). Asked of the
 * project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const GROUND_RECLAIMED = 'p6.s1';
const REGRET_THROUGH_RUSSIA = 'p18.s1';

describe('a claim the answer before reported', () => {
  it('leads when its claimant is asked what they claim', () => {
    const [a, b] = ask('what did isis do after the strike', 'and damascus what do they claim');
    expect(a?.quotes[0]?.id).toBe(GROUND_RECLAIMED);
    expect(b?.quotes[0]?.id).toBe(GROUND_RECLAIMED);
  });

  it('not a name after a preposition ("through the Russian government, lamenting ...")', () => {
    const [, b] = ask('how did the US say sorry', 'and what does russia say');
    expect(b?.quotes[0]?.id).not.toBe(REGRET_THROUGH_RUSSIA);
  });
});

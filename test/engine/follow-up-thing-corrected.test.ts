/**
 * "how many tanks were destroyed" -> "sorry, i meant mortars": a correction naming only a thing
 * puts it in place of one thing the question before asked, the rest of that question standing
 * (follow-up-reading.ts carryReadings). "what was destroyed" -> "what about the soldiers?": the
 * verb before and the thing turned to make no phrase together ("lose soldiers" does: the toll),
 * so the answer must hold the soldiers, not the equipment destroyed again. Asked of the project's
 * article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const EQUIPMENT = 'p4.s3';
const TOLL = ['p2.s1', 'p4.s1', 'p4.s2'];

describe('a thing corrected', () => {
  it('asks the question before with the thing in place of the one it named', () => {
    const [, fixed] = ask('How many tanks were destroyed ?', 'Sorry, I meant mortars');
    expect(fixed?.answered).toBe(true);
    expect(fixed?.quotes[0]?.id).toBe(EQUIPMENT);
  });
});

describe('a thing turned to after a verb it makes no phrase with', () => {
  it('"what about the soldiers?" after what was destroyed: their toll', () => {
    const [, a] = ask('what was destroyed', 'what about the soldiers?');
    expect(a?.answered).toBe(true);
    expect(TOLL).toContain(a?.quotes[0]?.id);
  });

  it('"what about soldiers?" after what the regime lost still reads "lose soldiers" as the toll', () => {
    const [, a] = ask('what equipment did the regime lose', 'what about soldiers?');
    expect(TOLL).toContain(a?.quotes[0]?.id);
  });
});

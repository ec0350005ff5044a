/**
 * "australia said sorry too?" -> "why them, they're not even in syria are they": a bare why of
 * the turn before, then the writer's own doubt after a comma, asks the why (conversation.ts
 * whyHead) where the message read whole is less sure; not before a question of its own ("why,
 * did they get new anti-air weapons?"). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { whyHead } from '../../src/engine/conversation.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
/** "Australia, whose aircraft took part in the strike, also offered "condolences ..."". */
const TOOK_PART = 'p18.s2';

describe('a why, then a remark', () => {
  it("is the why: Australia's aircraft took part", () => {
    for (const remark of ["why them, they're not even in syria are they", 'why them, they are so far away']) {
      const [, a] = ask('australia said sorry too?', remark);
      expect(a?.answered).toBe(true);
      expect(a?.quotes[0]?.id).toBe(TOOK_PART);
    }
  });

  it('the why is read off the message, not before a question of its own', () => {
    expect(whyHead('why them, they are so far away')).toBe('why them?');
    expect(whyHead('why exactly, only for the strike ?')).toBe('why exactly?');
    expect(whyHead('why, did they get new anti-air weapons?')).toBeNull();
    expect(whyHead('why tho, like what went wrong with the intel')).toBeNull();
    expect(whyHead('why did they do it')).toBeNull();
    expect(whyHead('why?')).toBeNull();
    expect(whyHead('how, seeing as they have no ties with assad?')).toBe('how?');
    expect(whyHead('how, like how many died')).toBeNull();
  });

  it("a bare how, then the writer's doubt, asks the means of what was just told", () => {
    const [, a] = ask('did washington say sorry to damascus', 'how, seeing as they have no ties with assad?');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('through the Russian government');
  });
});

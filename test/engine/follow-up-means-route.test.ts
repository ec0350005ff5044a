/**
 * "the americans sent regrets?" -> "by what route tho, they dont talk to assad": a how asked with
 * a noun of ways ("by what route", "through which channel") opening the message before a comma is
 * a bare how, the writer's doubt after it, and asks the means of what was just told
 * (conversation.ts whyHead, meansAsked). "Sent regrets", "send condolences" mean regret, and
 * "send any message" relaying (synonyms.yaml), so the questions those follow-ups follow are
 * answered. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { whyHead } from '../../src/engine/conversation.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a how asked with a noun of ways', () => {
  it('opens a message as a bare how before a comma', () => {
    expect(whyHead('by what route tho, they dont talk to assad')).toBe('by what route tho?');
    expect(whyHead('through which channel, they have no embassy')).toBe('through which channel?');
    expect(whyHead('by what route did the planes fly')).toBeNull();
  });

  it('asks the means of what was just told', () => {
    const [first, how] = ask('the americans sent regrets?', 'by what route tho, they dont talk to assad');
    expect(first?.answered).toBe(true);
    expect(first?.quotes[0]?.text).toContain('through the Russian government');
    expect(how?.answered).toBe(true);
    expect(how?.quotes[0]?.text).toContain('through the Russian government');
  });

  it('"through who?" follows a message sent, past a remark', () => {
    const [first, , through] = ask(
      'did the us send any message to syria',
      'they dont even have an embassy there lol',
      'through who?',
    );
    expect(first?.answered).toBe(true);
    expect(through?.answered).toBe(true);
    expect(through?.quotes[0]?.text).toContain('through the Russian government');
  });

  it("condolences sent are Australia's when Australia is asked", () => {
    const [answer] = ask('did australia send condolences');
    expect(answer?.quotes[0]?.text).toContain('Australia');
  });
});

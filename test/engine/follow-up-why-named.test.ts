/**
 * "power sounded off on moscow in front of the press" -> "why was she so angry at them": the turn
 * before was answered unsurely (its "in front of" is no word of the sentence), and a why read
 * with its words carried is as unsure; said with the names its pronouns stand for ("why was
 * Samantha Power so angry at Russia"), the question finds the quote the context gave, and is as
 * sure as that (conversation.ts named). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a why whose pronouns name whom the turn before was about', () => {
  it('is as sure as the question said with their names, when it finds the same quote', () => {
    const [, why] = ask('power sounded off on moscow in front of the press', 'why was she so angry at them');
    expect(why?.answered).toBe(true);
    // Her words: the stunt, the hypocrisy, the atrocities Russia never protested.
    expect(['p11.s1', 'p11.s2', 'p12.s1']).toContain(why?.quotes[0]?.id);
  });
});

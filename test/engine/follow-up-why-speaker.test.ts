/**
 * "the IS shot down a syrian plane" -> "why the plane was flying there?": a why of what the quote
 * told, in words of its own, whose quote is someone's words that give no reason. Someone's words
 * are their reasons only for what they did or said, not when the why points at someone or
 * something else: IS's announcement is no reason for the plane's flight, so the follow-up is not
 * answered (conversation.ts reasonNotGiven). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe("a why of a thing someone's words told, not pointing at them", () => {
  it('is not answered by their words that give no reason', () => {
    const [first, why] = ask('did IS down a regime jet', 'why was that jet flying up there?');
    expect(first?.answered).toBe(true);
    expect(first?.quotes[0]?.text).toContain('shot down a regime plane');
    expect(why?.answered).toBe(false);
  });
});

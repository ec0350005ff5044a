/**
 * "what about the US, what's their version": a word of someone's take after their possessive
 * ("their version", "its take") asks what they say and names no topic, so the question after
 * "what about X" asks nothing of its own and is "what about X?" (conversation.ts turnsOnlyTo),
 * not "what's US's version" read alone. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a take word after a possessive in "what about X, ..."', () => {
  it('"what did russia accuse the pilots of" -> "what about the US, what\'s their version": the US\'s side', () => {
    const [, a] = ask('what did russia accuse the pilots of', "what about the US, what's their version");
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p18.s1');
    expect(a?.reading).toContain('follow-up');
  });

  it('"what about the US, what\'s their version" reads as "what about the US?"', () => {
    const [, whole] = ask('what did russia accuse the pilots of', "what about the US, what's their version");
    const [, short] = ask('what did russia accuse the pilots of', 'what about the US?');
    expect(whole?.quotes.map((q) => q.id)).toEqual(short?.quotes.map((q) => q.id));
  });
});

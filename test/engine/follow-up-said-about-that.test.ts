/**
 * "did the pentagon warn moscow" -> "what did russia say about that": what one name said about a
 * "that" asks their words on what the turn before was about; a sentence of theirs the answer
 * before quoted behind another's leads (conversation.ts theirsOnThat). Asked of the project's
 * article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('what X said about that', () => {
  it('leads with their sentence the answer before quoted', () => {
    const [before, a] = ask('did the pentagon warn moscow', 'what did russia say about that');
    expect(before?.quotes.map((q) => q.id)).toContain('p16.s1');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p16.s1');
  });

  it('"it" and another wording too', () => {
    const [, a] = ask('did the pentagon warn moscow', 'and what does russia say about it?');
    expect(a?.quotes[0]?.id).toBe('p16.s1');
  });

  it('the toll: Damascus on it is its own figure', () => {
    const [, a] = ask('how many soldiers died', 'what did damascus say about that');
    expect(a?.quotes[0]?.id).toBe('p4.s2');
  });
});

/**
 * "what did the US military say" -> "no not them, the spokesman guy": a person named by a word of
 * their role alone, on the side the turn before was about (follow-up-reading.ts roleHolder), and
 * a correction's "not them" that points at nobody to ask about. Asked of the project's article
 * (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a person named by their role in a follow-up', () => {
  it('is the one of that role on the side the turn before was about', () => {
    const [, who] = ask('what did the american army say', 'no not them, the spokesman');
    expect(who?.reading).toContain('Peter Cook');
    expect(who?.quotes[0]?.text).toContain('Peter Cook said');
  });

  it('picks, of several in that role, the one of that side', () => {
    const [, who] = ask("what did russia's foreign ministry say", 'no, the ambassador');
    expect(who?.reading).toContain('Vitaly Churkin');
  });
});

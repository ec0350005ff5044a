/**
 * "what did the syrian army lose, tanks?" -> "actually i meant what did they say about the US": a
 * correction that is a whole question of its own, its pronoun pointing back at whom the turn
 * before asked about, asks that question of them, not also what the question before asked
 * (follow-up-reading.ts carryReadings). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a correction that is a whole question with a pronoun', () => {
  it('asks it of whom the pronoun stands for, without the old topic', () => {
    const [, said] = ask(
      'what did the syrian army lose, tanks?',
      'actually i meant what did they say about the US',
    );
    expect(said?.reading).toContain('Syrian army');
    expect(said?.quotes[0]?.text).toContain('conclusive evidence');
  });
});

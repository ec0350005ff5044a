/**
 * "what about X, <a whole question>" where X is a thing and the question's subject a pronoun for
 * whom the turn before named: that question asked of them and of the thing (on the real article).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const last = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('a what-about whose own clause is a whole question', () => {
  it('asks that question with whom the pronoun stands for and the thing turned to', () => {
    const a = last('what equipment did syria lose', 'what about territory, did they lose any');
    expect(first(a)).toBe('p6.s1');
    expect(a.reading ?? '').toMatch(/lose any territory/);
  });
  it('is answered as the question alone would be', () => {
    const alone = engine.answer('did syria lose any territory', []);
    const a = last('what equipment did syria lose', 'what about territory, did they lose any');
    expect(first(a)).toBe(first(alone));
  });
  it('does not read a name turned to as a thing ("they" are the UK, who say nothing)', () => {
    const a = last('the US relayed its regret', 'what about the UK, did they say anything');
    expect(a.answered).toBe(false);
  });
});

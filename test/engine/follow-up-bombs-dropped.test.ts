/**
 * Bombs dropping is the strike (knowledge/synonyms.yaml, "strike"): "once the bombs dropped" asks
 * after the strike, in context or alone; "dropped" of a toll is no strike (on the real article).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const last = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('"the bombs dropped"', () => {
  it('is the strike: what IS did after it', () => {
    expect(first(engine.answer('what did IS do once the bombs dropped', []))).toBe('p6.s1');
  });
  it('is the strike in a follow-up whose "they" is IS', () => {
    const a = last('so IS is fighting the regime around there', 'what did they do once the bombs dropped');
    expect(first(a)).toBe('p6.s1');
  });
  it('does not make a toll that dropped a strike', () => {
    const a = engine.answer('the toll dropped?', []);
    expect(['p4.s1', 'p4.s2']).toContain(first(a));
  });
});

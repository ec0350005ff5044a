/**
 * Follow-ups that turn to someone or something (on the real article): "what about australia"
 * after Russia's words on the pilots, ranked by the quote that would answer it.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const last = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('a follow-up that turns to someone else', () => {
  it('is as sure as the quote about them, not the one the carried topic found', () => {
    // The pilots are in Russia's words (p7.s1), none of Australia's: the reading that keeps them
    // found Russia's sentence, and led with Australia's only after.
    const a = last('what did russia say about the pilots', 'what about australia');
    expect(a.answered).toBe(true);
    expect(['p18.s2', 'p19.s1']).toContain(first(a));
  });
});

describe('a correction that says whom it is not about', () => {
  it('reads "no not him ..." said with no comma as no pronoun, and asks what follows of whom it names', () => {
    // The reader drops "no not": "him" must not stand for the spokesman of the turn before.
    const a = last(
      'what did the pentagon spokesman say',
      'no not him the white house official who did they tell',
    );
    expect(first(a)).toBe('p18.s1');
    expect(a.reading ?? '').not.toMatch(/Peter Cook/);
  });
});

describe('"the other one" followed by a name', () => {
  it('asks the question that follows of whom it names, not another answer to the question before', () => {
    const a = last(
      'what did the syrian army say',
      'sorry the other one the russian foreign ministry what did they say about the pilots',
    );
    expect(first(a)).toBe('p7.s1');
  });
});

describe('"what about the X part?"', () => {
  it('reads the vague head after the topic as naming nothing of its own', () => {
    // "part" is no "took part" (Australia's p18.s2): the coordination is what is asked.
    const a = last('russia was mad about the US explanation', 'what about the coordination part?');
    expect(first(a)).toBe('p16.s1');
    const b = last('what did power call russia', 'what about the regret part');
    expect(first(b)).toBe('p18.s1');
  });
});

describe('"and the UK\'s?" after what a military said', () => {
  it('is refused, though alone the word finds the "UK-based" observatory', () => {
    // Nobody by that name says anything in the article; the question alone stays as it is.
    expect(engine.answer("and the UK's?").answered).toBe(true);
    expect(last("what did australia's military say", "and the UK's?").answered).toBe(false);
  });
});

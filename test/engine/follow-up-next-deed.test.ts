/**
 * "What did they do after that": the next deed of whom the turn before told of, after the sentence
 * that told it, in the article's order: their words or a deed told with them as its doer, not a
 * sentence naming them inside someone else's words, nor the one just given again
 * (follow-up-answers.ts whatCameNext, asksDeed). On the real article.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { asksDeed } from '../../src/engine/follow-up-answers.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const last = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('asksDeed', () => {
  it('is "do" or "done" after an auxiliary', () => {
    expect(asksDeed('what did they do after that'.split(' '))).toBe(true);
    expect(asksDeed('what has she done since'.split(' '))).toBe(true);
    expect(asksDeed('what did they say after that'.split(' '))).toBe(false);
    expect(asksDeed('do they regret it'.split(' '))).toBe(false);
  });
});

describe('"what did they do after that"', () => {
  it('comes after the deed just told, not after the earliest of their words given with it', () => {
    // IS's push (p6.s1, no speaker) was given with its announcement (p8.s1): next is p8.s1.
    expect(first(last('what did IS do after the airstrike', 'what did they do after that'))).toBe('p8.s1');
  });

  it('takes a deed told of them as readily as their words, the nearer first', () => {
    // After Churkin addressing the diplomats (p10.s1): his walk-out (p13.s1), then his words.
    expect(first(last('what did churkin do', 'what did he do after that'))).toBe('p13.s1');
  });

  it('does not give the sentence that told the deed again', () => {
    // Power spoke to the press (p10.s1): next, her accusation (p11.s1).
    expect(first(last('what did power do', 'what did she do next'))).toBe('p11.s1');
  });
});

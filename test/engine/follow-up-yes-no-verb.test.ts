/**
 * A yes-or-no follow-up about what a pronoun stands for asks whether its verb is so: the turn
 * before says who or what is meant, never the thing asked. A verb the article never uses is not
 * answered by the sentence the turn before found, however well that sentence holds the rest.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const last = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;

describe('a yes-or-no follow-up whose verb the article lacks', () => {
  it('is refused: the claim is told, its confirmation nowhere', () => {
    expect(last('what did IS claim on sunday', 'and was it ever confirmed').answered).toBe(false);
  });

  it('not one whose verb the article has in other words, a word around it lacking', () => {
    const a = last('tell me about vitaly churkin', 'did he stay for the american speech');
    expect(a.quotes[0]?.text).toMatch(/walked out before Power/);
  });
});

/**
 * "which country's planes joined the americans" -> "did they say sorry afterwards": "sorry" said
 * ("say sorry") is what is asked, not a correction's opener (follow-up-cues.ts, cueTokens); and
 * the sentence after the one just quoted holds no apology, so it is not what came of the question
 * (follow-up-answers.ts, whatCameNext).
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();

describe('an apology asked after whose planes took part', () => {
  // "sorry" said ("say sorry") is what is asked, not a correction's opener; and what came after
  // the sentence just quoted holds no apology, so it is not what the question asks.
  it('is answered by their condolences, not the sentence after', () => {
    const [first, then] = askInTurn(
      engine,
      "which country's planes joined the americans",
      'did they say sorry afterwards',
    );
    expect(first?.quotes[0]?.id).toBe('p18.s2');
    expect(then?.quotes[0]?.id).toBe('p18.s2');
  });
});

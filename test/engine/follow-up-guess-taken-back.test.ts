/**
 * A correction takes back the turn before's guess: a word the article does not have ("where was
 * the strike, aleppo?" -> "oh my bad, where was it actually") is not carried into the reading.
 * And "no i mean the syrian army, what did they lose", asked of a body, is answered by a quote of
 * the body over it (the Syrian regime's list of its losses), not refused as about someone else.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const last = (...turns: string[]) => askInTurn(projectEngine(), ...turns).at(-1) as Answer;

describe('a correction after a guess', () => {
  it('asks the question before without the guess the article lacks', () => {
    const a = last('where was the strike, aleppo?', 'oh my bad, where was it actually');
    expect(a.answered && a.quotes[0]?.id).toBe('p4.s1');
  });
});

describe('a whole question about a body named after a correction', () => {
  it('takes a quote of the body over it as about it', () => {
    const a = last("what did australia's army lose", 'no i mean the syrian army, what did they lose');
    expect(a.answered && a.quotes[0]?.id).toBe('p4.s3');
  });
});

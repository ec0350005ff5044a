/**
 * A follow-up that asks a contested point in other words, read in its conversation: when that
 * reading abstains on confidence alone, the point answers, every side, as it would the question
 * alone ("what happened to the syrian soldiers near deir el-zour -> who says it was a mistake and
 * who says it wasn't"). On the made-up ferry toll (test/fixtures/tiny-toll): the coastguard's 12
 * dead (p2.s1) against the opposition's 30 (p3.s1, p4.s2); p4.s1 says the ferry was overloaded.
 * The article's threshold (0.36): the fixture's own (0.46) is above a point's confidence once a
 * follow-up's margin is added.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-toll', { abstainBelow: 0.36 });

/** The answer to the last turn, each turn asked after the ones before. */
const conversation = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;

describe('a follow-up asking a contested point in other words', () => {
  const first = 'what happened to the ferry off the norland coast';

  it('is answered by the point, every side, where its reading would abstain', () => {
    const a = conversation(first, 'who says how many passengers died and who disputes it');
    expect(a.answered).toBe(true);
    expect(a.contested?.id).toBe('toll');
    expect(a.quotes.map((q) => q.id)).toEqual(expect.arrayContaining(['p2.s1', 'p3.s1']));
  });

  it('not when the follow-up itself says what the point does not (overcrowded: p4.s1)', () => {
    expect(
      conversation(first, 'who says how many passengers were overcrowded and who disputes it').answered,
    ).toBe(false);
  });
});

/**
 * Corrections in chat: "no not X, Y - what did they say" sets X aside and asks the question of Y;
 * "i mean who requested it" asks a new question whose closing "it" is the thing asked before. On
 * the made-up ferry (test/fixtures/tiny-ferry) and the real article (the UN meeting).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

const ferry = fixtureEngine('tiny-ferry');
const last = (...turns: string[]) => askInTurn(ferry, ...turns).at(-1) as Answer;

describe('"no not X, Y - what did they say"', () => {
  it('asks the question of Y, not of the one set aside', () => {
    const a = last('what did vale say about the ferry', 'no not vale, the ferry company - what did they say');
    expect(a.reading).toBe('Reading this as "what did the ferry company say"');
    expect(a.quotes[0]?.id).toBe('p4.s1');
  });

  it('the other way: a person named after the one set aside', () => {
    const a = last('what did the ferry company say', 'no not the ferry company, vale - what did he say');
    expect(a.reading).toBe('Reading this as "what did Erik Vale say"');
    expect(a.quotes[0]?.id).toBe('p3.s1');
  });
});

describe('"i mean who requested it": a correction with a closing "it"', () => {
  const engine = projectEngine();

  it('reads "it" as the thing asked before (the UN meeting), not alone', () => {
    const a = askInTurn(engine, 'when did the UN meeting happen', 'i mean who requested it').at(-1) as Answer;
    expect(a.reading).toBe('Reading this as a follow-up to "when did the UN meeting happen"');
    expect(a.quotes[0]?.id).toBe('p9.s1');
  });

  it('not an "it" of a clause of its own ("who said it was overloaded"): asked as it stands', () => {
    const a = last('when did the ferry sink', 'i mean who said it was overloaded');
    expect(a.reading).toBe('Reading this as "who said it was overloaded"');
    expect(a.answered).toBe(true);
  });
});

describe('"other way round": the two parties of the question before swapped', () => {
  it('asks the question before with its two named ones the other way round, articles kept', () => {
    expect(last('did vale blame the ferry company', 'other way round').reading).toBe(
      'Reading this as "did the ferry company blame vale"',
    );
    expect(last('did the ferry company blame vale', 'the other way around mate').reading).toBe(
      'Reading this as "did vale blame the ferry company"',
    );
  });

  it('answers where each was on the real article ("where was churkin when power spoke")', () => {
    const a = askInTurn(projectEngine(), 'where was power when churkin spoke', 'other way round mate').at(
      -1,
    ) as Answer;
    expect(a.reading).toBe('Reading this as "where was churkin when power spoke"');
    expect(a.answered).toBe(true);
  });

  it('not "the other one": no swap without "way round"', () => {
    expect(last('did vale blame the ferry company', 'the other one').reading ?? '').not.toContain(
      'blame vale',
    );
  });
});

/**
 * Two readings of a day (issue 12), asked of the project's article (knowledge/):
 * - "what did russia do on sunday": a deed asked of someone named; the curated entry of IS's
 *   Sunday announcement names nobody of theirs, so the best passage (Russia's Sunday words)
 *   answers (decide.ts deedOfOthers);
 * - "how did the Russians react" -> "was that on the Sunday?": the weekday guessed with "was ...
 *   on" asks when, so of the sentences scored alike the one giving a time leads ("... in a
 *   statement on Sunday"), not "When asked if the bombing ..." (decide.ts whenOfGuessedDay);
 * - "and who were the Americans after": "be after" is to seek (text/being-after.ts);
 * - "why was the regime plane flying there": the rarest word the why is about is in no quote and
 *   none gives a reason (answer-type.ts reasonUntold).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const russiaSunday = ['p3.s1', 'p7.s1'];
const IS_PLANE = 'p8.s1';

describe('a deed asked of someone named, on a day', () => {
  it('"what did russia do on sunday" is answered by Russia, not IS', () => {
    const [a] = ask('what did russia do on sunday');
    expect(a?.answered).toBe(true);
    expect(russiaSunday).toContain(a?.quotes[0]?.id);
  });

  it('"what did IS do on sunday" keeps the entry that names them', () => {
    const [a] = ask('what did IS do on sunday');
    expect(a?.quotes[0]?.id).toBe(IS_PLANE);
  });
});

describe('a weekday guessed after an answer', () => {
  it('"was that on the Sunday?" is led by a sentence that gives the time', () => {
    const [, b] = ask('How did the Russians react', 'was that on the Sunday?');
    expect(russiaSunday).toContain(b?.quotes[0]?.id);
  });
});

describe('"be after" in a follow-up', () => {
  it('"and who were the Americans after" asks their target, not what they said next', () => {
    const [, b] = ask('How many were killed?', 'and who were the Americans after');
    expect(b?.quotes[0]?.id).toBe('p5.s1');
  });
});

describe('a why whose rarest word no quote holds', () => {
  it('"why was the regime plane flying there": IS shot it down, not why it flew', () => {
    const [a] = ask('why was the regime plane flying there');
    expect(a?.answered).toBe(false);
  });

  it('still answers a why of a contested point ("a mistake or planned?")', () => {
    const [a] = ask('why did this happen, was it a mistake or planned?');
    expect(a?.answered).toBe(true);
  });
});

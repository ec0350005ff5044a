/**
 * A follow-up the context would make surer than it is alone (issue 12, near-topic): what it asks
 * for (a reason, a count, a length, a time) is of a thing the article has no word for, so the
 * words carried from the turn before must not outweigh it. On the made-up dam article
 * (test/fixtures/tiny-talk):
 *   p4.s1 Farmer Piet Brandt called the plan "a disaster for the valley."
 *   p4.s2 He said the lake would flood 300 farms.
 *   p5.s1 The farmers' union said it would take the council to court.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-talk');
const last = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;

describe('a follow-up asking for what the article has no word for', () => {
  it('is no surer in context than alone', () => {
    // "lawyers" is no word of the article: the union's words carried from the turn before
    // (court, council) made the reason look found.
    const asked = 'why did the lawyers want to take it to court?';
    const alone = engine.answer(asked);
    const inContext = last('what did the union say', asked);
    expect(inContext.answered).toBe(false);
    expect(inContext.confidence).toBeLessThanOrEqual(alone.confidence);
  });

  it('leaves a follow-up whose own words the article has as it was', () => {
    // Asked why after Brandt's words, what he said next: surer in context than alone.
    const answer = last('what did brandt call the plan', 'why did he call it that?');
    expect(answer.answered).toBe(true);
    expect(answer.quotes[0]?.id).toBe('p4.s2');
    expect(answer.confidence).toBeGreaterThan(engine.answer('why did he call it that?').confidence);
  });
});

describe('a follow-up asking for what the article has no word for, on the real article', () => {
  const real = projectEngine();

  it('is not answered by the contested point its carried words ask in other words', () => {
    // "intel" is no word of the article: what the turn before asked (whom the coalition thought
    // it was striking) is the point of intent, whose sides say nothing of why they thought so.
    const asked = 'why did they think they were IS, dodgy intel?';
    const turns = ['who did the coalition think it was striking', asked];
    const inContext = askInTurn(real, ...turns).at(-1) as Answer;
    expect(inContext.answered).toBe(false);
  });
});

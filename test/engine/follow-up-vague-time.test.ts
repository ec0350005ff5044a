/**
 * "at some point" is a vague time, as "at one point" is: it names no day and no topic, so "the
 * coalition stopped the raid at some point" is about the raid stopped, and "why tho" after it is
 * why it was stopped. On the real article.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();

describe('"at some point"', () => {
  it('asks no day: the raid stopped is the sentence that tells it was aborted', () => {
    const a = engine.answer('so the coalition halted the raid at some point');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toMatch(/aborted as soon as Moscow raised the alarm/);
  });

  it('"why tho" after it asks why the raid was stopped', () => {
    const a = askInTurn(engine, 'the coalition stopped the strike at some point', 'why tho').at(-1) as Answer;
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toMatch(/as soon as Moscow raised the alarm/);
  });
});

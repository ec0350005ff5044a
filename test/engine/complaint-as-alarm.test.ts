/**
 * Going on, and a complaint told as a moment (chat.yaml idioms): "keep going" is to continue,
 * which is how long the strike lasted and its not being stopped (synonyms.yaml duration, stop);
 * "once moscow complained" is the alarm Moscow raised then (p5.s2), not its grievance about
 * working with Washington (p2.s1, p16.s1).
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('a complaint told as the moment something happened', () => {
  it('is the alarm raised then', () => {
    for (const question of [
      'did the strike keep going after moscow complained',
      'the strike wasnt stopped until russia complained, right?',
      'did the americans stop once the russians complained',
    ])
      expect(engine.answer(question).quotes[0]?.id).toBe('p5.s2');
  });

  it('is still a grievance when asked of itself', () => {
    expect(engine.answer('why does russia complain about washington').quotes[0]?.id).not.toBe('p5.s2');
  });

  it('reads going on as the strike not stopped', () => {
    expect(engine.answer("why didn't the strike keep going").quotes[0]?.id).toBe('p5.s2');
  });
});

/**
 * Issue 11, paraphrase: the length of the aircraft's time over what they struck is the raid's
 * length ("how long were the warplanes over the target"), and positions struck or flown over are
 * targets ("hitting those positions"), not ground held. On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('how long the aircraft were over the place struck', () => {
  it('"over the target", "spend on the target area", "stay above the positions": the raid lasted 40 minutes', () => {
    for (const q of [
      'how long were the bombers over the target',
      'how much time did the warplanes spend on the target area',
      'how long did the american jets stay above the syrian positions',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.quotes[0]?.text, q).toMatch(/lasted for 40 minutes/);
    }
  });

  it('"hitting those positions": positions struck are targets, not the ground lost', () => {
    const a = engine.answer('how much time were the americans hitting those positions');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toMatch(/lasted for 40 minutes/);
  });

  it('not measured against another time, nor of fighters of an armed group', () => {
    expect(engine.answer('how long were the jets over the area before the strike').answered).toBe(false);
    expect(engine.answer('how long did IS fighters stay on the area').answered).toBe(false);
  });
});

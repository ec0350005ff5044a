/** The answers served at each threshold, asked again only where a comparison with it flips (served.ts). */
import { describe, expect, it } from 'vitest';
import { answersAtThresholds, type Comparisons, sameAt } from '../../src/cli/served.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { fixtureEngine } from '../support/fixture-engine.ts';

describe('sameAt', () => {
  it('holds when every comparison comes out the same at both thresholds', () => {
    expect(sameAt([[0.5, 0]], 0.3, 0.4)).toBe(true);
    expect(sameAt([[0.5, 0]], 0.3, 0.6)).toBe(false);
    // The margin over the threshold counts: 0.5 < 0.42 + 0.1 but not < 0.38 + 0.1.
    expect(sameAt([[0.5, 0.1]], 0.38, 0.42)).toBe(false);
    expect(sameAt([], 0.2, 0.8)).toBe(true);
  });
});

describe('answersAtThresholds', () => {
  /**
   * A toy engine: a two-part question, each part with a confidence; a part below the threshold
   * is dropped (as the engine's cut drops a part of a two-part message).
   */
  const serve = (parts: number[], t: number, told: (c: number, m: number) => void) =>
    parts
      .filter((c) => {
        told(c, 0);
        return !(c < t);
      })
      .join('+');

  it('gives what is served at each threshold, asking again only where a part flips', () => {
    const questions = [[0.9], [0.35, 0.7]];
    const thresholds = [0.2, 0.3, 0.4, 0.5, 0.8];
    let calls = 0;
    const { answers, asked } = answersAtThresholds(questions, thresholds, (q, k, told) => {
      calls++;
      return serve(q, thresholds[k] as number, told);
    });
    expect(answers.map((row) => row[0])).toEqual(['0.9', '0.9', '0.9', '0.9', '0.9']);
    // The first part goes at 0.4, the second at 0.8.
    expect(answers.map((row) => row[1])).toEqual(['0.35+0.7', '0.35+0.7', '0.7', '0.7', '']);
    // 0.9 once; 0.35+0.7 at 0.2, again at 0.4 and at 0.8.
    expect(asked).toBe(4);
    expect(calls).toBe(4);
    // Every answer is the one asking at its own threshold gives.
    thresholds.forEach((t, k) => {
      questions.forEach((q, i) => {
        expect(answers[k]?.[i]).toBe(serve(q, t, () => {}));
      });
    });
  });
});

describe('Engine.atThreshold and onThreshold', () => {
  const questions = [
    'how much did the restoration cost',
    'who paid for it and when did the lighthouse reopen',
    'what is the capital of peru',
  ];
  const plain = ({ ms: _ms, ...rest }: Answer) => rest;

  it('serves what an engine built at that threshold serves, telling each comparison with it', () => {
    const base = fixtureEngine('tiny');
    for (const t of [0, 0.3, 0.6, 0.95]) {
      const built = fixtureEngine('tiny', { abstainBelow: t });
      for (const q of questions) {
        const told: Comparisons = [];
        const a = base.atThreshold(t, (c, m) => told.push([c, m])).answer(q);
        expect(plain(a), `${q} at ${t}`).toEqual(plain(built.answer(q)));
        expect(told.length, q).toBeGreaterThan(0);
      }
    }
  });

  it('gives the same answer at a threshold where every comparison comes out the same', () => {
    const base = fixtureEngine('tiny');
    for (const q of questions) {
      const told: Comparisons = [];
      const at = base.atThreshold(0.3, (c, m) => told.push([c, m])).answer(q);
      for (const t of [0.05, 0.2, 0.35, 0.5, 0.7, 0.9])
        if (sameAt(told, 0.3, t))
          expect(plain(base.atThreshold(t).answer(q)), `${q} at ${t}`).toEqual(plain(at));
    }
  });
});

/**
 * The confidence model's fit (npm run eval -- --fit): weighted logistic regression with an L2
 * penalty, solved to its minimum, so the same questions give the same weights.
 */
import { describe, expect, it } from 'vitest';
import { type FitRow, fitLogistic } from '../../src/cli/fit-logistic.ts';

/** Half right without the feature, three in four right with it. */
const ROWS: FitRow[] = [
  { x: [0], y: 1, weight: 1 },
  { x: [0], y: 0, weight: 1 },
  { x: [1], y: 1, weight: 1 },
  { x: [1], y: 1, weight: 1 },
  { x: [1], y: 1, weight: 1 },
  { x: [1], y: 0, weight: 1 },
];

describe('fitLogistic', () => {
  it('finds the weights that give each group its own rate (no penalty)', () => {
    const [bias, w] = fitLogistic(ROWS, 0);
    expect(bias).toBeCloseTo(0, 8);
    expect(w).toBeCloseTo(Math.log(3), 8);
  });

  it('counts a row weighing 3 as three rows', () => {
    const weighted: FitRow[] = [
      ...ROWS.slice(0, 2),
      { x: [1], y: 1, weight: 3 },
      { x: [1], y: 0, weight: 1 },
    ];
    const [bias, w] = fitLogistic(weighted, 0.01);
    const [bias2, w2] = fitLogistic(ROWS, 0.01);
    expect(bias).toBeCloseTo(bias2 as number, 8);
    expect(w).toBeCloseTo(w2 as number, 8);
  });

  it('keeps a feature that separates its rows outright at a finite weight, smaller the larger the penalty', () => {
    const separated: FitRow[] = [
      ...ROWS.slice(0, 2),
      { x: [1], y: 1, weight: 1 },
      { x: [1], y: 1, weight: 1 },
    ];
    const [, loose] = fitLogistic(separated, 0.001);
    const [, tight] = fitLogistic(separated, 0.1);
    expect(Number.isFinite(loose)).toBe(true);
    expect(tight).toBeGreaterThan(0);
    expect(tight).toBeLessThan(loose as number);
  });

  it('gives the same weights on the same rows (no start or step size to depend on)', () => {
    expect(fitLogistic(ROWS, 0.003)).toEqual(fitLogistic(ROWS, 0.003));
    expect(fitLogistic(ROWS, 0.003, 200)).toEqual(
      fitLogistic(ROWS, 0.003, 100).map((v) => expect.closeTo(v, 10)),
    );
  });
});

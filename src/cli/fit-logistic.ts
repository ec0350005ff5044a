/**
 * Weighted logistic regression with an L2 penalty, solved by Newton's method: what
 * `npm run eval -- --fit` fits the confidence model (src/engine/confidence.ts) with.
 *
 * Minimises  sum(weight * logloss) / sum(weight) + lambda / 2 * |w|^2  (the bias, w[0], not
 * penalised). The loss is convex, so Newton's steps reach its one minimum in a few dozen
 * iterations whatever the start: the same rows give the same weights, to the last digit, and
 * a feature that separates a handful of rows outright gets a large weight only as far as the
 * penalty lets it (gradient descent stopped after so many epochs left both to chance).
 */

export interface FitRow {
  /** The features, in a fixed order (without the bias). */
  x: readonly number[];
  /** 1 = the answer was right, 0 = wrong or should have abstained. */
  y: number;
  weight: number;
}

/** The weights, bias first, then one for each feature in the rows' order. */
export function fitLogistic(rows: readonly FitRow[], lambda: number, iterations = 100): number[] {
  const n = (rows[0]?.x.length ?? 0) + 1;
  const total = rows.reduce((sum, r) => sum + r.weight, 0) || 1;
  const w = new Array<number>(n).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((v, i) => (i === 0 ? 0 : lambda * v));
    const hess = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j && i > 0 ? lambda : 0)),
    );
    for (const { x, y, weight } of rows) {
      const v = [1, ...x];
      let z = 0;
      for (let i = 0; i < n; i++) z += (w[i] as number) * (v[i] as number);
      const p = 1 / (1 + Math.exp(-z));
      const g = (weight * (p - y)) / total;
      const h = (weight * p * (1 - p)) / total;
      for (let i = 0; i < n; i++) {
        grad[i] = (grad[i] as number) + g * (v[i] as number);
        const row = hess[i] as number[];
        for (let j = 0; j < n; j++) row[j] = (row[j] as number) + h * (v[i] as number) * (v[j] as number);
      }
    }
    const step = solve(hess, grad);
    let largest = 0;
    for (let i = 0; i < n; i++) {
      w[i] = (w[i] as number) - (step[i] as number);
      largest = Math.max(largest, Math.abs(step[i] as number));
    }
    if (largest < 1e-10) break;
  }
  return w;
}

/** a x = b by Gaussian elimination with partial pivoting (a is symmetric positive definite here). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number))
        pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const top = m[c] as number[];
    const d = top[c] as number;
    if (Math.abs(d) < 1e-300) continue;
    for (let r = c + 1; r < n; r++) {
      const row = m[r] as number[];
      const f = (row[c] as number) / d;
      if (f !== 0) for (let k = c; k <= n; k++) row[k] = (row[k] as number) - f * (top[k] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r] as number[];
    let s = row[n] as number;
    for (let k = r + 1; k < n; k++) s -= (row[k] as number) * (x[k] as number);
    const d = row[r] as number;
    x[r] = Math.abs(d) < 1e-300 ? 0 : s / d;
  }
  return x;
}

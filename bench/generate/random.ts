/** Seeded randomness: the same seed always draws the same numbers. */

/** mulberry32: a tiny, fast, seedable PRNG; floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly next: () => number;
  /** Separate streams per purpose: more questions never change the article. */
  constructor(seed: number, stream: number) {
    this.next = mulberry32((seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(items.length)] as T;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/** Samples ranks 0..n-1 with P(rank) ∝ 1 / (rank + offset)^s. */
export class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number, s = 0.9, offset = 10) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) {
      sum += 1 / (r + offset) ** s;
      this.cdf[r] = sum;
    }
    for (let r = 0; r < n; r++) this.cdf[r] = (this.cdf[r] as number) / sum;
  }
  sample(random: Random): number {
    const u = random.float();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

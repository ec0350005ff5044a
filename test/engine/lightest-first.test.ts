/**
 * The order postings are filed in (lightest document first, ties by position), computed at every
 * reload by a radix sort on the weights' bits: the same as a sort with a comparator.
 */
import { describe, expect, it } from 'vitest';
import { lightestFirst } from '../../src/engine/retrieval.ts';

function bySort(weights: Float64Array): number[] {
  return Array.from(weights.keys()).sort((a, b) => (weights[a] as number) - (weights[b] as number) || a - b);
}

describe('lightestFirst', () => {
  it('orders positions by weight, ties by position, as a comparator sort does', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    // Sums of idf-like weights, many ties, zeros, tiny and large values.
    const weights = Float64Array.from({ length: 5000 }, (_, i) =>
      i % 7 === 0 ? 0 : i % 5 === 0 ? 3.25 : i % 11 === 0 ? 1e-300 : random() * 40 + (i % 3) * 1e6,
    );
    expect(Array.from(lightestFirst(weights))).toEqual(bySort(weights));
    expect(Array.from(lightestFirst(new Float64Array(0)))).toEqual([]);
    expect(Array.from(lightestFirst(Float64Array.from([2, 1, 2, 1])))).toEqual([1, 3, 0, 2]);
  });
});

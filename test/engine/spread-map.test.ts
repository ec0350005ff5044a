import { describe, expect, it } from 'vitest';
import { SpreadMap } from '../../src/engine/spread-map.ts';

describe('SpreadMap', () => {
  it('answers as a Map of the same keys does, across its shards', () => {
    const spread = new SpreadMap<number | null>();
    const map = new Map<string, number | null>();
    for (let i = 0; i < 5000; i++) {
      const key = `report-${i % 97}.p${i}.s${i % 7}`;
      const value = i % 11 === 0 ? null : i;
      spread.set(key, value);
      map.set(key, value);
    }
    spread.set('report-0.p0.s0', 42);
    map.set('report-0.p0.s0', 42);
    expect(spread.size).toBe(map.size);
    for (const key of [...map.keys(), 'absent', '']) {
      expect(spread.has(key)).toBe(map.has(key));
      expect(spread.get(key)).toBe(map.get(key));
    }
    spread.clear();
    expect(spread.size).toBe(0);
    expect(spread.has('report-0.p0.s0')).toBe(false);
  });

  it('got: makes a missing value once and keeps it, undefined and null included', () => {
    const spread = new SpreadMap<number | null | undefined>();
    const made: string[] = [];
    const make = (base: number, key: string) => {
      made.push(key);
      return key === 'none' ? undefined : key === 'null' ? null : base + key.length;
    };
    expect(spread.got('abc', 10, make)).toBe(13);
    expect(spread.got('abc', 99, make)).toBe(13);
    expect(spread.got('none', 10, make)).toBeUndefined();
    expect(spread.got('none', 10, make)).toBeUndefined();
    expect(spread.got('null', 10, make)).toBeNull();
    expect(spread.got('null', 10, make)).toBeNull();
    expect(made).toEqual(['abc', 'none', 'null']);
    expect(spread.size).toBe(3);
    spread.set('abc', 1);
    expect(spread.size).toBe(3);
    expect(spread.got('abc', 10, make)).toBe(1);
  });
});

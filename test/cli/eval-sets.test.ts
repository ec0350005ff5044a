/**
 * npm run eval prints the misses of the fit sets and of any set it is given, but of a check set
 * (one of its own, or any file named check-* or dev-*) only how many, unless asked.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_SETS, FIT_SETS, fitHalf, missesShown, roleOf } from '../../src/cli/eval-sets.ts';

describe('eval sets', () => {
  it("lists a fit set's misses and a given file's", () => {
    expect(missesShown(FIT_SETS[0] as string, false)).toBe(true);
    expect(roleOf(resolve('/tmp/my-questions.jsonl'))).toBe('given');
    expect(missesShown(resolve('/tmp/my-questions.jsonl'), false)).toBe(true);
  });

  it("keeps a check set's misses unlisted, its own or one named check-* or dev-*", () => {
    expect(missesShown(CHECK_SETS[0] as string, false)).toBe(false);
    expect(roleOf(resolve('/tmp/check-followups-9.jsonl'))).toBe('check');
    expect(missesShown(resolve('/tmp/dev-followups.jsonl'), false)).toBe(false);
  });

  it("lists a check set's misses when asked", () => {
    expect(missesShown(CHECK_SETS[0] as string, true)).toBe(true);
  });

  it('splits the fit sets in halves: plain and odd-numbered chat sets read, even-numbered ones unread', () => {
    expect(fitHalf(resolve('eval/fit-discord-questions.jsonl'))).toBe('read');
    expect(fitHalf(resolve('eval/fit-messy.jsonl'))).toBe('read');
    expect(fitHalf(resolve('eval/fit-messy-3.jsonl'))).toBe('read');
    expect(fitHalf(resolve('eval/fit-messy-2.jsonl'))).toBe('unread');
    expect(fitHalf(resolve('eval/fit-messy-26.jsonl'))).toBe('unread');
    const unread = FIT_SETS.filter((f) => fitHalf(f) === 'unread');
    expect(unread.length).toBeGreaterThan(0);
    expect(unread.length).toBeLessThan(FIT_SETS.length / 2);
  });
});

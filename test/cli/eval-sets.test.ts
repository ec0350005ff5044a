/**
 * npm run eval prints the misses of the fit sets and of any set it is given, but of a check set
 * (one of its own, or any file named check-* or dev-*) only how many, unless asked.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_SETS, FIT_SETS, missesShown, roleOf } from '../../src/cli/eval-sets.ts';

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
});

/**
 * Waiting for something to happen, in tests. A test asserts behaviour, not speed: the ceiling is
 * only there so that a hang fails instead of stalling the suite, and it is generous because a
 * loaded two-core CI machine can take many times longer than an idle one. Speed is measured by
 * the benches (npm run bench, npm run bench:http), never asserted here.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a test waits for an event before calling it a hang. */
export const CEILING_MS = 60_000;

export interface WaitOptions {
  /** Give up after this long (default CEILING_MS). */
  ceiling?: number;
  /** Time between two checks (default 20 ms). */
  interval?: number;
  /** What is awaited, for the error message. */
  what?: string;
}

/**
 * Resolves with the first truthy value of `condition` (checked at once, then every `interval`),
 * or rejects once `ceiling` ms have passed. A condition that throws counts as not yet true; its
 * last error is reported on timeout.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  options: WaitOptions = {},
): Promise<NonNullable<T>> {
  const ceiling = options.ceiling ?? CEILING_MS;
  const interval = options.interval ?? 20;
  const deadline = performance.now() + ceiling;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() > deadline) {
      const what = options.what ?? 'a condition';
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`waited ${ceiling} ms for ${what}, in vain${cause}`, { cause: lastError });
    }
    await sleep(interval);
  }
}

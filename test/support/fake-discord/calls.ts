/** The record of every REST call the fake answered, and waiting for one to arrive. */

import { CEILING_MS } from '../wait-for.ts';
import type { CallMatcher, RecordedCall } from './types.ts';

/** How long a wait for a call gives up after: a ceiling against hangs, not a speed target. */
export const WAIT_DEFAULT_MS = CEILING_MS;

function describeMatcher(matcher: CallMatcher): string {
  if (typeof matcher === 'function') return matcher.toString().slice(0, 200);
  return `${matcher.method ?? '*'} ${matcher.path ?? '*'}`;
}

/** Decodes each path segment: `/webhooks/1/t/messages/%40original` → `/webhooks/1/t/messages/@original`. */
export function decodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

function matches(matcher: CallMatcher, call: RecordedCall): boolean {
  if (typeof matcher === 'function') return matcher(call);
  if (matcher.method && matcher.method.toUpperCase() !== call.method) return false;
  if (matcher.path === undefined) return true;
  if (typeof matcher.path === 'string') return decodePath(matcher.path) === decodePath(call.path);
  return matcher.path.test(call.path) || matcher.path.test(decodePath(call.path));
}

export function summarizeCall(call: RecordedCall): string {
  const query = new URLSearchParams(call.query).toString();
  let body = call.body === undefined ? '' : JSON.stringify(call.body);
  if (body.length > 160) body = `${body.slice(0, 157)}...`;
  return `${call.method} ${call.path}${query ? `?${query}` : ''} -> ${call.status}${body ? ` ${body}` : ''}`;
}

export class CallLog {
  /** Every REST call, in arrival order. */
  readonly calls: RecordedCall[] = [];
  private readonly waiters = new Set<{ matcher: CallMatcher; resolve: (call: RecordedCall) => void }>();

  /** Adds a call to the record (waiters hear of it from `settle`, once its response is on its way). */
  record(call: RecordedCall): void {
    this.calls.push(call);
  }

  /** Resolves the waiters the call matches. */
  settle(call: RecordedCall): void {
    for (const waiter of [...this.waiters]) if (matches(waiter.matcher, call)) waiter.resolve(call);
  }

  clear(): void {
    this.calls.length = 0;
  }

  /** Calls matching `{ method, path }` or a predicate. */
  find(matcher: CallMatcher): RecordedCall[] {
    return this.calls.filter((call) => matches(matcher, call));
  }

  /**
   * Resolves with the first recorded call matching (already recorded or arriving within `timeoutMs`);
   * rejects listing every call seen.
   */
  waitFor(matcher: CallMatcher, timeoutMs: number = WAIT_DEFAULT_MS): Promise<RecordedCall> {
    const existing = this.calls.find((call) => matches(matcher, call));
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter = {
        matcher,
        resolve: (call: RecordedCall) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(call);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.calls.map((call) => `  ${summarizeCall(call)}`).join('\n');
        reject(
          new Error(
            `FakeDiscord: no REST call matching ${describeMatcher(matcher)} within ${timeoutMs}ms. ` +
              `Calls seen (${this.calls.length}):\n${seen || '  (none)'}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}

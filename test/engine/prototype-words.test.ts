/**
 * Words that are names of Object.prototype ("constructor", as in a Formula 1 server's
 * "constructors' championship"): a table looked up by a typed word must not answer them with a
 * function. "constructors" once threw in the related-words look-up (corpus.ts), so the whole
 * message failed; and "constructor" read as a person's pronoun in a follow-up. On the real article.
 */
import { describe, expect, it } from 'vitest';
import { ownEntry, wordTable } from '../../src/text/word-table.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const NAMES = [
  ...new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype', '__proto__', 'constructor']),
];

describe('words that name a property of every object', () => {
  it('answers every form of them, alone and after a turn, without failing', () => {
    for (const name of NAMES) {
      const w = name.toLowerCase();
      for (const q of [w, `${w}s`, `who leads the ${w}s' championship`, `what did the ${w} say`]) {
        expect(() => engine.answer(q), q).not.toThrow();
        expect(() => askInTurn(engine, 'what did russia demand', `and the ${w}?`), q).not.toThrow();
      }
    }
  });

  it('refuses an off-topic question about constructors, after a turn or alone', () => {
    const [, off] = askInTurn(
      engine,
      'what did russia demand',
      "totally unrelated but who's leading the constructors' championship",
    );
    expect(off?.answered).toBe(false);
    expect(engine.answer('constructors').answered).toBe(false);
  });

  it('gives a word table no prototype, and reads a parsed record by its own entries only', () => {
    const table = wordTable({ he: 'm' });
    expect(table.he).toBe('m');
    expect(table.constructor).toBeUndefined();
    const parsed = JSON.parse('{"strike": [["attack", "similar"]]}') as Record<string, unknown>;
    expect(ownEntry(parsed, 'strike')).toEqual([['attack', 'similar']]);
    expect(ownEntry(parsed, 'constructor')).toBeUndefined();
    expect(ownEntry(parsed, 'toString')).toBeUndefined();
  });
});

/**
 * "what did estland offer the families" -> "and their boats?": a fragment that names a thing of
 * its own of whom its possessive stands for asks that of them, not the question before's topic
 * too (the tiny-ferry article, where Estland sent boats and offered condolences).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const ferry = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny-ferry'));
const last = (...turns: string[]) => askInTurn(ferry, ...turns).at(-1) as Answer;
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('a fragment with a possessive and a thing of its own', () => {
  it('asks that thing of them, not what the question before asked of them', () => {
    // "offer" carried along found the condolences again.
    const boats = last('what did estland offer the families', 'and their boats?');
    expect(first(boats)).toBe('p6.s1');
    expect(boats.reading).toBe(
      'Reading \'their\' as Estland, following "what did estland offer the families"',
    );
    // "send" and "coast" carried along found the rescue boats again.
    expect(first(last('what did estland send to the coast', 'and their condolences?'))).toBe('p6.s2');
  });
});

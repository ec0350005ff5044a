/**
 * The confidence feature sidesAsked (decide.ts): a question that weighs the sides ("what does
 * each side say") or asks whether it was meant ("an accident or on purpose"), answered by the
 * sides of that contested point, is one the article answers whatever words around it the
 * knowledge lacks; a question of a fact no point holds, or one that asks neither, is not.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { SIDES_ASKED_WEIGHT, withSidesAsked } from '../../src/engine/confidence.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const sidesAsked = (q: string) => engine.explain(q).sidesAsked;

describe('sidesAsked', () => {
  it.each([
    'was the strike a mistake or did they mean to do it',
    'so was it deliberate or an accident, whats everyone saying',
    'what does each side say about whether it was on purpose',
  ])('is true when the question asks whether it was meant, or weighs the sides, of a point: %s', (q) => {
    expect(sidesAsked(q)).toBe(true);
  });

  it.each([
    'which commander ordered the strike',
    'how long did the raid last',
    'what did samantha power say about russia',
    'when was the ceasefire agreed',
  ])('is false when it asks neither: %s', (q) => {
    expect(sidesAsked(q)).toBe(false);
  });

  it.each([
    // a manner asked, though a word of a mistake is in it
    'how did the americans realise they were bombing the wrong army',
    // words quoted: who said them is a fact
    "'it was a mistake' - who said that about the strike",
    // one party's side named, no sides weighed
    'who planned the bombing on the american side',
  ])('is false for a manner, words quoted, or one side named: %s', (q) => {
    expect(sidesAsked(q)).toBe(false);
  });

  it('raises the confidence it is given, and only when the question asks the sides', () => {
    expect(SIDES_ASKED_WEIGHT).toBeGreaterThan(0);
    expect(withSidesAsked(0.3, true)).toBeGreaterThan(0.3);
    expect(withSidesAsked(0.3, false)).toBe(0.3);
    expect(withSidesAsked(0, true)).toBe(0);
  });
});

/**
 * A correction naming someone, then a question word, a pronoun for them and a past verb of saying
 * ("no i meant russia, what it said"): asks that one's own words, the verb in its base form
 * ("announced" -> "announce", "said" -> "say"), not the question before with the name swapped in
 * (on the real article).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const last = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;
const ids = (a: Answer) => a.quotes.map((q) => q.id);

describe('"no i meant X, what they <said>"', () => {
  it('asks what X claimed, as the question alone does, not what the question before asked of X', () => {
    const a = last('what did the pentagon say', 'no i meant the islamic state, what they claimed');
    expect(a.reading).toBe('Reading this as "what did the islamic state claim"');
    expect(ids(a)).toEqual(ids(engine.answer('what did the islamic state claim', [])));
    expect(ids(a)[0]).toBe('p8.s1');
  });

  it('takes the base form the dictionary knows ("announce", not "announc") and keeps a short name', () => {
    const a = last('what did the pentagon say', 'no i meant IS, what they announced');
    expect(a.reading).toBe('Reading this as "what did IS announce"');
    expect(ids(a)[0]).toBe('p8.s1');
  });

  it('an irregular past ("said") and "it" for a country', () => {
    const a = last('what did the pentagon say', 'no i meant russia, what it said');
    expect(a.reading).toBe('Reading this as "what did russia say"');
  });

  it('not a verb in the present ("what they say"): nothing past to ask', () => {
    const a = last('what did the pentagon say', 'no i meant IS, what they say');
    expect(a.reading ?? '').not.toMatch(/what did/);
  });
});

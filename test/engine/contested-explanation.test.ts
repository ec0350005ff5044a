/**
 * Whether the US explained the strike is a point of its own (contested.yaml explanation): the
 * White House's regret for the unintentional loss of life against the Russian Foreign Ministry's
 * "unable to provide an adequate explanation". A question about the explanation gets both; one
 * that asks the regret alone, or what the ministry said, gets that quote alone: saying is how
 * every side is told, not what a point is about (contested.ts sharedBySides).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((x) => x.id);

describe('the US explanation, a contested point', () => {
  it.each([
    'did the US explain the strike, and what does russia make of its explanation',
    'was the US explanation good enough for moscow',
  ])('%s: both sides', (q) => {
    const answer = engine.answer(q);
    expect(answer.contested?.id).toBe('explanation');
    expect(ids(q)).toEqual(expect.arrayContaining(['p18.s1', 'p15.s1']));
  });

  it.each([
    ['did the US apologize', 'p18.s1', 'p15.s1'],
    ['what did the russian foreign ministry say about washington', 'p15.s1', 'p18.s1'],
  ])('%s: one side', (q, first, other) => {
    const answer = engine.answer(q);
    expect(answer.quotes[0]?.id).toBe(first);
    expect(ids(q)).not.toContain(other);
    expect(answer.contested).toBeNull();
  });
});

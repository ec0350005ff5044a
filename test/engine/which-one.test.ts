/**
 * Near-topic abstention (issue 11): "which syrian army unit got hit" asks which one, and a quote
 * that only counts them ("at least 90 regime troops") does not say. On the made-up ferry sinking
 * (test/fixtures/tiny-ferry):
 *   p2.s1 A ferry sank off the Norland coast on Sunday and twelve passengers died, the coastguard said.
 *   p6.s1 Estland sent two rescue boats to the coast.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { countedOnly, oneAsked } from '../../src/engine/decide.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const loaded = loadKnowledge(resolve(import.meta.dirname, '../fixtures/tiny-ferry'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const words = (q: string) => q.split(' ');

describe('oneAsked: which one of a kind of thing a question asks', () => {
  it('reads the thing after "which", past the names that say whose', () => {
    expect(oneAsked(corpus, words('which passenger was killed'))).not.toBeNull();
    expect(oneAsked(corpus, words('which estland boat was sent'))).toEqual(
      oneAsked(corpus, words('which boat was sent')),
    );
  });

  it('asks no one thing of "what", a plural, a side or a verb after "which"', () => {
    expect(oneAsked(corpus, words('what boat was sent'))).toBeNull();
    expect(oneAsked(corpus, words('which boats were sent'))).toBeNull();
    expect(oneAsked(corpus, words('which side was right'))).toBeNull();
    expect(oneAsked(corpus, words('which boat sank'))).toBeNull();
  });
});

describe('countedOnly: quotes that count the thing but do not say which', () => {
  it('is true of a figure before it ("twelve passengers died")', () => {
    const passenger = oneAsked(corpus, words('which passenger was killed')) ?? [];
    expect(countedOnly(corpus, ['p2.s1'], passenger)).toBe(true);
  });

  it('is false when a word says which ("two rescue boats"), or no quote holds the thing', () => {
    const boat = oneAsked(corpus, words('which boat was sent')) ?? [];
    expect(countedOnly(corpus, ['p6.s1'], boat)).toBe(false);
    expect(countedOnly(corpus, ['p2.s1'], oneAsked(corpus, words('which passenger was killed')) ?? [])).toBe(
      true,
    );
    expect(countedOnly(corpus, ['p6.s1'], oneAsked(corpus, words('which passenger was killed')) ?? [])).toBe(
      false,
    );
  });
});

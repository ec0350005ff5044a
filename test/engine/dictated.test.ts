/**
 * Messages as people dictate or write them on the tiny lighthouse article (test/fixtures/tiny):
 * punctuation said aloud is the mark ("... question mark"), and "real" in "the real cost" asks
 * for the fact, as "actual" and "true" do, no word of a topic the article lacks.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny'));

describe('dictated and emphatic messages', () => {
  it.each([
    ['How many visitors came on the first weekend question mark', 'p4.s2'],
    ['Who asked for the light to be restored question mark period', 'p3.s2'],
    ['What was the real cost of the restoration', 'p3.s1'],
  ])('answers "%s" with %s', (question, id) => {
    const answer = engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe(id);
  });
});

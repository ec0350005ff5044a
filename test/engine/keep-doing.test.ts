/**
 * Two idioms of ordinary English in the story's words (synonyms.yaml): to keep (on) doing a thing,
 * or to continue doing it, is not to stop ("did they keep bombing", "the jets kept going": the
 * `stop` class, beside "carry on bombing"; "keep" alone stays filler); to "go off on" someone is to
 * lash out at them (the `criticize` class; "went off" alone is a bang, no criticism).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../../knowledge'));
const terms = (q: string) => Object.keys(engine.explain(q).terms);

describe('keeping on, going off on', () => {
  it.each([
    'did the jets keep bombing once the Russians phoned?',
    'so the planes kept going after that?',
    'they kept on bombing for a while, no?',
    'the coalition continued bombing, right?',
  ])('reads "%s" as whether the strike stopped', (q) => {
    expect(terms(q)).toContain('c:stop');
  });

  it('leaves "keep" alone no stop ("keep me posted")', () => {
    expect(terms('keep me posted on what moscow said')).not.toContain('c:stop');
  });

  it.each(['did the envoy go off on moscow?', 'she went off on the russians, right?'])(
    'reads "%s" as criticism',
    (q) => {
      expect(terms(q)).toContain('c:criticize');
    },
  );

  it('reads "went off" with no "on" as no criticism', () => {
    expect(terms('a bomb went off near the base')).not.toContain('c:criticize');
  });
});

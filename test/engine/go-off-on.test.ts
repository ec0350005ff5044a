/**
 * An idiom of ordinary English in the story's words (synonyms.yaml `criticize`): to "go off on"
 * someone is to lash out at them; "went off" with no "on" is a bang or a start, no criticism.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../../knowledge'));
const terms = (q: string) => Object.keys(engine.explain(q).terms);

describe('going off on someone', () => {
  it.each(['did the envoy go off on moscow?', 'she went off on the russians, right?', 'he goes off on them'])(
    'reads "%s" as criticism',
    (q) => {
      expect(terms(q)).toContain('c:criticize');
    },
  );

  it('reads "went off" with no "on" as no criticism', () => {
    expect(terms('a bomb went off near the base')).not.toContain('c:criticize');
  });
});

/**
 * A warning received is being told beforehand (synonyms.yaml `inform`): "did they get any
 * warning", "got a warning", "advance / prior warning"; a warning given ("moscow warned them",
 * "a warning") stays raising the alarm (`alarm`).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../../knowledge'));
const terms = (q: string) => Object.keys(engine.explain(q).terms);

describe('a warning received', () => {
  it.each([
    'did the kremlin get any warning?',
    'they got a warning first, no?',
    'was there prior warning of the raid',
    'any advance warning for moscow?',
  ])('reads "%s" as being told', (q) => {
    expect(terms(q)).toContain('c:inform');
  });

  it('reads a warning given as the alarm raised', () => {
    expect(terms('when did moscow warn the pentagon')).toContain('c:alarm');
    expect(terms('when did moscow warn the pentagon')).not.toContain('c:inform');
  });
});

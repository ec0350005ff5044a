/**
 * "why were US jets even there": a why about being somewhere asks what they were there for (the
 * target), not the place; "there" is no place pronoun to read as the town the turn before named.
 * "why was the plane flying there" asks why it did something there, and keeps "there".
 */
import { describe, expect, it } from 'vitest';
import { readCues } from '../../src/engine/follow-up-cues.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const cues = (text: string) => readCues(tokenize(text));

describe('a why about being there', () => {
  it('asks the purpose, with or without words between the verb and "there"', () => {
    for (const q of ['why were they there', 'why were US jets even there', 'why were they really there?']) {
      const c = cues(q);
      expect(c.beingThere, q).toBe(true);
      expect(
        c.pronouns.some((p) => p.kind === 'place'),
        q,
      ).toBe(false);
    }
  });

  it('is not read into a why about doing something there, nor into a question that is no why', () => {
    expect(cues('why was the plane flying there').beingThere).toBe(false);
    expect(cues('who was there').beingThere).toBe(false);
    expect(cues('why did they bomb there').beingThere).toBe(false);
  });
});

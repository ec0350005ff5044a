/**
 * Sides and questions found around what a message asks (sides66):
 * - the figures of two sides of a point in the story, the sides weighed in the question ("my aunt
 *   says 62 and my brother says 90 ... which one is right"): that point's sides lead
 *   (contested.ts withEverySide);
 * - a verdict word ("confirmed") weighs as a word of the asking, not as a topic the article lacks
 *   (rank.ts askingWords);
 * - a question word as the subject of a passive ("what got destroyed") is a question whole, not a
 *   clause of the next one (engine.ts WHOLE_QUESTION).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(fileURLToPath(new URL('../../knowledge', import.meta.url)));
const ids = (q: string) => engine.answer(q).quotes.map((x) => x.id);

describe('sides and questions found around what a message asks', () => {
  it('the figures of two sides told before "which one is right" lead with those sides', () => {
    const got = ids(
      'there are two numbers going around. my aunt says 62 and my brother says 90 and they keep arguing. which one is right, and who says which?',
    );
    expect(got.slice(0, 2).sort()).toEqual(['p4.s1', 'p4.s2']);
  });

  it('"is it confirmed it was a mistake" is answered, with both sides', () => {
    const answer = engine.answer('is it actually confirmed that it was a mistake');
    expect(answer.answered).toBe(true);
    expect(answer.quotes.map((x) => x.id)).toEqual(expect.arrayContaining(['p4.s1', 'p7.s1']));
  });

  it('"what got destroyed and how many died" answers both', () => {
    const got = ids('what got destroyed and how many died');
    expect(got[0]).toBe('p4.s3');
    expect(got).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
  });
});

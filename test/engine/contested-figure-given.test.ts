/**
 * A question that puts forward a count of what every side of a point counts, a figure no side
 * claims ("wasnt it like 26 soldiers"), asks the disputed count: each side's figure answers it
 * (contested.ts figureOfWhatSidesCount). Not a figure of something else the sentence tells ("did
 * the raid last 30 minutes": the duration, beside the monitor's toll).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((x) => x.id);

describe('a figure given of what every side counts', () => {
  it.each(['wasnt it like 26 soldiers or smth', 'i read 30 soldiers were killed, is that right'])(
    '%s: every side of the toll',
    (q) => {
      expect(engine.answer(q).contested?.id).toBe('death-toll');
      expect(ids(q)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
    },
  );

  it.each([
    ['did the raid last 30 minutes', 'p4.s1'],
    ['were 4 tanks destroyed', 'p4.s3'],
  ])('%s: the figure of something else, one answer', (q, first) => {
    const answer = engine.answer(q);
    expect(answer.quotes[0]?.id).toBe(first);
    expect(ids(q)).not.toContain('p4.s2');
  });
});

/**
 * Where what "how many" counts ends (decide.ts countedTerms, namesIs): "is" before a figure is the
 * verb, saying what the count is ("how many is dozens"), not IS named as whose dead; a verb's past
 * form right after the count, before a word of grammar, counts those it happened to, their noun
 * left out ("how many killed, every channel says different": the channel is not counted). Asked
 * of the project's article (knowledge/): each side's toll, the observatory's 90 (p4.s1) and
 * Damascus and Moscow's 62 (p4.s2).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const shown = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);

describe('what a count counts', () => {
  it('"is" before a figure says what the count is', () => {
    expect(shown('"killed dozens of Syrian soldiers" ok but how many is dozens')).toEqual(
      expect.arrayContaining(['p4.s1', 'p4.s2']),
    );
  });

  it('"IS" before a noun still names whose dead are counted', () => {
    // The article counts no IS fighters.
    expect(engine.answer('how many IS fighters died').answered).toBe(false);
  });

  it('a past verb right after the count ends what is counted', () => {
    expect(shown('how many killed, every channel says different')).toEqual(
      expect.arrayContaining(['p4.s1', 'p4.s2']),
    );
  });
});

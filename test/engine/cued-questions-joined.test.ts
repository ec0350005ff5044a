/**
 * "i want to know who ... and who ...": a cue before a question word in a piece before the first
 * that starts as a question asks one too, when the two are joined by "and" (reader.ts): both
 * questions are answered, not only the second. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('two questions after a cue, joined by "and"', () => {
  it('answers the first as well as the second', () => {
    const a = engine.answer(
      "i want to know who used the word 'grandstanding' and who said 'a very big question mark'",
    );
    const shown = a.quotes.map((q) => q.id);
    // Power's "grandstanding" (p11.s1) and Churkin's "a very big question mark" (p13.s2).
    expect(shown).toEqual(expect.arrayContaining(['p11.s1', 'p13.s2']));
    expect(a.parts?.length).toBe(2);
  });
});

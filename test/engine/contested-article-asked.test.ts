/**
 * A contested point asked in other words (contested.ts pointInOtherWords) may say where it is
 * read: the article, as a medium's name already did ("from the DW piece"), is no word the point
 * must hold ("Kremlin propaganda will say US killed 1000. real numbers per article?": the toll, each
 * side's figure). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('a point read in the article', () => {
  it('quotes each side of the toll', () => {
    const a = engine.answer('Kremlin propaganda will say US killed 1000. real numbers per article?');
    expect(a.quotes.map((q) => q.id)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
  });

  it('names no point when the article alone is asked of', () => {
    const a = engine.answer('what does the article say about the weather');
    expect(a.contested ?? null).toBeNull();
  });
});

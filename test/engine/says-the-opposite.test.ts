/**
 * "say / claim the opposite" (synonyms.yaml disagree) weighs the sides: "the pentagon says moscow
 * was informed, do the russians say the opposite?" asks each side of whether the US coordinated
 * with Russia, not the Pentagon's words alone. "opposite" alone still corrects the turn before
 * (follow-up-opposite.test.ts). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('"say the opposite" weighs the sides', () => {
  it('quotes both sides of whether Moscow was told', () => {
    const a = engine.answer('the pentagon says moscow was informed, do the russians say the opposite?');
    expect(a.contested?.id).toBe('coordination');
    expect(a.quotes.slice(0, 3).map((q) => q.id)).toEqual(expect.arrayContaining(['p16.s1', 'p17.s1']));
  });

  it('"claims the opposite" of the mistake', () => {
    const a = engine.answer('the US calls it unintentional. does anybody claim the opposite');
    expect(a.contested?.id).toBe('intent');
  });
});

/**
 * The sides of the contested point the message's first question asks stay within the first three
 * quotes when another question of the message takes its turn among them (engine.ts sidesShown):
 * the sides' unit follows the first quote, and the quotes it passes follow it. A later question's
 * point never pushes out the quote that leads its own answer. Unit cases on made-up ids, then the
 * project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { ContestedPoint } from '../../src/engine/answer.ts';
import { sidesShown } from '../../src/engine/engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const point: ContestedPoint = {
  id: 'p',
  topic: 'Was it a mistake?',
  sides: [
    { label: 'Yes', quoteIds: ['s1'] },
    { label: 'No', quoteIds: ['s2'] },
  ],
} as unknown as ContestedPoint;

describe('sidesShown', () => {
  it('moves the sides cut by another question up behind the first quote', () => {
    const answers = [
      { ids: ['lead', 's1', 's2'], contested: point },
      { ids: ['other', 's2'], contested: null },
    ];
    expect(sidesShown(['lead', 'other', 's1', 's2'], answers)).toEqual(['lead', 's1', 's2', 'other']);
  });

  it('never pushes out the first quote of a question no side answers', () => {
    const answers = [
      { ids: ['lead', 's1', 's2'], contested: point },
      { ids: ['other'], contested: null },
    ];
    expect(sidesShown(['lead', 'other', 's1', 's2'], answers)).toEqual(['lead', 'other', 's1', 's2']);
  });

  it('leaves the order alone when the sides are all shown', () => {
    const answers = [
      { ids: ['s1', 's2', 'lead'], contested: point },
      { ids: ['other'], contested: null },
    ];
    expect(sidesShown(['s1', 's2', 'other', 'lead'], answers)).toEqual(['s1', 's2', 'other', 'lead']);
  });

  it("leaves it alone when the first quote is not the lead of the point's own question", () => {
    const answers = [
      { ids: ['lead', 's1', 's2'], contested: point },
      { ids: ['first', 's2'], contested: null },
    ];
    expect(sidesShown(['first', 'lead', 's1', 's2'], answers)).toEqual(['first', 'lead', 's1', 's2']);
  });

  it('leaves it alone with no contested point', () => {
    const answers = [
      { ids: ['lead', 's1', 's2'], contested: null },
      { ids: ['other', 's2'], contested: null },
    ];
    expect(sidesShown(['lead', 'other', 's1', 's2'], answers)).toEqual(['lead', 'other', 's1', 's2']);
  });
});

describe('the blame asked beside what each one says', () => {
  const engine = loadEngine(KNOWLEDGE_DIR);
  it('quotes both sides of whether it was a mistake within the three', () => {
    const a = engine.answer('who is to blame for the strike, what does the US say and what does russia say');
    expect(a.contested?.id).toBe('intent');
    const shown = a.quotes.map((q) => q.id);
    // The US's regret for the unintentional loss (p18.s1) and Russia's "criminal negligence" (p7.s1).
    expect(shown).toEqual(expect.arrayContaining(['p18.s1', 'p7.s1']));
  });
});

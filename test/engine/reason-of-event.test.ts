/**
 * A why-question of a reason point's event (contested.yaml `reason`), though no quote shown is a
 * side of it (contested.ts reasonOfEvent): "why would the warplanes bomb syrian troops" names the
 * strike, and what the point says holds most of the question's weight, so every side of whether
 * it was a mistake is quoted after what the jets were after. Not "why did the US call off the
 * strike": no side says the calling off. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const shown = (q: string) => engine.answer(q).quotes.map((x) => x.id);

describe('why of a reason point event', () => {
  it('quotes each side of whether the strike was a mistake', () => {
    const a = engine.answer('why would the warplanes bomb syrian troops');
    expect(a.contested?.id).toBe('intent');
    // The US's "unintentional" (with the toll, p4.s1) and Syria's army's "conclusive evidence" (p20.s1).
    expect(shown('why would the warplanes bomb syrian troops')).toEqual(
      expect.arrayContaining(['p4.s1', 'p20.s1']),
    );
  });

  it('not a why of what no side says', () => {
    const a = engine.answer('why did the US call off the strike');
    expect(a.contested).toBe(null);
    expect(a.quotes[0]?.id).toBe('p5.s2');
  });
});

/**
 * Fighting said of diplomats is a quarrel in words (analyzer.ts diplomatsQuarrel): "what did power
 * and churkin fight about" asks of their accusations, as "quarrel" does (synonyms.yaml accuse),
 * not of IS fighting the regime; fighting said of IS or of soldiers keeps its sense. Asked of the
 * project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const POWER_ACCUSES = 'p11.s1';
const IS_BATTLES = 'p5.s1';
const first = (q: string) => engine.answer(q).quotes[0]?.id;

describe('a fight between diplomats', () => {
  it('reads as their quarrel', () => {
    expect(first('what did power and churkin fight about')).toBe(POWER_ACCUSES);
    expect(first('what did power and churkin clash over')).toBe(POWER_ACCUSES);
    expect(first('the diplomats clashed at the UN, over what?')).toBe(POWER_ACCUSES);
  });

  it('leaves fighting said of IS or the army', () => {
    expect(first('who was IS fighting in that area')).toBe(IS_BATTLES);
  });
});

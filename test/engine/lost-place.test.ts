/**
 * A place lost is ground given up (analyzer.ts lostGround, HELD_GROUND): "did the syrian army lose
 * the place" asks whether IS pushed them out (p6.s1), not what was destroyed. Asked of the
 * project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('losing a place', () => {
  it('is the ground lost', () => {
    const a = engine.answer('is it true that the syrian army lost the place after the bombing?');
    expect(a.quotes[0]?.id).toBe('p6.s1');
  });

  it('not a loss in a place', () => {
    const a = engine.answer('what did the army lose in that place');
    expect(a.quotes[0]?.id).not.toBe('p6.s1');
  });
});

/**
 * Issue 11, both sides: a charge of the UN exchange put for a verdict ("was the UN meeting a
 * stunt?") may hold what the charge is about, told around the quotation (Power's "stunt", of
 * calling for the meeting), and the other speaker's words answer it too (contested.ts
 * asksQuotedClaim).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const POWER = ['p11.s1', 'p11.s2', 'p12.s1'];
const CHURKIN = ['p14.s2', 'p13.s2', 'p14.s1'];

describe('a charge of the exchange put for a verdict', () => {
  it('Power\'s "stunt", of calling the meeting: Churkin\'s words too', () => {
    const answer = engine.answer('was the UN meeting just a stunt?');
    const shown = answer.quotes.map((quote) => quote.id);
    expect(answer.contested?.id).toBe('un-exchange');
    expect(shown.some((id) => POWER.includes(id))).toBe(true);
    expect(shown.some((id) => CHURKIN.includes(id))).toBe(true);
  });

  it('not what no quotation of hers charges: his walking out', () => {
    expect(engine.answer('did churkin walk out before power spoke?').contested).toBeNull();
  });
});

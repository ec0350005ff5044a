/**
 * Whether the US explained the strike (contested.yaml `explanation`): the White House's regret for
 * an unintentional loss of life against the Russian Foreign Ministry's "unable to provide an
 * adequate explanation". Asked of the explanation, both are quoted; the US military's account
 * (p5.s1) is no side, so what Russia says after it is still its accusation of the pilots (intent).
 * A reply asked in a further question ("..., and what does moscow think of it") is the side of the
 * point the first question asks, though that side is shown already.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);

describe('the US explanation against Russia\'s "no adequate explanation"', () => {
  it.each([
    'what was the US explanation and did russia buy it',
    'has washington gave any explanation and what does moscow think of it',
    'did the americans ever explain themselves or did russia say they didnt',
    'did the americans even explain themselves? the russians are ragin about it',
  ])('%s: both sides', (q) => {
    const shown = ids(q);
    expect(shown).toContain('p18.s1');
    expect(shown).toContain('p15.s1');
  });
  it('what Russia says after the US military named the target is still its accusation', () => {
    const shown = ids('what did the US say the target was, and does russia buy that?');
    expect(shown[0]).toBe('p5.s1');
    expect(shown).toContain('p7.s1');
  });
  it('a further question naming only the US asks no explanation', () => {
    const shown = ids('what does the US even claim, and what do the syrians and russians say back');
    expect(shown).toContain('p7.s1');
    expect(shown).not.toContain('p15.s1');
  });
  it.each([
    'what did the foreign ministry slam the US representatives for',
    'what did the white house official tell reuters',
    "what did russia's foreign ministry say",
  ])('%s: one speaker asked, no point (their sides share only the saying)', (q) => {
    expect(engine.answer(q).contested).toBeNull();
  });
});

/**
 * Issue 11, both sides of the exchange at the UN: "who said what" asks every speaker's words, and
 * at the UN a country speaks through its envoy, so "the yank or the russian" there names Power's
 * side and Churkin's (contested.ts sidesNamedThere; analyzer.ts asksEveryOne).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { asksEveryOne } from '../../src/engine/analyzer.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const POWER = ['p11.s1', 'p11.s2', 'p12.s1'];
const CHURKIN = ['p14.s2', 'p13.s2', 'p14.s1'];
const bothAmbassadors = (q: string) => {
  const answer = engine.answer(q);
  const shown = answer.quotes.map((quote) => quote.id);
  expect(answer.contested?.id, q).toBe('un-exchange');
  expect(
    shown.some((id) => POWER.includes(id)),
    q,
  ).toBe(true);
  expect(
    shown.some((id) => CHURKIN.includes(id)),
    q,
  ).toBe(true);
};

describe('"who said what"', () => {
  it('asks of every one who spoke', () => {
    expect(asksEveryOne(tokenize('who said what'))).toBe(true);
    expect(asksEveryOne(tokenize('ok but who says what to the press'))).toBe(true);
    expect(asksEveryOne(tokenize('who claimed what about the strike'))).toBe(true);
  });

  it('not "what" beginning a clause of its own, nor "who said that"', () => {
    expect(asksEveryOne(tokenize('who said what happened'))).toBe(false);
    expect(asksEveryOne(tokenize('who said what was going on'))).toBe(false);
    expect(asksEveryOne(tokenize('who said that'))).toBe(false);
  });

  it('of the meeting at the UN, quotes each ambassador', () => {
    bothAmbassadors('the security council meeting was a mess, who said what');
  });
});

describe('a country at the UN is its envoy', () => {
  it('the two countries named at the UN name both sides of the exchange', () => {
    bothAmbassadors('who was harsher at the UN, the american or the russian');
    bothAmbassadors('what did moscow and washington say to each other at the un');
  });

  it('not with an envoy named: the country is what the words are about', () => {
    const shown = engine.answer('what did power say russia was doing at the UN').quotes.map((q) => q.id);
    expect(shown.slice(0, 3).some((id) => CHURKIN.includes(id))).toBe(false);
  });

  it('not asked of anything but words: the countries are who did it', () => {
    expect(
      engine.answer('was it russia or the US that wanted the security council to meet').contested?.id,
    ).not.toBe('un-exchange');
  });

  it('not without the place: the countries alone are no envoys', () => {
    expect(engine.answer('did the US and russia agree to a ceasefire').contested?.id).not.toBe('un-exchange');
  });
});

describe('two words sharing the noun after them, the article said again (analyzer.ts sharedHead)', () => {
  it('"the american or the russian ambassador" names each ambassador', () => {
    const terms = engine.explain('who came off worse, the american or the russian ambassador').terms;
    expect(Object.keys(terms)).toEqual(expect.arrayContaining(['e:power', 'e:churkin']));
    bothAmbassadors('what did the american and the russian envoys say');
  });
});

/**
 * Issue 11, both sides: a message that asks for each party's version of the ambassadors' exchange,
 * or for both figures of the toll, quotes every side, however it names them: the sides weighed at
 * the UN, "each ambassador", the row in words of how people speak to each other, "summarise the
 * exchange", "both figures".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { asksEveryOne } from '../../src/engine/analyzer.ts';
import { type ConversationTurn, turnOf } from '../../src/engine/conversation.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);
/** One quote of Power's side and one of Churkin's among the first three. */
const POWER = ['p11.s1', 'p11.s2', 'p12.s1'];
const CHURKIN = ['p14.s2', 'p13.s2', 'p14.s1'];
const bothAmbassadors = (q: string) => {
  const shown = ids(q);
  expect(engine.answer(q).contested?.id, q).toBe('un-exchange');
  expect(
    shown.some((id) => POWER.includes(id)),
    q,
  ).toBe(true);
  expect(
    shown.some((id) => CHURKIN.includes(id)),
    q,
  ).toBe(true);
};

describe('the exchange at the UN, each side', () => {
  it('the sides weighed at the UN, no ambassador named (the wording of the point)', () => {
    bothAmbassadors('washington vs moscow at the UN, what happened');
    bothAmbassadors('what did both sides say at the un security council');
  });

  it('"each ambassador", "each envoy": every one of them', () => {
    expect(asksEveryOne(tokenize('what did each ambassador say'))).toBe(true);
    expect(asksEveryOne(tokenize('what did each one say'))).toBe(true);
    expect(asksEveryOne(tokenize('did they insult each other'))).toBe(false);
    expect(asksEveryOne(tokenize('what did Each Power say'))).toBe(false);
    bothAmbassadors('what did each envoy say to the press');
  });

  it('"both ambassadors" with the row in the words of a fight', () => {
    bothAmbassadors('the UN got heated, what did both ambassadors say');
  });

  it('words of how people speak in a row ask the words of the two named', () => {
    bothAmbassadors('power and churkin were shouting at each other, what did each say');
    bothAmbassadors('summarise the exchange between power and churkin, each side in turn');
  });

  it('not what neither side says: why he walked out, in a message about the row', () => {
    const q = 'power and churkin were shouting at each other, why did churkin leave the room';
    expect(ids(q)[0]).toBe('p13.s1');
    expect(engine.answer(q).contested).toBeNull();
  });

  it('not a question of what someone says with no sides at the UN', () => {
    expect(engine.answer('what did each pilot say').answered).toBe(false);
  });
});

describe('both figures of the toll', () => {
  it('"both figures" asks a number too: the 90 and the 62', () => {
    for (const q of ['who gives both figures', 'where do both numbers come from']) {
      expect(engine.answer(q).contested?.id, q).toBe('death-toll');
      expect(ids(q), q).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
    }
  });
});

describe('a follow-up that only weighs the sides', () => {
  it('asks the point every side of which the turn before quoted', () => {
    const turns: ConversationTurn[] = [];
    for (const q of ['how many did the monitor count', 'and what figure did damascus give']) {
      turns.push(turnOf(engine.answer(q, turns)));
    }
    const answer = engine.answer('ok so who is right', turns);
    expect(answer.contested?.id).toBe('death-toll');
    expect(answer.quotes.map((q) => q.id)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
  });
});

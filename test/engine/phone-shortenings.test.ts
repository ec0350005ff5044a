/**
 * Issue 11, fast phone typing (made-up questions, none of an evaluation set): words shortened on
 * a phone's keyboard, vowels or endings left out ("mtg", "ded", "acc to", "nxt", "rly",
 * "tho", "wer", "whn", "aftr"), read as the words they stand for (chat.yaml abbreviations), and
 * currency codes typed in lower case ("usd", "eur"): money, not the US.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);

describe('words shortened on a phone', () => {
  it('lists them by default', () => {
    expect(DEFAULT_CHAT.abbreviations.mtg).toBe('meeting');
    // "amb" is left out: it stands as often for ambulance or amber as for ambassador.
    expect(DEFAULT_CHAT.abbreviations.amb).toBeUndefined();
    expect(DEFAULT_CHAT.abbreviations.ded).toBe('dead');
    expect(DEFAULT_CHAT.abbreviations.acc).toBe('according');
    expect(DEFAULT_CHAT.abbreviations.whn).toBe('when');
  });
  it.each([
    ['who wanted the un mtg', 'who wanted the un meeting'],
    ['who called the un mtg', 'who called the un meeting'],
    ['how many ded acc to the observatory', 'how many dead according to the observatory'],
    ['did isis rly gain ground aftr the raid tho', 'did isis really gain ground after the raid though'],
    ['whn wer the soldiers hit', 'when were the soldiers hit'],
  ])('"%s" is answered as "%s" is', (typed, english) => {
    expect(ids(english).length).toBeGreaterThan(0);
    expect(ids(typed)).toEqual(ids(english));
  });
});

describe('currency codes in lower case', () => {
  it('reads them as money, so a question of exchange rates is not about the US', () => {
    expect(DEFAULT_CHAT.abbreviations.usd).toBe('dollars');
    expect(ids('gbp/usd rate rn?')).toEqual([]);
  });
});

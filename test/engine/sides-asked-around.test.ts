/**
 * A contested point asked in chat's words around it gets every side: an exchange whose two
 * speakers are named though no quote shown is a side of it, "the two UN ambassadors", a quoted
 * claim in the words of the point's other wording, chat filler and slang around a toll.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { asksEveryOne } from '../../src/engine/analyzer.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);

describe('every side, asked in words around the point', () => {
  it('an exchange whose two speakers are named, though the quote that answers is no side', () => {
    const answer = engine.answer('power vs churkin who said what');
    expect(answer.contested?.id).toBe('un-exchange');
    expect(ids('power vs churkin who said what')).toEqual(expect.arrayContaining(['p11.s1', 'p14.s2']));
  });

  it('not when the question asks what neither side says (an address, a walk-out)', () => {
    expect(
      engine.answer('what churkin did when power was about to address the council').contested,
    ).toBeNull();
  });

  it('"the two UN ambassadors": each of them', () => {
    expect(asksEveryOne(tokenize('the two UN ambassadors who said what'))).toBe(true);
    expect(asksEveryOne(tokenize('the two of us'))).toBe(false);
    expect(engine.answer('the two UN ambassadors, who said what').contested?.id).toBe('un-exchange');
  });

  it("a quoted claim in the words of the point's other wording", () => {
    const answer = engine.answer("pentagon: 'we told u' russia: 'no u didnt coordinate' who's right");
    expect(answer.contested?.id).toBe('coordination');
  });

  it('the toll, with slang and filler around it', () => {
    for (const q of [
      "how many of assad's men were killed",
      'how many squaddies actually copped it',
      'yeah sure the numbers are totally reliable from every side, so what are the competing tolls',
    ]) {
      expect(engine.answer(q).contested?.id, q).toBe('death-toll');
      expect(ids(q), q).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
    }
  });

  // The intent point's "Who is to blame for the strike?" wording holds "who's saying which"; the
  // figures of both sides of the toll name that point's own dispute, so it is the toll's.
  it('the toll as bare figures and "whos saying which" is the toll point', () => {
    const q = 'this is just 90 vs 62 copium both ways, whos saying which';
    expect(engine.answer(q).contested?.id).toBe('death-toll');
    expect(ids(q), q).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
  });

  it("a message naming a point's own disputed values belongs to that point, spelled out or not", () => {
    for (const q of [
      '90 or 62, who is to blame',
      'this is just ninety vs sixty-two copium both ways, whos saying which',
      'ninety or sixty two, whos saying which',
    ]) {
      expect(engine.answer(q).contested?.id, q).toBe('death-toll');
      expect(ids(q), q).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
    }
  });
});

describe('a count put forward in words ("a hundred") asks the disputed toll', () => {
  it('every side of the toll answers it, as "100" would', () => {
    for (const q of [
      'did more then a hundred die or less then that',
      'Hundred dead, was it? Or did I dream that.',
    ]) {
      const answer = engine.answer(q);
      expect(answer.contested?.id).toBe('death-toll');
      expect(ids(q)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
    }
  });
});

describe('a summary asked of the exchange ("tl;dr", "summarize") is how it is asked, not what', () => {
  it('each ambassador is quoted', () => {
    for (const q of ['summarize power vs churkin', 'tl;dr of power and churkin, who said what']) {
      expect(ids(q).slice(0, 3), q).toEqual(expect.arrayContaining(['p11.s1', 'p14.s2']));
    }
  });

  it('not what neither said (the walk-out)', () => {
    expect(engine.answer('did churkin walk out before power spoke, what happened').contested).toBeNull();
  });
});

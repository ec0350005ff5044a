/**
 * French and Italian speakers writing English: their words left in their own language
 * ("bombardamento", "ambassadrice", "l'armée", "qu'est-ce qu'il a dit"), their phrasings ("how
 * much time" and "combien de temps" for how long, "finally" for in the end), false friends
 * ("pretend" is to claim), laughter ("ahah") and follow-up openers ("scusa, ...", "autre chose :
 * ..."). Each is answered as the plain English question is (knowledge/chat.yaml, synonyms.yaml,
 * entities.yaml; reader.ts, idioms as typed; tokenize.ts, elided articles).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const entry = (a: Answer) => (a.answered ? a.qa : null);
const first = (a: Answer) => (a.answered ? (a.quotes[0]?.text ?? '') : '');

describe('an article or preposition elided onto its noun', () => {
  it('is dropped: the noun is the word', () => {
    expect(tokenize("l'armée dell'esercito d'Assad all'ONU").map((t) => t.word)).toEqual([
      'armee',
      'esercito',
      'assad',
      'onu',
    ]);
  });

  it('leaves English contractions alone ("y\'all", "don\'t", "o\'clock")', () => {
    expect(tokenize("y'all don't o'clock").map((t) => t.word)).toEqual(["y'all", "don't", "o'clock"]);
  });
});

describe('French and Italian words and phrasings', () => {
  it.each([
    ['combien de temps the bombardamento lasted ?', 'how long did the bombing last?'],
    ['how much time the bombing lasted ?', 'how long did the bombing last?'],
    ["what did l'armée syrienne say ?", 'what did the Syrian army say?'],
    [
      "et Churkin, qu'est-ce qu'il a dit aux journalistes ? in english please ahah",
      'what did Churkin tell reporters?',
    ],
    ['why the bombing was interrupted ?', 'why was the bombing stopped?'],
    ['what the US pretends ?', 'what does the US claim?'],
    ['how many soldiers died, finally ?', 'how many soldiers died?'],
  ])('"%s" is answered as "%s" is', (typed, english) => {
    const asked = entry(engine.answer(english, []));
    expect(asked).not.toBeNull();
    expect(entry(engine.answer(typed, []))).toBe(asked);
  });

  it('"the ambassadrice americaine" is the US ambassador', () => {
    expect(first(engine.answer('what the ambassadrice americaine said ?', []))).toContain('Power');
  });

  it('"not satisfied with the explanations" is the explanation found not adequate', () => {
    expect(first(engine.answer('the Russians are not satisfied with the US explanations ?', []))).toContain(
      'adequate explanation',
    );
  });
});

describe('their follow-up openers', () => {
  it('"scusa, ..." corrects the turn before as "sorry, ..." does', () => {
    const sorry = askInTurn(
      engine,
      'what did the Pentagon say before the strike?',
      'sorry, after the strike I meant',
    );
    const scusa = askInTurn(
      engine,
      'what did the Pentagon say before the strike?',
      'scusa, after the strike I meant',
    );
    expect(scusa.at(-1)?.answered).toBe(true);
    expect(first(scusa.at(-1) as Answer)).toBe(first(sorry.at(-1) as Answer));
  });

  it('"autre chose : ..." starts a new subject', () => {
    const a = askInTurn(
      engine,
      'what did Australia say?',
      'autre chose : it was a mistake by the americans or not?',
    );
    const alone = engine.answer('it was a mistake by the americans or not?', []);
    expect(a.at(-1)?.answered).toBe(true);
    expect(first(a.at(-1) as Answer)).toBe(first(alone));
  });
});

/**
 * mayUrge (answer-type.ts): the cheap test that lets urgedClauses skip tokenising the passages
 * of a rare word when none can hold a word of asking for. It must be true of every text that
 * holds one (it only saves work: a false "no" would change an answer), in any form baseForms()
 * reads back to a verb or noun of asking for, and false of most text.
 */
import { describe, expect, it } from 'vitest';
import { mayUrge } from '../../src/engine/answer-type.ts';
import { baseForms } from '../../src/text/base-forms.ts';

// answer-type.ts's URGING, as written there.
const URGING = `urge demand request ask want seek sought insist need require wish push call appeal plead beg
   demands requests calls appeals plea pleas promise pledge vow promises pledges vows`.split(/\s+/);

/** The forms a word of asking for is written in, as baseForms() reads them back. */
function inflections(base: string): string[] {
  const stem = base.replace(/e$/, '');
  const last = base.at(-1) as string;
  return [
    base,
    `${base}s`,
    `${base}es`,
    `${stem}es`,
    `${base}ed`,
    `${stem}ed`,
    `${base}ing`,
    `${stem}ing`,
    `${base}${last}ed`,
    `${base}${last}ing`,
  ];
}

describe('mayUrge', () => {
  it('is true of every form baseForms reads back to a word of asking for, in any case and with dots', () => {
    let checked = 0;
    for (const base of URGING)
      for (const word of inflections(base)) {
        if (!baseForms(word, 'v').some((w) => URGING.includes(w))) continue;
        checked++;
        for (const text of [
          word,
          `Moscow ${word} an inquiry, officials said.`,
          `MOSCOW ${word.toUpperCase()} AN INQUIRY`,
          `The ${word.split('').join('.')}. of it`,
        ])
          expect(mayUrge(text), text).toBe(true);
      }
    expect(checked).toBeGreaterThan(100);
  });

  it('is true of any text with a letter outside ASCII (folding takes accents off)', () => {
    expect(mayUrge('Russia démanded an inquiry')).toBe(true);
    expect(mayUrge('Ｒｕｓｓｉａ')).toBe(true);
  });

  it('is false of text with no word of asking for', () => {
    expect(mayUrge('The strike killed 62 soldiers near the airport on Saturday.')).toBe(false);
    expect(mayUrge('')).toBe(false);
  });
});

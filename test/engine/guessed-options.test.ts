/**
 * Values a question guesses and options it offers: "was it friday night?" guesses the day (read as
 * the knowledge's "day", so the sentence with the right day answers), "daytime or night" and
 * "soldiers or civilians" offer two options of which the article holds one (the other weighs
 * nothing), and "straight after" says how soon (analyzer.ts timeGuessed, optionBeside, nearInTime).
 * On the project's own article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const first = (q: string) => engine.answer(q).quotes[0]?.text ?? '(abstained)';
const RAID = /^The Saturday night raid/;

describe('a time the writer guesses', () => {
  it('is answered by the sentence with the day the article gives', () => {
    for (const q of ['was it friday night?', 'was it daytime or night', 'did it happen in the morning?'])
      expect(first(q), q).toMatch(RAID);
  });

  it('stays unknown in a question asking something else of that day', () => {
    expect(engine.answer('what did russia say on monday').quotes).toHaveLength(0);
    expect(engine.answer('did anything happen on monday').quotes).toHaveLength(0);
    const explained = engine.explain('what did russia say on monday') as { unknown: { word: string }[] };
    expect(explained.unknown.map((u) => u.word)).toContain('monday');
  });
});

describe('an option offered beside one the article holds', () => {
  it('weighs nothing', () => {
    const explained = engine.explain('were they soldiers or civilians') as {
      unknown: { word: string; degree?: true }[];
    };
    expect(explained.unknown.find((u) => u.word === 'civilians')?.degree).toBe(true);
    expect(first('soldiers or civilians?')).toMatch(RAID);
  });

  it('is a topic when no option is the article’s', () => {
    expect(engine.answer('were civilians or children killed').quotes).toHaveLength(0);
    expect(engine.answer('were any civilians killed').quotes).toHaveLength(0);
  });
});

describe('how soon, said before "after"', () => {
  it('weighs nothing', () => {
    expect(first('what were IS up to straight after the bombs')).toMatch(/^However, the IS militia used/);
    const explained = engine.explain('what did IS do shortly after the strike') as {
      unknown: { word: string; degree?: true }[];
    };
    expect(explained.unknown.every((u) => u.word !== 'shortly' || u.degree)).toBe(true);
  });
});

describe('a sharpened question word and the time after', () => {
  it('"where geographically" asks where', () => {
    expect(first('where geographically was this')).toMatch(RAID);
    const explained = engine.explain('where geographically was this') as {
      unknown: { word: string; degree?: true }[];
    };
    expect(explained.unknown.find((u) => u.word === 'geographically')?.degree).toBe(true);
  });

  it('"in the aftermath of" is after', () => {
    expect(first('what did IS do in the aftermath of the strike')).toMatch(/^However, the IS militia used/);
  });

  it('"did it drag on" asks how long', () => {
    expect(first('was the raid over quickly or did it drag on')).toMatch(RAID);
  });
});

describe('an object fronted by "what"', () => {
  it('makes its phrase with the verb again', () => {
    for (const q of [
      'what message did the US send to damascus',
      'which message did washington send to syria',
    ])
      expect(first(q), q).toMatch(/^The US relayed its "regret" to Syria/);
  });

  it('leaves a noun that makes no phrase with the verb', () => {
    expect(engine.answer('what jets did they send').quotes).toHaveLength(0);
  });
});

describe('what these readings leave alone', () => {
  it('a day asked in the present, a kind asked between near-synonyms, a noun known on its own', () => {
    for (const q of [
      'is it wednesday or thursday this week?',
      'does anyone know if the seminar is on thursday',
      'which syrian unit or division was it that got hit?',
      'do we know the names or ranks of the soldiers who died?',
      'how many jets were used and what bombs did they drop',
    ])
      expect(engine.answer(q).quotes, q).toHaveLength(0);
  });
});

describe('a leader owning the forces named after him', () => {
  it('"assad\'s generals" are the Syrian army, whose the name says', () => {
    expect(first("how did assad's generals describe the bombing")).toMatch(
      /^Syria's army labeled the strikes/,
    );
    expect(engine.answer("what did assad's generals say about russia").quotes).toHaveLength(0);
  });
});

describe('a tip-off', () => {
  it('is a warning as well as word in advance', () => {
    expect(first('who tipped off the americans that they were hitting the wrong side')).toMatch(
      /^They added that the strike was aborted as soon as Moscow raised the alarm/,
    );
  });
});

describe('a topic switch in a sentence of its own', () => {
  it('"Anyway..." before a whole question starts afresh', () => {
    const [, then] = askInTurn(engine, 'did the russians know in advance?', 'Anyway... where did it happen?');
    expect(then?.quotes[0]?.text).toMatch(RAID);
  });
});

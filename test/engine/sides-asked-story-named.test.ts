/**
 * The sides asked in new words: "how does each side put it" after a story that names the
 * parties (the point's topic names them in the story, not the question), "a contradiction",
 * "reconcile", and "does russia push back" on an exchange (an objection is the other
 * side's answer when the sides are weighed).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);

describe('the sides asked of a story that names the parties', () => {
  it('"how does each side put it" after a story naming Russia, the US and the Pentagon', () => {
    const q =
      'So Moscow is angry that Washington will not coordinate, yet the Pentagon claims it told the Kremlin in advance. ' +
      'How does each side put it in the article?';
    expect(engine.answer(q).contested?.id).toBe('coordination');
    expect(ids(q)).toEqual(expect.arrayContaining(['p16.s1', 'p17.s1']));
  });

  it('not when the story names none of the point', () => {
    const q = 'I read the whole piece on the train this morning. How does each side put it in the article?';
    expect(engine.answer(q).contested?.id).not.toBe('coordination');
  });
});

describe('words that weigh sides', () => {
  it('a contradiction, reconciling', () => {
    for (const q of [
      'russia says the US refuses to coordinate, the pentagon says it informed moscow, contradiction?',
      'russia says the US refuses to coordinate and the pentagon says it informed moscow, how do i reconcile that',
    ]) {
      expect(ids(q), q).toEqual(expect.arrayContaining(['p16.s1', 'p17.s1']));
    }
  });

  it('"does russia push back" on the UN exchange: both ambassadors', () => {
    const q = 'what did power claim about russia and does russia push back on the UN stuff';
    expect(engine.answer(q).contested?.id).toBe('un-exchange');
  });

  it('an objection asked without the sides weighed is no exchange', () => {
    expect(engine.answer('did churkin object to anything').contested?.id).not.toBe('un-exchange');
  });
});

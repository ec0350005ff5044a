/**
 * A why after a person's words is answered with what they said next (follow-up-answers.ts
 * whyNext); of those sentences, one that gives a reason ("If what Ambassador Power has done today
 * is any indication ... then we are in serious trouble") leads one that gives none ("I would be
 * very interested to see how Washington is going to react"). Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('of what they said next, a reason leads', () => {
  it.each([
    ['churkin says the peace effort is a big question mark', "why's he so pessimistic"],
    ['did churkin reckon the peace deal would survive', 'why so gloomy, mate'],
  ])('"%s" -> "%s": serious trouble first', (first, why) => {
    const [, a] = ask(first, why);
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p14.s2');
    expect(a?.quotes.map((q) => q.id)).toContain('p14.s1');
  });
});

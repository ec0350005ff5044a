/**
 * Greek, Israeli, Iranian and Ukrainian members writing English (issue 11): the asides of their
 * languages typed in Latin letters ("re malaka", "ela", "walla", "sababa", "achi", "stam", "khob",
 * "bozhe") are filler, and the words they use for the story ("shouting at each other" of the
 * diplomats' harsh language, IS "walked in" after the strike) are read as the story's.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const first = (q: string) => engine.answer(q).quotes[0]?.id;

describe('Greek, Hebrew, Persian and Ukrainian asides among English words', () => {
  it('lists them by default', () => {
    expect(DEFAULT_CHAT.filler).toEqual(
      expect.arrayContaining(['re malaka', 'ela', 'walla', 'sababa', 'achi', 'stam', 'khob', 'bozhe']),
    );
  });
  it.each([
    ['re malaka how many soldiers were killed', 'how many soldiers were killed'],
    ['ela what did australia say after', 'what did australia say after'],
    ['khob who is churkin', 'who is churkin'],
    ['achi what did the syrian regime lose in the bombing', 'what did the syrian regime lose in the bombing'],
    ['bozhe how long did the raid last', 'how long did the raid last'],
    ['stam another q, what did russia urge the US to do', 'what did russia urge the US to do'],
  ])('"%s" is answered as "%s" is', (typed, english) => {
    expect(first(english)).toBeDefined();
    expect(first(typed)).toBe(first(english));
  });
  it('keeps "re" alone as "about"', () => {
    expect(DEFAULT_CHAT.abbreviations.re).toBe('about');
  });
});

describe('the story in their words', () => {
  it('reads diplomats "shouting at each other" as their harsh language', () => {
    expect(first('were the diplomats shouting at each other with reporters')).toBe('p9.s2');
  });
  it('reads IS that "walked in" after the strike as IS taking the ground', () => {
    expect(first('so IS just walked in after the bombing?')).toBe('p6.s1');
  });
});

describe('a contested point asked in their words', () => {
  const ids = (q: string) => engine.answer(q).quotes.map((q) => q.id);
  it('answers "and what X answer(s)" after one side with X\'s side of the same point', () => {
    // Russia's "criminal negligence" is a side of whether it was a mistake: the US's answer on it
    // (the White House's "unintentional loss of life"), not Power's words at the UN.
    const shown = ids('who is to blame according to the russians, and what the americans answer');
    expect(shown).toEqual(expect.arrayContaining(['p7.s1', 'p18.s1']));
    expect(shown).not.toContain('p11.s2');
  });
});

/**
 * Three voices of issue 11 (made-up questions, none of an evaluation set): Caribbean English
 * Creoles ("wha dem seh", "fi", "cyaan", "di", "mash up", "or nah"), Spanish mixed into English
 * ("que dijo", "segun", "pidieron perdon", "gringos", forms of address as filler), homework chat
 * ("my teacher wants", "due at 9", "in 3 sentences"), and words a phone's dictation or a dyslexic
 * typist splits or runs together ("am bass a door", "be fore", "whatdid").
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);

describe('Caribbean Creole, Spanish and homework words among English ones', () => {
  it('lists them by default', () => {
    expect(DEFAULT_CHAT.abbreviations.seh).toBe('say');
    expect(DEFAULT_CHAT.abbreviations.cyaan).toBe('cannot');
    expect(DEFAULT_CHAT.abbreviations.dijo).toBe('said');
    expect(DEFAULT_CHAT.abbreviations.segun).toBe('according to');
    expect(DEFAULT_CHAT.idioms['pidieron perdon']).toBe('apologized');
    expect(DEFAULT_CHAT.idioms['mash up']).toBe('destroyed');
    expect(DEFAULT_CHAT.filler).toEqual(
      expect.arrayContaining(['bredda', 'wagwan', 'chamo', 'guey', 'my teacher wants', 'due at #']),
    );
  });
  it.each([
    ['bredda wha moscow seh bout di western pilots', 'what did moscow say about the western pilots'],
    ['wha australia tell dem fi do', 'what did australia tell them to do'],
    ['di UN meeting was called by who', 'the UN meeting was called by who'],
    ['chamo que dijo churkin', 'what did churkin say'],
    ['cuantos murieron segun damasco', 'how many died according to damascus'],
    ['los gringos pidieron perdon?', 'did the americans apologize?'],
    ['my teacher wants it in 3 sentences, why was the raid halted', 'why was the raid halted'],
    ['its due at 9 pls help, who carried out the strike', 'who carried out the strike'],
  ])('"%s" is answered as "%s" is', (typed, english) => {
    expect(ids(english).length).toBeGreaterThan(0);
    expect(ids(typed)).toEqual(ids(english));
  });
});

describe('words split or run together', () => {
  it.each([
    ['what did the us am bass a door tell reporters', 'what did the us ambassador tell reporters'],
    ['was moscow warned be fore the raid', 'was moscow warned before the raid'],
    ['whatdid churkin call the meeting', 'what did churkin call the meeting'],
    ['howmany soldiers were killed', 'how many soldiers were killed'],
    ['were more then fifty soldiers killed', 'were more than fifty soldiers killed'],
  ])('"%s" is answered as "%s" is', (typed, english) => {
    expect(ids(english).length).toBeGreaterThan(0);
    expect(ids(typed)).toEqual(ids(english));
  });
});

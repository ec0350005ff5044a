/**
 * Vietnamese, Thai and Chinese (Mandarin, Cantonese) speakers writing English (issue 11): the
 * names of the story as their languages say them ("Meiguo", "Eluosi", "Nga", "Mỹ", "Úc"), their
 * question words and verbs typed without tones ("nói gì", "bao nhiêu", "shenme", "tammai"), their
 * particles as filler ("vậy", "krub", "haiya"), the Thai laugh "5555", and a question asked where
 * its answer would stand ("churkin is who?").
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { withQuestionWordFirst } from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { fold } from '../../src/text/normalize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const first = (q: string) => engine.answer(q).quotes[0]?.id;

describe('Vietnamese, Thai and Chinese words among English ones', () => {
  it('lists them by default', () => {
    expect(DEFAULT_CHAT.abbreviations.shenme).toBe('what');
    expect(DEFAULT_CHAT.abbreviations.tammai).toBe('why');
    expect(DEFAULT_CHAT.idioms['bao nhieu']).toBe('how many');
    expect(DEFAULT_CHAT.filler).toEqual(expect.arrayContaining(['vay', 'krub', 'haiya']));
  });
  it.each([
    ['Eluosi say the US pilot what?', 'what did russia say about the US pilots?'],
    ['the Meiguo jet hit who by mistake?', 'the US jet hit who by mistake?'],
    ['Úc nói gì?', 'what did australia say?'],
    ['Mỹ nói gì về vụ này?', 'what did the US say about this?'],
    ['Nga muốn gì?', 'what does russia want?'],
    ['tammai US bomb syrian army krub', 'why did the US bomb the syrian army'],
    ['Aozhou ye canjia le ma? australia also join', 'did australia also take part?'],
    ['haiya how many soldier die 5555', 'how many soldiers died'],
  ])('"%s" is answered as "%s" is', (typed, english) => {
    expect(first(english)).toBeDefined();
    expect(first(typed)).toBe(first(english));
  });
  it('reads "bao nhiêu ... chết" as how many died, both counts quoted', () => {
    const ids = engine.answer('bao nhiêu lính Syria chết?').quotes.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
  });
  it('keeps "nga" a Tagalog particle in lower case', () => {
    expect(first('sino nga yung nag walk out?')).toBe(first('sino yung nag walk out?'));
  });
  it('reads the Vietnamese "đ" as "d"', () => {
    expect(fold('quân đội Đà Nẵng')).toBe('quan doi da nang');
  });
});

describe('a question asked where its answer would stand', () => {
  it('puts the question word first', () => {
    expect(withQuestionWordFirst('churkin is who ah')).toBe('who is churkin ah');
    expect(withQuestionWordFirst('ok. the observatory is what?')).toBe('ok. what is the observatory?');
    expect(withQuestionWordFirst('what he said is what?')).toBe('what he said is what?');
  });
  it('answers "X is who" as "who is X"', () => {
    expect(first('churkin is who ah')).toBe(first('who is churkin'));
  });
});

/**
 * South Asian members writing Indian English and Hinglish, and West and East African members
 * writing Nigerian Pidgin and Sheng (issue 11): their question words and verbs ("wetin", "who be",
 * "kitne log", "bataya", "ngapi", "alisema"), their particles and forms of address as filler
 * ("abeg", "sef", "oya", "manze", "sasa", "kindly explain"), Pidgin's greeting "how far", its
 * "take" leading a verb ("how the US take send"), a clause of time before the question ("when
 * moscow raise alarm, wetin happen") and the other side of a question after "or did".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import {
  ChatReader,
  whenClauseLast,
  withoutClosingRequest,
  withoutSerialVerb,
} from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);
const words = (q: string) => tokenize(q).map((t) => t.word);
const text = (tokens: readonly { word: string }[]) => tokens.map((t) => t.word).join(' ');

describe('Indian English, Hinglish, Nigerian Pidgin and Sheng words among English ones', () => {
  it('lists them by default', () => {
    expect(DEFAULT_CHAT.abbreviations.wetin).toBe('what');
    expect(DEFAULT_CHAT.abbreviations.dem).toBe('they');
    expect(DEFAULT_CHAT.abbreviations.ngapi).toBe('how many');
    expect(DEFAULT_CHAT.abbreviations.bataya).toBe('told');
    expect(DEFAULT_CHAT.idioms['kitne log']).toBe('how many people');
    expect(DEFAULT_CHAT.idioms['who be']).toBe('who is');
    expect(DEFAULT_CHAT.filler).toEqual(
      expect.arrayContaining(['abeg', 'sef', 'oya', 'manze', 'sasa', 'do the needful']),
    );
    expect(DEFAULT_CHAT.filler).not.toContain('dem');
  });
  it.each([
    ['wetin Russia dey call the western pilots', 'what did russia call the western pilots'],
    ['how far, wetin russia talk about coordinating', 'what did russia say about coordinating'],
    ['abeg wetin australia tell the families sef', 'what did australia tell the families'],
    ['oya who be churkin', 'who is churkin'],
    ['kitne log mare bhai', 'how many people died'],
    ['pentagon ne moscow ko bataya tha ya nahi', 'did the pentagon tell moscow or not'],
    ['how many jawans got martyred', 'how many soldiers were killed'],
    ['why russia is angry with washington, kindly explain', 'why is russia angry with washington'],
    ['manze sasa, ngapi walikufa?', 'how many died?'],
    ['nani alisema it was a stunt', 'who said it was a stunt'],
    [
      'when moscow raise alarm, wetin happen to the raid',
      'what happened to the raid when moscow raised the alarm',
    ],
    ['how the US take send their regret to syria', 'how did the US send their regret to syria'],
  ])('"%s" is answered as "%s" is', (typed, english) => {
    expect(ids(english).length).toBeGreaterThan(0);
    expect(ids(typed)).toEqual(ids(english));
  });
});

describe("Pidgin's greeting and its verb leading a verb", () => {
  it('drops "how far" opening a message before a question word, not when it asks a distance', () => {
    const reader = new ChatReader(DEFAULT_CHAT, () => true);
    expect(text(reader.read('how far, wetin russia talk').questions[0]?.tokens ?? [])).toBe(
      'what russia talk',
    );
    expect(text(reader.read('how far did IS advance').questions[0]?.tokens ?? [])).toBe(
      'how far did is advance',
    );
  });
  it('drops "take" or "come" before a verb in a how or why question with no auxiliary', () => {
    const drop = (q: string) => text(withoutSerialVerb(tokenize(q)));
    expect(drop('how the us take send their regret')).toBe('how the us send their regret');
    expect(drop('why churkin come walk out')).toBe('why churkin walk out');
    expect(drop('how many planes take part')).toBe('how many planes take part');
    expect(drop('how did they take the news')).toBe('how did they take the news');
    expect(drop('how long the raid take')).toBe('how long the raid take');
  });
});

describe('a request to be told closing a question', () => {
  it('drops it after a question, past a comma or a "kindly"', () => {
    const closed = (q: string, read: string) => text(withoutClosingRequest(q, tokenize(read)));
    expect(closed('why is russia angry, kindly explain', 'why is russia angry explain')).toBe(
      'why is russia angry',
    );
    expect(closed('who gave the toll, please tell me', 'who gave the toll tell me')).toBe(
      'who gave the toll',
    );
    expect(closed("why couldn't the US explain", "why couldn't the us explain")).toBe(
      "why couldn't the us explain",
    );
  });
});

describe('a clause of time before the question word', () => {
  it('puts the question first and its time after it', () => {
    expect(text(whenClauseLast(tokenize('when moscow raised the alarm what happened to the strike')))).toBe(
      'what happened to the strike when moscow raised the alarm',
    );
    expect(words('when was the strike')).toEqual(
      text(whenClauseLast(tokenize('when was the strike'))).split(' '),
    );
    expect(text(whenClauseLast(tokenize('when they asked what happened did russia answer')))).toBe(
      'when they asked what happened did russia answer',
    );
  });
});

describe('the other side of a question after "or did"', () => {
  it('asks the side before "or" too, however it opens', () => {
    const message =
      'our papers are full of cricket. so after the raid did IS take the area or did the army hold on to it?';
    expect(ids(message)[0]).toBe(ids('did IS take the area after the raid?')[0]);
  });
});

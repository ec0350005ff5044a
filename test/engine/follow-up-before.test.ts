/**
 * Follow-ups that ask about the answer just given (src/engine/follow-up-before.ts): whose words it
 * quoted ("who said so?"), and when a body that is part of whom the pronoun stands for said them
 * (a ministry's statement is its government's). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { asksTheirView, asksWhetherSo, asksWhoSaidIt, speaksFor } from '../../src/engine/follow-up-before.ts';
import { soStandsForClause } from '../../src/engine/follow-up-cues.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const whoSaid = (text: string) => asksWhoSaidIt(tokenize(text));

describe('asksWhoSaidIt: "who", a verb of saying, and a word for what was just said', () => {
  it('reads the word standing for the words quoted ("that" when there is none)', () => {
    expect(whoSaid('who said so?')).toBe('so');
    expect(whoSaid('ok but who said that')).toBe('that');
    expect(whoSaid('who claimed this tho')).toBe('this');
    expect(whoSaid('who told you that')).toBe('that');
    expect(whoSaid('who is saying that')).toBe('that');
    expect(whoSaid('who said?')).toBe('that');
  });

  it('takes a guess at the speaker after that word, names joined by "or" ("who said that, churkin or power?")', () => {
    // The token indexes of the names, as conversation.ts marks them from the entities' mentions.
    const guessed = (text: string, named: number[]) => asksWhoSaidIt(tokenize(text), () => new Set(named));
    expect(guessed('who said that, churkin or power?', [3, 5])).toBe('that');
    expect(guessed('who said it, was it russia', [5])).toBe('it');
    // Words of a question of its own after the name, or no word for what was said: not a guess.
    expect(guessed('who said that about the pilots', [])).toBeNull();
    expect(guessed('who said that churkin left early', [3])).toBeNull();
    expect(guessed('who said churkin or power', [2, 4])).toBeNull();
  });

  it('leaves a question of its own, and "who told them" (whom something was told)', () => {
    expect(whoSaid('who said the US apologized')).toBeNull();
    expect(whoSaid('who told them')).toBeNull();
    expect(whoSaid('who said that about the pilots')).toBeNull();
    expect(whoSaid('what did they say')).toBeNull();
    expect(whoSaid('who was hit')).toBeNull();
  });
});

describe('soStandsForClause: "so" after a verb of saying or believing, ending the message', () => {
  const at = (text: string) => {
    const words = tokenize(text).map((t) => t.word);
    return soStandsForClause(words, words.lastIndexOf('so'));
  };
  it('is a pro-form for the clause just said', () => {
    expect(at('who said so')).toBe(true);
    expect(at('why do they think so tho')).toBe(true);
    expect(at('does russia believe so')).toBe(true);
  });
  it('not a conjunction, an intensifier, or "so" after another verb', () => {
    expect(at('so what did they say')).toBe(false);
    expect(at('why did they say so much')).toBe(false);
    expect(at('why did they do so')).toBe(false);
  });
});

describe('asksWhetherSo: whether what was just said is so, then maybe the same in other words', () => {
  const rest = (text: string) =>
    asksWhetherSo(tokenize(text))
      ?.map((t) => t.word)
      .join(' ') ?? null;
  it('gives the words saying it again (none when there are none)', () => {
    expect(rest('is that true?')).toBe('');
    expect(rest('ok but is this actually right')).toBe('');
    expect(rest('is that true tho, does the us help isis')).toBe('does the us help isis');
  });
  it('not a question of its own after "true that", nor another question', () => {
    expect(rest('is it true that russia accused the pilots')).toBeNull();
    expect(rest('is that what they said')).toBeNull();
    expect(rest('was it an accident')).toBeNull();
  });
});

describe('asksTheirView: whether someone agrees with what was said, or what they say to it', () => {
  const view = (text: string) => asksTheirView(tokenize(text));
  it('reads a verb of agreeing, or of answering before "to that"', () => {
    expect(view('do the americans agree w that lol')).toBe(true);
    expect(view('what about russia, do they buy it')).toBe(true);
    expect(view('did syria accept it')).toBe(false);
    expect(view('and what does the coalition side say to that')).toBe(true);
  });
  it('not what someone said, nor what they think of something else', () => {
    expect(view('what did the americans say')).toBe(false);
    expect(view('what does russia think of the pilots')).toBe(false);
    expect(view('what did he claim moscow said about it')).toBe(false);
    expect(view('did they buy more jets')).toBe(false);
  });
});

describe('speaksFor: a body speaks for the government it is part of', () => {
  const corpus = buildCorpus(engine.kb);
  it('the Russian Foreign Ministry speaks for Russia; not the other way round, nor for the US', () => {
    expect(speaksFor(corpus, 'russian-foreign-ministry', 'russia')).toBe(true);
    expect(speaksFor(corpus, 'russia', 'russian-foreign-ministry')).toBe(false);
    expect(speaksFor(corpus, 'russian-foreign-ministry', 'us')).toBe(false);
  });
});

describe('in a conversation', () => {
  it('"who said so" two turns on is the answer before again, its speaker named in it', () => {
    const [, how, who] = ask('did the US say sorry', 'how did they get the message across', 'who said so');
    expect(how?.quotes[0]?.id).toBe('p18.s1');
    expect(who?.answered).toBe(true);
    expect(who?.quotes[0]?.id).toBe('p18.s1');
    expect(who?.reading).toMatch(/^Reading 'so' as the words that answered/);
  });

  it('"who said that" after a refused turn is refused', () => {
    const [, guess] = ask("'a very big question mark'", 'who said that, churkin or power?');
    expect(guess?.quotes[0]?.id).toBe('p13.s2');
    expect(guess?.reading).toMatch(/^Reading 'that' as the words that answered/);
    const [, who] = ask('what time does the pub open', 'who said that');
    expect(who?.answered).toBe(false);
  });

  it('"when did they say it" after what Russia said is told by the ministry\'s Sunday statement', () => {
    const [said, when] = ask('what did russia say about the pilots', 'when did they say it');
    expect(said?.quotes[0]?.id).toBe('p7.s1');
    expect(when?.answered).toBe(true);
    expect(when?.quotes[0]?.id).toBe('p7.s1');
  });

  it('"is that true" after one side of a contested point is every side of it', () => {
    const [, sides] = ask('what did the syrian army say', 'is that true tho, does the us help isis');
    // Syria's army's claim of US support first, then the point's other side (Australia's "never").
    expect(sides?.quotes.map((q) => q.id)).toEqual(['p20.s1', 'p7.s1', 'p19.s1']);
    const [, toll] = ask('how many died', 'is that true?');
    expect(toll?.quotes.map((q) => q.id)).toEqual(['p4.s1', 'p4.s2']);
  });

  it('"is that true" after an answer on no contested point is that answer again', () => {
    const [before, again] = ask('how long did the raid last', 'is that true?');
    expect(again?.quotes[0]?.id).toBe(before?.quotes[0]?.id);
  });

  it('"do the americans agree w that" after the Syrian army\'s claim is every side, theirs after it', () => {
    const [, view] = ask(
      'how did the syrian military describe the bombing',
      'do the americans agree w that lol',
    );
    const ids = view?.quotes.map((q) => q.id) ?? [];
    expect(ids).toContain('p20.s1');
    // The sentence naming the US saying it ("which the US claims was unintentional") leads.
    expect(ids[0]).toBe('p4.s1');
    expect(ids).toContain('p4.s1');
    // Naming those who speak the same side (or nobody), it is no such question.
    const [, same] = ask('how did the syrian military describe the bombing', 'does damascus agree with that');
    expect(same?.reading ?? '').not.toContain('as the words that answered');
  });
});

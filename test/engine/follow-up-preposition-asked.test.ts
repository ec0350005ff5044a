/**
 * Follow-ups that are only a preposition and a question word ("through whom?", "to whom?") ask
 * the question before with them; a why whose words are another side's quote than the first asks
 * why of that quote ("so why does russia say they don't coordinate?" after the Pentagon's telling);
 * Persian and Hebrew asides ("khob", "stam") are no words of the question; a correction that asks
 * only what another said turns the question before to them; "they" after "who told ..." is whoever
 * the quote has speaking; "now" opens a message. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askedThrough } from '../../src/engine/conversation.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a preposition and a question word', () => {
  it('reads only such a message', () => {
    expect(askedThrough('through whom?')).toEqual({ words: 'through whom', preposition: 'through' });
    expect(askedThrough('and to who')).toEqual({ words: 'to who', preposition: 'to' });
    expect(askedThrough('who?')).toBeNull();
    expect(askedThrough('through the russians?')).toBeNull();
  });

  it('"through whom?" asks how the regret was sent through whom', () => {
    const [, a] = ask('how did the americans send regret', 'through whom?');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p18.s1');
  });
});

describe('a why of a later quote', () => {
  it('"so why russia says they don\'t coordinate?" after the Pentagon quotes Russia\'s complaint', () => {
    const [, a] = ask(
      'what the pentagon said about informing moscow',
      "so why russia says they don't coordinate?",
    );
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p16.s1');
  });
});

describe('Persian and Hebrew asides', () => {
  it('"khob forget that, ..." asks the question after it', () => {
    const [, a] = ask('what churkin said', 'khob forget that, what equipment syria lost');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p4.s3');
  });

  it('"stam a different q, ..." asks the question after it', () => {
    const [, a] = ask('who is the observatory', 'stam a different q, what russia urged the US to do');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p3.s1');
  });
});

describe('a correction asking only what another said', () => {
  it('"no, i mean what did Moscow say" after the observatory\'s count asks Moscow\'s count', () => {
    const [, a] = ask('how many die by observatory count', 'no, i mean what did Moscow say');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p4.s2');
  });

  it('"sorry, what did the white house say" stands as asked when the question before is not theirs', () => {
    const [, a] = ask('what did the pentagon say', 'sorry, what did the white house say');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p18.s1');
  });
});

describe('"they" after who told it', () => {
  it('is whoever the quote has speaking, not another it names', () => {
    const [, a] = ask('who told reuters about the us regret', 'what did they say the us was lamenting');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p18.s1');
    expect(a?.reading).toContain('White House official');
  });
});

describe('"now" opening a message', () => {
  it('"ok now, how did the strike end" asks the question as it stands', () => {
    const [, a] = ask('who was churkin', 'ok now, how did the strike end');
    const alone = engine.answer('how did the strike end');
    expect(a?.quotes.map((q) => q.id)).toEqual(alone.quotes.map((q) => q.id));
  });
});

/**
 * "what about assad himself, he comment?": after "what about X", a subject pronoun then a bare verb
 * that ends the message is a question asked without its auxiliary ("did he comment?"), read as
 * the question asked of X (follow-up-cues.ts askedAt); not "the people they killed", a relative
 * clause with a past verb. So read, when the question alone is answered by a quote neither by nor
 * about X ("what about IS, did they lose anyone": the regime's losses), the article does not say
 * (conversation.ts inContext). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { cueWordsOf, readCues } from '../../src/engine/follow-up-cues.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const CW = cueWordsOf(DEFAULT_CHAT);
const cues = (text: string) => readCues(CW, tokenize(text));

describe('a question without its auxiliary after "what about X"', () => {
  it('reads where it starts', () => {
    expect(cues('what about assad himself, he comment?').askedAt).toBe(4);
    expect(cues('what about churkin, he respond?').askedAt).toBe(3);
    expect(cues('what about the soldiers they killed').askedAt).toBe(-1);
    expect(cues('what about churkin').askedAt).toBe(-1);
  });

  it('"what about assad himself, he comment?" asks his words, which the article does not give', () => {
    const [, a] = ask('what churkin say to reporters', 'what about Assad himself, he comment?');
    expect(a?.answered).toBe(false);
  });

  it('"what about churkin, he respond?" after Power is answered by Churkin', () => {
    const [, a] = ask('what did power say', 'what about churkin, he respond?');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.speaker?.id).toBe('churkin');
  });
});

describe('"what about X, <a question of them>" answered alone by a quote about someone else', () => {
  it('"what about IS, did they lose anyone" after the toll: the regime\'s losses say nothing of IS', () => {
    const [, a] = ask('how many died', 'what about IS, did they lose anyone');
    expect(a?.answered).toBe(false);
  });

  it('"what about russia, what did they demand" is still answered by Russia\'s demand', () => {
    const [, a] = ask('what did the US say', 'what about russia, what did they demand');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p3.s1');
  });

  it('not a question naming its own subject after a change of topic', () => {
    const [, a] = ask('how many die', 'another matter: was the UN session open to the press');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p9.s2');
  });
});

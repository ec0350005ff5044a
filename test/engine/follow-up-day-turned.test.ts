/**
 * "what did the kremlin do on saturday evening" -> "what about on sunday?": "what about" or "and"
 * before nothing but another day asks what whom the question before named did that day
 * (conversation.ts dayTurnedTo), answered by a quote about them; naming nobody but a place, what
 * happened that day. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { dayTurnedTo } from '../../src/engine/conversation.ts';
import { parse } from '../../src/engine/follow-up-reading.ts';
import { vocabularyOf } from '../../src/engine/follow-up-words.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const corpus = (engine as unknown as { corpus: Parameters<typeof parse>[0] }).corpus;
const turned = (text: string, before: string) =>
  dayTurnedTo(corpus, text, parse(corpus, vocabularyOf(corpus), text), before);
const russiaSunday = ['p3.s1', 'p7.s1'];

describe('a follow-up turned to another day', () => {
  it('asks what whom the question before named did that day', () => {
    expect(turned('what about on the sunday?', 'what did the kremlin do on saturday evening')).toBe(
      'what did kremlin do on sunday',
    );
    expect(turned('what about sunday?', 'what did IS do on saturday')).toBe('what did IS do on sunday');
  });

  it('naming nobody but a place, what happened that day', () => {
    expect(turned('what about on sunday', 'what happened on saturday near deir el-zour')).toBe(
      'what happened on sunday',
    );
  });

  it('not more than a day, nor after a question naming no day or the same day', () => {
    expect(turned('what about sunday night in new york', 'what did russia do on saturday')).toBeNull();
    expect(turned('what about sunday', 'what did russia do')).toBeNull();
    expect(turned('what about sunday', 'what did russia do on sunday')).toBeNull();
    expect(turned('who spoke on sunday', 'what did russia do on saturday')).toBeNull();
  });

  it('"what about on the sunday?" after the kremlin on saturday: Russia\'s Sunday words', () => {
    const [, a] = ask('What did the Kremlin do on Saturday evening ?', 'What about on the Sunday ?');
    expect(russiaSunday).toContain(a?.quotes[0]?.id);
  });

  it('"what about sunday?" after what IS did on saturday: its Sunday announcement', () => {
    const [, a] = ask('what did IS do on saturday after the raid', 'what about sunday?');
    expect(a?.quotes[0]?.id).toBe('p8.s1');
  });
});

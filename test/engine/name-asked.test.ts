/**
 * A name asked ("what was the name of the official", "what's his name") needs a quote that names
 * someone: on the real article, whose "a senior White House official" is nobody named, while
 * "spokesman Peter Cook" is (decide.ts nameAsked, names, HIS_NAME).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { type ConversationTurn, turnOf } from '../../src/engine/conversation.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../../knowledge'));
/** The answer to the last turn, each asked in the context of the ones before. */
function last(turns: readonly string[]) {
  const done: ConversationTurn[] = [];
  let answer = engine.answer('');
  for (const turn of turns) {
    answer = engine.answer(turn, done);
    done.push(turnOf(answer));
  }
  return answer;
}

describe('a name asked of someone the article leaves unnamed', () => {
  it('"the name of the senior white house official": the capitals of a body name no one', () => {
    expect(engine.answer('what was the name of the senior white house official').status).toBe(
      'not-in-article',
    );
  });

  it('"whats his name?" after the official is refused', () => {
    const answer = last(['the senior white house official who talked to reuters', 'whats his name?']);
    expect(answer.status).toBe('not-in-article');
  });

  it('"got a name?" after the official is refused', () => {
    const answer = last([
      'the senior white house official who talked to reuters',
      'who is that, got a name?',
    ]);
    expect(answer.status).toBe('not-in-article');
  });

  it('"got names?" with no article before the noun is refused too', () => {
    expect(engine.answer('who was actually flying those jets, got names??').status).toBe('not-in-article');
  });

  it('a name the article gives is answered', () => {
    const answer = engine.answer('what is the name of the defense department spokesman');
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.text).toContain('Peter Cook');
    const his = last(['the pentagon spokesman who said moscow was informed', 'whats his name?']);
    expect(his.status).toBe('answered');
    expect(his.quotes[0]?.text).toContain('Peter Cook');
  });
});

describe('a name asked of someone called by a chat word ("guy", "bloke")', () => {
  it('"the name of the pentagon guy who talked about it" is the spokesman named in his quote', () => {
    const answer = engine.answer("@NewsBot what's the name of the pentagon guy who talked about it");
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.text).toMatch(/Peter Cook/);
  });

  it('"the name of the guy who shot down the plane" is refused: the quote names no one', () => {
    expect(engine.answer("what's the name of the guy who shot down the plane").status).toBe('not-in-article');
  });
});

/**
 * Follow-ups that turn on who speaks in the article: a pronoun for someone the article never
 * quotes, asked what they said; a "why" after a statement that a person's words happened to
 * answer (tiny-asked: the keeper Tomas Brandt, named, never quoted; tiny-talk: the mayor's two
 * sentences).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { type ConversationTurn, turnOf } from '../../src/engine/conversation.ts';
import type { Engine } from '../../src/engine/engine.ts';

const asked = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny-asked'));
const talk = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny-talk'));

/** The last answer of a conversation asked turn by turn. */
function last(engine: Engine, ...questions: string[]): Answer {
  const turns: ConversationTurn[] = [];
  let answer = engine.answer('');
  for (const q of questions) {
    answer = engine.answer(q, turns);
    turns.push(turnOf(answer));
  }
  return answer;
}

describe('a pronoun for someone the article never quotes', () => {
  it('abstains when asked what they said, whatever sentence names them', () => {
    const a = last(asked, 'who is tomas brandt', 'did he say anything about the lamp');
    expect(a.answered).toBe(false);
    expect(a.reading).toBe("Reading 'he' as Tomas Brandt");
  });

  it('still answers what is said of them', () => {
    const a = last(asked, 'who is tomas brandt', 'what does he do');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.id).toBe('p5.s3');
  });
});

describe('"why" after a statement', () => {
  it('asks why of what was told, not for what the quoted person said next', () => {
    for (const why of ['why?', 'why would it cost that much']) {
      const a = last(talk, 'the dam will cost 40 million euros', why);
      expect(a.quotes[0]?.id).toBe('p3.s1');
      expect(a.reading).not.toMatch(/said next/);
    }
  });

  it('still gives what they said next when the turn before asked for their words', () => {
    const a = last(talk, 'what did the mayor say about the cost', 'why?');
    expect(a.reading).toBe("Reading 'why' as what Anna Holm said next");
    expect(a.quotes[0]?.id).toBe('p3.s2');
  });
});

describe('"who else" after a quote on a contested point', () => {
  const ferry = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny-ferry'));

  it('asks who else did the thing, not for the other side, least of all whom it excludes', () => {
    const a = last(ferry, 'did the minister blame a storm', 'and who else');
    expect(a.quotes[0]?.id).toBe('p4.s1');
    expect(a.reading).toMatch(/^Reading 'who else' as someone other than Erik Vale/);
  });

  it('still gives the other side when asked who sees it differently', () => {
    const a = last(ferry, 'what did the company blame', 'does anyone else see it differently?');
    expect(a.quotes[0]?.id).toBe('p3.s1');
  });
});

describe('"the <body> <role word> guy"', () => {
  const ferry = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny-ferry'));

  it('is the person of that body whose role has the word', () => {
    const a = last(ferry, 'what did the company say', 'no i meant the norland transport guy');
    expect(a.reading).toBe(
      `Reading 'the norland transport guy' as Erik Vale, following "what did the company say"`,
    );
    expect(a.quotes[0]?.id).toBe('p3.s1');
  });

  it('is nobody when no role of that body has the word', () => {
    const a = last(ferry, 'what did the company say', 'no i meant the norland fishing guy');
    expect(a.reading ?? '').not.toMatch(/Erik Vale/);
  });
});

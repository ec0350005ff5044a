/**
 * The answer thread's memo of questions asked again alone (issue 15): the same answers as the
 * engine gives without it, in any order; conversations never kept; bounded; a new engine starts
 * empty. Behaviour only.
 */
import { describe, expect, it } from 'vitest';
import { AnswerMemo } from '../../src/app/answer-memo.ts';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { turnOf } from '../../src/engine/conversation.ts';
import { benchQuestions } from '../http/questions.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
/** An answer without the time it took (the one field that differs between two computations). */
const timeless = (answer: Answer) => ({ ...answer, ms: 0 });

describe('AnswerMemo', () => {
  it("gives the engine's own answers to questions asked again, in another order", () => {
    // Plain, messy, near- and off-topic questions of the bench, each asked twice (the second
    // time in reverse order, after every other), against a second engine answering each afresh.
    const questions = [...new Set(benchQuestions().slice(0, 120))];
    const memo = new AnswerMemo(questions.length);
    const fresh = loadEngine(KNOWLEDGE_DIR);
    const first = questions.map((q) => timeless(memo.answer(engine, q)));
    const again = [...questions].reverse().map((q) => timeless(memo.answer(engine, q, [])));
    expect(memo.hits).toBe(questions.length);
    const expected = questions.map((q) => timeless(fresh.answer(q)));
    expect(first).toEqual(expected);
    expect(again).toEqual([...expected].reverse());
  });

  it('never keeps nor looks up a question read in a conversation', () => {
    const memo = new AnswerMemo();
    const before = memo.answer(engine, 'Who carried out the airstrike?');
    const turns = [turnOf(before)];
    const followUp = memo.answer(engine, 'and when?', turns);
    expect(timeless(followUp)).toEqual(timeless(engine.answer('and when?', turns)));
    expect(memo.size).toBe(1);
    // The same words alone are answered alone, not from the follow-up's answer.
    expect(timeless(memo.answer(engine, 'and when?'))).toEqual(timeless(engine.answer('and when?')));
    expect(memo.hits).toBe(0);
  });

  it('keeps at most its limit, dropping the question asked least recently', () => {
    const memo = new AnswerMemo(2);
    memo.answer(engine, 'who said the strike was a mistake');
    memo.answer(engine, 'How many Syrian soldiers were killed?');
    memo.answer(engine, 'who said the strike was a mistake');
    expect(memo.hits).toBe(1);
    memo.answer(engine, 'wat did russia say');
    expect(memo.size).toBe(2);
    // The soldiers question was asked least recently: dropped.
    memo.answer(engine, 'How many Syrian soldiers were killed?');
    expect(memo.hits).toBe(1);
    memo.answer(engine, 'wat did russia say');
    expect(memo.hits).toBe(2);
  });

  it("keeps nothing of one engine's answers for another", () => {
    const memo = new AnswerMemo();
    const other = loadEngine(KNOWLEDGE_DIR);
    memo.answer(engine, 'who said the strike was a mistake');
    memo.answer(other, 'who said the strike was a mistake');
    expect(memo.hits).toBe(0);
    expect(memo.size).toBe(1);
  });

  it('gives a copy with the time of the look-up, the kept answer unchanged', () => {
    const memo = new AnswerMemo();
    const first = memo.answer(engine, 'who said the strike was a mistake');
    const again = memo.answer(engine, 'who said the strike was a mistake');
    expect(again).not.toBe(first);
    expect(timeless(again)).toEqual(timeless(first));
    expect(again.ms).toBeLessThan(1);
  });
});

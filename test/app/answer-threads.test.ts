/**
 * Answer threads (issue 15): the engine's answers computed on another thread give the very answers
 * of the engine served, also across a knowledge swap and when the thread dies. Behaviour only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerThreads } from '../../src/app/answer-threads.ts';
import { EngineHolder } from '../../src/app/holder.ts';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { turnOf } from '../../src/engine/conversation.ts';
import { Engine } from '../../src/engine/engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';
import { waitFor } from '../support/wait-for.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
/** The same knowledge, but nothing is confident enough to answer: every answer differs. */
const abstaining = new Engine({ ...engine.kb, settings: { ...engine.kb.settings, abstainBelow: 1.01 } });

const QUESTIONS = [
  'How many Syrian soldiers were killed?',
  'who said the strike was a mistake',
  'wat did russia say',
  'Where did the airstrike happen? And when?',
  'xqzv plonk',
  '',
];

/** An answer without the time it took (the one field that differs between two computations). */
const timeless = (answer: Answer) => ({ ...answer, ms: 0 });

let threads: AnswerThreads | undefined;
afterEach(() => threads?.close());

describe('AnswerThreads', () => {
  it('answers on its thread exactly what the served engine answers, follow-ups included', async () => {
    const holder = new EngineHolder(engine);
    threads = new AnswerThreads(holder, { threads: 1 });
    const running = threads;
    await waitFor(() => running.serving(engine), { what: 'the thread to build the engine' });
    const first = engine.answer('Who carried out the airstrike?');
    const cases = [
      ...QUESTIONS.map((question) => ({ question, turns: [] })),
      { question: 'and when?', turns: [turnOf(first)] },
      { question: 'who denied it', turns: [turnOf(first)] },
    ];
    const pending = cases.map(({ question, turns }) => running.answer(engine, question, turns));
    // Sent to the thread, not computed here.
    expect(pending.every((answer) => answer instanceof Promise)).toBe(true);
    expect(running.waiting).toBe(cases.length);
    const answers = await Promise.all(pending);
    expect(answers.map(timeless)).toEqual(
      cases.map(({ question, turns }) => timeless(engine.answer(question, turns))),
    );
    expect(running.waiting).toBe(0);
  });

  it('answers for the engine a question was asked on, across a swap, the thread following the new one', async () => {
    const holder = new EngineHolder(engine);
    threads = new AnswerThreads(holder, { threads: 1 });
    const running = threads;
    await waitFor(() => running.serving(engine));
    const question = QUESTIONS[0] ?? '';
    expect(timeless(await running.answer(engine, question))).toEqual(timeless(engine.answer(question)));
    holder.swap(abstaining);
    // Asked on the engine served before the swap: its answer, not the new engine's.
    expect(timeless(await running.answer(engine, question))).toEqual(timeless(engine.answer(question)));
    // On the new engine before the thread has built it: answered here, the new engine's answer.
    if (!running.serving(abstaining)) {
      const here = running.answer(abstaining, question);
      expect(here).not.toBeInstanceOf(Promise);
      expect(timeless(await here)).toEqual(timeless(abstaining.answer(question)));
    }
    await waitFor(() => running.serving(abstaining), { what: 'the thread to build the new engine' });
    expect(running.serving(engine)).toBe(false);
    const there = running.answer(abstaining, question);
    expect(there).toBeInstanceOf(Promise);
    const answer = await there;
    expect(answer.answered).toBe(false);
    expect(timeless(answer)).toEqual(timeless(abstaining.answer(question)));
  });

  it('answers here when its thread dies, and says so', async () => {
    const failures: Error[] = [];
    const holder = new EngineHolder(engine);
    threads = new AnswerThreads(holder, { threads: 1, onFailure: (error) => failures.push(error) });
    const running = threads;
    await waitFor(() => running.serving(engine));
    const pending = QUESTIONS.map((question) => running.answer(engine, question));
    // The thread is stopped from outside, as a crash would stop it.
    const worker = (running as unknown as { threads: Array<{ worker: { terminate(): Promise<number> } }> })
      .threads[0]?.worker;
    await worker?.terminate();
    const answers = await Promise.all(pending);
    expect(answers.map(timeless)).toEqual(QUESTIONS.map((question) => timeless(engine.answer(question))));
    await waitFor(() => failures.length > 0, { what: 'the failure to be reported' });
    expect(running.serving(engine)).toBe(false);
    const after = running.answer(engine, QUESTIONS[1] ?? '');
    expect(after).not.toBeInstanceOf(Promise);
    expect(timeless(await after)).toEqual(timeless(engine.answer(QUESTIONS[1] ?? '')));
  });
});

/**
 * An answer thread's body (see answer-threads.ts): it holds an engine built on the knowledge the
 * answering thread serves, and answers the questions it is sent with it. One message at a time,
 * in the order sent: an engine to build, or a question to answer.
 */
import { parentPort } from 'node:worker_threads';
import type { Answer } from '../engine/answer.ts';
import type { ConversationTurn } from '../engine/conversation.ts';
import { Engine } from '../engine/engine.ts';
import type { KnowledgeBase } from '../knowledge/model.ts';
import { AnswerMemo } from './answer-memo.ts';
import { type Sent, TransferReceiver } from './knowledge-transfer.ts';

/** What the answering thread sends. */
export type AnswerThreadRequest =
  /** The knowledge served from now on, as generation `generation` (unchanged parts left out: knowledge-transfer.ts). */
  | ({ kind: 'engine'; generation: number; kb: KnowledgeBase } & Sent)
  /** Questions, each for the engine of its generation. */
  | { kind: 'ask'; asks: Ask[] };

/** A question for the engine of `generation`. */
export interface Ask {
  id: number;
  generation: number;
  question: string;
  turns: readonly ConversationTurn[];
}

/** What the thread answers. */
export type AnswerThreadResponse =
  /** The engine of `generation` is built: questions for it can come. */
  | { kind: 'ready'; generation: number }
  /**
   * The answers to the questions of one message, in order; null when this thread holds no engine
   * of the question's generation, or the engine threw (it never should): the sender answers it.
   */
  | { kind: 'answers'; answers: Array<{ id: number; answer: Answer | null }> };

const receiver = new TransferReceiver();
let engine: Engine | null = null;
let generation = -1;
/** Questions asked again word for word, alone, answered as before (answer-memo.ts). */
const memo = new AnswerMemo();

parentPort?.on('message', (request: AnswerThreadRequest) => {
  if (request.kind === 'engine') {
    const { kb } = receiver.receive(request);
    // Warmed up and primed as a served engine is, so that its first questions do not pay for compiling.
    engine = new Engine(kb).warmUp().prime();
    generation = request.generation;
    parentPort?.postMessage({ kind: 'ready', generation } satisfies AnswerThreadResponse);
    return;
  }
  const answers = request.asks.map(({ id, generation: asked, question, turns }) => {
    try {
      return { id, answer: engine && asked === generation ? memo.answer(engine, question, turns) : null };
    } catch {
      return { id, answer: null };
    }
  });
  parentPort?.postMessage({ kind: 'answers', answers } satisfies AnswerThreadResponse);
});

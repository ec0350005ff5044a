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
import { type Sent, TransferReceiver } from './knowledge-transfer.ts';

/** What the answering thread sends. */
export type AnswerThreadRequest =
  /** The knowledge served from now on, as generation `generation` (unchanged parts left out: knowledge-transfer.ts). */
  | ({ kind: 'engine'; generation: number; kb: KnowledgeBase } & Sent)
  /** A question for the engine of `generation`. */
  | { kind: 'ask'; id: number; generation: number; question: string; turns: readonly ConversationTurn[] };

/** What the thread answers. */
export type AnswerThreadResponse =
  /** The engine of `generation` is built: questions for it can come. */
  | { kind: 'ready'; generation: number }
  /** The answer to question `id`; null when this thread holds no engine of its generation (the sender answers it). */
  | { kind: 'answer'; id: number; answer: Answer | null }
  /** The engine threw (it never should): the sender answers the question itself. */
  | { kind: 'error'; id: number; error: string };

const receiver = new TransferReceiver();
let engine: Engine | null = null;
let generation = -1;

parentPort?.on('message', (request: AnswerThreadRequest) => {
  if (request.kind === 'engine') {
    const { kb } = receiver.receive(request);
    // Warmed up and primed as a served engine is, so that its first questions do not pay for compiling.
    engine = new Engine(kb).warmUp().prime();
    generation = request.generation;
    parentPort?.postMessage({ kind: 'ready', generation } satisfies AnswerThreadResponse);
    return;
  }
  let response: AnswerThreadResponse;
  try {
    const answer =
      engine && request.generation === generation ? engine.answer(request.question, request.turns) : null;
    response = { kind: 'answer', id: request.id, answer };
  } catch (error) {
    response = { kind: 'error', id: request.id, error: String(error instanceof Error ? error.stack : error) };
  }
  parentPort?.postMessage(response);
});

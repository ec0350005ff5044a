/**
 * The knowledge worker thread's body (see knowledge-worker.ts): one job per message, in the order
 * asked, each answered with its result. Nothing here answers questions.
 */
import { parentPort, threadId } from 'node:worker_threads';
import type { KnowledgeBase } from '../knowledge/model.ts';
import {
  analyseKnowledge,
  type PreparedKnowledge,
  type PrepareRequest,
  prepareKnowledge,
} from './prepare.ts';

/** A job as the worker receives it. */
export type ThreadRequest =
  | ({ id: number; job: 'prepare' } & PrepareRequest)
  | { id: number; job: 'analyse'; kb: KnowledgeBase };

/** The worker's answer: the job's result, or the error it threw (a bug, not bad content). */
export type ThreadResponse =
  | { id: number; threadId: number; prepared: PreparedKnowledge }
  | { id: number; threadId: number; engineIndex: unknown }
  | { id: number; threadId: number; error: string };

parentPort?.on('message', (request: ThreadRequest) => {
  let response: ThreadResponse;
  try {
    response =
      request.job === 'analyse'
        ? { id: request.id, threadId, engineIndex: analyseKnowledge(request.kb) }
        : { id: request.id, threadId, prepared: prepareKnowledge(request) };
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    response = { id: request.id, threadId, error: text };
  }
  parentPort?.postMessage(response);
});

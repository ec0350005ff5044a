/**
 * The knowledge worker thread's body (see knowledge-worker.ts): one job per message, in the order
 * asked, each answered with its result. Nothing here answers questions.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { type AppliedQaOperation, applyQaOperation, type QaOperation } from '../knowledge/editor.ts';
import type { KnowledgeBase } from '../knowledge/model.ts';
import { markStep } from '../reload-marks.ts';
import { collectGarbage } from './collect-garbage.ts';
import { TransferSender } from './knowledge-transfer.ts';
import {
  analyseKnowledge,
  type PreparedKnowledge,
  type PrepareRequest,
  prepareKnowledge,
} from './prepare.ts';

/** A job as the worker receives it. */
export type ThreadRequest =
  | ({ id: number; job: 'prepare' } & PrepareRequest)
  | { id: number; job: 'analyse'; kb: KnowledgeBase }
  | { id: number; job: 'qa-edit'; text: string; operation: QaOperation }
  | { id: number; job: 'collect' };

/** The worker's answer: the job's result, or the error it threw (a bug, not bad content). */
export type ThreadResponse =
  | { id: number; threadId: number; prepared: PreparedKnowledge }
  | { id: number; threadId: number; engineIndex: unknown }
  | { id: number; threadId: number; applied: AppliedQaOperation }
  | { id: number; threadId: number; collected: boolean }
  | { id: number; threadId: number; error: string };

/** Parts sent once while unchanged (knowledge-transfer.ts). */
const sender = new TransferSender();

parentPort?.on('message', (request: ThreadRequest) => {
  let response: ThreadResponse;
  try {
    if (request.job === 'collect') {
      response = { id: request.id, threadId, collected: collectGarbage() };
    } else if (request.job === 'qa-edit') {
      response = { id: request.id, threadId, applied: applyQaOperation(request.text, request.operation) };
    } else if (request.job === 'analyse') {
      const { engineIndex } = sender.send({ engineIndex: analyseKnowledge(request.kb) });
      response = { id: request.id, threadId, engineIndex };
    } else {
      const prepared = prepareKnowledge(request);
      response = { id: request.id, threadId, prepared: prepared.ok ? sender.send(prepared) : prepared };
    }
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    response = { id: request.id, threadId, error: text };
  }
  markStep('worker: result ready, sending');
  parentPort?.postMessage(response);
  markStep('worker: sent');
});

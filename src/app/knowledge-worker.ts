/**
 * The knowledge worker: one worker thread (node:worker_threads) that reads, validates and
 * analyses knowledge (prepare.ts), so that the thread answering questions never waits behind
 * that work. It is started on first use, or a little after the folder starts being watched, and
 * kept for the next job: an edit is then validated without a thread start (half a second to a few
 * seconds: the thread loads the code). It never keeps the process alive.
 *
 * Jobs run one after another, in the order they were asked. Should the thread fail to start or
 * die, its jobs are done on the calling thread instead (slower for everyone, but nothing is lost)
 * and the next job starts a new thread.
 */
import { threadId as mainThreadId, Worker } from 'node:worker_threads';
import { type AppliedQaOperation, applyQaOperation, type QaOperation } from '../knowledge/editor.ts';
import type { KnowledgeBase } from '../knowledge/model.ts';
import { COMPILED, programModule } from '../paths.ts';
import { markStep } from '../reload-marks.ts';
import { collectGarbage } from './collect-garbage.ts';
import type { ThreadRequest, ThreadResponse } from './knowledge-thread.ts';
import { TransferReceiver } from './knowledge-transfer.ts';
import {
  analyseKnowledge,
  type PreparedKnowledge,
  type PrepareRequest,
  prepareKnowledge,
} from './prepare.ts';

/** A result, with the thread that computed it (for tests and logs). */
export type OnThread<T> = T & { threadId: number };

export interface KnowledgeWorkerOptions {
  /** Told when the thread fails and its jobs are done on the calling thread instead. */
  onFallback?: (error: Error) => void;
}

type Request = ThreadRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Job {
  request: Request;
  resolve: (response: ThreadResponse) => void;
  reject: (error: Error) => void;
}

/**
 * The thread's entry: the compiled module in dist/, or, running the TypeScript, a small entry that
 * registers tsx in the thread first (knowledge-thread.mjs).
 */
const ENTRY = COMPILED
  ? programModule('./knowledge-thread', import.meta.url)
  : new URL('./knowledge-thread.mjs', import.meta.url);

export class KnowledgeWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly jobs = new Map<number, Job>();
  private closed = false;

  constructor(private readonly options: KnowledgeWorkerOptions = {}) {}

  /**
   * Reads and validates a folder on the worker thread. Bad content is a result, never a
   * rejection; it rejects for a bug in the knowledge code, or once the worker is closed.
   */
  async prepare(request: PrepareRequest): Promise<OnThread<PreparedKnowledge>> {
    const response = await this.run({ job: 'prepare', ...request });
    if (!('prepared' in response)) throw new Error('the knowledge worker answered another job');
    return { ...response.prepared, threadId: response.threadId };
  }

  /** The engine's saved index for a valid knowledge base (see prepare.ts), on the worker thread. */
  async analyse(kb: KnowledgeBase): Promise<OnThread<{ engineIndex: unknown }>> {
    const response = await this.run({ job: 'analyse', kb });
    if (!('engineIndex' in response)) throw new Error('the knowledge worker answered another job');
    return { engineIndex: response.engineIndex, threadId: response.threadId };
  }

  /** A change made in the text of qa.yaml (applyQaOperation), on the worker thread. */
  async applyQaEdit(text: string, operation: QaOperation): Promise<AppliedQaOperation> {
    const response = await this.run({ job: 'qa-edit', text, operation });
    if (!('applied' in response)) throw new Error('the knowledge worker answered another job');
    return response.applied;
  }

  /** A full garbage collection on the worker thread (see collect-garbage.ts); false if it cannot. */
  async collectGarbage(): Promise<boolean> {
    const response = await this.run({ job: 'collect' });
    if (!('collected' in response)) throw new Error('the knowledge worker answered another job');
    return response.collected;
  }

  /** Starts the thread now, so that the first job does not wait for it. */
  start(): void {
    if (this.closed) return;
    try {
      this.thread();
    } catch (error) {
      this.fail(error as Error);
    }
  }

  /** Stops the thread; jobs still waiting are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    const waiting = [...this.jobs.values()];
    this.jobs.clear();
    for (const job of waiting) job.reject(new Error('the knowledge worker was closed'));
    await worker?.terminate();
  }

  private run(request: Request): Promise<ThreadResponse> {
    if (this.closed) return Promise.reject(new Error('the knowledge worker is closed'));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.jobs.set(id, { request, resolve, reject });
      try {
        this.thread().postMessage({ ...request, id } as ThreadRequest);
      } catch (error) {
        this.fail(error as Error);
      }
    });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(ENTRY);
    worker.unref();
    // The parts this thread sent once and then says are unchanged (knowledge-transfer.ts).
    const receiver = new TransferReceiver();
    worker.on('message', (response: ThreadResponse) => {
      markStep('answering: worker result received');
      // Every message, even one nobody waits for any more: the thread counts it as received.
      if ('prepared' in response && response.prepared.ok) receiver.receive(response.prepared);
      if ('engineIndex' in response) receiver.receive(response);
      const job = this.jobs.get(response.id);
      if (!job) return;
      this.jobs.delete(response.id);
      // An error is a bug in the knowledge code (bad content is a result): the caller sees it.
      if ('error' in response) job.reject(new Error(`the knowledge worker failed: ${response.error}`));
      else job.resolve(response);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(new Error(`the knowledge worker stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  /** The thread is gone: every job waiting for it is done here, and the next job starts a new one. */
  private fail(error: Error): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    const waiting = [...this.jobs.entries()];
    this.jobs.clear();
    if (waiting.length > 0) this.options.onFallback?.(error);
    for (const [id, job] of waiting) {
      try {
        job.resolve(inline(id, job.request));
      } catch (failure) {
        job.reject(failure as Error);
      }
    }
  }
}

/** A job done on this thread. */
function inline(id: number, request: Request): ThreadResponse {
  if (request.job === 'analyse')
    return { id, threadId: mainThreadId, engineIndex: analyseKnowledge(request.kb) };
  if (request.job === 'collect') return { id, threadId: mainThreadId, collected: collectGarbage() };
  if (request.job === 'qa-edit')
    return { id, threadId: mainThreadId, applied: applyQaOperation(request.text, request.operation) };
  const { job: _job, ...prepare } = request;
  return { id, threadId: mainThreadId, prepared: prepareKnowledge(prepare) };
}

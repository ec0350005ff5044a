/**
 * Answer threads: the engine's answers computed on other threads (node:worker_threads) of the same
 * process, so that the thread serving requests (HTTP, signature, store, reply) and the engine each
 * have a core (issue 15: the engine's answer was about 40% of the HTTP server's work per request).
 *
 * Each thread holds its own engine, built from the same knowledge as the one served (sent to it
 * whenever the holder swaps engines; unchanged parts are sent once, see knowledge-transfer.ts), and
 * answers with it exactly what the served engine answers: the engine is deterministic, and a
 * question goes to a thread only for the engine generation it was asked on. Whenever no thread
 * can answer for that engine (at start and after a reload, until the thread has built the new
 * engine; a thread that died), the question is answered here, on the calling thread, as without
 * answer threads: nothing waits for a thread to be ready, and nothing is lost when one fails.
 *
 * A thread builds its engine as `new Engine(kb)`, as every reload does: an engine served with
 * other options (abstainBelow for calibration, exhaustive) would not be the same engine there.
 *
 * The threads never keep the process alive.
 */
import { Worker } from 'node:worker_threads';
import type { Answer } from '../engine/answer.ts';
import type { ConversationTurn } from '../engine/conversation.ts';
import type { Engine } from '../engine/engine.ts';
import { COMPILED, programModule } from '../paths.ts';
import type { AnswerThreadRequest, AnswerThreadResponse, Ask } from './answer-thread.ts';
import type { EngineHolder } from './holder.ts';
import { TransferSender } from './knowledge-transfer.ts';

/**
 * The thread's entry: the compiled module in dist/, or, running the TypeScript, a small entry that
 * registers tsx in the thread first (answer-thread.mjs).
 */
const ENTRY = COMPILED
  ? programModule('./answer-thread', import.meta.url)
  : new URL('./answer-thread.mjs', import.meta.url);

export interface AnswerThreadsOptions {
  /** How many threads (at least 1). */
  threads: number;
  /** Told when a thread fails: its questions, and the ones after, are answered on the calling thread. */
  onFailure?: (error: Error) => void;
}

interface Waiting {
  resolve(answer: Answer): void;
  engine: Engine;
  question: string;
  turns: readonly ConversationTurn[];
}

interface Thread {
  worker: Worker;
  /** The engine generation it has built and can answer for (-1: none yet). */
  ready: number;
  /** Unchanged parts of the knowledge are sent once to each thread. */
  sender: TransferSender;
  waiting: Map<number, Waiting>;
  /** Questions to send at the end of this turn of the event loop, in one message. */
  outbox: Ask[];
  failed: boolean;
}

export class AnswerThreads {
  private readonly threads: Thread[] = [];
  /** Each engine the holder served while the threads ran, numbered in order. */
  private readonly generations = new WeakMap<Engine, number>();
  private lastGeneration = 0;
  private nextId = 1;
  private readonly stopWatching: () => void;
  private closed = false;

  constructor(
    engines: EngineHolder,
    private readonly options: AnswerThreadsOptions,
  ) {
    for (let i = 0; i < Math.max(1, options.threads); i++) this.threads.push(this.start());
    this.serve(engines.current);
    this.stopWatching = engines.onSwap((next) => this.serve(next));
  }

  /**
   * `engine.answer(question, turns)`, computed on an answer thread that holds the same engine, or
   * here when none does (see above). Never rejects for any question.
   */
  answer(
    engine: Engine,
    question: string,
    turns: readonly ConversationTurn[] = [],
  ): Promise<Answer> | Answer {
    const generation = this.generations.get(engine);
    let thread: Thread | undefined;
    for (const candidate of this.threads) {
      if (candidate.failed || candidate.ready !== generation) continue;
      if (!thread || candidate.waiting.size < thread.waiting.size) thread = candidate;
    }
    if (!thread || generation === undefined) return engine.answer(question, turns);
    const id = this.nextId++;
    const chosen = thread;
    return new Promise<Answer>((resolve) => {
      chosen.waiting.set(id, { resolve, engine, question, turns });
      chosen.outbox.push({ id, generation, question, turns });
      // One message per turn of the event loop, not one per question: each message wakes the
      // thread, and waking it cost the calling thread more than the message itself (bench:http,
      // main thread's CPU per request: 2.3-2.4x the floor's with one message a question, 1.9-2.0x so).
      if (chosen.outbox.length === 1) setImmediate(() => this.flush(chosen));
    });
  }

  /** Sends the thread the questions asked of it in this turn. */
  private flush(thread: Thread): void {
    if (thread.outbox.length === 0 || thread.failed) return;
    const asks = thread.outbox;
    thread.outbox = [];
    thread.worker.postMessage({ kind: 'ask', asks } satisfies AnswerThreadRequest);
  }

  /** Whether a thread holds `engine` and answers its questions (else they are answered on the calling thread). */
  serving(engine: Engine): boolean {
    const generation = this.generations.get(engine);
    return this.threads.some((thread) => !thread.failed && thread.ready === generation);
  }

  /** Questions sent to the threads and not answered yet. */
  get waiting(): number {
    return this.threads.reduce((sum, thread) => sum + thread.waiting.size, 0);
  }

  /** Stops the threads; questions still waiting for them are answered here. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopWatching();
    await Promise.all(
      this.threads.map((thread) => {
        thread.failed = true;
        this.answerHere(thread);
        return thread.worker.terminate();
      }),
    );
  }

  /** Sends every thread the knowledge of `engine`, as the next generation. */
  private serve(engine: Engine): void {
    if (this.closed) return;
    const generation = ++this.lastGeneration;
    this.generations.set(engine, generation);
    for (const thread of this.threads) {
      if (thread.failed) continue;
      try {
        const message = thread.sender.send({ kind: 'engine' as const, generation, kb: engine.kb });
        thread.worker.postMessage(message satisfies AnswerThreadRequest);
      } catch (error) {
        this.fail(thread, error as Error);
      }
    }
  }

  private start(): Thread {
    const worker = new Worker(ENTRY);
    worker.unref();
    const thread: Thread = {
      worker,
      ready: -1,
      sender: new TransferSender(),
      waiting: new Map(),
      outbox: [],
      failed: false,
    };
    worker.on('message', (response: AnswerThreadResponse) => {
      if (response.kind === 'ready') {
        thread.ready = response.generation;
        return;
      }
      for (const answered of response.answers) {
        const waiting = thread.waiting.get(answered.id);
        if (!waiting) continue;
        thread.waiting.delete(answered.id);
        // No answer: the thread no longer holds that engine (a reload came in between), or the
        // engine threw (a bug: it never throws). Answered here all the same.
        waiting.resolve(answered.answer ?? waiting.engine.answer(waiting.question, waiting.turns));
      }
    });
    worker.on('error', (error) => this.fail(thread, error));
    worker.on('exit', (code) => {
      if (!thread.failed && !this.closed)
        this.fail(thread, new Error(`an answer thread stopped (exit code ${code})`));
    });
    return thread;
  }

  /** The thread is gone: its questions, and the ones it would have had, are answered here. */
  private fail(thread: Thread, error: Error): void {
    if (thread.failed) return;
    thread.failed = true;
    void thread.worker.terminate();
    this.answerHere(thread);
    this.options.onFailure?.(error);
  }

  private answerHere(thread: Thread): void {
    const waiting = [...thread.waiting.values()];
    thread.waiting.clear();
    for (const question of waiting)
      question.resolve(question.engine.answer(question.question, question.turns));
  }
}

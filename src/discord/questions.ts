/**
 * One question through the engine, for /ask and free text alike: answer it, log it, and count
 * it in the unanswered-question log when the article does not answer it.
 */
import type { Logger } from 'pino';
import type { AnswerThreads } from '../app/answer-threads.ts';
import type { EngineHolder } from '../app/holder.ts';
import type { Answer } from '../engine/answer.ts';
import type { ConversationTurn } from '../engine/conversation.ts';
import type { Store } from '../store/store.ts';

export interface AnsweredQuestion {
  answer: Answer;
  /** The knowledge version that produced the answer (for feedback). */
  knowledgeVersion: string;
}

/**
 * Reads the current engine once, so a knowledge reload mid-request cannot mix two versions.
 * With the earlier turns of its conversation, a follow-up is read in their context.
 */
export function askEngine(
  engines: EngineHolder,
  question: string,
  turns?: readonly ConversationTurn[],
): AnsweredQuestion {
  const engine = engines.current;
  return { answer: engine.answer(question, turns), knowledgeVersion: engine.kb.version };
}

/**
 * askEngine, the answer computed on an answer thread when the front end runs them (the HTTP
 * server: see app/answer-threads.ts), the same answer either way.
 */
export async function askEngineOn(
  threads: AnswerThreads | undefined,
  engines: EngineHolder,
  question: string,
  turns?: readonly ConversationTurn[],
): Promise<AnsweredQuestion> {
  if (!threads) return askEngine(engines, question, turns);
  const engine = engines.current;
  return { answer: await threads.answer(engine, question, turns), knowledgeVersion: engine.kb.version };
}

/**
 * Logs the outcome and records an abstention (in the background: nothing waits on the store); a
 * store failure is logged, never thrown.
 */
export function noteAnswer(result: AnsweredQuestion, context: { log: Logger; database: Store }): void {
  const { answer } = result;
  context.log.info(
    {
      question: answer.question.slice(0, 500),
      status: answer.status,
      qa: answer.qa,
      confidence: answer.confidence,
      quotes: answer.quotes.map((q) => q.id),
      ms: answer.ms,
      knowledgeVersion: result.knowledgeVersion,
      ...(answer.reading ? { reading: answer.reading } : {}),
    },
    answer.answered ? 'question answered' : 'question not answered',
  );
  if (answer.status !== 'not-in-article') return;
  context.database
    .recordUnanswered(answer.question)
    .catch((error: unknown) => context.log.warn({ err: error }, 'could not record the unanswered question'));
}

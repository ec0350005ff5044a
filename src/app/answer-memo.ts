/**
 * The answers of an answer thread (answer-thread.ts) to questions asked again word for word, with
 * no conversation before them, kept for the engine that gave them (issue 15: the engine's answer
 * is most of what an HTTP `/ask` costs, 1 to 1.5 ms of the answer thread's CPU on the bench's
 * questions; the same question asked again is common in a server: autocomplete offers the curated
 * wordings, people ask what they saw asked).
 *
 * The engine is deterministic: the same question, with no turns before it, to the same engine gets
 * the same answer (`test/app/answer-memo.test.ts` checks it on the bench's questions in two orders).
 * A question read in a conversation is never kept or looked up: its answer depends on the turns.
 * Only the time taken (`ms`) differs: the time of this look-up, not the first answer's.
 *
 * What is kept are the answers as the engine returned them; they leave the thread as structured
 * clones (postMessage), so nothing downstream can change them. At most `limit` answers, the least
 * recently asked dropped first; a new engine (a reload) starts empty.
 */
import type { Answer } from '../engine/answer.ts';
import type { ConversationTurn } from '../engine/conversation.ts';
import type { Engine } from '../engine/engine.ts';

/** Answers kept: at a few kilobytes each, a few megabytes at most. */
export const ANSWER_MEMO_LIMIT = 2000;

export class AnswerMemo {
  private engine: Engine | null = null;
  private readonly answers = new Map<string, Answer>();
  hits = 0;

  constructor(private readonly limit = ANSWER_MEMO_LIMIT) {}

  /** `engine`'s answer to `question` after `turns`: kept from before when it was asked alone. */
  answer(engine: Engine, question: string, turns?: readonly ConversationTurn[]): Answer {
    if (engine !== this.engine) {
      this.engine = engine;
      this.answers.clear();
    }
    const alone = (turns === undefined || turns.length === 0) && typeof question === 'string';
    if (!alone || this.limit <= 0) return engine.answer(question, turns);
    const started = performance.now();
    const kept = this.answers.get(question);
    if (kept) {
      // Asked most recently now: last in the map's order.
      this.answers.delete(question);
      this.answers.set(question, kept);
      this.hits++;
      return { ...kept, ms: Math.round((performance.now() - started) * 1000) / 1000 };
    }
    const answer = engine.answer(question, turns);
    this.answers.set(question, answer);
    if (this.answers.size > this.limit) {
      const oldest = this.answers.keys().next().value as string;
      this.answers.delete(oldest);
    }
    return answer;
  }

  get size(): number {
    return this.answers.size;
  }
}

/**
 * The input gate: what is not a question about the article is answered before any search.
 * Not text, too long, empty once cleaned (only mentions, emoji, markdown), or about the bot
 * itself ("who are you?", "help").
 */

import { cleanQuestion } from '../text/clean.ts';
import type { AnswerStatus } from './answer.ts';
import { TUNING } from './tuning.ts';

/** Questions about the bot itself ("who are you?"), answered with what it is for: plain English, no story. */
const ABOUT_THE_BOT =
  /^\W*(?:(?:who|what) (?:are|r) (?:you|u)|what can (?:you|u|i) (?:do|ask)|what do (?:you|u) know|how do(?:es)? (?:this|it|you|u) work|help)\W*$/i;

const ABOUT =
  'I answer questions about the 17 September 2016 airstrike near Deir el-Zour. Ask me something about it.';
const EMPTY =
  'Your question is empty. Ask me something about the 17 September 2016 airstrike near Deir el-Zour.';

/** The gate's reply to input that is not a question to search for. */
export interface GateReply {
  status: AnswerStatus;
  message: string;
  /** Offer the default suggestions with it. */
  suggest: boolean;
}

/** The question cleaned for matching, or the reply that ends it here. */
export type Gate = { ok: true; text: string } | { ok: false; reply: GateReply };

export function admitQuestion(question: unknown): Gate {
  if (typeof question !== 'string')
    return {
      ok: false,
      reply: { status: 'no-question', message: 'Ask a question in words.', suggest: false },
    };
  const { maxQuestionLength, rawLengthFactor } = TUNING.input;
  // Far too long to be worth cleaning: refused on the raw length.
  if (question.length > maxQuestionLength * rawLengthFactor)
    return { ok: false, reply: tooLong(question.length) };
  const { text } = cleanQuestion(question);
  if (text.length > maxQuestionLength) return { ok: false, reply: tooLong(text.length) };
  if (ABOUT_THE_BOT.test(text)) return { ok: false, reply: noQuestion(text) };
  return { ok: true, text };
}

/** The reply to a text with nothing to search for: empty, or small talk and questions about the bot. */
export function noQuestion(text: string): GateReply {
  return { status: 'no-question', message: text ? ABOUT : EMPTY, suggest: true };
}

function tooLong(length: number): GateReply {
  return {
    status: 'too-long',
    message: `That is ${length} characters; please ask in under ${TUNING.input.maxQuestionLength}.`,
    suggest: true,
  };
}

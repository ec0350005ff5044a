/**
 * The input gate: what is not a question about the article is answered before any search.
 * Not text, too long, empty once cleaned (only mentions, emoji, markdown), or about the bot
 * itself ("who are you?", "help"). The replies about the bot come from the knowledge
 * (bot.yaml): nothing here is about one story.
 */
import type { BotTexts } from '../knowledge/model.ts';
import { cleanQuestion } from '../text/clean.ts';
import type { AnswerStatus } from './answer.ts';
import { TUNING } from './tuning.ts';

/**
 * Questions about the bot itself ("who are you?"), answered with what it is for. Plain English
 * that fits any story, so it stays here rather than in the knowledge folder.
 */
const ABOUT_THE_BOT =
  /^\W*(?:(?:who|what) (?:are|r) (?:you|u)|what can (?:you|u|i) (?:do|ask)|what do (?:you|u) know|how do(?:es)? (?:this|it|you|u) work|help)\W*$/i;

/**
 * Questions for today's date or the time now ("what day is it", "what time is it now", "what day
 * is today"): the present tense with "it" or "today" asks the clock, not when anything happened
 * (that is "what day was it"). So does the clock where the one asked is ("what time is it there",
 * "... where you are", "... for you"). Plain English of any story.
 */
const THE_CLOCK =
  /^\W*(?:what|which|wat)\s+(?:day|date|time|month|year)\s+is\s+(?:it|today)(?:\s+(?:today|now|rn|right now|there|over there|where you are|where u are|for you|for u))?\W*$/i;

/** The gate's reply to input that is not a question to search for. */
export interface GateReply {
  status: AnswerStatus;
  message: string;
  /** Offer the default suggestions with it. */
  suggest: boolean;
}

/** The question cleaned for matching, or the reply that ends it here. */
export type Gate = { ok: true; text: string } | { ok: false; reply: GateReply };

export function admitQuestion(question: unknown, texts: BotTexts): Gate {
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
  if (ABOUT_THE_BOT.test(text) || THE_CLOCK.test(text)) return { ok: false, reply: noQuestion(text, texts) };
  return { ok: true, text };
}

/** The reply to a text with nothing to search for: empty, or small talk and questions about the bot. */
export function noQuestion(text: string, texts: BotTexts): GateReply {
  return { status: 'no-question', message: text ? texts.about : texts.emptyQuestion, suggest: true };
}

function tooLong(length: number): GateReply {
  return {
    status: 'too-long',
    message: `That is ${length} characters; please ask in under ${TUNING.input.maxQuestionLength}.`,
    suggest: true,
  };
}

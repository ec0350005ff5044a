/**
 * The Answer model: what every front end (Discord, terminal, `ask --json`) renders.
 * Quotes are sentences of the article, verbatim, each with who said it and the source.
 */

export interface Speaker {
  id: string;
  /** How the bot credits the quote, e.g. "Samantha Power, US ambassador to the UN". */
  label: string;
  kind: string;
}

export interface Quote {
  /** Stable sentence id in the passage index, e.g. "p4.s1". */
  id: string;
  /** The sentence, verbatim from the article. */
  text: string;
  /** Who the claim is attributed to; null where it is the reporter's narration. */
  speaker: Speaker | null;
  /** Publication and date, e.g. "DW, 18 September 2016". */
  source: string;
  paragraph: number;
  section: string;
}

export interface ContestedSide {
  label: string;
  quoteIds: string[];
}

export interface ContestedPoint {
  id: string;
  topic: string;
  sides: ContestedSide[];
}

export type AnswerStatus =
  /** Quotes answer the question. */
  | 'answered'
  /** The article does not answer it; suggestions say what it can answer. */
  | 'not-in-article'
  /** Nothing to answer: empty, only mentions, or only small talk. */
  | 'no-question'
  /** Longer than TUNING.input.maxQuestionLength. */
  | 'too-long';

/** One of several questions asked in one message ("how long did it last and who says so?"). */
export interface AnswerPart {
  /** The question as read from the message. */
  question: string;
  /** false: the article does not answer this one (the message's other questions may be). */
  answered: boolean;
  confidence: number;
  /** Its quotes among the Answer's quotes, best first. */
  quoteIds: string[];
}

export interface Answer {
  /** The question as received. */
  question: string;
  status: AnswerStatus;
  answered: boolean;
  /** 0 to 1. */
  confidence: number;
  /** Best first, at most 3; empty unless answered. */
  quotes: Quote[];
  /** Further relevant quotes, for a "More" button. */
  more: Quote[];
  /** The curated Q&A entry that produced the answer, if any. */
  qa: string | null;
  /** Set when the sources disagree on the point: every side is quoted. */
  contested: ContestedPoint | null;
  /** Questions the bot can answer, offered when it cannot answer this one. */
  suggestions: string[];
  /** A short explanation for the person when the question is not answered. */
  message: string | null;
  /** Time spent in the engine, milliseconds. */
  ms: number;
  /**
   * How a follow-up was read when the conversation changed its meaning, in one short line
   * ("Reading 'he' as Vitaly Churkin"); absent when the question was read as it stands.
   */
  reading?: string;
  /**
   * Set when the message asked several questions: each one, answered or not, in the order
   * asked. The quotes above hold one quote of each answered question in turn.
   */
  parts?: AnswerPart[];
}

/** An Answer quotes at most this many sentences at once (further ones go behind "More"); a page of quotes shows as many. */
export const MAX_QUOTES = 3;

/**
 * The questions of a message the article does not answer, when the message asked several and
 * some were answered ("... and how old is she?"): front ends say so under the quotes.
 */
export function unansweredParts(answer: Answer): string[] {
  if (!answer.answered || !answer.parts) return [];
  return answer.parts.filter((p) => !p.answered).map((p) => p.question);
}

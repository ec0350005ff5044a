/** The `ask --json` line: exactly the contract in ../shared/docs/ask-json.md. */
import type { Answer } from '../engine/answer.ts';

export interface AskJsonQuote {
  id: string;
  text: string;
  speaker: string | null;
  source: string;
}

export interface AskJsonLine {
  question: string;
  answered: boolean;
  confidence: number;
  quotes: AskJsonQuote[];
  qa: string | null;
  ms: number;
}

export function toAskJson(answer: Answer): AskJsonLine {
  return {
    question: answer.question,
    answered: answer.answered,
    confidence: answer.confidence,
    quotes: answer.answered
      ? answer.quotes.map((q) => ({
          id: q.id,
          text: q.text,
          speaker: q.speaker?.label ?? null,
          source: q.source,
        }))
      : [],
    qa: answer.answered ? answer.qa : null,
    ms: answer.ms,
  };
}

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
  /** Beyond the contract, only on follow-ups the context changed: how the question was read. */
  reading?: string;
}

/** One input line: a question on its own, or a turn of a conversation. */
export interface AskRequest {
  question: string;
  /** The conversation id of a `{"question", "conversation"}` line; null for a question on its own. */
  conversation: string | null;
}

/**
 * Reads one input line. A JSON object with a string `question` is a request, a turn of the
 * conversation it names (if it names one); any other line, malformed JSON included, is a
 * question on its own, as received.
 */
export function parseAskLine(line: string): AskRequest {
  const text = line.trim();
  if (text.startsWith('{') && text.endsWith('}')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const { question, conversation } = parsed as Record<string, unknown>;
      if (typeof question === 'string') {
        const id =
          typeof conversation === 'string' ||
          (typeof conversation === 'number' && Number.isFinite(conversation))
            ? String(conversation)
            : null;
        return { question, conversation: id };
      }
    }
  }
  return { question: line, conversation: null };
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
    ...(answer.reading ? { reading: answer.reading } : {}),
  };
}

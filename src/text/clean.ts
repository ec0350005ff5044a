/**
 * Cleaning what a person typed (in Discord or a terminal) down to the question. Pure functions,
 * no knowledge of the story.
 */
import { withTypedCorrection } from './correction.ts';

export interface CleanQuestion {
  /** Text fit for matching: no mentions, markdown, links or control characters. */
  text: string;
  /** What was removed or changed, for logs. */
  removed: string[];
}

const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu;
const DISCORD_MENTION = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<\/[\w -]+:\d+>|<t:\d+(?::[tTdDfFR])?>/g;
const EVERYONE = /@(?:everyone|here)\b/gi;
/**
 * A mention typed as plain text ("@QuestionBot what did ...", "hey @bot", a handle copied from
 * another app): an "@" starting a word, then a handle. Not an address ("a@b.org": a letter before).
 */
const TYPED_MENTION = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*/gu;
const URL = /\bhttps?:\/\/\S+/gi;
/**
 * A bot command typed as text in front of the question ("/ask how many died", "!ask ...") when the
 * slash menu was not used: a "/" or "!" opening the message, one word, then the question. The
 * command word is not part of what is asked ("ask" would read as a request).
 */
const TYPED_COMMAND = /^[/!][a-z]+(?::|\s)\s*(?=\S)/i;
const MARKDOWN = /[*_~`|>#]+/g;
/** Text struck through ("how many ~~US~~ syrian soldiers"): the writer took it back. */
const STRUCK = /~~[^~\n]+~~/g;
/**
 * Chinese, Japanese and Korean quotation marks ("「uniquely cynical」", "『stunt』") and the
 * ideographic comma and full stop: NFKC leaves them, so they are made the marks the reader knows.
 */
const CJK_MARKS = /[\u3001\u3002\u300c-\u300f\u301d-\u301f]/;
const CJK_QUOTES = /[\u300c\u300d\u300e\u300f\u301d\u301e\u301f]/g;
const CJK_COMMA = /\u3001/g;
const CJK_STOP = /\u3002/g;

/**
 * The last text cleaned and what it came to: a message is cleaned by the gate and again by the
 * reader (most have no emoji, so the same text), and a long one costs tens of microseconds.
 */
let last: { raw: string; text: string; removed: readonly string[] } | undefined;

/** Removes what Discord adds to a message so only the question remains. Never throws. */
export function cleanQuestion(raw: string): CleanQuestion {
  if (last !== undefined && last.raw === raw) return { text: last.text, removed: [...last.removed] };
  const result = cleanedOf(raw);
  last = { raw, text: result.text, removed: [...result.removed] };
  return result;
}

function cleanedOf(raw: string): CleanQuestion {
  const removed: string[] = [];
  let text = raw.normalize('NFKC');
  // A trailing "*word" corrects a typo: applied before the star is read as markdown.
  const corrected = withTypedCorrection(text);
  if (corrected !== text) removed.push('typed correction');
  text = corrected;
  const strip = (re: RegExp, label: string, by = ' ') => {
    const next = text.replace(re, by);
    if (next !== text) removed.push(label);
    text = next;
  };
  // Struck-through words are taken back, where words are left beside them.
  const unstruck = text.replace(STRUCK, ' ');
  if (unstruck !== text && /[\p{L}\p{N}]/u.test(unstruck)) {
    removed.push('struck through');
    text = unstruck;
  }
  // Line breaks and tabs are spaces; other control and format characters go.
  text = text.replace(/[\t\n\r\u2028\u2029]/g, ' ');
  // Looked for first: most messages hold none, and three passes over each are saved.
  if (CJK_MARKS.test(text)) {
    text = text.replace(CJK_QUOTES, '"').replace(CJK_COMMA, ', ').replace(CJK_STOP, '. ');
  }
  strip(CONTROL, 'control characters', '');
  strip(DISCORD_MENTION, 'mentions');
  strip(EVERYONE, 'mentions');
  strip(TYPED_MENTION, 'mentions');
  strip(URL, 'links');
  text = text.trimStart();
  strip(TYPED_COMMAND, 'typed command', '');
  strip(MARKDOWN, 'markdown');
  text = text.replace(/\s+/g, ' ').trim();
  return { text, removed: [...new Set(removed)] };
}

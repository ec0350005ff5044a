/**
 * Splits article text into paragraphs and sentences.
 *
 * News prose ends sentences inside quotation marks (`... a "very big question mark."`),
 * quotes whole sentences (`"If what ... trouble."`), and brackets words (`Daesh [IS]`).
 * A sentence ends at `.`, `!` or `?`, optionally followed by closing quotes or brackets,
 * when the next non-space character opens a new sentence (a capital, a digit or an
 * opening quote). Known abbreviations (`Mr.`, `U.S.`) never end a sentence.
 */

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'rep',
  'sen',
  'gov',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'a.m',
  'p.m',
]);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '\u00ab']);

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  // The word (letters and inner dots) right before the dot.
  let start = dotIndex;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] ?? '')) start--;
  const word = text.slice(start, dotIndex).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials such as "J. Smith".
  return /^\p{Lu}$/u.test(text.slice(start, dotIndex));
}

function startsSentence(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  return /[\p{Lu}\p{N}]/u.test(ch) || OPENERS.has(ch);
}

/** Splits one paragraph into sentences, trimmed, in order. Never loses a character other than spaces. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    // Runs of terminal punctuation ("?!", "...") stay together.
    while (end < text.length && /[.!?]/.test(text[end] ?? '')) end++;
    while (end < text.length && CLOSERS.has(text[end] ?? '')) end++;
    if (end < text.length && text[end] !== ' ') continue;
    let next = end;
    while (next < text.length && text[next] === ' ') next++;
    if (next < text.length && !startsSentence(text[next])) continue;
    if (ch === '.' && end === i + 1 && endsWithAbbreviation(text, i)) continue;
    sentences.push(text.slice(start, end).trim());
    start = next;
    i = next - 1;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** Paragraphs are blocks separated by blank lines; inner line breaks are spaces. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0);
}

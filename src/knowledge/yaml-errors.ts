/**
 * A YAML syntax error said so that whoever edits the file can fix it: where it is (line and
 * column of the line that is actually wrong, not where the parser gave up), that line as
 * written, and what to do. The parser's later errors in the same file are mostly consequences
 * of the first, so only the first is reported.
 */
import type { LineCounter, YAMLError } from 'yaml';
import type { Problem } from './problems.ts';

/** How far back an unclosed bracket or quote is looked for. */
const LOOK_BACK_LINES = 50;
/** How much of a long line is shown. */
const EXCERPT_LENGTH = 100;

export function yamlSyntaxProblem(
  file: string,
  content: string,
  errors: readonly YAMLError[],
  lineCounter: LineCounter,
): Problem {
  const first = errors[0] as YAMLError;
  const lines = content.split(/\r?\n/);
  let { line, col } = lineCounter.linePos(first.pos[0]);
  // An unclosed [ { or quote is reported where the parser gave up, often a line or more later.
  const opener = unclosedOpener(first.message);
  const opened = opener && findUnclosed(lines, line, opener);
  if (opened) ({ line, col } = opened);
  // An error at the end of the file, or on an empty line: show the last line with text.
  while (line > 1 && !lines[line - 1]?.trim()) {
    line--;
    col = (lines[line - 1]?.search(/\S/) ?? 0) + 1;
  }
  const excerpt = shorten(lines[line - 1] ?? '', col);
  const more = errors.length - 1;
  const after =
    more > 0 ? ` (${more} more error${more === 1 ? '' : 's'} after it, most likely caused by this one)` : '';
  return {
    file,
    line,
    column: col,
    excerpt,
    message: `not valid YAML: ${first.message.replace(/\.?$/, '.')} ${hint(first, excerpt, opener)}${after}`,
  };
}

/** A long line is cut some way after the column shown, so the message stays readable. */
function shorten(text: string, col: number): string {
  const keep = Math.max(EXCERPT_LENGTH, col + 20);
  return text.length > keep ? `${text.slice(0, keep)}…` : text;
}

type Opener = '[' | '{' | '"' | "'";

function unclosedOpener(message: string): Opener | null {
  if (/^Flow sequence/.test(message)) return '[';
  if (/^Flow mapping/.test(message)) return '{';
  if (/^Missing closing "quote/.test(message)) return '"';
  if (/^Missing closing 'quote/.test(message)) return "'";
  return null;
}

/** The last line at or before `from` that opens more `opener`s than it closes, and where. */
function findUnclosed(
  lines: readonly string[],
  from: number,
  opener: Opener,
): { line: number; col: number } | null {
  for (let n = Math.min(from, lines.length); n >= 1 && n > from - LOOK_BACK_LINES; n--) {
    const col = unclosedIn(lines[n - 1] ?? '', opener);
    if (col !== null) return { line: n, col: col + 1 };
  }
  return null;
}

/** The index of the first opener left unclosed on this line (quoted text skipped), or null. */
function unclosedIn(text: string, opener: Opener): number | null {
  const close = opener === '[' ? ']' : opener === '{' ? '}' : opener;
  const open: number[] = [];
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (opener === '"' || opener === "'") {
      if (c === opener) {
        if (open.length > 0) open.pop();
        else open.push(i);
      }
      continue;
    }
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ')) break;
    else if (c === opener) open.push(i);
    else if (c === close) open.pop();
  }
  return open.length > 0 ? (open[0] as number) : null;
}

function hint(error: YAMLError, excerpt: string, opener: Opener | null): string {
  if (/^\s*\t/.test(excerpt) || error.code === 'TAB_AS_INDENT')
    return 'Indent with spaces: YAML does not allow tabs.';
  if (opener === '[' || opener === '{') {
    const closer = opener === '[' ? ']' : '}';
    return `Close the ${opener} with ${closer} on the same line, e.g. [p4.s1, p4.s2], or put the text in quotes.`;
  }
  if (opener) return `Close the quote ${opener} on the same line, or remove it.`;
  if (error.code === 'DUPLICATE_KEY') return 'A field appears twice in the same entry: keep one.';
  if (
    error.code === 'BAD_INDENT' ||
    error.code === 'BLOCK_AS_IMPLICIT_KEY' ||
    error.code === 'MULTILINE_IMPLICIT_KEY'
  )
    return 'Check the indentation: every field of an entry starts in the same column, two spaces after its "- "; put text containing ": " in quotes.';
  return 'Check the indentation (spaces, not tabs), close every quote, [ and {, and put text containing ": " or " #" in quotes.';
}

/**
 * Text rendering of an Answer, for the terminal chat and `npm run ask`.
 *
 * Renderers build lines: spans of text, each with an optional style, and the indentation of
 * the rows a line wraps onto (under its bullet or opening quote mark). formatText turns them
 * into text: wrapped at word boundaries when given a width, coloured when asked. With no
 * options every line is one row and plain, as `npm run ask` prints when piped.
 *
 * Wrapping turns a space into a line break and indentation, so a quote rejoined from its rows
 * is the article's sentence, character for character. Only a word longer than a whole row (a
 * long URL; the article has none) is cut where the row is full.
 */
import * as util from 'node:util';
import {
  type Answer,
  type ContestedPoint,
  type ContestedSide,
  type Quote,
  unansweredParts,
} from '../engine/answer.ts';

/** What a span is, for colour; the look of each is chosen once, in LOOKS. */
export type TextStyle = 'heading' | 'side' | 'speaker' | 'meta' | 'hint' | 'good' | 'warning' | 'prompt';

type Look = Parameters<typeof util.styleText>[0];
const LOOKS: Record<TextStyle, Look> = {
  heading: 'bold',
  side: 'yellow',
  speaker: 'cyan',
  meta: 'dim',
  hint: 'dim',
  good: 'green',
  warning: 'yellow',
  prompt: 'bold',
};

export interface Span {
  text: string;
  style?: TextStyle;
  /** Kept on one row (wrapped before it instead), unless it is longer than a row. */
  keep?: boolean;
}

/** One logical line; the rows it wraps onto are indented by `hang` columns. */
export interface TextLine {
  spans: Span[];
  hang: number;
}

export interface TextOptions {
  /** Columns to wrap at; undefined: never wrap. */
  width?: number;
  /** ANSI colours (node:util styleText). */
  color?: boolean;
}

/** Narrower than this, wrapping would leave a word or two per row: wrap at this width anyway. */
const MIN_WIDTH = 20;

export function line(text: string, style?: TextStyle, hang = 0): TextLine {
  return { spans: [style ? { text, style } : { text }], hang };
}

export const BLANK: TextLine = { spans: [], hang: 0 };

/** Coloured text when asked and possible (styleText exists from Node 20.12). */
export function paint(text: string, style: TextStyle | undefined, color: boolean | undefined): string {
  if (!color || !style || text === '' || typeof util.styleText !== 'function') return text;
  // The caller decided on colour (TTY, NO_COLOR, FORCE_COLOR); styleText must not second-guess it.
  return util.styleText(LOOKS[style], text, { validateStream: false });
}

export function formatText(lines: readonly TextLine[], options: TextOptions = {}): string {
  return lines.map((l) => formatLine(l, options)).join('\n');
}

function formatLine({ spans, hang }: TextLine, { width, color }: TextOptions): string {
  // Code points, so a row never splits a surrogate pair; one column each.
  const chars = spans.flatMap((s) => Array.from(s.text));
  const styles = spans.flatMap((s) => Array.from(s.text, () => s.style));
  const breaks = spans.flatMap((s) => Array.from(s.text, (c) => c === ' ' && !s.keep));
  const columns = width === undefined ? Number.POSITIVE_INFINITY : Math.max(width, MIN_WIDTH);
  const indent = Math.min(hang, Math.floor(columns / 2));
  return wrapRows(breaks, columns, indent)
    .map(
      ([start, end], row) => (row > 0 ? ' '.repeat(indent) : '') + paintRow(chars, styles, start, end, color),
    )
    .join('\n');
}

/**
 * Where each row starts and ends, for characters where `breaks` marks the spaces a row may end
 * at: a row ends at the last such space that fits, and that space becomes the line break. A
 * word longer than a whole row is cut where the row is full. The first `hang` columns of the
 * first row (its indentation and bullet) are never broken.
 */
function wrapRows(breaks: readonly boolean[], width: number, hang: number): [number, number][] {
  const rows: [number, number][] = [];
  let start = 0;
  let indent = 0;
  while (indent + breaks.length - start > width) {
    const room = width - indent;
    let end = -1;
    for (let i = Math.min(start + room, breaks.length - 1); i > start && i >= hang; i--) {
      if (breaks[i]) {
        end = i;
        break;
      }
    }
    if (end > start) {
      rows.push([start, end]);
      start = end + 1;
    } else {
      rows.push([start, start + room]);
      start += room;
    }
    indent = hang;
  }
  rows.push([start, breaks.length]);
  return rows;
}

function paintRow(
  chars: readonly string[],
  styles: readonly (TextStyle | undefined)[],
  start: number,
  end: number,
  color: boolean | undefined,
): string {
  let out = '';
  let runStart = start;
  for (let i = start + 1; i <= end; i++) {
    if (i === end || styles[i] !== styles[runStart]) {
      out += paint(chars.slice(runStart, i).join(''), styles[runStart], color);
      runStart = i;
    }
  }
  return out;
}

// --- answers -----------------------------------------------------------------------------

/** A quote: the sentence under its opening quote mark, then who said it and where. */
export function quoteLines(q: Quote): TextLine[] {
  const who = q.speaker ? q.speaker.label : 'the reporter';
  return [
    { spans: [{ text: `  "${q.text}"` }], hang: 3 },
    {
      spans: [
        { text: '    - ' },
        { text: who, style: 'speaker' },
        { text: ' ' },
        // "· DW, 18 September 2016 [p4.s1]" is one unit: wrapped before the dot, never inside.
        { text: `· ${q.source} [${q.id}]`, style: 'meta', keep: true },
      ],
      hang: 6,
    },
  ];
}

/**
 * Quotes in order; when the sources disagree, under the label of the side each supports, each
 * label once: the quotes of a side are gathered under it, sides in the order they first appear.
 * A quote on no side comes last, under "Also quoted".
 */
export function quotesLines(
  quotes: readonly Quote[],
  contested: ContestedPoint | null,
  render: (q: Quote) => TextLine[] = quoteLines,
): TextLine[] {
  if (!contested) return quotes.flatMap(render);
  const bySide = new Map<ContestedSide | null, Quote[]>();
  for (const q of quotes) {
    const side = contested.sides.find((s) => s.quoteIds.includes(q.id)) ?? null;
    bySide.set(side, [...(bySide.get(side) ?? []), q]);
  }
  const groups = [...bySide].sort(([a], [b]) => Number(a === null) - Number(b === null));
  return groups.flatMap(([side, sideQuotes]) => {
    const label = side?.label ?? 'Also quoted';
    return [
      { spans: [{ text: '- ' }, { text: `${label}:`, style: 'side' }], hang: 2 },
      ...sideQuotes.flatMap(render),
    ];
  });
}

export function answerLines(answer: Answer): TextLine[] {
  // A follow-up read in context says first how it was read: "(Reading 'he' as Vitaly Churkin)".
  const reading = answer.reading ? [line(`(${answer.reading})`, 'hint')] : [];
  if (!answer.answered) {
    const lines = [...reading, line(answer.message ?? "The article doesn't say.")];
    if (answer.suggestions.length > 0) {
      lines.push(
        BLANK,
        line('You could ask:'),
        ...answer.suggestions.map((s) => line(`  - ${s}`, undefined, 4)),
      );
    }
    return lines;
  }
  const lines: TextLine[] = [...reading];
  if (answer.contested)
    lines.push(line(`Sources disagree on this (${answer.contested.topic.toLowerCase()}):`, 'heading'));
  lines.push(...quotesLines(answer.quotes, answer.contested));
  for (const question of unansweredParts(answer))
    lines.push(line(`The article doesn't say: "${question.replace(/[?\s]+$/, '')}?"`, 'hint', 2));
  if (answer.more.length > 0) {
    const n = answer.more.length;
    lines.push(line(`(${n} more related quote${n > 1 ? 's' : ''}: type /more)`, 'hint'));
  }
  return lines;
}

export function renderAnswerText(answer: Answer, options: TextOptions = {}): string {
  return formatText(answerLines(answer), options);
}

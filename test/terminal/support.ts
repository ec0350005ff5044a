/**
 * Driving the terminal chat as a person would: lines piped in, or keys typed at a terminal
 * (fake TTY streams with a width), and reading back what it printed.
 */
import { PassThrough } from 'node:stream';
import { vi } from 'vitest';
import { EngineHolder } from '../../src/app/holder.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { runTerminalChat, type TerminalChatOptions } from '../../src/terminal/chat.ts';
import { CEILING_MS } from '../support/wait-for.ts';
import { ESC, Screen } from './screen.ts';

export interface StreamsOptions {
  /** 'tty': a person at a keyboard (interactive); 'pipe' (default): lines from another program. */
  input?: 'tty' | 'pipe';
  /** A terminal this many columns wide; 'pipe' (default): a pipe or a file. */
  output?: { columns: number } | 'pipe';
  /** The environment the chat sees (NO_COLOR, FORCE_COLOR); default: empty. */
  env?: NodeJS.ProcessEnv;
}

export interface Streams {
  input: PassThrough;
  output: PassThrough;
  errorOutput: PassThrough;
  /** Everything written to output so far, escape codes included. */
  text(): string;
  /** Everything written to errorOutput so far. */
  errors(): string;
  /** The terminal as a person sees it (meaningful when output is a terminal). */
  screen: Screen;
  options: Omit<TerminalChatOptions, 'engines'>;
}

export function streams(options: StreamsOptions = {}): Streams {
  const input = new PassThrough();
  const output = new PassThrough();
  const errorOutput = new PassThrough();
  if (options.input === 'tty') Object.assign(input, { isTTY: true });
  const columns = typeof options.output === 'object' ? options.output.columns : undefined;
  if (columns !== undefined) Object.assign(output, { isTTY: true, columns });
  const screen = new Screen(columns ?? 80);
  let text = '';
  output.on('data', (chunk: Buffer) => {
    const s = chunk.toString('utf8');
    text += s;
    screen.write(s);
  });
  let errors = '';
  errorOutput.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  return {
    input,
    output,
    errorOutput,
    text: () => text,
    errors: () => errors,
    screen,
    options: { input, output, errorOutput, env: options.env ?? {} },
  };
}

export interface Session extends Streams {
  done: Promise<void>;
  /** Whether the chat has ended. */
  ended(): boolean;
}

export function startChat(engine: Engine, options: StreamsOptions & { holder?: EngineHolder } = {}): Session {
  const io = streams(options);
  const done = runTerminalChat({ engines: options.holder ?? new EngineHolder(engine), ...io.options });
  let ended = false;
  void done.then(() => {
    ended = true;
  });
  return { ...io, done, ended: () => ended };
}

/** Pipes the lines in, ends the input, and returns everything the chat printed. */
export async function chat(
  engine: Engine,
  lines: string[],
  options: StreamsOptions & { holder?: EngineHolder } = {},
): Promise<string> {
  const session = startChat(engine, options);
  session.input.end(lines.map((l) => `${l}\n`).join(''));
  await session.done;
  return session.text();
}

/**
 * Waits for a condition on what was printed, as long as any test waits for an event (CEILING_MS):
 * a reload on a saturated machine took more than 10 s.
 */
export function until(condition: () => void): Promise<void> {
  return vi.waitFor(condition, { timeout: CEILING_MS, interval: 10 });
}

/** Colour codes and readline's cursor movements. */
const ESCAPES = new RegExp(`${ESC}\\[[0-9;]*[A-Za-z]`, 'g');

export function plain(text: string): string {
  return text.replace(ESCAPES, '');
}

/** The rows printed, without escape codes. */
export function rows(text: string): string[] {
  return plain(text).split('\n');
}

/** Text with its line breaks and indentation undone, to look for a phrase that may be wrapped. */
export function unwrapped(text: string): string {
  return plain(text).replace(/ *\n */g, ' ');
}

export function width(row: string): number {
  return Array.from(row).length;
}

export interface PrintedQuote {
  id: string;
  /** The sentence, rejoined from its rows. */
  text: string;
  /** The rows of the quote, then of its attribution, as printed. */
  rows: string[];
  attributionRows: string[];
  /** Columns before the opening quote mark. */
  indent: number;
  /** The attribution rejoined: "- who · source [id]". */
  attribution: string;
}

/**
 * Every quote printed: a row `<indent>"...`, the rows continuing it (indented under its text,
 * one column past the quote mark), then its attribution `<indent+2>- who · source [id]` and the
 * rows continuing that (indented under its text, past the dash).
 */
export function printedQuotes(text: string): PrintedQuote[] {
  const all = rows(text);
  const found: PrintedQuote[] = [];
  const continues = (row: string | undefined, at: number) =>
    row?.startsWith(' '.repeat(at)) && row.length > at && row[at] !== ' ';
  for (let i = 0; i < all.length; i++) {
    const start = /^( *)"/.exec(all[i] as string);
    if (!start) continue;
    const indent = (start[1] as string).length;
    let j = i + 1;
    while (continues(all[j], indent + 1)) j++;
    if (!all[j]?.startsWith(`${' '.repeat(indent + 2)}- `)) continue;
    const quoteRows = all.slice(i, j);
    const by = j;
    j++;
    while (continues(all[j], indent + 4)) j++;
    const attributionRows = all.slice(by, j);
    const quoted = quoteRows.map((r) => r.trimStart()).join(' ');
    const attribution = attributionRows.map((r) => r.trimStart()).join(' ');
    const id = /\[([^\]]+)\]$/.exec(attribution)?.[1] ?? '';
    found.push({ id, text: quoted.slice(1, -1), rows: quoteRows, attributionRows, indent, attribution });
    i = j - 1;
  }
  return found;
}

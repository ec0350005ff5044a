/**
 * How the chat formats for the stream it writes to: the width to wrap at and whether to use
 * colour. Read at each write, so a resized terminal gets the new width.
 */
import type { TextOptions } from '../adapters/text.ts';

/** Where the width is unknown (a pipe, a file): wrap as an 80-column terminal would. */
export const DEFAULT_WIDTH = 80;

interface MaybeTty {
  isTTY?: boolean;
  columns?: number;
}

export function outputWidth(stream: NodeJS.WritableStream): number {
  const { columns } = stream as MaybeTty;
  return typeof columns === 'number' && Number.isFinite(columns) && columns > 0
    ? Math.floor(columns)
    : DEFAULT_WIDTH;
}

/**
 * Colour on a terminal, none in a pipe or a file. NO_COLOR (any non-empty value, no-color.org)
 * turns it off; FORCE_COLOR turns it on even in a pipe, except FORCE_COLOR=0 or false, which
 * turn it off, as in Node itself. TERM=dumb has no colours.
 */
export function wantsColor(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force) return force !== '0' && force.toLowerCase() !== 'false';
  return (stream as MaybeTty).isTTY === true && env.TERM !== 'dumb';
}

export function textOptions(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv): TextOptions {
  return { width: outputWidth(stream), color: wantsColor(stream, env) };
}

/**
 * The one root logger: pino, JSON lines on stderr (stdout belongs to `ask --json` and the terminal
 * chat). Requests log through child loggers that carry their ids. Secrets are redacted by path.
 * LOG_FORMAT=pretty (npm run dev) formats the same lines with pino-pretty, a devDependency, in
 * pino's transport thread; production keeps JSON lines.
 */
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogFormat, LogLevel } from './config.ts';

export type { Logger } from 'pino';

/** Paths pino replaces with "[redacted]": the bot token wherever it could be logged. */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  '*.*.token',
  'discordToken',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  'Authorization',
  'headers.authorization',
  'headers.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
];

export interface LoggerOptions {
  level: LogLevel;
  /** Default json. pretty needs pino-pretty (installed with the devDependencies). */
  format?: LogFormat;
  /** Where lines go; default stderr (fd 2). Tests pass a stream to read the lines back. */
  destination?: DestinationStream;
}

export class LogFormatError extends Error {}

/** pino-pretty writing to stderr, in pino's transport thread. */
function prettyStderr(): DestinationStream {
  let target: string;
  try {
    target = createRequire(import.meta.url).resolve('pino-pretty');
  } catch {
    throw new LogFormatError(
      'LOG_FORMAT=pretty needs pino-pretty, a devDependency: run npm install (not --omit=dev), or set LOG_FORMAT=json.',
    );
  }
  return pino.transport({
    target,
    options: { destination: 2, colorize: process.stderr.isTTY === true, translateTime: 'SYS:HH:MM:ss.l' },
  });
}

export function createLogger({ level, format = 'json', destination }: LoggerOptions): Logger {
  const logger = pino(
    {
      level,
      base: { pid: process.pid },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination ?? (format === 'pretty' ? prettyStderr() : pino.destination({ fd: 2 })),
  );
  skipRedactingPrimitives(logger);
  return logger;
}

type Stringify = (value: unknown, ...rest: unknown[]) => string | undefined;

/**
 * The paths starting with `*` make pino hand every field of every line (and every binding of a
 * child logger) to its redactor, which clones and walks even a string or a number before
 * serialising it: with the HTTP server's per-request child logger and its "question answered"
 * line, 0.035-0.045 ms a request against 0.009-0.016 without redaction (bench:http; the thread
 * serving requests spends 0.3-0.5 ms a request in all). A string, a number or a boolean holds no
 * path to redact, and the redactor writes it as JSON.stringify does: so they are written so here,
 * and everything else still goes through the redactor (test/discord/config.test.ts compares the
 * lines with pino's own).
 */
function skipRedactingPrimitives(logger: Logger): void {
  const stringifiers = (logger as unknown as Record<symbol, Record<symbol, Stringify> | undefined>)[
    pino.symbols.stringifiersSym
  ];
  const wildcard = stringifiers?.[pino.symbols.wildcardFirstSym];
  if (!stringifiers || !wildcard) return;
  stringifiers[pino.symbols.wildcardFirstSym] = (value, ...rest) => {
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return JSON.stringify(value);
      case 'number':
        return Number.isFinite(value) ? JSON.stringify(value) : wildcard(value, ...rest);
      default:
        return wildcard(value, ...rest);
    }
  };
}

/** A child logger for one request; `undefined` bindings are left out rather than logged as null. */
export function childLogger(
  parent: Logger,
  bindings: Record<string, string | number | null | undefined>,
): Logger {
  const defined = Object.fromEntries(Object.entries(bindings).filter(([, value]) => value !== undefined));
  return parent.child(defined);
}

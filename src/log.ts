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
  return pino(
    {
      level,
      base: { pid: process.pid },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination ?? (format === 'pretty' ? prettyStderr() : pino.destination({ fd: 2 })),
  );
}

/** A child logger for one request; `undefined` bindings are left out rather than logged as null. */
export function childLogger(
  parent: Logger,
  bindings: Record<string, string | number | null | undefined>,
): Logger {
  const defined = Object.fromEntries(Object.entries(bindings).filter(([, value]) => value !== undefined));
  return parent.child(defined);
}

/**
 * The one root logger: pino, JSON lines on stderr (stdout belongs to `ask --json` and the terminal
 * chat). Requests log through child loggers that carry their ids. Secrets are redacted by path.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

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
  /** Where lines go; default stderr (fd 2). Tests pass a stream to read the lines back. */
  destination?: DestinationStream;
}

export function createLogger({ level, destination }: LoggerOptions): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination ?? pino.destination({ fd: 2 }),
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

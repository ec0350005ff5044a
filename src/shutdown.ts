/**
 * How the long-running processes stop (the gateway bot, each shard, the ShardingManager): cleanly,
 * and within SHUTDOWN_DEADLINE_MS, whatever asks them to.
 *
 * - SIGTERM (docker stop, systemd, Kubernetes), SIGINT (Ctrl-C) and SIGHUP (the terminal closed)
 *   run `stop` once (disconnect from Discord, close the database and the watchers), then exit 0.
 * - A second signal exits at once (1), as does a `stop` still running after the deadline. A repeat
 *   within REPEAT_GRACE_MS is the same request: Ctrl-C under `npm start` reaches the bot twice, from
 *   the terminal and forwarded by npm.
 * - Under npm (`npm start`, `npm run dev`), the process also stops when npm is gone: npm forwards
 *   SIGTERM and SIGINT to the bot but dies of SIGHUP or SIGKILL, and a bot left behind would keep
 *   its gateway connection open with nobody to stop it. It polls its parent process id, which
 *   changes when the parent dies. Not when run by node directly: there the parent may be a shell
 *   that is meant to exit (nohup, a detached start).
 */
import type { Logger } from './log.ts';

export const SHUTDOWN_DEADLINE_MS = 10_000;
export const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
const REPEAT_GRACE_MS = 2000;
const PARENT_POLL_MS = 500;

export interface ShutdownOptions {
  logger: Logger;
  /** Closes everything; the process then exits 0 (1 if it rejects). Called at most once. */
  stop: () => Promise<void>;
  /** Default SHUTDOWN_DEADLINE_MS. */
  deadlineMs?: number;
}

/**
 * Installs the handlers described above; returns the function that starts a shutdown for another
 * reason (e.g. "manager disconnected", or a fatal error with exit code 1).
 */
export function stopOnSignals({
  logger,
  stop,
  deadlineMs = SHUTDOWN_DEADLINE_MS,
}: ShutdownOptions): (reason: string, exitCode?: number) => void {
  let startedAt: number | null = null;
  const shutdown = (reason: string, exitCode = 0) => {
    if (startedAt !== null) {
      if (Date.now() - startedAt < REPEAT_GRACE_MS) return;
      logger.warn({ reason }, 'asked again while shutting down: exiting now');
      process.exit(1);
    }
    startedAt = Date.now();
    logger.info({ reason }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error({ deadlineMs }, 'shutdown is taking too long: exiting now');
      process.exit(1);
    }, deadlineMs);
    stop().then(
      () => {
        clearTimeout(deadline);
        process.exit(exitCode);
      },
      (error: unknown) => {
        clearTimeout(deadline);
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  for (const signal of STOP_SIGNALS) process.on(signal, () => shutdown(signal));
  if (process.env.npm_lifecycle_event !== undefined) {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) shutdown('npm, which started this process, is gone');
    }, PARENT_POLL_MS).unref();
  }
  return shutdown;
}

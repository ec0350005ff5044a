/**
 * The program's entry points run as real processes (node with tsx's loader, or `npm run ...`), from
 * a folder of the test's choosing, with an environment of the test's choosing: stdout and stderr
 * are collected, and the exit is a promise.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'dotenv';

/**
 * How long a test waits for a process to start, stop or answer: a ceiling, not a speed target.
 * Starting node with tsx, discord.js and the knowledge takes about 2 s on an idle machine and has
 * taken over 20 s on this two-core machine under the load of several test suites at once.
 */
export const PROCESS_CEILING_MS = 45_000;
/** A test timeout for tests that start a process or two. */
export const PROCESS_TEST_TIMEOUT_MS = 2 * PROCESS_CEILING_MS;

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * node's arguments before the script, as package.json's start script gives them (tsx's loader by
 * its absolute URL, since the test's working folder has no node_modules). Not tsx's CLI: it runs
 * the script in a second process and SIGKILLs it when a relayed signal is not acknowledged within
 * 30 ms, which a loaded machine misses.
 */
export const NODE_ARGS = ['--v8-pool-size=1', '--import', import.meta.resolve('tsx')];

export interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** The exit code, or null when a signal ended the process. */
  exit: Promise<number | null>;
  /** The JSON log lines written to stderr so far, parsed. */
  logs: () => Array<Record<string, unknown> & { msg: string }>;
}

export interface RunOptions {
  /** The working directory: where `.env` is read from. */
  cwd: string;
  /** The whole environment (PATH is added): nothing of the test runner's leaks in. */
  env: Record<string, string>;
  /** Written to stdin, which is then closed. */
  stdin?: string;
  /** Arguments after the script (runEntry). */
  args?: readonly string[];
}

/**
 * The environment for `npm start` / `npm run dev` in the project folder: every variable of
 * .env.example set (empty unless given), since a developer's .env may be there and dotenv never
 * overrides a variable that is set; npm's home and cache in `home`, out of the developer's.
 */
export function npmScriptEnv(home: string, values: Record<string, string>): Record<string, string> {
  const keys = Object.keys(parse(readFileSync(join(ROOT, '.env.example'), 'utf8')));
  return {
    ...Object.fromEntries(keys.map((key) => [key, ''])),
    // Commented out in .env.example (the Docker image sets it), so not among the keys above.
    HEALTH_PORT: '',
    HOME: home,
    npm_config_cache: join(home, 'npm-cache'),
    npm_config_update_notifier: 'false',
    ...values,
  };
}

/** Runs `command args` and collects its output. */
export function runProcess(command: string, args: readonly string[], options: RunOptions): Run {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exit,
    logs: () =>
      stderr
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown> & { msg: string }),
  };
}

/** Runs one of the program's TypeScript entry points (e.g. `src/main.ts`) as `npm start` does. */
export function runEntry(script: string, options: RunOptions): Run {
  return runProcess(process.execPath, [...NODE_ARGS, join(ROOT, script), ...(options.args ?? [])], options);
}

/**
 * Resolves with the first log line whose msg is `msg`; rejects, with what the process wrote, if it
 * exits first or `timeoutMs` passes.
 */
export async function waitForLog(
  run: Run,
  msg: string,
  timeoutMs = PROCESS_CEILING_MS,
): Promise<Record<string, unknown> & { msg: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = run.logs().find((l) => l.msg === msg);
    if (line) return line;
    const exited = run.child.exitCode !== null || run.child.signalCode !== null;
    if (exited || Date.now() > deadline) {
      throw new Error(
        `${exited ? `the process exited before logging "${msg}"` : `no "${msg}" logged within ${timeoutMs} ms`}. stderr:\n${run.stderr()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

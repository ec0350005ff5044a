/**
 * Test scripts (test/support/*.ts) run as child processes with tsx, optionally in a pid namespace
 * of their own (`unshare --pid --fork`, as in a container), with their stdout read line by line.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** tsx's loader by its path, so that a child finds it whatever its working directory. */
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** True when this machine lets the tests make pid namespaces (root and util-linux's unshare). */
export const canUnshare = (() => {
  const probe = spawnSync('unshare', ['--pid', '--fork', '--kill-child', 'true'], { stdio: 'ignore' });
  return probe.status === 0;
})();

export interface Child {
  process: ChildProcess;
  /** Every complete line written to stdout so far. */
  lines(): string[];
  stderr(): string;
  /**
   * The first matching line (already written or to come) not returned by an earlier call, or a
   * rejection if the child exits first.
   */
  line(match: RegExp): Promise<string>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  send(line: string): void;
}

export function startChild(
  script: string,
  args: readonly string[],
  options: { pidNamespace?: boolean; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Child {
  const node = [process.execPath, '--import', TSX_LOADER, join(ROOT, script), ...args];
  // --kill-child: the script dies with unshare, so a killed test leaves nothing behind.
  const [command, ...rest] = options.pidNamespace
    ? ['unshare', '--pid', '--fork', '--kill-child', ...node]
    : node;
  const child = spawn(command as string, rest, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const lines = () => out.split('\n').slice(0, -1);
  /** Lines already handed out by line(): each is handed out once. */
  const taken = new Set<number>();
  const take = (match: RegExp): string | undefined => {
    const all = lines();
    const at = all.findIndex((l, i) => !taken.has(i) && match.test(l));
    if (at < 0) return undefined;
    taken.add(at);
    return all[at];
  };
  const waiting: { match: RegExp; resolve: (line: string) => void }[] = [];
  child.stdout?.on('data', (chunk) => {
    out += String(chunk);
    for (const w of [...waiting]) {
      const found = take(w.match);
      if (found !== undefined) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(found);
      }
    }
  });
  child.stderr?.on('data', (chunk) => {
    err += String(chunk);
  });
  const exit = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  return {
    process: child,
    lines,
    stderr: () => err,
    line: (match) => {
      const found = take(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        waiting.push({ match, resolve });
        void exit.then(({ code, signal }) =>
          reject(new Error(`${script} exited (${code ?? signal}) before printing ${match}:\n${err}`)),
        );
      });
    },
    exit,
    send: (line) => child.stdin?.write(`${line}\n`),
  };
}

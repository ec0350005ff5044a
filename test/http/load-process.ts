/**
 * The load generator in a process of its own (load-child.ts), for npm run bench:http: Discord's
 * requests come from elsewhere, so the server measured (the bot, or the floor) should have its
 * main thread to itself. Run in the server's process, the load generator was about a quarter of
 * that thread's CPU (a perf profile of the bot at 20 in flight), for floor and bot alike. On a
 * two-core machine the two processes still share the cores: "on loopback" means that, not a
 * second machine.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BurstOptions, BurstResult, Driven, DriveOptions } from './load-driver.ts';

export type ToChild =
  | { kind: 'load'; id: number; options: DriveOptions }
  | { kind: 'burst'; id: number; options: BurstOptions }
  | { kind: 'clocks-started'; id: number };
export type ToParent =
  | { kind: 'ready'; id: 0 }
  | { kind: 'timed'; id: number }
  | { kind: 'done'; id: number; result: Driven | BurstResult }
  | { kind: 'failed'; id: number; error: string };

const CHILD = fileURLToPath(new URL('./load-child.ts', import.meta.url));

export class LoadProcess {
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (result: Driven | BurstResult) => void; reject: (error: Error) => void; timed?: () => void }
  >();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: ToParent) => {
      const waiter = this.waiting.get(message.id);
      if (!waiter) return;
      if (message.kind === 'timed') {
        waiter.timed?.();
        this.tell({ kind: 'clocks-started', id: message.id });
        return;
      }
      this.waiting.delete(message.id);
      if (message.kind === 'done') waiter.resolve(message.result);
      else if (message.kind === 'failed')
        waiter.reject(new Error(`the load generator failed: ${message.error}`));
    });
    child.on('exit', (code, signal) => {
      for (const waiter of this.waiting.values())
        waiter.reject(new Error(`the load generator exited (${code ?? signal})`));
      this.waiting.clear();
    });
  }

  /** Starts the load generator's process (node with tsx's loader, as the bench) and waits until it listens. */
  static async start(): Promise<LoadProcess> {
    const child = fork(CHILD, [], {
      execArgv: ['--import', import.meta.resolve('tsx')],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`the load generator exited at start (${code})`)));
    });
    return new LoadProcess(child);
  }

  /** driveLoad in the load generator's process; `timed` runs here just before the timed requests are sent. */
  load(options: DriveOptions, timed: () => void): Promise<Driven> {
    return this.ask({ kind: 'load', id: this.nextId++, options }, timed) as Promise<Driven>;
  }

  /** driveBurst in the load generator's process. */
  burst(options: BurstOptions): Promise<BurstResult> {
    return this.ask({ kind: 'burst', id: this.nextId++, options }) as Promise<BurstResult>;
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.disconnect();
    await exited;
  }

  private ask(message: ToChild & { id: number }, timed?: () => void): Promise<Driven | BurstResult> {
    return new Promise((resolve, reject) => {
      this.waiting.set(message.id, { resolve, reject, ...(timed ? { timed } : {}) });
      this.tell(message);
    });
  }

  private tell(message: ToChild): void {
    this.child.send(message);
  }
}

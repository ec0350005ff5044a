/**
 * Requests take turns with the event loop's I/O, so that a request on a new connection is not
 * starved by busy keep-alive connections.
 *
 * libuv accepts one new connection per event-loop iteration (one accept() each time it polls the
 * listening socket), and in the same iteration runs the callbacks of every socket with data. When
 * each request's work (signature check, discord.js objects, the answer, the SQLite writes: about
 * a millisecond) ran inside those callbacks, an iteration under load lasted as long as all the
 * requests read in it (50 busy keep-alive connections: 40-50 ms), and the 20th connection of a
 * burst waited 20 such iterations just to be accepted: 0.5-1.8 s, while requests on the open
 * connections took 40 ms. So the work waits here instead, and runs from setImmediate for about
 * `budgetMs` per iteration, in arrival order whichever connection it came on: every millisecond
 * or two the loop polls again, accepts the next connection and reads what has arrived.
 *
 * The budget is a trade: each iteration accepts one connection, so a burst of new connections is
 * accepted after as many iterations, each running `budgetMs` of requests. With 4 ms, a lightly
 * loaded machine ran ~10 requests an iteration and the 20th new connection waited ~500 ms, behind
 * 250-350 requests of the 50 busy connections; with 1 ms (one to three requests) it waited behind
 * 60-90, about one per busy connection, as a request on an open connection does (npm run
 * bench:http prints both). Throughput did not measurably change.
 */
export class TurnQueue {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;

  constructor(private readonly budgetMs = 1) {}

  /** Runs `work` in its turn (synchronously, from the event loop's check phase) and returns its result. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push(() => {
        try {
          resolve(work());
        } catch (error) {
          reject(error);
        }
      });
      this.schedule();
    });
  }

  /** Requests waiting for their turn. */
  get length(): number {
    return this.waiting.length;
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(this.runTurns);
  }

  private readonly runTurns = (): void => {
    this.scheduled = false;
    // At least one per iteration; the rest of what work() started (its promises) runs right after.
    const until = performance.now() + this.budgetMs;
    do this.waiting.shift()?.();
    while (this.waiting.length > 0 && performance.now() < until);
    this.schedule();
  };
}

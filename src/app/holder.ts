/**
 * Holds the engine currently serving answers. A knowledge reload builds a new Engine and
 * swaps it in one assignment: a question in flight keeps the engine it started with.
 */
import type { Engine } from '../engine/engine.ts';

export type EngineListener = (next: Engine, previous: Engine) => void;

export class EngineHolder {
  private engine: Engine;
  private readonly listeners = new Set<EngineListener>();

  constructor(engine: Engine) {
    this.engine = engine;
  }

  /** The engine to use for one request; keep the reference for the whole request. */
  get current(): Engine {
    return this.engine;
  }

  swap(next: Engine): void {
    const previous = this.engine;
    this.engine = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  onSwap(listener: EngineListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * The knowledge the bot serves, kept current: reloads when a file in the folder changes
 * (debounced, so an editor's burst of saves is one reload), validates everything first,
 * and swaps the engine in one step. An invalid edit leaves the last good version serving
 * and reports the exact problems.
 */
import { type FSWatcher, watch } from 'node:fs';
import type { Logger } from 'pino';
import type { Engine } from '../engine/engine.ts';
import { QaEditor } from '../knowledge/editor.ts';
import type { KnowledgeBase } from '../knowledge/model.ts';
import type { Problem } from '../knowledge/problems.ts';
import { EngineHolder } from './holder.ts';
import { loadServedKnowledge, readyEngine } from './load-engine.ts';

export type ReloadResult =
  | { ok: true; changed: boolean; version: string; ms: number }
  | { ok: false; problems: Problem[]; servingVersion: string };

export interface LiveKnowledgeOptions {
  debounceMs?: number;
  log?: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Called after every reload attempt that found something to report (for the mod-log channel). */
  onReload?: (result: ReloadResult, reason: string) => void;
}

export class LiveKnowledge {
  readonly engines: EngineHolder;
  readonly editor: QaEditor;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reloads = 0;
  /** The last reload found problems: the next good one is reported even if nothing changed. */
  private broken = false;

  constructor(
    readonly dir: string,
    engine: Engine,
    private readonly options: LiveKnowledgeOptions = {},
  ) {
    this.engines = new EngineHolder(engine);
    this.editor = new QaEditor(dir);
  }

  get version(): string {
    return this.engines.current.kb.version;
  }

  /** How many times a new version was swapped in (for tests and /kb check). */
  get reloadCount(): number {
    return this.reloads;
  }

  /** Validates the folder and serves it if it is valid and different. */
  reload(reason = 'requested'): ReloadResult {
    const started = performance.now();
    const result = loadServedKnowledge(this.dir);
    if (!result.ok) {
      const failed: ReloadResult = { ok: false, problems: result.problems, servingVersion: this.version };
      this.broken = true;
      this.options.log?.warn(
        { reason, problems: result.problems, serving: this.version },
        'knowledge reload refused: still serving the last good version',
      );
      this.options.onReload?.(failed, reason);
      return failed;
    }
    return this.serve(result.kb, reason, started, result.engineIndex);
  }

  /**
   * Serves an already validated knowledge base (e.g. the one an edit just wrote), with the
   * engine's saved index for it when there is one (from compiled.json).
   */
  serve(kb: KnowledgeBase, reason: string, started = performance.now(), savedIndex?: unknown): ReloadResult {
    const changed = kb.version !== this.version;
    if (changed) {
      this.engines.swap(readyEngine(kb, { savedIndex }));
      this.reloads++;
    }
    const ms = Math.round(performance.now() - started);
    const ok: ReloadResult = { ok: true, changed, version: kb.version, ms };
    if (changed) {
      this.options.log?.info(
        { reason, version: kb.version, ms, entries: kb.qa.length },
        'knowledge reloaded',
      );
    }
    // A fix back to the version still served changes nothing, but whoever saw the problems must hear it.
    if (changed || this.broken) this.options.onReload?.(ok, reason);
    this.broken = false;
    return ok;
  }

  /** Watches the folder; returns a function that stops watching. */
  watch(): () => void {
    if (this.watcher) return () => this.close();
    const debounceMs = this.options.debounceMs ?? 300;
    this.watcher = watch(this.dir, (_event, file) => {
      // Our own temporary and lock files are not edits.
      if (file && (file.startsWith('.') || file.endsWith('.lock') || file.endsWith('.tmp'))) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = null;
        this.reload(`file changed${file ? `: ${file}` : ''}`);
      }, debounceMs);
    });
    this.watcher.on('error', (error) => this.options.log?.error({ err: error }, 'knowledge watcher failed'));
    return () => this.close();
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.watcher?.close();
    this.watcher = null;
  }
}

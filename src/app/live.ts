/**
 * The knowledge the bot serves, kept current, without ever making a question wait:
 *
 * - Reading, validating and analysing the folder (hundreds of milliseconds) happen on the
 *   knowledge worker thread (knowledge-worker.ts); the thread answering questions only builds
 *   the engine from what the worker hands back (its saved index), then swaps it in one step. A
 *   question in flight keeps the engine it started with.
 * - Reloads and the knowledge of /kb edits are queued and coalesced: while one engine is being
 *   built, every newer request waits, and only the newest is built next (a burst of thirty edits
 *   is a few rebuilds, not thirty).
 * - The folder is watched (folder-watch.ts), also when it is replaced by another one; a burst of
 *   saves is one reload.
 * - An invalid folder leaves the last good version serving and reports the exact problems. A
 *   valid one that would remove most of a list of the knowledge at once is held (guard.ts) until
 *   a moderator accepts it with /kb reload.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Engine } from '../engine/engine.ts';
import { QaEditor, type Validate } from '../knowledge/editor.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase } from '../knowledge/model.ts';
import type { Problem } from '../knowledge/problems.ts';
import { SourceEditor } from '../knowledge/source-editor.ts';
import { markStep } from '../reload-marks.ts';
import { withFileLock } from '../store/file-lock.ts';
import { STOP_WORDS } from '../text/lexicon.ts';
import { collectGarbage } from './collect-garbage.ts';
import { FolderWatch, type FolderWatchStatus, folderStatus } from './folder-watch.ts';
import {
  ACCEPTED_FILE,
  acceptedVersion,
  acceptVersion,
  type Shrinkage,
  shrinkage,
  shrinkageSentence,
} from './guard.ts';
import { EngineHolder } from './holder.ts';
import { KnowledgeWorker, type OnThread } from './knowledge-worker.ts';
import { readyEngineInTurns } from './load-engine.ts';
import type { PreparedKnowledge, PrepareRequest } from './prepare.ts';
import { turns } from './ready-engine.ts';

/** A valid version of the folder not served because it would remove most of the knowledge. */
export interface HeldVersion {
  version: string;
  shrinkage: Shrinkage[];
}

export type ReloadResult =
  | {
      ok: true;
      changed: boolean;
      version: string;
      ms: number;
      /** A held version a moderator accepted: what it removed. */
      accepted?: Shrinkage[];
    }
  | {
      ok: false;
      /** Why the folder cannot be served; empty when it is valid but held. */
      problems: Problem[];
      servingVersion: string;
      /** The folder is valid but would remove most of the knowledge: served once accepted. */
      held?: HeldVersion;
    };

export interface ReloadOptions {
  /**
   * A moderator asked for it (/kb reload): a held version they were told about is accepted and
   * served, and recorded as accepted for every process serving the folder.
   */
  confirm?: boolean;
}

/** What the knowledge machinery is doing, in order (for tests and debugging). */
export type LiveEvent =
  | { type: 'prepare-start'; what: string }
  | { type: 'prepare-end'; what: string; threadId: number }
  | { type: 'build-start'; version: string }
  | { type: 'build-end'; version: string }
  /** A step of the start's warm-up (see LiveKnowledge.warmUp): started, then how it ended. */
  | { type: 'warm-up'; step: string; outcome: 'started' | 'done' | 'skipped' | 'given way' };

export interface LiveKnowledgeOptions {
  /**
   * How long the folder must be quiet before a change is reloaded. Default 50 ms: an editor's
   * save (a write, or a write and a rename) is over within a few milliseconds, so it is one
   * change, and the quiet time is a fifth of the quarter of a second a one-entry edit has to be
   * served in (issue 15; it was 100 ms, 300 before). A burst seen as two changes costs little:
   * a reload that changed little costs little, and one that finds the folder half copied keeps
   * the last good version (and says why) until the next one, a moment later.
   */
  debounceMs?: number;
  /**
   * A shorter quiet time after which a change is reloaded when every file is as it was at the
   * last event (FolderWatch's settleMs). Default 15 ms, or debounceMs when that is given: an
   * editor's save is over within a few milliseconds, so the debounce was mostly waiting (issue 15).
   * A reload this soon that finds the folder broken, or most of it gone, may have read it half
   * written: it is reported only once the folder has been quiet for debounceMs and did not change
   * after it was read (else the change is read again).
   */
  settleMs?: number;
  /** How often the watcher's fallback check runs (folder replaced, missed changes). Default 2 s. */
  pollMs?: number;
  log?: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Called after every reload attempt that found something to report (for the mod-log channel). */
  onReload?: (result: ReloadResult, reason: string) => void;
  /** Told every step of the work (see LiveEvent). */
  trace?: (event: LiveEvent) => void;
  /** How long a version of an edit waits for the newer ones of a burst (see waitForBurst). Default 1 s. */
  burstWaitMs?: number;
  /** A knowledge worker shared with others (tests), left running by close(); default: its own. */
  worker?: KnowledgeWorker;
}

/** What /kb check shows: the folder as it is now, and what is served. */
export interface FolderCheck {
  prepared: PreparedKnowledge | null;
  /** The version served. */
  serving: string;
  held: HeldVersion | null;
  folder: FolderWatchStatus;
}

type Waiter = (result: ReloadResult) => void;

interface ServeJob {
  kb: KnowledgeBase;
  savedIndex: unknown;
  reason: string;
  started: number;
  waiters: Waiter[];
}

interface ReloadJob {
  reason: string;
  confirm: boolean;
  started: number;
  waiters: Waiter[];
}

/** The watcher's quiet times by default (see LiveKnowledgeOptions.debounceMs and settleMs). */
const DEBOUNCE_MS = 50;
const SETTLE_MS = 15;

/** When the knowledge worker starts after the folder starts being watched, if nothing started it before. */
const WORKER_PRESTART_MS = 10_000;

/**
 * The edits the warm-up makes and builds without serving them (see LiveKnowledge.warmUp), one
 * after the other on one curated question, each followed by the folder read again from disk, which
 * takes it back (a hand edit's path): V8 optimises a function after a few runs, and a loop only
 * once it has run long, so the first real edit of each kind runs optimised code (issue 15: the first
 * edit of a kind took 275 to 290 ms, later ones 120 to 240, its threads and V8's compilers busier).
 * Each puts a number in the question and a word no knowledge has (`word`: the vocabulary changes,
 * a word comes and, from the third, one goes); with `common`, also the word the passages use most
 * (the same words: its idf changes, and so the weight of every document holding it, thousands at
 * 50,000 passages, as an edit adding "said" does).
 */
const WARM_UP_EDITS: readonly { word: string; common: boolean }[] = [
  { word: 'zqwarmupword', common: false },
  { word: 'zqwarmupword', common: true },
  { word: 'zqwarmupwordb', common: false },
  { word: 'zqwarmupwordb', common: true },
];

/** How many passages the warm-up reads to find the word the passages use most (see commonWord). */
const COMMON_WORD_SAMPLE = 2000;

/**
 * The word the passages use most (of letters, not a stop word, one the engine knows), counted in
 * up to COMMON_WORD_SAMPLE passages spread over them; null when there is none.
 */
export function commonWord(engine: Engine): string | null {
  const { passages } = engine.kb;
  const vocabulary = engine.vocabulary();
  const step = Math.max(1, Math.floor(passages.length / COMMON_WORD_SAMPLE));
  const counts = new Map<string, number>();
  for (let i = 0; i < passages.length; i += step)
    for (const word of (passages[i] as (typeof passages)[number]).text.toLowerCase().match(/[a-z]{3,}/g) ??
      [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [word, count] of counts)
    if (count > most && !STOP_WORDS.has(word) && vocabulary.has(word)) {
      best = word;
      most = count;
    }
  return best;
}

/** A step of the warm-up (see LiveKnowledge.warmUp). */
interface WarmStep {
  name: string;
  run: () => Promise<'done' | 'skipped' | undefined>;
}

/** Thrown by the pause of a warm-up build when a change is waiting: the build gives way to it. */
class GiveWay extends Error {}

/** The longest a version of an edit waits for the newer ones of a burst (see waitForBurst). */
const BURST_WAIT_MS = 1000;

/** Files of the folder whose changes are not edits: temporary and lock files (dot files). */
function ignored(file: string): boolean {
  if (file === ACCEPTED_FILE) return false;
  return file.startsWith('.') || file.endsWith('.lock') || file.endsWith('.tmp');
}

export class LiveKnowledge {
  readonly engines: EngineHolder;
  readonly editor: QaEditor;
  /** Adds and removes sources (/kb source), under the same lock and checks as the editor. */
  readonly sources: SourceEditor;
  private readonly worker: KnowledgeWorker;
  private watcher: FolderWatch | null = null;
  private prestart: NodeJS.Timeout | null = null;
  private reloads = 0;
  /** The last reload found problems: the next good one is reported even if nothing changed. */
  private broken = false;
  private held: HeldVersion | null = null;
  /** The held version last reported, so that it is reported once. */
  private heldReported: string | null = null;
  private serveJob: ServeJob | null = null;
  /** Resolves the wait of a burst (see waitForBurst) when an edit ends or a version arrives. */
  private wakeUp: (() => void) | null = null;
  private reloadJob: ReloadJob | null = null;
  private pumping = false;
  /** The engine's saved index of the last edit validated, for serving it. */
  private analysed: { version: string; engineIndex: unknown } | null = null;
  /** The steps of the start's warm-up not run yet (see warmUp), run when no change waits. */
  private warmSteps: WarmStep[] = [];
  /** Resolved when the warm-up asked is over. */
  private warming: Promise<void> | null = null;
  private warmed: (() => void) | null = null;
  /** The word the passages use most, found by the warm-up's first edit (see commonWord). */
  private common: { word: string | null } | null = null;

  constructor(
    readonly dir: string,
    engine: Engine,
    private readonly options: LiveKnowledgeOptions = {},
  ) {
    this.engines = new EngineHolder(engine);
    this.worker =
      options.worker ??
      new KnowledgeWorker({
        onFallback: (error) =>
          options.log?.error(
            { err: error },
            'knowledge worker failed: validating on the main thread instead',
          ),
      });
    // An edit is only validated here, under the knowledge lock; the engine's analysis comes once
    // it is served, and only for the newest of a burst.
    // Analysed with it (only what the edit changed is: see prepare.ts), so that serving it needs
    // no other job, nor the knowledge base sent back to the worker.
    const validate: Validate = async (overrides, entryId) => {
      const prepared = await this.prepare(
        { dir, source: 'files', overrides, analyse: true },
        `edit of ${entryId}`,
      );
      if (prepared.ok && prepared.engineIndex !== undefined)
        this.analysed = { version: prepared.kb.version, engineIndex: prepared.engineIndex };
      return prepared.ok
        ? { ok: true, kb: prepared.kb, warnings: prepared.warnings, sources: prepared.sources ?? {} }
        : prepared;
    };
    this.editor = new QaEditor(dir, {
      validate,
      // Parsing and printing qa.yaml (most of a second at 50,000 passages) off this thread too.
      apply: (text, operation) => this.worker.applyQaEdit(text, operation),
      check: (kb) => this.editRefusal(kb),
      onSettled: () => this.wake(),
    });
    this.sources = new SourceEditor(dir, { validate, check: (kb) => this.editRefusal(kb) });
  }

  private get debounceMs(): number {
    return this.options.debounceMs ?? DEBOUNCE_MS;
  }

  get version(): string {
    return this.engines.current.kb.version;
  }

  /** How many times a new version was swapped in (for tests and /kb check). */
  get reloadCount(): number {
    return this.reloads;
  }

  /** A valid version on disk that is not served until a moderator accepts it, if any. */
  get heldVersion(): HeldVersion | null {
    return this.held;
  }

  /**
   * Validates the folder (on the worker) and serves it if it is valid and different. Requests
   * made while another reload reads the folder are coalesced into one more read after it.
   */
  reload(reason = 'requested', options: ReloadOptions = {}): Promise<ReloadResult> {
    return new Promise((resolve) => {
      const job = this.reloadJob;
      if (job) {
        job.waiters.push(resolve);
        // The latest reason, unless a moderator's confirmation is among them: it names who.
        if (!job.confirm) job.reason = reason;
        job.confirm ||= options.confirm === true;
      } else {
        this.reloadJob = {
          reason,
          confirm: options.confirm === true,
          started: performance.now(),
          waiters: [resolve],
        };
      }
      void this.pump();
    });
  }

  /**
   * Serves an already validated knowledge base (the one an edit just wrote), with the engine's
   * saved index for it when there is one (else the worker analyses it). Resolves once it, or a
   * newer version, is served.
   */
  serve(kb: KnowledgeBase, reason: string, savedIndex?: unknown): Promise<ReloadResult> {
    return new Promise((resolve) => {
      // A newer knowledge base supersedes one still waiting: it holds that edit too.
      const waiters = [...(this.serveJob?.waiters ?? []), resolve];
      this.serveJob = {
        kb,
        savedIndex,
        reason,
        started: this.serveJob?.started ?? performance.now(),
        waiters,
      };
      this.wake();
      void this.pump();
    });
  }

  /** Reads and validates the folder now, with warnings, on the worker (for /kb check). */
  async check(): Promise<FolderCheck> {
    const folder = this.watcher?.status ?? folderStatus(this.dir);
    const prepared = folder.present
      ? await this.prepare({ dir: this.dir, source: 'files', warnings: true }, 'check')
      : null;
    return { prepared, serving: this.version, held: this.held, folder };
  }

  /** Watches the folder (see folder-watch.ts); returns a function that stops watching. */
  watch(): () => void {
    if (this.watcher) return () => this.close();
    this.watcher = new FolderWatch(this.dir, {
      debounceMs: this.debounceMs,
      settleMs:
        this.options.settleMs ?? (this.options.debounceMs === undefined ? SETTLE_MS : this.debounceMs),
      pollMs: this.options.pollMs ?? 2000,
      ignore: ignored,
      onChange: (reason) => {
        markStep('watcher: folder quiet, reload asked');
        void this.reload(reason);
      },
      onReplaced: (present) => {
        if (present)
          this.options.log?.info({ dir: this.dir }, 'knowledge folder replaced: watching the new one');
        else
          this.options.log?.warn(
            { dir: this.dir, serving: this.version },
            'knowledge folder gone: still serving the last version, watching for the folder to come back',
          );
      },
      onError: (error) => this.options.log?.error({ err: error }, 'knowledge watcher failed'),
    });
    this.watcher.start();
    // Ready before the first change (a thread loads the code for a while), but not during the
    // start-up, which has the CPU to itself; a change before then starts it.
    this.prestart = setTimeout(() => {
      this.worker.start();
      void this.warmUp();
    }, WORKER_PRESTART_MS);
    this.prestart.unref();
    return () => this.close();
  }

  close(): void {
    if (this.prestart) clearTimeout(this.prestart);
    this.prestart = null;
    this.watcher?.stop();
    this.watcher = null;
    if (!this.options.worker) void this.worker.close();
  }

  /**
   * Readies the first change after a start (issue 15). Without it, the first reload of a process
   * reads, validates and analyses every file on the worker, sends all of it and builds the whole
   * engine (seconds at 50,000 passages: the engine served was not built on what the worker
   * sends), and the next few changes run code V8 has not optimised yet (two to three times the
   * time of later ones). In the background, whenever no change waits (a build gives way to one):
   * the worker reads, validates and analyses the folder (and keeps what a reload reuses, see
   * prepare.ts); the engine is built again on what it sent, the same version, and served (later
   * reloads reuse its passages' part); the edit lock is taken once; then the WARM_UP_EDITS of one
   * curated question are made in memory, validated and analysed on the worker and built on the
   * engine served, as a /kb edit is, and never served (nothing is written), each followed by the
   * folder read from disk as a hand edit's reload reads it, built, not served; before the last
   * edit and its read, the garbage the builds left is collected on both threads. Started with the worker, a little after the folder
   * starts being watched; resolves once over (a step that fails ends it: the first change then
   * costs what it did without it).
   */
  warmUp(): Promise<void> {
    if (this.warming) return this.warming;
    this.warming = new Promise((resolve) => {
      this.warmed = resolve;
    });
    let read: PreparedKnowledge | null = null;
    this.warmSteps = [
      {
        name: 'folder read and analysed',
        run: async () => {
          read = await this.prepare({ dir: this.dir, source: 'files', analyse: true }, 'warm-up');
        },
      },
      {
        name: 'engine built on what the worker sent',
        run: async () => {
          // A change since the start: its reload built (or builds) the engine on what the worker sent.
          if (!read?.ok || read.kb.version !== this.version || this.reloads > 0) return 'skipped';
          const engine = await readyEngineInTurns(
            read.kb,
            { savedIndex: read.engineIndex, previous: this.engines.current },
            this.givingWay(),
          );
          read = null;
          if (engine.kb.version !== this.version) return 'skipped';
          this.engines.swap(engine);
          return 'done';
        },
      },
      {
        // The first lock of a process opens (and may create) its lock files: tens of milliseconds
        // of the first /kb edit. Tried once: another process editing, or a folder that cannot be
        // written, skips it.
        name: 'edit lock taken once',
        run: async () => {
          try {
            await withFileLock(join(this.dir, KNOWLEDGE_FILES.qa), () => undefined, { timeoutMs: 0 });
            return 'done';
          } catch {
            return 'skipped';
          }
        },
      },
      ...WARM_UP_EDITS.flatMap((edit, i) => [
        {
          name: `edit ${i + 1} built, not served`,
          run: () => this.warmUpEdit(i + 1, edit),
        },
        {
          // A hand edit's path, which the edits above do not take: the worker reads the folder from
          // disk as a reload does (the files now differ from its memo by the entry the edit before
          // changed, as after a one-entry save), and the engine is built on it. Never served: it is
          // the version served (issue 15: the first hand edit after a start ran this code cold).
          name: `folder read again as a reload reads it (${i + 1}), built, not served`,
          run: () => this.warmUpBuild({ dir: this.dir, source: 'served', analyse: true }, 'warm-up reload'),
        },
      ]),
    ];
    // The builds so far left garbage on both threads: collected now rather than during the first
    // change (a pause of the thread that answers, once, instead of one in that change). Before the
    // last edit and its read, not after them: a collection asked for drops some of the code V8 had
    // optimised (the worker's parsing and checking of qa.yaml, the /kb edit's), which the first
    // change then compiled again (edit19: the first edit of each kind spent 80 to 230 ms of CPU
    // on V8's compiler threads); the last edit runs every path again (a word comes and one goes,
    // the passages' word too) and leaves the garbage of one build.
    this.warmSteps.splice(this.warmSteps.length - 2, 0, {
      name: 'garbage collected',
      run: async () => {
        const worker = this.worker.collectGarbage();
        const here = collectGarbage();
        return (await worker) && here ? 'done' : 'skipped';
      },
    });
    void this.pump();
    return this.warming;
  }

  /**
   * One edit of the warm-up (see warmUp and WARM_UP_EDITS): a number and a word no text has put in
   * a curated question, and the word the passages use most when `common`; built, not served.
   */
  private async warmUpEdit(n: number, edit: { word: string; common: boolean }): Promise<'done' | 'skipped'> {
    const served = this.engines.current;
    const entry = served.kb.qa[served.kb.qa.length >> 1];
    if (!entry) return 'skipped';
    this.common ??= { word: commonWord(served) };
    const common = edit.common && this.common.word ? ` ${this.common.word}` : '';
    const text = readFileSync(join(this.dir, KNOWLEDGE_FILES.qa), 'utf8');
    const question = `${entry.question.replace(/\?$/, '')} ${n} ${edit.word}${common}?`;
    const applied = await this.worker.applyQaEdit(text, { op: 'edit', id: entry.id, change: { question } });
    if (!('next' in applied)) return 'skipped';
    return this.warmUpBuild(
      { dir: this.dir, source: 'files', overrides: { [KNOWLEDGE_FILES.qa]: applied.next }, analyse: true },
      'warm-up edit',
    );
  }

  /** A warm-up step's build: the knowledge prepared on the worker, the engine built on it in turns, never served. */
  private async warmUpBuild(request: PrepareRequest, what: string): Promise<'done' | 'skipped'> {
    const prepared = await this.prepare(request, what);
    if (!prepared.ok) return 'skipped';
    const pause = this.givingWay();
    const engine = await readyEngineInTurns(
      prepared.kb,
      { savedIndex: prepared.engineIndex, previous: this.engines.current },
      pause,
    );
    // And what a reload finishes once served (its code run too).
    for (const _ of engine.finishing()) await pause();
    return 'done';
  }

  /** The pause of a warm-up build: turns(), and a GiveWay thrown once a change waits. */
  private givingWay(): () => Promise<void> | undefined {
    const pause = turns();
    return () =>
      this.serveJob || this.reloadJob || this.editor.editsInFlight > 0
        ? Promise.reject(new GiveWay())
        : pause();
  }

  /** Runs one step of the warm-up (see warmUp); a step given way to a change is not run again. */
  private async runWarmStep(step: WarmStep): Promise<void> {
    let outcome: 'done' | 'skipped' | 'given way';
    this.trace({ type: 'warm-up', step: step.name, outcome: 'started' });
    try {
      outcome = (await step.run()) ?? 'done';
    } catch (error) {
      outcome = error instanceof GiveWay ? 'given way' : 'skipped';
      if (!(error instanceof GiveWay)) {
        this.warmSteps = [];
        this.options.log?.warn({ err: error }, 'knowledge warm-up failed: the first change will take longer');
      }
    }
    this.trace({ type: 'warm-up', step: step.name, outcome });
    if (this.warmSteps.length === 0) this.warmed?.();
  }

  /** Runs the queued work, newest knowledge first, until none is left. Never rejects. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        // Questions that arrived meanwhile go first; requests made in the same turn coalesce.
        await nextTurn();
        if (this.serveJob) await this.waitForBurst(this.serveJob.started);
        const serve = this.serveJob;
        if (serve) {
          this.serveJob = null;
          const result = await this.runServe(serve);
          for (const resolve of serve.waiters) resolve(result);
          continue;
        }
        const reload = this.reloadJob;
        if (!reload) {
          const step = this.warmSteps.shift();
          if (!step) break;
          await this.runWarmStep(step);
          continue;
        }
        this.reloadJob = null;
        const result = await this.runReload(reload);
        if (result === 'again') continue;
        for (const resolve of reload.waiters) resolve(result);
      }
    } finally {
      this.pumping = false;
    }
  }

  /**
   * While more edits of this process are under way, waits for the newest version, up to
   * burstWaitMs after the oldest one waiting arrived: a burst of edits is a few rebuilds of the
   * answering thread instead of one per edit. A single edit is served at once.
   */
  private async waitForBurst(since: number): Promise<void> {
    for (;;) {
      const left = (this.options.burstWaitMs ?? BURST_WAIT_MS) - (performance.now() - since);
      if (this.editor.editsInFlight === 0 || left <= 0) return;
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        timer = setTimeout(resolve, left);
      });
      clearTimeout(timer);
      this.wakeUp = null;
    }
  }

  private wake(): void {
    this.wakeUp?.();
  }

  /** Builds the engine of an edit's knowledge base, analysed on the worker unless it came with its index. */
  private async runServe(job: ServeJob): Promise<ReloadResult> {
    let savedIndex = job.savedIndex;
    if (savedIndex === undefined && this.analysed?.version === job.kb.version) {
      savedIndex = this.analysed.engineIndex;
      this.analysed = null;
    }
    if (savedIndex === undefined && job.kb.version !== this.version) {
      const what = `analysis of ${job.kb.version}`;
      this.trace({ type: 'prepare-start', what });
      try {
        const analysed = await this.worker.analyse(job.kb);
        this.trace({ type: 'prepare-end', what, threadId: analysed.threadId });
        savedIndex = analysed.engineIndex;
      } catch (error) {
        // The engine analyses it itself: slower, same answers.
        this.options.log?.error({ err: error }, 'knowledge worker could not analyse an edit');
      }
    }
    return this.build(job.kb, savedIndex, job.reason, job.started);
  }

  /** One read of the folder; 'again' when an edit was served meanwhile (the read may be older). */
  private async runReload(job: ReloadJob): Promise<ReloadResult | 'again'> {
    let prepared: PreparedKnowledge;
    const readAt = performance.now();
    try {
      prepared = await this.prepare(
        { dir: this.dir, source: 'served', analyse: true },
        `reload (${job.reason})`,
      );
    } catch (error) {
      this.options.log?.error({ err: error }, 'could not read the knowledge folder');
      prepared = {
        ok: false,
        problems: [{ file: this.dir, message: `could not be read (${(error as Error).message})` }],
      };
    }
    // Read again after serving the edit, so that the last word is the folder as it is.
    if (this.serveJob) return this.again(job);
    if (!prepared.ok)
      return (await this.changedSince(readAt)) ? this.again(job) : this.refuse(prepared.problems, job.reason);
    const { kb } = prepared;
    if (kb.version !== this.version) {
      const found = shrinkage(this.engines.current.kb, kb);
      if (found.length > 0) {
        const accepted =
          acceptedVersion(this.dir) === kb.version || (job.confirm && this.held?.version === kb.version);
        if (!accepted)
          return (await this.changedSince(readAt))
            ? this.again(job)
            : this.hold({ version: kb.version, shrinkage: found }, job.reason);
        if (acceptedVersion(this.dir) !== kb.version) this.recordAcceptance(kb.version, job.reason);
        const result = await this.build(kb, prepared.engineIndex, job.reason, job.started);
        return result.ok ? { ...result, accepted: found } : result;
      }
    }
    return this.build(kb, prepared.engineIndex, job.reason, job.started);
  }

  /** `job` queued again (with a newer request, if there is one): its read may be older than the folder. */
  private again(job: ReloadJob): 'again' {
    const next = this.reloadJob;
    this.reloadJob = next
      ? {
          reason: job.confirm && !next.confirm ? job.reason : next.reason,
          confirm: next.confirm || job.confirm,
          started: job.started,
          waiters: [...job.waiters, ...next.waiters],
        }
      : job;
    return 'again';
  }

  /**
   * Whether the folder changed after `readAt`, once it has been quiet for debounceMs: a read made
   * after the watcher's shorter quiet time (settleMs) may have found a file half written; its
   * problems are reported only if nothing changed since.
   */
  private async changedSince(readAt: number): Promise<boolean> {
    const watcher = this.watcher;
    if (!watcher || watcher.lastChangeAt === 0) return false;
    for (;;) {
      // A change after the read: read again at once (the watcher asks for it after its quiet time).
      if (watcher.lastChangeAt > readAt) return true;
      const left = this.debounceMs - (performance.now() - watcher.lastChangeAt);
      if (left <= 0) return false;
      await sleep(Math.min(left, SETTLE_MS));
    }
  }

  /**
   * What the build of `engine` left for after it is served (Engine.finishing: the typo index of a
   * vocabulary that changed), in turns; given up once another version is served (its build made
   * it, if it was needed).
   */
  private async finish(engine: Engine): Promise<void> {
    const pause = turns();
    try {
      for (const _ of engine.finishing()) {
        if (this.engines.current !== engine) return;
        const paused = pause();
        if (paused) await paused;
      }
      markStep('answering: finished after serving');
    } catch (error) {
      this.options.log?.error({ err: error }, 'knowledge reload: finishing the version served failed');
    }
  }

  /** Serves `kb` unless it is the version served; reports what happened. */
  private async build(
    kb: KnowledgeBase,
    savedIndex: unknown,
    reason: string,
    started: number,
  ): Promise<ReloadResult> {
    const changed = kb.version !== this.version;
    if (changed) {
      markStep(`answering: build starts (${reason})`);
      this.trace({ type: 'build-start', version: kb.version });
      // In turns: questions asked meanwhile are answered (by the engine served) between them.
      // Built on the engine served: what the change did not touch is reused (issue 15).
      const engine = await readyEngineInTurns(kb, { savedIndex, previous: this.engines.current });
      this.engines.swap(engine);
      markStep('answering: new version served');
      this.trace({ type: 'build-end', version: kb.version });
      this.reloads++;
      void this.finish(engine);
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
    const wasReported = this.broken || this.heldReported !== null;
    this.broken = false;
    this.held = null;
    this.heldReported = null;
    if (changed || wasReported) this.options.onReload?.(ok, reason);
    return ok;
  }

  private refuse(problems: Problem[], reason: string): ReloadResult {
    const failed: ReloadResult = { ok: false, problems, servingVersion: this.version };
    this.broken = true;
    this.options.log?.warn(
      { reason, problems, serving: this.version },
      'knowledge reload refused: still serving the last good version',
    );
    this.options.onReload?.(failed, reason);
    return failed;
  }

  private hold(held: HeldVersion, reason: string): ReloadResult {
    this.held = held;
    const result: ReloadResult = { ok: false, problems: [], servingVersion: this.version, held };
    // Reported once per version: the watcher may see the same files several times.
    if (this.heldReported !== held.version) {
      this.heldReported = held.version;
      this.options.log?.warn(
        { reason, version: held.version, serving: this.version, shrinkage: held.shrinkage },
        `knowledge reload held: the folder ${shrinkageSentence(held.shrinkage)}; still serving the last version until a moderator accepts it with /kb reload`,
      );
      this.options.onReload?.(result, reason);
    }
    return result;
  }

  private recordAcceptance(version: string, reason: string): void {
    try {
      acceptVersion(this.dir, version, reason);
    } catch (error) {
      // Served here anyway; other processes will ask again.
      this.options.log?.warn({ err: error }, `could not record the accepted version in ${ACCEPTED_FILE}`);
    }
  }

  /** Why an edit must not be made on the folder as it is, if it must not (see QaEditor's check). */
  private editRefusal(kb: KnowledgeBase): string | null {
    const found = shrinkage(this.engines.current.kb, kb);
    if (found.length === 0) return null;
    const left = found.map((f) => `${f.after} of ${f.before} ${f.what}`).join(', ');
    return (
      `the knowledge files on disk have lost most of what the bot answers from (version \`${this.version}\`): ` +
      `with this change, ${left} would be left. Check the files; if that is intended, run /kb reload to accept it first.`
    );
  }

  private async prepare(request: PrepareRequest, what: string): Promise<OnThread<PreparedKnowledge>> {
    this.trace({ type: 'prepare-start', what });
    const prepared = await this.worker.prepare(request);
    this.trace({ type: 'prepare-end', what, threadId: prepared.threadId });
    return prepared;
  }

  private trace(event: LiveEvent): void {
    this.options.trace?.(event);
  }
}

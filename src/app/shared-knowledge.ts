/**
 * With DATABASE_URL, the knowledge every instance serves is the head revision in PostgreSQL
 * (store/knowledge-revisions.ts), and KNOWLEDGE_DIR is each instance's working copy of it:
 *
 * - At start: an empty database gets this instance's folder as its first revision; otherwise the
 *   watch below brings the folder to the head at once.
 * - follow: on every new revision (LISTEN/NOTIFY, and a catch-up read at every reconnection) the
 *   revision's files are written into the folder and LiveKnowledge reloads it (validated as any
 *   reload, or read from the compiled.json an edit's revision carries: the knowledge validated at
 *   its commit; an invalid revision is never served).
 * - edit: a /kb edit (of qa.yaml or of the sources) runs under the revisions lock, on the folder
 *   brought to the head first, and its result is committed as the next revision in the same
 *   transaction as its audit rows are marked done, so an edit made at the same time on another
 *   instance is applied on top of this one, never lost, and no row is done without its revision.
 *   PostgreSQL unreachable: the edit is refused before anything is written, and answering goes on
 *   from the knowledge held.
 * - publish: /kb reload of hand-edited files makes them the next revision.
 *
 * Edits and revisions applied here take turns (one queue), so the folder is never written by both.
 */
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { EditLedger } from '../knowledge/editor.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase } from '../knowledge/model.ts';
import type { Problem } from '../knowledge/problems.ts';
import { readMarker, sameFiles, writeMarker } from '../knowledge/revision-sync.ts';
import { writeFileAtomic } from '../store/atomic-file.ts';
import {
  type KnowledgeRevisions,
  type RevisionFiles,
  type RevisionHead,
  readRevisionFiles,
  writeRevisionFiles,
} from '../store/knowledge-revisions.ts';
import { isUnavailable } from '../store/postgres.ts';
import { compiledText, contentHashes } from './compiled.ts';
import { acceptVersion } from './guard.ts';
import type { LiveKnowledge } from './live.ts';

export const KNOWLEDGE_DB_DOWN =
  'the knowledge database (PostgreSQL) cannot be reached right now, so the change cannot be shared with the other instances. The bot keeps answering from the knowledge it holds; try again once the database is back.';

export interface SharedKnowledgeOptions {
  revisions: KnowledgeRevisions;
  /** DATABASE_URL: the watch opens a connection of its own. */
  url: string;
  knowledge: LiveKnowledge;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
}

export class SharedKnowledge {
  private queue: Promise<unknown> = Promise.resolve();
  private serving: number | null;
  private watch: ReturnType<KnowledgeRevisions['watch']> | null = null;

  constructor(private readonly options: SharedKnowledgeOptions) {
    this.serving = readMarker(options.knowledge.dir)?.id ?? null;
  }

  /** The revision this instance's folder is at (null before the first). */
  get revision(): number | null {
    return this.serving;
  }

  /** Whether the notification connection is up (for health and tests). */
  get listening(): boolean {
    return this.watch?.connected ?? false;
  }

  /**
   * Publishes the folder as the first revision when the database has none, then follows the
   * head. Throws when the database cannot be reached (the caller decides whether to start).
   */
  async start(): Promise<void> {
    const { revisions, knowledge, log } = this.options;
    if (!(await revisions.head())) {
      const loaded = loadKnowledge(knowledge.dir);
      if (loaded.ok) {
        const result = await revisions.commit({
          parentId: null,
          files: readRevisionFiles(knowledge.dir),
          version: loaded.kb.version,
          author: 'startup',
          message: `first revision, from ${knowledge.dir}`,
        });
        if (result.ok) {
          writeMarker(knowledge.dir, result.revision);
          this.serving = result.revision.id;
          log.info({ revision: result.revision.id }, 'published the knowledge folder as the first revision');
        }
      }
    }
    this.watch = revisions.watch(this.options.url, (head) => void this.follow(head), {
      onError: (error) =>
        log.warn({ err: error }, 'knowledge revisions: notification connection lost; reconnecting'),
    });
  }

  /**
   * Brings the folder to `head` and reloads it, unless it is there already. A revision made by a
   * /kb edit carries compiled.json made from the knowledge validated at its commit, so the reload
   * reads that instead of validating every file again (see compiledText).
   */
  private follow(head: RevisionHead): Promise<void> {
    const told = performance.now();
    return this.enqueue(async () => {
      if (this.serving !== null && head.id <= this.serving) return;
      const queuedMs = performance.now() - told;
      const revision = await this.options.revisions.get(head.id);
      if (!revision) return;
      const fetched = performance.now();
      const { knowledge, log } = this.options;
      // A revision was validated where it was committed, and a large removal in it accepted by a
      // moderator there (/kb reload): the guard on this host does not hold it again.
      acceptVersion(knowledge.dir, head.version, `revision ${head.id}`);
      const written = writeRevisionFiles(knowledge.dir, revision.files);
      writeMarker(knowledge.dir, head);
      this.serving = head.id;
      if (written.length === 0) return;
      const wrote = performance.now();
      const result = await knowledge.reload(`revision ${head.id}`);
      const done = performance.now();
      log.info(
        {
          revision: head.id,
          files: written,
          ok: result.ok,
          // Where the time went: from the commit to the notification's arrival (one clock: the
          // database's, compared with this host's), waiting behind this process's other work,
          // reading the revision, writing the files, reloading (compiled.json or validating, the
          // engine's build, the swap).
          sinceCommitMs: Math.max(0, Math.round(Date.now() - (done - told) - Date.parse(revision.createdAt))),
          queuedMs: Math.round(queuedMs),
          fetchMs: Math.round(fetched - told - queuedMs),
          writeMs: Math.round(wrote - fetched),
          reloadMs: Math.round(done - wrote),
          compiled: revision.files[KNOWLEDGE_FILES.compiled] !== undefined && result.ok,
        },
        'knowledge revision applied',
      );
    }).catch((error: unknown) =>
      this.options.log.error({ err: error, revision: head.id }, 'could not apply a knowledge revision'),
    );
  }

  /**
   * Runs a /kb edit (`run`: the QaEditor or SourceEditor call, which validates, records and
   * writes) as the next revision: see the top of this file. `run` passes its audit recorder
   * through `hold`, so that its rows are marked done in the revision's transaction: done exactly
   * when the revision is committed, aborted when it could not be.
   */
  edit<T extends SharedEditOutcome>(
    run: (hold: <R extends { ledger: EditLedger }>(recorder: R) => R) => Promise<T>,
    who: { author: string; message: string },
  ): Promise<T | Unavailable> {
    return this.enqueue(async (): Promise<T | Unavailable> => {
      const { revisions, knowledge, log } = this.options;
      let outcome: T | undefined;
      // The files of the revision the edit was made on: put back if it cannot be committed.
      let headFiles: RevisionFiles | null = null;
      let compiled: string | null = null;
      const settle: number[] = [];
      const hold = <R extends { ledger: EditLedger }>(recorder: R): R => ({
        ...recorder,
        ledger: {
          pendingChanges: () => recorder.ledger.pendingChanges(),
          settleChange: (id: number, state: 'done' | 'aborted') => {
            if (state !== 'done') return recorder.ledger.settleChange(id, state);
            settle.push(id);
          },
        },
      });
      try {
        const result = await revisions.change(async (current) => {
          if (current) {
            writeRevisionFiles(knowledge.dir, current.files);
            headFiles = current.files;
          }
          outcome = await run(hold);
          if (!outcome.ok) return 'refused';
          const files = readRevisionFiles(knowledge.dir);
          // The knowledge just validated, for the other instances to serve without validating again.
          compiled = compiledText(outcome.kb, contentHashes(files));
          files[KNOWLEDGE_FILES.compiled] = compiled;
          return { files, version: outcome.kb.version, settle };
        }, who);
        if (result.ok) {
          if (compiled !== null) writeFileAtomic(join(knowledge.dir, KNOWLEDGE_FILES.compiled), compiled);
          writeMarker(knowledge.dir, result.revision);
          this.serving = result.revision.id;
        }
        return outcome ?? unavailable();
      } catch (error) {
        if (outcome?.ok) {
          // Written here but not committed (the database went away in between): put the folder
          // back to the revision it was on, so it never serves what the others do not, and mark
          // its audit rows aborted (they stay pending if the database cannot be reached: the next
          // edit settles them against the folder, put back, as aborted).
          const back = headFiles as RevisionFiles | null;
          if (back) writeRevisionFiles(knowledge.dir, back);
          for (const id of settle) await revisions.abort(id).catch(() => undefined);
          log.error({ err: error }, 'a knowledge edit was written but could not be committed');
        }
        if (isUnavailable(error)) return unavailable();
        throw error;
      }
    });
  }

  /**
   * Publishes the folder as served here (`kb`: after /kb reload) as the next revision, when it
   * differs from the revision this instance follows: hand edits of this host's folder, accepted
   * by a moderator, reach every instance. Refused when another revision was committed since
   * (nothing is published: those changes would be lost).
   */
  publish(kb: KnowledgeBase, who: { author: string; message: string }): Promise<PublishResult> {
    return this.enqueue(async (): Promise<PublishResult> => {
      const { revisions, knowledge } = this.options;
      try {
        const files = readRevisionFiles(knowledge.dir);
        const base = this.serving === null ? null : await revisions.get(this.serving);
        const { [KNOWLEDGE_FILES.compiled]: _compiled, ...now } = files;
        const { [KNOWLEDGE_FILES.compiled]: _before, ...then } = base?.files ?? {};
        if (base && sameFiles(then, now)) return { ok: true, published: false, revision: base.id };
        const compiled = compiledText(kb, contentHashes(files));
        files[KNOWLEDGE_FILES.compiled] = compiled;
        const result = await revisions.commit({
          parentId: base?.id ?? null,
          files,
          version: kb.version,
          ...who,
        });
        if (!result.ok) return { ok: false, reason: 'moved', head: result.head };
        writeFileAtomic(join(knowledge.dir, KNOWLEDGE_FILES.compiled), compiled);
        writeMarker(knowledge.dir, result.revision);
        this.serving = result.revision.id;
        return { ok: true, published: true, revision: result.revision.id };
      } catch (error) {
        if (isUnavailable(error)) return { ok: false, reason: 'unavailable', head: null };
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    await this.watch?.close();
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** What a /kb edit (of qa.yaml or of the sources) returns, as far as sharing it goes. */
export type SharedEditOutcome =
  | { ok: true; kb: KnowledgeBase }
  | { ok: false; reason: string; message: string; problems: Problem[] };

export interface Unavailable {
  ok: false;
  reason: 'unavailable';
  message: string;
  problems: Problem[];
}

export type PublishResult =
  | { ok: true; published: boolean; revision: number }
  | { ok: false; reason: 'moved' | 'unavailable'; head: RevisionHead | null };

function unavailable(): Unavailable {
  return { ok: false, reason: 'unavailable', message: KNOWLEDGE_DB_DOWN, problems: [] };
}

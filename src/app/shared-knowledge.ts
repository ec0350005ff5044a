/**
 * With DATABASE_URL, the knowledge every instance serves is the head revision in PostgreSQL
 * (store/knowledge-revisions.ts), and KNOWLEDGE_DIR is each instance's working copy of it:
 *
 * - At start: an empty database gets this instance's folder as its first revision; otherwise the
 *   watch below brings the folder to the head at once.
 * - follow: on every new revision (LISTEN/NOTIFY, and a catch-up read at every reconnection) the
 *   revision's files are written into the folder and LiveKnowledge reloads it (validated as any
 *   reload: an invalid revision is never served).
 * - edit: a /kb edit runs under the revisions lock, on the folder brought to the head first, and
 *   its result is committed as the next revision in the same transaction, so an edit made at the
 *   same time on another instance is applied on top of this one, never lost. PostgreSQL
 *   unreachable: the edit is refused before anything is written, and answering goes on from the
 *   knowledge held.
 *
 * Edits and revisions applied here take turns (one queue), so the folder is never written by both.
 */
import type { Logger } from 'pino';
import type { EditOutcome } from '../knowledge/editor.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { readMarker, writeMarker } from '../knowledge/revision-sync.ts';
import {
  type KnowledgeRevisions,
  type RevisionHead,
  readRevisionFiles,
  writeRevisionFiles,
} from '../store/knowledge-revisions.ts';
import { isUnavailable } from '../store/postgres.ts';
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

  /** Brings the folder to `head` and reloads it, unless it is there already. */
  private follow(head: RevisionHead): Promise<void> {
    return this.enqueue(async () => {
      if (this.serving !== null && head.id <= this.serving) return;
      const revision = await this.options.revisions.get(head.id);
      if (!revision) return;
      const { knowledge, log } = this.options;
      const written = writeRevisionFiles(knowledge.dir, revision.files);
      writeMarker(knowledge.dir, head);
      this.serving = head.id;
      if (written.length === 0) return;
      const started = performance.now();
      const result = await knowledge.reload(`revision ${head.id}`);
      log.info(
        {
          revision: head.id,
          files: written,
          ok: result.ok,
          reloadMs: Math.round(performance.now() - started),
        },
        'knowledge revision applied',
      );
    }).catch((error: unknown) =>
      this.options.log.error({ err: error, revision: head.id }, 'could not apply a knowledge revision'),
    );
  }

  /**
   * Runs a /kb edit (`run`: the QaEditor call, which validates, records and writes qa.yaml) as
   * the next revision: see the top of this file.
   */
  edit(run: () => Promise<EditOutcome>, who: { author: string; message: string }): Promise<EditOutcome> {
    return this.enqueue(async (): Promise<EditOutcome> => {
      const { revisions, knowledge } = this.options;
      let outcome: EditOutcome | undefined;
      let head: RevisionHead | null = null;
      try {
        const result = await revisions.change(async (current) => {
          if (current) {
            writeRevisionFiles(knowledge.dir, current.files);
            head = { id: current.id, version: current.version };
          }
          outcome = await run();
          if (!outcome.ok) return 'refused';
          return { files: readRevisionFiles(knowledge.dir), version: outcome.kb.version };
        }, who);
        if (result.ok) {
          writeMarker(knowledge.dir, result.revision);
          this.serving = result.revision.id;
        }
        return outcome ?? unavailable();
      } catch (error) {
        if (outcome?.ok) {
          // Written here but not committed (the database went away in between): put the folder
          // back to the revision it was on, so it never serves what the others do not.
          const back = head as RevisionHead | null;
          const revision = back ? await revisions.get(back.id).catch(() => null) : null;
          if (revision) writeRevisionFiles(knowledge.dir, revision.files);
          this.options.log.error({ err: error }, 'a knowledge edit was written but could not be committed');
        }
        if (isUnavailable(error)) return unavailable();
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

function unavailable(): EditOutcome {
  return { ok: false, reason: 'unavailable', message: KNOWLEDGE_DB_DOWN, problems: [] };
}

/**
 * What knowledge:push and knowledge:pull share: the configuration (DATABASE_URL is required), the
 * folder (`--knowledge DIR`, else KNOWLEDGE_DIR, else knowledge/), and the revisions in PostgreSQL.
 */
import { fail, readConfig, safeUrl } from '../startup.ts';
import { KnowledgeRevisions } from '../store/knowledge-revisions.ts';
import { PgStore } from '../store/postgres.ts';
import { knowledgeDirFromArgs } from './args.ts';

export async function openRevisions(command: string): Promise<{
  dir: string;
  revisions: KnowledgeRevisions;
  close(): Promise<void>;
}> {
  const config = readConfig();
  const dir = knowledgeDirFromArgs(process.argv.slice(2));
  if (!config.database) {
    fail(
      `${command} works on the knowledge revisions in PostgreSQL: set DATABASE_URL (postgres://user:password@host:5432/database) in .env or the environment.`,
    );
  }
  let store: PgStore;
  try {
    store = await PgStore.open({ ...config.database, questionRetentionDays: config.questionRetentionDays });
  } catch (error) {
    fail(
      `DATABASE_URL (${safeUrl(config.database.url)}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { dir, revisions: new KnowledgeRevisions(store), close: () => store.close() };
}

/** `--message TEXT`, else a default. */
export function messageFromArgs(fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf('--message');
  return (i >= 0 ? args[i + 1] : undefined) ?? fallback;
}

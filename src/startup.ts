/**
 * What every entry point does first (npm start, each shard, npm run start:http): load .env once,
 * parse the configuration, load and validate the knowledge, open the database under DATA_DIR. A
 * problem stops the process with one message naming every problem, and exit code 1.
 */
import { config as loadDotenv } from 'dotenv';
import { KnowledgeError, loadEngine } from './app/load-engine.ts';
import { type AppConfig, ConfigError, loadConfig, type RunMode } from './config.ts';
import type { Engine } from './engine/engine.ts';
import type { QaEditor } from './knowledge/editor.ts';
import type { Logger } from './log.ts';
import { AppDatabase, DataDirError } from './store/database.ts';

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

export function readConfig(mode: RunMode = 'bot'): AppConfig {
  loadDotenv({ quiet: true });
  try {
    return loadConfig(process.env, mode);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

export function readKnowledge(config: AppConfig): Engine {
  try {
    return loadEngine(config.knowledgeDir, { prime: true });
  } catch (error) {
    if (error instanceof KnowledgeError) fail(error.message);
    throw error;
  }
}

/**
 * The database under DATA_DIR, created and migrated if needed. A DATA_DIR that cannot be used (a
 * file, under a file or a dangling link, a corrupt database, which is then set aside) stops the
 * process with one line naming DATA_DIR and what to do.
 */
export function openDatabase(config: AppConfig): AppDatabase {
  try {
    return AppDatabase.open({
      dataDir: config.dataDir,
      questionRetentionDays: config.questionRetentionDays,
    });
  } catch (error) {
    if (error instanceof DataDirError) fail(error.message);
    throw error;
  }
}

/**
 * Settles the knowledge edits a process recorded and then died before marking done (see
 * QaEditor.reconcile), so that /kb history and /kb undo know every change that reached qa.yaml.
 * A failure is logged: the next edit or /kb history tries again.
 */
export async function settleEditsAtStart(
  editor: QaEditor,
  database: AppDatabase,
  logger: Logger,
): Promise<void> {
  try {
    const settled = await editor.reconcile(database);
    if (settled > 0) logger.info({ settled }, 'settled knowledge edits a stopped process left pending');
  } catch (error) {
    logger.warn({ err: error }, 'could not settle pending knowledge edits at start');
  }
}

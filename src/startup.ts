/**
 * What every entry point does first (npm start, each shard, npm run start:http): load .env once,
 * parse the configuration, load and validate the knowledge, open the database under DATA_DIR. A
 * problem stops the process with one message naming every problem, and exit code 1.
 */
import { config as loadDotenv } from 'dotenv';
import type { LiveKnowledge } from './app/live.ts';
import { KnowledgeError, openEngine } from './app/ready-engine.ts';
import type { SharedKnowledge } from './app/shared-knowledge.ts';
import {
  type AppConfig,
  ConfigError,
  loadConfig,
  loadShardIdentity,
  type RunMode,
  type ShardIdentity,
} from './config.ts';
import type { Engine } from './engine/engine.ts';
import type { QaEditor } from './knowledge/editor.ts';
import type { SourceEditor } from './knowledge/source-editor.ts';
import { createLogger, LogFormatError, type Logger } from './log.ts';
import type { AppDatabase } from './store/database.ts';
import type { Store } from './store/store.ts';

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/**
 * The variables discord.js reads from process.env by itself, whatever options it is given
 * (discord.js 14: src/client/Client.js, src/sharding/ShardingManager.js): a Client takes its shard
 * ids from SHARDS and its shard count from SHARD_COUNT (`Number('')` is 0: the empty `SHARD_COUNT=`
 * of .env.example crashed it), becomes a ShardingManager's shard when SHARDING_MANAGER is set, and
 * takes DISCORD_TOKEN as its token; the ShardingManager takes DISCORD_TOKEN too.
 */
export const DISCORD_JS_ENVIRONMENT = [
  'SHARDS',
  'SHARD_COUNT',
  'SHARDING_MANAGER',
  'SHARDING_MANAGER_MODE',
  'DISCORD_TOKEN',
] as const;

/**
 * Leaves discord.js nothing unparsed to read from `env`: every variable it would read is removed,
 * since our code hands it the token, the shard ids and the shard count as options, from the parsed
 * configuration. A shard keeps SHARDING_MANAGER and SHARDING_MANAGER_MODE, checked by
 * loadShardIdentity: they are how its Client knows to talk to the manager (`client.shard`), which
 * has no option.
 */
export function isolateDiscordEnvironment(env: NodeJS.ProcessEnv, shard: ShardIdentity | null): void {
  for (const key of DISCORD_JS_ENVIRONMENT) delete env[key];
  if (shard) {
    env.SHARDING_MANAGER = 'true';
    env.SHARDING_MANAGER_MODE = 'process';
  }
}

/**
 * Loads .env, parses the configuration and then isolates discord.js from the environment (see
 * isolateDiscordEnvironment). `shard`: this process is that shard of a ShardingManager.
 */
export function readConfig(mode: RunMode = 'bot', shard: ShardIdentity | null = null): AppConfig {
  loadDotenv({ quiet: true });
  let config: AppConfig;
  try {
    config = loadConfig(process.env, mode);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  isolateDiscordEnvironment(process.env, shard);
  return config;
}

/** In a shard process: which shard it is, as the ShardingManager said (read before readConfig). */
export function readShardIdentity(): ShardIdentity {
  try {
    return loadShardIdentity(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

/** The root logger as LOG_LEVEL and LOG_FORMAT say. */
export function readLogger(config: AppConfig): Logger {
  try {
    return createLogger({ level: config.logLevel, format: config.logFormat });
  } catch (error) {
    if (error instanceof LogFormatError) fail(error.message);
    throw error;
  }
}

/**
 * The engine on the knowledge folder, ready to serve and primed (see readyEngine, primeEngine);
 * `ready: false` runs nothing ahead (the first answer pays for what it uses).
 */
export async function readKnowledge(config: AppConfig, { ready = true } = {}): Promise<Engine> {
  try {
    return await openEngine(config.knowledgeDir, ready ? { prime: true } : { ready: false });
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
export async function openDatabase(config: AppConfig): Promise<AppDatabase> {
  // better-sqlite3 is loaded only here: the terminal chat never opens a database.
  const { AppDatabase, DataDirError } = await import('./store/database.ts');
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
 * The store every caller uses: PostgreSQL when DATABASE_URL is set (created and migrated if
 * needed), otherwise the SQLite file under DATA_DIR (see openDatabase). A database that cannot
 * be reached or used at start stops the process with one line that says what to check; once
 * started, an outage is survived (answers go on, /kb edits are refused until it is back).
 */
export async function openStore(config: AppConfig, logger?: Logger): Promise<Store> {
  if (!config.database) {
    const { SqliteStore } = await import('./store/store.ts');
    return new SqliteStore(await openDatabase(config));
  }
  const where = safeUrl(config.database.url);
  // pg is loaded only here: a process on SQLite (or the terminal chat) never loads it.
  const { PgStore, StoreUnavailableError } = await import('./store/postgres.ts');
  try {
    return await PgStore.open({
      url: config.database.url,
      poolMax: config.database.poolMax,
      questionRetentionDays: config.questionRetentionDays,
      onIdleError: (error) => logger?.warn({ err: error }, 'PostgreSQL dropped an idle connection'),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof StoreUnavailableError)
      fail(`DATABASE_URL (${where}): ${reason}. Start PostgreSQL or check the host, port and credentials.`);
    fail(`DATABASE_URL (${where}): the database could not be opened: ${reason}`);
  }
}

/**
 * With PostgreSQL: the knowledge revisions this process follows and makes its /kb edits as (see
 * app/shared-knowledge.ts); null with SQLite. Not reachable at start: logged, and the process
 * serves its folder as it is until a restart (the store itself opened, so this is rare).
 */
export async function openSharedKnowledge(
  config: AppConfig,
  store: Store,
  knowledge: LiveKnowledge,
  logger: Logger,
): Promise<SharedKnowledge | null> {
  if (!config.database) return null;
  const [{ PgStore }, { KnowledgeRevisions }, { SharedKnowledge }] = await Promise.all([
    import('./store/postgres.ts'),
    import('./store/knowledge-revisions.ts'),
    import('./app/shared-knowledge.ts'),
  ]);
  if (!(store instanceof PgStore)) return null;
  const shared = new SharedKnowledge({
    revisions: new KnowledgeRevisions(store),
    url: config.database.url,
    knowledge,
    log: logger,
  });
  try {
    await shared.start();
  } catch (error) {
    logger.error({ err: error }, 'could not follow the knowledge revisions in PostgreSQL');
    await shared.close();
    return null;
  }
  return shared;
}

/** A connection string without its password, for messages. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * Settles the knowledge edits a process recorded and then died before marking done (see
 * QaEditor.reconcile and SourceEditor.reconcile), so that /kb history and /kb undo know every
 * change that reached qa.yaml or sources.yaml. A failure is logged: the next edit or /kb history
 * tries again.
 */
export async function settleEditsAtStart(
  knowledge: { editor: QaEditor; sources: SourceEditor },
  database: Store,
  logger: Logger,
): Promise<void> {
  try {
    const settled =
      (await knowledge.editor.reconcile(database)) + (await knowledge.sources.reconcile(database));
    if (settled > 0) logger.info({ settled }, 'settled knowledge edits a stopped process left pending');
  } catch (error) {
    logger.warn({ err: error }, 'could not settle pending knowledge edits at start');
  }
}

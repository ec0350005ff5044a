/**
 * npm run start:http: serves Discord's Interactions Endpoint URL (HTTP_HOST:HTTP_PORT + HTTP_PATH)
 * with the same commands, knowledge and database as the gateway bot. Configuration and knowledge
 * are read as by npm start (src/startup.ts); it also needs DISCORD_PUBLIC_KEY.
 */
import { LiveKnowledge } from '../app/live.ts';
import { createLogger } from '../log.ts';
import {
  fail,
  openSharedKnowledge,
  openStore,
  readConfig,
  readKnowledge,
  settleEditsAtStart,
} from '../startup.ts';
import { startInteractionsServer } from './server.ts';

const config = readConfig('http');
// discord.js's Client reads SHARD_COUNT and SHARDS from the environment (that is how the
// ShardingManager configures a shard). They belong to the gateway bot when a .env is shared; this
// client never connects to the gateway and must not see them (SHARD_COUNT=auto would not parse).
delete process.env.SHARD_COUNT;
delete process.env.SHARDS;

const logger = createLogger({ level: config.logLevel }).child({ mode: 'http' });
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
const engine = await readKnowledge(config);
const database = await openStore(config, logger);
// Every instance watches KNOWLEDGE_DIR itself. Reload reports go to the log only: with several
// instances each would post the same one; the gateway bot posts them to MOD_LOG_CHANNEL_ID.
const knowledge = new LiveKnowledge(config.knowledgeDir, engine, { log: logger });
knowledge.watch();
await settleEditsAtStart(knowledge, database, logger);
const sharedKnowledge = await openSharedKnowledge(config, database, knowledge, logger);

let server: Awaited<ReturnType<typeof startInteractionsServer>>;
try {
  server = await startInteractionsServer({
    config,
    knowledge,
    database,
    logger,
    ...(sharedKnowledge ? { sharedKnowledge } : {}),
  });
} catch (error) {
  knowledge.close();
  await sharedKnowledge?.close();
  await database.close();
  fail(
    `Could not serve interactions on ${config.http.host}:${config.http.port}: ${error instanceof Error ? error.message : String(error)}\n` +
      'Check HTTP_HOST and HTTP_PORT (is another program using the port?).',
  );
}
logger.info(
  { url: server.url, commands: [...server.commands.keys()], version: engine.kb.version },
  'serving Discord interactions over HTTP',
);

let stopping = false;
const shutdown = async (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  knowledge.close();
  try {
    await server.close();
  } finally {
    await sharedKnowledge?.close();
    await database.close();
  }
  process.exit(0);
};
process.once('SIGINT', (signal) => void shutdown(signal));
process.once('SIGTERM', (signal) => void shutdown(signal));

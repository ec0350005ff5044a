/**
 * npm start: the Discord bot when DISCORD_TOKEN is set (one process, or with SHARD_COUNT a
 * ShardingManager running one process per shard), otherwise the terminal chat.
 * .env is loaded once (src/startup.ts); everything else gets the parsed, frozen config.
 */
// Each front end is imported only when it runs: the terminal chat does not load discord.js.
import { openStore, readConfig, readKnowledge, readLogger } from './startup.ts';

const config = readConfig();
const logger = readLogger(config);
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

if (config.discord?.shardCount) {
  // Validated once here: a broken folder stops npm start instead of every shard, again and again.
  const { version } = (await readKnowledge(config)).kb;
  // So is the store (DATA_DIR or DATABASE_URL), created and migrated before the shards open it.
  await (await openStore(config, logger)).close();
  logger.debug({ knowledgeDir: config.knowledgeDir, version }, 'knowledge valid; starting the shards');
  const { runShardingManager } = await import('./discord/shard-manager.ts');
  await runShardingManager(config, logger);
} else {
  // The terminal chat's engine is neither warmed up nor primed (see readyEngine, primeEngine): its
  // reader cannot tell a first answer in 2 ms from one in 30, and both would hold it back.
  const engine = await readKnowledge(config, { ready: !!config.discord });
  logger.debug({ knowledgeDir: config.knowledgeDir, version: engine.kb.version }, 'knowledge loaded');
  if (config.discord) {
    const { runBot } = await import('./discord/run-bot.ts');
    await runBot(config, engine, logger);
  } else {
    // Hand edits are served while chatting too; each reload is said in words above the prompt.
    const { runTerminal } = await import('./terminal/run.ts');
    await runTerminal({ knowledgeDir: config.knowledgeDir, engine });
  }
}

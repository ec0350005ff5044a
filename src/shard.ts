/**
 * One shard, as the ShardingManager (SHARD_COUNT, src/discord/shard-manager.ts) starts it in its
 * own process: the same bot as `npm start` without sharding, with its own discord.js Client, its
 * own engine and knowledge watcher, on the same DATA_DIR and KNOWLEDGE_DIR as the other shards.
 * discord.js hands the shard its id and the shard count in SHARDS and SHARD_COUNT: they are parsed
 * here and given to the Client as options.
 */
import { runBot } from './discord/run-bot.ts';
import { fail, readConfig, readKnowledge, readLogger, readShardIdentity } from './startup.ts';

if (!process.send) {
  fail('src/shard.ts is started by the ShardingManager: set SHARD_COUNT and run npm start instead.');
}
const shard = readShardIdentity();
const config = readConfig('bot', shard);
// Every line a shard logs says which shard it is.
const logger = readLogger(config).child({ shard: shard.id });
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
const engine = await readKnowledge(config);
logger.debug({ knowledgeDir: config.knowledgeDir, version: engine.kb.version }, 'knowledge loaded');
await runBot(config, engine, logger, shard);

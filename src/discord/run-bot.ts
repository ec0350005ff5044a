/**
 * Runs the gateway bot in this process until a signal stops it: npm start (one process), or one
 * shard started by the ShardingManager (src/shard.ts). The same bot either way; as a shard it
 * also keeps the knowledge in step with the other shards (see shard-sync.ts).
 */

import { LiveKnowledge } from '../app/live.ts';
import type { AppConfig } from '../config.ts';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../log.ts';
import { fail, openDatabase, settleEditsAtStart } from '../startup.ts';
import { type Bot, createBot } from './bot.ts';
import { isKbReason } from './mod-log.ts';
import { announceReload, exposeServedVersion, isKnowledgeReload, shardIdOf } from './shard-sync.ts';

export async function runBot(config: AppConfig, engine: Engine, logger: Logger): Promise<void> {
  const database = openDatabase(config);
  // The bot is made after the knowledge it serves; reloads before it is ready are only logged.
  let bot: Bot | undefined;
  // The reasons of the other shards' reloads this shard is applying (with how many of each), so
  // that they are not announced again; a reload here takes a moment, and this shard's own /kb
  // edits meanwhile still are.
  const fromOtherShards = new Map<string, number>();
  const knowledge = new LiveKnowledge(config.knowledgeDir, engine, {
    log: logger,
    onReload: (result, reason) => {
      void bot?.reportReload(result, reason);
      if (
        !bot?.client.shard ||
        fromOtherShards.has(reason) ||
        !result.ok ||
        !result.changed ||
        !isKbReason(reason)
      )
        return;
      announceReload(bot.client, result.version, reason).catch((error: unknown) =>
        logger.error({ err: error }, 'could not tell the other shards about the knowledge change'),
      );
    },
  });
  bot = createBot(config, knowledge, logger, { database });
  knowledge.watch();
  await settleEditsAtStart(knowledge.editor, database, logger);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    knowledge.close();
    try {
      await bot.stop();
    } catch (error) {
      logger.error({ err: error }, 'error while disconnecting');
    } finally {
      database.close();
    }
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));

  const client = bot.client;
  if (client.shard) {
    const ownId = shardIdOf(client);
    exposeServedVersion(client, knowledge);
    process.on('message', (message: unknown) => {
      if (!isKnowledgeReload(message) || message.fromShard === ownId) return;
      logger.info(
        { fromShard: message.fromShard, version: message.version, reason: message.reason },
        'another shard changed the knowledge: reloading',
      );
      const reason = message.reason;
      fromOtherShards.set(reason, (fromOtherShards.get(reason) ?? 0) + 1);
      void knowledge.reload(reason).finally(() => {
        const left = (fromOtherShards.get(reason) ?? 1) - 1;
        if (left > 0) fromOtherShards.set(reason, left);
        else fromOtherShards.delete(reason);
      });
    });
    // The manager is gone (killed, crashed): a shard nobody can respawn or stop must not linger.
    process.once('disconnect', () => void shutdown('manager disconnected'));
  }

  try {
    await bot.start();
  } catch (error) {
    logger.fatal({ err: error }, 'could not connect to Discord');
    knowledge.close();
    await bot.stop().catch(() => undefined);
    database.close();
    const message = error instanceof Error ? error.message : String(error);
    const hint = /intent/i.test(message)
      ? 'ASK_CHANNEL_IDS needs the Message Content intent: turn it on in the Developer Portal › your application › Bot, or empty ASK_CHANNEL_IDS.'
      : 'Check DISCORD_TOKEN (Developer Portal › your application › Bot › Reset Token) and DISCORD_API_URL.';
    fail(`Could not connect to Discord: ${message}\n${hint}`);
  }
}

/**
 * Runs the gateway bot in this process until it is asked to stop (src/shutdown.ts): npm start (one
 * process), or one shard started by the ShardingManager (src/shard.ts). The same bot either way;
 * as a shard it also keeps the knowledge in step with the other shards (see shard-sync.ts).
 */
import { LiveKnowledge } from '../app/live.ts';
import type { AppConfig, ShardIdentity } from '../config.ts';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../log.ts';
import { stopOnSignals } from '../shutdown.ts';
import { fail, openSharedKnowledge, openStore, settleEditsAtStart } from '../startup.ts';
import { type Bot, createBot } from './bot.ts';
import { formatDiscordFailure } from './connect-errors.ts';
import { type HealthServer, startHealthServer } from './health.ts';
import { isKbReason } from './mod-log.ts';
import { announceReload, exposeServedVersion, isKnowledgeReload, shardIdOf } from './shard-sync.ts';

export async function runBot(
  config: AppConfig,
  engine: Engine,
  logger: Logger,
  shard: ShardIdentity | null = null,
): Promise<void> {
  const discord = config.discord;
  if (!discord) throw new Error('runBot needs DISCORD_TOKEN and DISCORD_CLIENT_ID in the configuration.');
  const database = await openStore(config, logger);
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
  await settleEditsAtStart(knowledge.editor, database, logger);
  const sharedKnowledge = await openSharedKnowledge(config, database, knowledge, logger);
  bot = createBot(config, knowledge, logger, {
    database,
    ...(sharedKnowledge ? { sharedKnowledge } : {}),
    ...(shard ? { shard } : {}),
  });
  knowledge.watch();
  const client = bot.client;

  let health: HealthServer | null = null;
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      knowledge.close();
      await health?.close();
      try {
        await bot.stop();
      } finally {
        await sharedKnowledge?.close();
        await database.close();
      }
    })();
    return closing;
  };
  const shutdown = stopOnSignals({ logger, stop: close });

  // Under a ShardingManager the manager answers the probe for every shard.
  if (config.health.port !== null && !shard) {
    try {
      health = await startHealthServer({
        port: config.health.port,
        host: config.health.host,
        logger,
        report: () => ({
          ok: client.isReady(),
          gateway: client.isReady() ? 'ready' : 'not connected',
          pingMs: client.isReady() ? client.ws.ping : null,
          knowledgeVersion: knowledge.version,
        }),
      });
    } catch (error) {
      await close();
      fail(
        `Could not serve the health probe on ${config.health.host}:${config.health.port}: ${error instanceof Error ? error.message : String(error)}\n` +
          'Check HEALTH_HOST and HEALTH_PORT (is another program using the port?), or leave HEALTH_PORT empty.',
      );
    }
  }

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
    process.once('disconnect', () => shutdown('manager disconnected'));
  }

  try {
    await bot.start();
  } catch (error) {
    // Stopped while connecting: the shutdown in progress exits.
    if (closing) return;
    logger.fatal({ err: error }, 'could not connect to Discord');
    await close().catch(() => undefined);
    fail(formatDiscordFailure('Could not connect to Discord', error, discord.apiUrl));
  }
}

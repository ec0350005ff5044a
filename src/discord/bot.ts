/**
 * The Discord bot: a discord.js Client wired to the command, button and message handlers.
 * Nothing here answers questions; the engine does, and render.ts turns its Answer into Discord's form.
 */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { LiveKnowledge, ReloadResult } from '../app/live.ts';
import type { SharedKnowledge } from '../app/shared-knowledge.ts';
import type { AppConfig, ShardIdentity } from '../config.ts';
import type { Store } from '../store/store.ts';
import type { Command } from './command.ts';
import { formatRefused, loadCommands } from './command-loader.ts';
import { Cooldown, SharedCooldown } from './cooldown.ts';
import { createInteractionHandler } from './events/interaction-create.ts';
import { createMessageHandler } from './events/message-create.ts';
import { formatReloadReport, postToModLog } from './mod-log.ts';

export interface BotOptions {
  database: Store;
  /** With DATABASE_URL: the knowledge revisions every instance follows (see app/shared-knowledge.ts). */
  sharedKnowledge?: SharedKnowledge;
  /** The slash commands; default: every valid module in commands/. */
  commands?: readonly Command[];
  /** The commands folder to load when `commands` is not given. */
  commandsDir?: string;
  /** One abstention reply per ask channel per this many seconds (default 60). */
  abstentionQuietSeconds?: number;
  /** This process is that shard of a ShardingManager; default: the only shard (0 of 1). */
  shard?: ShardIdentity;
}

export interface Bot {
  client: Client;
  /** The commands being served, by name (filled by start() when loaded from commands/). */
  commands: ReadonlyMap<string, Command>;
  /** Loads the commands if needed, logs in and resolves once the bot is ready. */
  start(): Promise<void>;
  /** Disconnects from Discord. */
  stop(): Promise<void>;
  /**
   * Tells the moderators about a knowledge reload in MOD_LOG_CHANNEL_ID, when it is set: the
   * exact problems of a broken edit, or the version a hand edit made current. Never rejects.
   */
  reportReload(result: ReloadResult, reason: string): Promise<void>;
}

/** Message Content is a privileged intent: asked for only when ask channels need it. */
export function intentsFor(askChannelIds: readonly string[]): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (askChannelIds.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export function createBot(
  config: AppConfig,
  knowledge: LiveKnowledge,
  logger: Logger,
  options: BotOptions,
): Bot {
  const discord = config.discord;
  if (!discord) throw new Error('createBot needs DISCORD_TOKEN and DISCORD_CLIENT_ID in the configuration.');

  const client = new Client({
    intents: intentsFor(discord.askChannelIds),
    // Given explicitly, from parsed values: discord.js would otherwise read SHARDS and SHARD_COUNT
    // from the environment (see isolateDiscordEnvironment in src/startup.ts).
    shards: [options.shard?.id ?? 0],
    shardCount: options.shard?.count ?? 1,
    // Set once here so that no reply can ping anyone, whatever a question contains.
    allowedMentions: { parse: [], repliedUser: false },
    // A reply to a message deleted meanwhile is posted without the reference rather than failing.
    failIfNotExists: false,
    ...(discord.apiUrl ? { rest: { api: discord.apiUrl } } : {}),
  });

  const commands = new Map<string, Command>();
  const setCommands = (list: readonly Command[]) => {
    commands.clear();
    for (const command of list) commands.set(command.data.name, command);
  };
  if (options.commands) setCommands(options.commands);

  const services = {
    engines: knowledge.engines,
    knowledge,
    config,
    database: options.database,
    ...(options.sharedKnowledge ? { sharedKnowledge: options.sharedKnowledge } : {}),
    // One process sees every question of its guilds: in memory, unless the store is PostgreSQL,
    // shared with HTTP instances a user's next question may reach.
    questionCooldown:
      options.database.kind === 'postgres'
        ? new SharedCooldown(config.cooldownSeconds, options.database, (error) =>
            logger.warn({ err: error }, 'cooldown store unreachable; question let through'),
          )
        : new Cooldown(config.cooldownSeconds),
    logger,
  };
  const onInteraction = createInteractionHandler(services, commands);
  const onMessage = createMessageHandler(services, {
    askChannelIds: discord.askChannelIds,
    ...(options.abstentionQuietSeconds !== undefined
      ? { abstentionCooldown: new Cooldown(options.abstentionQuietSeconds) }
      : {}),
  });
  // The handlers never reject (see events/boundary.ts); `void` makes that explicit.
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
  client.on(Events.MessageCreate, (message) => void onMessage(message));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardError, (error, shardId) => logger.error({ err: error, shardId }, 'shard error'));
  client.on(Events.Warn, (message) => logger.warn({ discord: message }, 'discord warning'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, 'shard disconnected'),
  );
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'shard resumed'));

  return {
    client,
    commands,
    async start() {
      if (!options.commands) {
        const loaded = await loadCommands(options.commandsDir);
        if (loaded.refused.length > 0) {
          logger.error(
            { refused: loaded.refused },
            `refused malformed commands:\n${formatRefused(loaded.refused)}`,
          );
        }
        setCommands(loaded.commands);
      }
      const ready = once(client, Events.ClientReady);
      await client.login(discord.token);
      await ready;
      logger.info(
        {
          user: client.user?.tag,
          guilds: client.guilds.cache.size,
          commands: [...commands.keys()],
          askChannels: discord.askChannelIds.length,
        },
        'connected to Discord',
      );
    },
    async stop() {
      await client.destroy();
      logger.info('disconnected from Discord');
    },
    async reportReload(result, reason) {
      const channelId = discord.modLogChannelId;
      const content = formatReloadReport(result, reason);
      if (!channelId || !content || !client.isReady()) return;
      // Under a ShardingManager every shard reloads and would post the same report: only the shard
      // whose guilds include the channel (it is in that shard's cache) posts it.
      if (client.shard && !client.channels.cache.has(channelId)) return;
      await postToModLog(client, channelId, content, logger);
    },
  };
}

/**
 * The bot under test: the real createBot() (real discord.js Client, real commands/ folder, the
 * project's knowledge/ or a copy of it, served by LiveKnowledge) connected to the fake Discord
 * through DISCORD_API_URL, with a temporary DATA_DIR and logs captured as parsed JSON lines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIEmbed, APIInteraction, APIMessage } from 'discord.js';
import { Routes } from 'discord.js';
import type { EngineHolder } from '../../src/app/holder.ts';
import { type LiveEvent, LiveKnowledge, type ReloadResult } from '../../src/app/live.ts';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { SharedKnowledge } from '../../src/app/shared-knowledge.ts';
import { type AppConfig, loadConfig } from '../../src/config.ts';
import { type Bot, createBot } from '../../src/discord/bot.ts';
import { deployCommands } from '../../src/discord/deploy-commands.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { createLogger } from '../../src/log.ts';
import { openSharedKnowledge } from '../../src/startup.ts';
import { AppDatabase } from '../../src/store/database.ts';
import { PgStore } from '../../src/store/postgres.ts';
import { SqliteStore, type Store } from '../../src/store/store.ts';
import {
  type FakeDiscord,
  type MessageOptions,
  type RecordedCall,
  type SlashCommandOptions,
  startFakeDiscord,
} from '../support/fake-discord.ts';

export const TOKEN = 'fake.bot-token.for-tests';
/** Every slash command in commands/, by name, sorted. */
export const COMMAND_NAMES = ['ask', 'facts', 'help', 'kb', 'quote', 'source', 'timeline'];
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

let sharedEngine: Engine | undefined;
/** The project's knowledge/, loaded once per test file. */
export function projectEngine(): Engine {
  sharedEngine ??= loadEngine(KNOWLEDGE_DIR);
  return sharedEngine;
}

export type LogLine = Record<string, unknown> & { level: number; msg: string };

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  config: AppConfig;
  /** The SQLite file under DATA_DIR (the bot's store unless env has DATABASE_URL). */
  database: AppDatabase;
  /** The store the bot uses: SQLite, or PostgreSQL when env has DATABASE_URL. */
  store: Store;
  /** With DATABASE_URL: the knowledge revisions the bot follows. */
  sharedKnowledge: SharedKnowledge | null;
  /** The knowledge being served (the harness's own LiveKnowledge). */
  knowledge: LiveKnowledge;
  engines: EngineHolder;
  /** Every reload LiveKnowledge reported (what goes to the mod-log channel). */
  reloads: { result: ReloadResult; reason: string }[];
  logs: LogLine[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Extra environment variables, given the fake (for its channel and guild ids). */
  env?: (fake: FakeDiscord) => Record<string, string>;
  engine?: Engine;
  abstentionQuietSeconds?: number;
  /** The knowledge folder (default: the project's knowledge/; use a copy for tests that edit). */
  knowledgeDir?: string;
  /** An existing DATA_DIR, kept on close (to restart a bot on the same data); default a new temp one. */
  dataDir?: string;
  /** Watch the knowledge folder, as `npm start` does, with this debounce. Default: not watched. */
  watchDebounceMs?: number;
  /** How often the watcher's periodic check runs (LiveKnowledge's default when unset). */
  watchPollMs?: number;
  /** Told every step of the knowledge work (LiveKnowledgeOptions.trace). */
  trace?: (event: LiveEvent) => void;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord({ token: TOKEN });
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'deir-bot-test-'));
  const knowledgeDir = options.knowledgeDir ?? KNOWLEDGE_DIR;
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guild().id,
    DISCORD_API_URL: fake.apiUrl,
    DATA_DIR: dataDir,
    KNOWLEDGE_DIR: knowledgeDir,
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'info',
    ...options.env?.(fake),
  });
  const logs: LogLine[] = [];
  const logger = createLogger({
    level: config.logLevel,
    destination: { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) },
  });
  const database = AppDatabase.open({ dataDir, questionRetentionDays: config.questionRetentionDays });
  const engine =
    options.engine ?? (knowledgeDir === KNOWLEDGE_DIR ? projectEngine() : loadEngine(knowledgeDir));
  const reloads: Harness['reloads'] = [];
  // As in src/main.ts: reloads go to the bot, which posts them to MOD_LOG_CHANNEL_ID.
  let bot: Bot | undefined;
  const knowledge = new LiveKnowledge(knowledgeDir, engine, {
    log: logger,
    ...(options.watchDebounceMs !== undefined ? { debounceMs: options.watchDebounceMs } : {}),
    ...(options.watchPollMs !== undefined ? { pollMs: options.watchPollMs } : {}),
    ...(options.trace ? { trace: options.trace } : {}),
    onReload: (result, reason) => {
      reloads.push({ result, reason });
      void bot?.reportReload(result, reason);
    },
  });
  const store: Store = config.database
    ? await PgStore.open({ ...config.database, questionRetentionDays: config.questionRetentionDays })
    : new SqliteStore(database);
  const sharedKnowledge = await openSharedKnowledge(config, store, knowledge, logger);
  bot = createBot(config, knowledge, logger, {
    database: store,
    ...(sharedKnowledge ? { sharedKnowledge } : {}),
    ...(options.abstentionQuietSeconds !== undefined
      ? { abstentionQuietSeconds: options.abstentionQuietSeconds }
      : {}),
  });
  await bot.start();
  if (options.watchDebounceMs !== undefined) knowledge.watch();
  // As `npm run deploy-commands` would: interactions then carry the registered command ids.
  if (config.discord) await deployCommands(config.discord, [...bot.commands.values()]);
  const started = bot;
  return {
    fake,
    bot: started,
    config,
    database,
    store,
    sharedKnowledge,
    knowledge,
    engines: knowledge.engines,
    reloads,
    logs,
    async close() {
      knowledge.close();
      await started.stop();
      await sharedKnowledge?.close();
      if (store.kind === 'postgres') await store.close();
      database.close();
      await fake.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Dispatches a slash command and waits for the bot's interaction callback. */
export async function runSlash(
  fake: FakeDiscord,
  options: SlashCommandOptions,
): Promise<{ interaction: APIInteraction; call: RecordedCall; data: CallbackData }> {
  const interaction = fake.dispatchInteraction(fake.slashCommand(options));
  const call = await fake.waitForInteractionResponse(interaction);
  return { interaction, call, data: callbackData(call) };
}

/** Clicks a button on a message and waits for the callback. */
export async function click(
  fake: FakeDiscord,
  message: APIMessage,
  customId: string,
  user = fake.defaultUser,
): Promise<{ call: RecordedCall; data: CallbackData }> {
  const interaction = fake.dispatchInteraction(fake.button({ customId, message, user }));
  const call = await fake.waitForInteractionResponse(interaction);
  return { call, data: callbackData(call) };
}

export interface CallbackData {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<{ type: number; components: Array<{ custom_id?: string; label?: string }> }>;
  flags?: number;
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  choices?: Array<{ name: string; value: string }>;
}

export function callbackData(call: RecordedCall): CallbackData {
  return ((call.body as { data?: CallbackData } | undefined)?.data ?? {}) as CallbackData;
}

/** The custom ids of the buttons in a message payload, by label. */
export function buttonsOf(data: CallbackData): Record<string, string> {
  const buttons: Record<string, string> = {};
  for (const row of data.components ?? [])
    for (const b of row.components) if (b.label && b.custom_id) buttons[b.label] = b.custom_id;
  return buttons;
}

/** Dispatches a message and waits for the bot's reply to it (POST to the channel referencing it). */
export async function sendAndAwaitReply(
  fake: FakeDiscord,
  options: MessageOptions,
  timeoutMs?: number,
): Promise<{
  sent: APIMessage;
  call: RecordedCall;
  body: CallbackData & { message_reference?: { message_id?: string } };
}> {
  const sent = fake.dispatchMessage(options);
  const call = await fake.waitForCall(
    (c) =>
      c.method === 'POST' &&
      c.path === Routes.channelMessages(sent.channel_id) &&
      (c.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === sent.id,
    timeoutMs,
  );
  return { sent, call, body: call.body as CallbackData & { message_reference?: { message_id?: string } } };
}

/** Every REST call the bot made that refers to a message (reply or reaction). */
export function callsAbout(fake: FakeDiscord, messageId: string): RecordedCall[] {
  return fake.calls.filter(
    (c) =>
      (c.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference
        ?.message_id === messageId || c.path.includes(`/messages/${messageId}/`),
  );
}

/** Everything Discord counts towards an embed's 6000 characters. */
export function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Asserts-by-returning the problems of a message payload against Discord's limits. */
export function limitProblems(data: CallbackData): string[] {
  const problems: string[] = [];
  if ((data.content?.length ?? 0) > 2000) problems.push(`content ${data.content?.length}`);
  const embeds = data.embeds ?? [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds`);
  let total = 0;
  for (const embed of embeds) {
    total += embedSize(embed);
    if ((embed.title?.length ?? 0) > 256) problems.push(`title ${embed.title?.length}`);
    if ((embed.description?.length ?? 0) > 4096) problems.push(`description ${embed.description?.length}`);
    if ((embed.footer?.text.length ?? 0) > 2048) problems.push(`footer ${embed.footer?.text.length}`);
    if ((embed.fields?.length ?? 0) > 25) problems.push(`${embed.fields?.length} fields`);
    for (const f of embed.fields ?? []) {
      if (f.name.length > 256 || f.name.length === 0) problems.push(`field name ${f.name.length}`);
      if (f.value.length > 1024 || f.value.length === 0) problems.push(`field value ${f.value.length}`);
    }
  }
  if (total > 6000) problems.push(`embeds total ${total}`);
  for (const row of data.components ?? []) {
    if (row.components.length > 5) problems.push(`${row.components.length} buttons in a row`);
    for (const b of row.components)
      if ((b.custom_id?.length ?? 0) > 100) problems.push(`custom_id ${b.custom_id}`);
  }
  return problems;
}

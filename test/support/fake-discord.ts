/**
 * A fake of Discord's REST API and gateway, bound to 127.0.0.1 on a random port, so that a real
 * discord.js `Client` can be driven end to end in tests without talking to Discord.
 *
 * ```ts
 * const fake = await startFakeDiscord({ shards: 1 });
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
 * await client.login('fake-token');
 * const interaction = fake.dispatchInteraction(fake.slashCommand({ name: 'ping' }));
 * const call = await fake.waitForInteractionResponse(interaction);
 * await client.destroy();
 * await fake.close();
 * ```
 *
 * The fake is deliberately strict where Discord is strict (double acknowledgements, unknown
 * interactions/webhooks/messages, empty or over-long messages, invalid command definitions, intents
 * and the MessageContent privileged intent) so that tests catch the mistakes production would.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import type {
  APIApplicationCommand,
  APIApplicationCommandAutocompleteInteraction,
  APIAttachment,
  APIChatInputApplicationCommandInteraction,
  APIEmbed,
  APIGuild,
  APIGuildCategoryChannel,
  APIGuildMember,
  APIGuildTextChannel,
  APIGuildVoiceChannel,
  APIInteraction,
  APIInteractionGuildMember,
  APIMessage,
  APIMessageComponentInteraction,
  APIModalSubmitInteraction,
  APIRole,
  APIUser,
  GatewayGuildCreateDispatchData,
  GatewayIdentifyData,
  GatewayMessageCreateDispatchData,
  GatewayReadyDispatchData,
} from 'discord.js';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  GatewayIntentBits,
  GatewayOpcodes,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
} from 'discord.js';
import { WebSocket, WebSocketServer } from 'ws';
import { CEILING_MS } from './wait-for.ts';

// ---------------------------------------------------------------------------------------------
// Snowflakes and permissions
// ---------------------------------------------------------------------------------------------

const DISCORD_EPOCH = 1420070400000n;
/** `0` for the many bit-flag enums (UserFlags, MessageFlags, ChannelFlags...) that have no zero member. */
const NO_FLAGS = 0 as never;
let lastSnowflake = 0n;
let shardSnowflakeCounter = 0n;

/** A fresh snowflake; strictly increasing across every fake in the process. */
export function nextSnowflake(at: number = Date.now()): string {
  let id = (BigInt(at) - DISCORD_EPOCH) << 22n;
  if (id <= lastSnowflake) id = lastSnowflake + 1n;
  lastSnowflake = id;
  return id.toString();
}

/** The shard that receives events for a guild: `(guild_id >> 22) % shardCount`. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A (past) snowflake that `shardForGuild` maps to `shardId` when there are `shardCount` shards. */
export function snowflakeForShard(shardId: number, shardCount: number, at = Date.now() - 86_400_000): string {
  if (shardId < 0 || shardId >= shardCount)
    throw new RangeError(`shard ${shardId} is not in [0, ${shardCount})`);
  const count = BigInt(shardCount);
  let timestamp = BigInt(at) - DISCORD_EPOCH;
  timestamp -= (((timestamp - BigInt(shardId)) % count) + count) % count;
  shardSnowflakeCounter = (shardSnowflakeCounter + 1n) % 4096n;
  return ((timestamp << 22n) | shardSnowflakeCounter).toString();
}

/** Anything that can be read as a permission bit set. */
export type PermissionsInput = bigint | number | string | ReadonlyArray<bigint>;

export function permissionBits(input: PermissionsInput): bigint {
  if (typeof input === 'bigint') return input;
  if (typeof input === 'number' || typeof input === 'string') return BigInt(input);
  return input.reduce((all, bit) => all | bit, 0n);
}

/** Every permission bit discord.js knows of (what Discord reports for owners and administrators). */
export const ALL_PERMISSIONS: bigint = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

/** What a fresh guild grants to @everyone. */
export const EVERYONE_PERMISSIONS: bigint = permissionBits([
  PermissionFlagsBits.CreateInstantInvite,
  PermissionFlagsBits.ChangeNickname,
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.CreatePublicThreads,
  PermissionFlagsBits.CreatePrivateThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.UseExternalEmojis,
  PermissionFlagsBits.UseExternalStickers,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.UseApplicationCommands,
  PermissionFlagsBits.Connect,
  PermissionFlagsBits.Speak,
  PermissionFlagsBits.Stream,
  PermissionFlagsBits.UseVAD,
  PermissionFlagsBits.UseEmbeddedActivities,
  PermissionFlagsBits.SendVoiceMessages,
  PermissionFlagsBits.SendPolls,
  PermissionFlagsBits.UseExternalApps,
]);

/** The 'Moderator' role every fake guild has. */
export const MODERATOR_PERMISSIONS: bigint =
  EVERYONE_PERMISSIONS |
  permissionBits([
    PermissionFlagsBits.ManageGuild,
    PermissionFlagsBits.ManageMessages,
    PermissionFlagsBits.ManageThreads,
    PermissionFlagsBits.ManageNicknames,
    PermissionFlagsBits.KickMembers,
    PermissionFlagsBits.BanMembers,
    PermissionFlagsBits.ModerateMembers,
    PermissionFlagsBits.MentionEveryone,
  ]);

/** The bot's managed role (and therefore `app_permissions`). */
export const BOT_PERMISSIONS: bigint = EVERYONE_PERMISSIONS;

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export interface FakeGuildSpec {
  /** Explicit guild id; by default one is generated that maps onto `shard`. */
  id?: string;
  name?: string;
  /** The shard (out of the fake's `shards`) this guild should belong to; default: spread round-robin. */
  shard?: number;
}

export interface FakeDiscordOptions {
  /** Shard count recommended by GET /gateway/bot. Default 1. */
  shards?: number;
  /** `session_start_limit.max_concurrency`. Default: `shards`, so that @discordjs/ws does not wait 5 s between identifies. */
  maxConcurrency?: number;
  /** Guilds the bot is in: a count or specs. Default: one guild per shard. */
  guilds?: number | FakeGuildSpec[];
  /** Overrides for the bot user. */
  botUser?: Partial<APIUser>;
  applicationId?: string;
  /** `application.flags` in READY (e.g. ApplicationFlags.GatewayMessageContent). Default 0. */
  applicationFlags?: number;
  /** HELLO heartbeat interval. Default 45 000 ms (discord.js waits a random fraction of it before the first beat). */
  heartbeatIntervalMs?: number;
  /** If set, REST `Authorization: Bot <token>` and the IDENTIFY token are checked (401 / close 4004). */
  token?: string;
  /** Receives a line per gateway and REST event; handy when debugging a hanging test. */
  log?: (line: string) => void;
}

export interface RecordedFile {
  /** Multipart field name, e.g. `files[0]`. */
  field: string;
  name: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface RecordedCall {
  method: string;
  /**
   * Route without the `/api/v10` prefix, as sent, e.g. `/interactions/1/abc/callback`; equal to what
   * discord.js `Routes.*` return (which percent-encode arguments: `/webhooks/1/tok/messages/%40original`).
   * Matchers compare decoded forms, so `'@original'` works too; see `decodePath`.
   */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, the parsed `payload_json` part of a multipart body, or undefined. */
  body: unknown;
  /** Lower-cased request headers. */
  headers: Record<string, string>;
  files: RecordedFile[];
  /** Status the fake answered with and the JSON it sent (undefined for 204). */
  status: number;
  response: unknown;
  /** Full request URL path with query, e.g. `/api/v10/gateway/bot`. */
  url: string;
  at: number;
}

export type CallMatcher = ((call: RecordedCall) => boolean) | { method?: string; path?: string | RegExp };

export interface GatewayPayload {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export interface DispatchOptions {
  /** Send to this shard only (default: the shard owning `guild_id`, shard 0 for DMs, or every shard). */
  shard?: number;
  /** Don't throw when no ready connection is targeted (return 0 instead). */
  quiet?: boolean;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  everyoneRoleId: string;
  moderatorRoleId: string;
  botRoleId: string;
  /** The 'general' text channel. */
  textChannelId: string;
  /** The 'bot-commands' text channel. */
  botChannelId: string;
  voiceChannelId: string;
  categoryId: string;
  joinedAt: string;
  roles: APIRole[];
  channels: GuildChannel[];
  /** Members by user id (the bot, the owner, the moderator and the default user). */
  members: Map<string, APIGuildMember>;
}

type GuildChannel =
  | APIGuildTextChannel<ChannelType.GuildText>
  | APIGuildVoiceChannel
  | APIGuildCategoryChannel;

export type OptionValue = string | number | boolean;

export interface InteractionOption {
  name: string;
  type: number;
  value?: OptionValue;
  focused?: boolean;
  options?: InteractionOption[];
}

export interface InvokerOptions {
  /** Invoking user (default: `fake.defaultUser`). */
  user?: APIUser;
  /** Guild (default: the first guild). `null` for a DM with the bot. */
  guildId?: string | null;
  /** Channel (default: the guild's 'general' channel, or a DM channel). */
  channelId?: string;
  /** Role ids of the invoking member. */
  roles?: string[];
  /** Member permissions; default: computed from @everyone + roles (everything for the owner). */
  permissions?: PermissionsInput;
  /** Override the whole member object. */
  member?: APIInteractionGuildMember;
  locale?: Locale;
  appPermissions?: PermissionsInput;
  id?: string;
  token?: string;
}

export interface SlashCommandOptions extends InvokerOptions {
  name: string;
  /** Either raw API options or a `{ name: value }` record (strings, integers, numbers, booleans). */
  options?: InteractionOption[] | Record<string, OptionValue>;
  subcommand?: string;
  subcommandGroup?: string;
  /** Command id (default: the id the fake gave the registered command of that name, or a new one). */
  commandId?: string;
  resolved?: Record<string, unknown>;
}

export interface AutocompleteOptions extends SlashCommandOptions {
  /** Name of the option being typed; its value is sent as a string with `focused: true`. */
  focused: string;
}

export interface ButtonOptions extends InvokerOptions {
  customId: string;
  /** The message carrying the button (default: a bot message with that button in the channel). */
  message?: APIMessage;
}

export interface SelectOptions extends ButtonOptions {
  values: string[];
}

export interface ModalSubmitOptions extends InvokerOptions {
  customId: string;
  /** Text input values by custom id. */
  fields?: Record<string, string>;
  /** `row` (action rows, default) or `label` (label components, discord.js ≥ 14.22 modals). */
  layout?: 'row' | 'label';
  /** The message whose component opened the modal, if any. */
  message?: APIMessage;
}

export interface MessageOptions {
  content?: string;
  author?: APIUser;
  guildId?: string | null;
  channelId?: string;
  /** Mentioned users; default: derived from `<@id>` in content (users the fake knows). */
  mentions?: APIUser[];
  /** Default: derived from `<@&id>` in content. */
  mentionRoles?: string[];
  /** Default: content contains @everyone or @here. */
  mentionEveryone?: boolean;
  /** Author's member roles. */
  roles?: string[];
  id?: string;
  embeds?: APIEmbed[];
  attachments?: APIAttachment[];
  /** Makes it a reply (type 19) to that message. */
  referencedMessage?: APIMessage;
  webhookId?: string;
  type?: MessageType;
}

export type GatewayMessage = GatewayMessageCreateDispatchData;

export interface InteractionState {
  payload: APIInteraction;
  acknowledged: boolean;
  responseType: InteractionResponseType | null;
  /** Id of the message `@original` refers to, if any. */
  originalId: string | null;
  followUpIds: string[];
}

interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
}

interface GatewayConnection {
  id: number;
  socket: WebSocket;
  query: URLSearchParams;
  session: Session | null;
  deflate: zlib.Deflate | null;
  pending: Buffer[];
  chain: Promise<void>;
  identifyCompress: boolean;
}

type Json = Record<string, unknown>;

interface RestRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
  headers: Record<string, string>;
}

interface RestResult {
  status: number;
  /** undefined → no body and no Content-Type. */
  body?: unknown;
  /** Runs after the response was written (gateway echoes). */
  after?: () => void;
}

interface Route {
  method: string;
  pattern: RegExp;
  auth: boolean;
  handle: (req: RestRequest, params: Record<string, string>) => RestResult;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Json {
  return isRecord(value) ? value : {};
}

function json(status: number, body: unknown, after?: () => void): RestResult {
  return { status, body, after };
}

function noContent(after?: () => void): RestResult {
  return { status: 204, after };
}

function apiError(status: number, code: number, message: string, errors?: Json): RestResult {
  return { status, body: errors ? { message, code, errors } : { message, code } };
}

function formError(errors: Json): RestResult {
  return apiError(400, 50035, 'Invalid Form Body', errors);
}

/** Builds Discord's nested `errors` object: `fieldError(['data', 'content'], 'BASE_TYPE_MAX_LENGTH', '...')`. */
function fieldError(path: ReadonlyArray<string>, code: string, message: string): Json {
  let node: Json = { _errors: [{ code, message }] };
  for (const key of [...path].reverse()) node = { [key]: node };
  return node;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** How long a wait for a call gives up after: a ceiling against hangs, not a speed target. */
const WAIT_DEFAULT_MS = CEILING_MS;
const MAX_CONTENT = 2000;

function describeMatcher(matcher: CallMatcher): string {
  if (typeof matcher === 'function') return matcher.toString().slice(0, 200);
  return `${matcher.method ?? '*'} ${matcher.path ?? '*'}`;
}

/** Decodes each path segment: `/webhooks/1/t/messages/%40original` → `/webhooks/1/t/messages/@original`. */
export function decodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

function matches(matcher: CallMatcher, call: RecordedCall): boolean {
  if (typeof matcher === 'function') return matcher(call);
  if (matcher.method && matcher.method.toUpperCase() !== call.method) return false;
  if (matcher.path === undefined) return true;
  if (typeof matcher.path === 'string') return decodePath(matcher.path) === decodePath(call.path);
  return matcher.path.test(call.path) || matcher.path.test(decodePath(call.path));
}

function summarizeCall(call: RecordedCall): string {
  const query = new URLSearchParams(call.query).toString();
  let body = call.body === undefined ? '' : JSON.stringify(call.body);
  if (body.length > 160) body = `${body.slice(0, 157)}...`;
  return `${call.method} ${call.path}${query ? `?${query}` : ''} -> ${call.status}${body ? ` ${body}` : ''}`;
}

function toOptions(input: SlashCommandOptions['options'], focused?: string): InteractionOption[] {
  if (input === undefined) return [];
  if (Array.isArray(input)) return clone(input);
  return Object.entries(input).map(([name, value]): InteractionOption => {
    if (name === focused)
      return { name, type: ApplicationCommandOptionType.String, value: String(value), focused: true };
    if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
    if (typeof value === 'number') {
      const type = Number.isInteger(value)
        ? ApplicationCommandOptionType.Integer
        : ApplicationCommandOptionType.Number;
      return { name, type, value };
    }
    return { name, type: ApplicationCommandOptionType.String, value };
  });
}

const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Intents an event needs: [in a guild, in a DM]; events not listed are always delivered. */
const EVENT_INTENTS: Record<string, [number, number]> = {
  GUILD_CREATE: [GatewayIntentBits.Guilds, 0],
  GUILD_UPDATE: [GatewayIntentBits.Guilds, 0],
  GUILD_DELETE: [GatewayIntentBits.Guilds, 0],
  GUILD_ROLE_CREATE: [GatewayIntentBits.Guilds, 0],
  GUILD_ROLE_UPDATE: [GatewayIntentBits.Guilds, 0],
  GUILD_ROLE_DELETE: [GatewayIntentBits.Guilds, 0],
  CHANNEL_CREATE: [GatewayIntentBits.Guilds, 0],
  CHANNEL_UPDATE: [GatewayIntentBits.Guilds, 0],
  CHANNEL_DELETE: [GatewayIntentBits.Guilds, 0],
  THREAD_CREATE: [GatewayIntentBits.Guilds, 0],
  THREAD_UPDATE: [GatewayIntentBits.Guilds, 0],
  THREAD_DELETE: [GatewayIntentBits.Guilds, 0],
  GUILD_MEMBER_ADD: [GatewayIntentBits.GuildMembers, 0],
  GUILD_MEMBER_UPDATE: [GatewayIntentBits.GuildMembers, 0],
  GUILD_MEMBER_REMOVE: [GatewayIntentBits.GuildMembers, 0],
  VOICE_STATE_UPDATE: [GatewayIntentBits.GuildVoiceStates, 0],
  PRESENCE_UPDATE: [GatewayIntentBits.GuildPresences, 0],
  MESSAGE_CREATE: [GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
  MESSAGE_UPDATE: [GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
  MESSAGE_DELETE: [GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
  MESSAGE_DELETE_BULK: [GatewayIntentBits.GuildMessages, 0],
  MESSAGE_REACTION_ADD: [GatewayIntentBits.GuildMessageReactions, GatewayIntentBits.DirectMessageReactions],
  MESSAGE_REACTION_REMOVE: [
    GatewayIntentBits.GuildMessageReactions,
    GatewayIntentBits.DirectMessageReactions,
  ],
  TYPING_START: [GatewayIntentBits.GuildMessageTyping, GatewayIntentBits.DirectMessageTyping],
};

/** Events that Discord only sends to shard 0 when they happen outside a guild. */
const DM_EVENTS = new Set([
  'MESSAGE_CREATE',
  'MESSAGE_UPDATE',
  'MESSAGE_DELETE',
  'MESSAGE_REACTION_ADD',
  'MESSAGE_REACTION_REMOVE',
  'TYPING_START',
  'INTERACTION_CREATE',
  'CHANNEL_PINS_UPDATE',
]);

// ---------------------------------------------------------------------------------------------
// The fake
// ---------------------------------------------------------------------------------------------

export class FakeDiscord {
  /** `http://127.0.0.1:PORT/api` — pass as `rest: { api: fake.apiUrl }`. */
  readonly apiUrl: string;
  /** `ws://127.0.0.1:PORT` — what GET /gateway/bot advertises. */
  readonly gatewayUrl: string;
  readonly port: number;
  readonly shardCount: number;
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** Owner of every fake guild (has all permissions). */
  readonly ownerUser: APIUser;
  /** Holds the Moderator role in every fake guild. */
  readonly moderatorUser: APIUser;
  /** Default invoker/author of interactions and messages (plain member, @everyone permissions). */
  readonly defaultUser: APIUser;
  readonly guilds: FakeGuild[] = [];

  /** Every REST call, in arrival order. */
  readonly calls: RecordedCall[] = [];
  /** Every IDENTIFY `d` received. */
  readonly identifies: GatewayIdentifyData[] = [];
  /** Every gateway payload received from clients (heartbeats included). */
  readonly gatewayReceived: Array<{ connection: number; payload: GatewayPayload }> = [];
  /** Every gateway payload sent (HELLO, dispatches, acks...). */
  readonly gatewaySent: Array<{ connection: number; shard: number | null; payload: GatewayPayload }> = [];
  /** Dispatches not delivered because the connection lacked the intent. */
  readonly droppedDispatches: Array<{ event: string; shard: number; missingIntent: number }> = [];
  /** Query strings of each gateway handshake (`v`, `encoding`, `compress`). */
  readonly handshakes: Array<Record<string, string>> = [];

  /** Application commands registered via PUT/POST: key 'global' or a guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  /** Every message the fake knows about (dispatched or created through REST), by id. */
  readonly messages = new Map<string, APIMessage>();
  /** Interactions dispatched through the fake, by token. */
  readonly interactions = new Map<string, InteractionState>();
  readonly users = new Map<string, APIUser>();
  /** DM channels by id. */
  readonly dmChannels = new Map<string, { id: string; type: ChannelType.DM; recipients: APIUser[] }>();

  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private readonly options: FakeDiscordOptions;
  private readonly sockets = new Set<GatewayConnection>();
  private readonly sessions = new Map<string, Session>();
  private readonly waiters = new Set<{ matcher: CallMatcher; resolve: (call: RecordedCall) => void }>();
  /** Interactions sent to an Interactions Endpoint URL whose HTTP response has not come back yet, by token. */
  private readonly awaitingHttpResponse = new Map<string, { done: Promise<void>; resolve: () => void }>();
  private readonly routes: Route[];
  private nextConnectionId = 1;
  private closed = false;

  private constructor(server: http.Server, wss: WebSocketServer, options: FakeDiscordOptions) {
    this.server = server;
    this.wss = wss;
    this.options = options;
    const { port } = server.address() as AddressInfo;
    this.port = port;
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    this.shardCount = options.shards ?? 1;
    this.applicationId = options.applicationId ?? options.botUser?.id ?? nextSnowflake();
    this.botUser = this.user({
      id: this.applicationId,
      username: 'fake-bot',
      bot: true,
      public_flags: NO_FLAGS,
      flags: NO_FLAGS,
      ...options.botUser,
    });
    this.ownerUser = this.user({ username: 'guild-owner', global_name: 'Guild Owner' });
    this.moderatorUser = this.user({ username: 'moderator', global_name: 'Moderator' });
    this.defaultUser = this.user({ username: 'tester', global_name: 'Tester' });
    this.buildGuilds();
    this.routes = this.buildRoutes();
  }

  /** Starts the fake on 127.0.0.1 with a random port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = http.createServer();
    const wss = new WebSocketServer({ server });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const fake = new FakeDiscord(server, wss, options);
    server.on('request', (req, res) => {
      fake.handleHttp(req, res).catch((error: unknown) => {
        fake.log(`REST handler crashed: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: String(error), code: 0 }));
      });
    });
    wss.on('connection', (socket, req) => fake.handleConnection(socket, req));
    return fake;
  }

  /** Number of open gateway connections. */
  get connections(): number {
    let open = 0;
    for (const conn of this.sockets) if (conn.socket.readyState === WebSocket.OPEN) open++;
    return open;
  }

  /** Shard ids with a READY (or RESUMED) open connection. */
  get readyShards(): number[] {
    return [...this.sockets]
      .filter((conn) => conn.session && conn.socket.readyState === WebSocket.OPEN)
      .map((conn) => conn.session?.shard[0] ?? -1)
      .sort((a, b) => a - b);
  }

  /** The guild with that id (or index); throws if unknown. */
  guild(idOrIndex: string | number = 0): FakeGuild {
    const guild =
      typeof idOrIndex === 'number' ? this.guilds[idOrIndex] : this.guilds.find((g) => g.id === idOrIndex);
    if (!guild)
      throw new Error(`FakeDiscord: no guild ${idOrIndex}; guilds are ${this.guilds.map((g) => g.id)}`);
    return guild;
  }

  /** The guilds a shard receives, given the shard count the client identified with. */
  guildsForShard(shardId: number, shardCount: number = this.shardCount): FakeGuild[] {
    return this.guilds.filter((g) => shardForGuild(g.id, shardCount) === shardId);
  }

  // -------------------------------------------------------------------------------------------
  // Calls
  // -------------------------------------------------------------------------------------------

  clearCalls(): void {
    this.calls.length = 0;
  }

  /** Calls matching `{ method, path }` or a predicate. */
  findCalls(matcher: CallMatcher): RecordedCall[] {
    return this.calls.filter((call) => matches(matcher, call));
  }

  /**
   * Resolves with the first recorded call matching (already recorded or arriving within `timeoutMs`);
   * rejects listing every call seen.
   */
  waitForCall(matcher: CallMatcher, timeoutMs: number = WAIT_DEFAULT_MS): Promise<RecordedCall> {
    const existing = this.calls.find((call) => matches(matcher, call));
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter = {
        matcher,
        resolve: (call: RecordedCall) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(call);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.calls.map((call) => `  ${summarizeCall(call)}`).join('\n');
        reject(
          new Error(
            `FakeDiscord: no REST call matching ${describeMatcher(matcher)} within ${timeoutMs}ms. ` +
              `Calls seen (${this.calls.length}):\n${seen || '  (none)'}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Waits for the interaction callback (`POST /interactions/:id/:token/callback`). */
  waitForInteractionResponse(
    interaction: { id: string; token: string },
    timeoutMs: number = WAIT_DEFAULT_MS,
  ): Promise<RecordedCall> {
    return this.waitForCall(
      { method: 'POST', path: `/interactions/${interaction.id}/${interaction.token}/callback` },
      timeoutMs,
    );
  }

  /** The current state of an interaction's `@original` message, if it has one. */
  originalMessage(interaction: { token: string }): APIMessage | undefined {
    const id = this.interactions.get(interaction.token)?.originalId;
    return id ? this.messages.get(id) : undefined;
  }

  /** Follow-up messages sent for an interaction. */
  followUps(interaction: { token: string }): APIMessage[] {
    const ids = this.interactions.get(interaction.token)?.followUpIds ?? [];
    return ids.flatMap((id) => this.messages.get(id) ?? []);
  }

  // -------------------------------------------------------------------------------------------
  // Gateway dispatch
  // -------------------------------------------------------------------------------------------

  /**
   * Sends a dispatch (op 0) to the right connections: `opts.shard`, else the shard owning the guild
   * (`data.guild_id`, or `data.id` for GUILD_* events), else shard 0 for DM events, else all shards.
   * Connections lacking the event's intent don't get it (see `droppedDispatches`); MESSAGE_* content is
   * blanked without MessageContent as Discord does. Returns the number of connections it was sent to;
   * throws if no ready connection was targeted (unless `opts.quiet`).
   */
  dispatch(event: string, data: unknown, opts: DispatchOptions = {}): number {
    const record = asRecord(data);
    const guildId =
      typeof record.guild_id === 'string'
        ? record.guild_id
        : event.startsWith('GUILD_') && typeof record.id === 'string'
          ? record.id
          : undefined;
    const ready = [...this.sockets].filter(
      (conn): conn is GatewayConnection & { session: Session } =>
        conn.session !== null && conn.socket.readyState === WebSocket.OPEN,
    );
    let targets: typeof ready;
    let target: string;
    if (opts.shard !== undefined) {
      targets = ready.filter((conn) => conn.session.shard[0] === opts.shard);
      target = `shard ${opts.shard}`;
    } else if (guildId) {
      targets = ready.filter(
        (conn) => shardForGuild(guildId, conn.session.shard[1]) === conn.session.shard[0],
      );
      target = `the shard of guild ${guildId}`;
    } else if (DM_EVENTS.has(event)) {
      targets = ready.filter((conn) => conn.session.shard[0] === 0);
      target = 'shard 0 (DM event)';
    } else {
      targets = ready;
      target = 'any shard';
    }

    if (event === 'INTERACTION_CREATE') this.registerInteraction(data as APIInteraction);
    if (event === 'MESSAGE_CREATE' && typeof record.id === 'string')
      this.messages.set(record.id, clone(data as APIMessage));

    if (targets.length === 0) {
      if (opts.quiet) return 0;
      throw new Error(
        `FakeDiscord.dispatch(${event}): no ready gateway connection for ${target}. ` +
          `Ready shards: [${this.readyShards.join(', ')}] (did the client log in and emit ready?)`,
      );
    }

    let delivered = 0;
    for (const conn of targets) {
      const [required, dmRequired] = EVENT_INTENTS[event] ?? [0, 0];
      const intent = guildId ? required : dmRequired;
      if (intent && (conn.session.intents & intent) === 0) {
        this.droppedDispatches.push({ event, shard: conn.session.shard[0], missingIntent: intent });
        this.log(`shard ${conn.session.shard[0]}: dropped ${event} (missing intent ${intent})`);
        continue;
      }
      this.sendDispatch(conn, event, this.applyContentIntent(conn.session, event, data));
      delivered++;
    }
    return delivered;
  }

  /** Dispatches INTERACTION_CREATE and returns the payload (registering it for callbacks). */
  dispatchInteraction<T extends APIInteraction>(payload: T, opts: DispatchOptions = {}): T {
    this.dispatch('INTERACTION_CREATE', payload, opts);
    return payload;
  }

  /**
   * An interaction Discord sends to an Interactions Endpoint URL instead of the gateway: registered
   * (its webhook then accepts follow-ups and edits once answered) but dispatched to no shard. POST it
   * to the endpoint yourself, then hand the endpoint's answer to `applyHttpResponse`.
   */
  httpInteraction<T extends APIInteraction>(payload: T): T {
    this.registerInteraction(payload);
    if (!this.awaitingHttpResponse.has(payload.token)) {
      let resolve!: () => void;
      const done = new Promise<void>((r) => {
        resolve = r;
      });
      this.awaitingHttpResponse.set(payload.token, { done, resolve });
    }
    return payload;
  }

  /**
   * What Discord does with an Interactions Endpoint's HTTP response: a 200 is the interaction's
   * initial response, validated and applied exactly like `POST /interactions/:id/:token/callback`
   * and recorded as that call (so `waitForInteractionResponse` sees it; `url` says where it came
   * from). Any other status fails the interaction. Webhook calls for the interaction that arrive
   * before this (the endpoint's process may send an edit while the test is still reading the HTTP
   * response) wait for it, as Discord has the response before any later request of the endpoint.
   */
  applyHttpResponse(payload: APIInteraction, status: number, body: unknown): RecordedCall {
    const path = `/interactions/${payload.id}/${payload.token}/callback`;
    const request: RestRequest = { method: 'POST', path, query: {}, body, files: [], headers: {} };
    const result =
      status === 200
        ? this.interactionCallback(request, { id: payload.id, token: payload.token })
        : apiError(502, 0, `the interactions endpoint answered ${status}`);
    const call: RecordedCall = {
      method: 'POST',
      path,
      query: {},
      body,
      headers: {},
      files: [],
      status: result.status,
      response: result.body,
      url: 'interactions-endpoint-response',
      at: Date.now(),
    };
    this.calls.push(call);
    this.log(`HTTP endpoint response ${summarizeCall(call)}`);
    for (const waiter of [...this.waiters]) if (matches(waiter.matcher, call)) waiter.resolve(call);
    result.after?.();
    this.awaitingHttpResponse.get(payload.token)?.resolve();
    this.awaitingHttpResponse.delete(payload.token);
    return call;
  }

  /** Builds a message (see `message()`), dispatches MESSAGE_CREATE and returns it. */
  dispatchMessage(options: MessageOptions | GatewayMessage = {}, opts: DispatchOptions = {}): GatewayMessage {
    const payload = 'timestamp' in options ? options : this.message(options);
    this.dispatch('MESSAGE_CREATE', payload, opts);
    return payload;
  }

  // -------------------------------------------------------------------------------------------
  // Payload builders
  // -------------------------------------------------------------------------------------------

  /** Creates (and registers) a user. */
  user(overrides: Partial<APIUser> = {}): APIUser {
    const id = overrides.id ?? nextSnowflake();
    const user: APIUser = {
      id,
      username: `user${id.slice(-6)}`,
      discriminator: '0',
      global_name: null,
      avatar: null,
      public_flags: NO_FLAGS,
      flags: NO_FLAGS,
      banner: null,
      accent_color: null,
      avatar_decoration_data: null,
      collectibles: null,
      primary_guild: null,
      ...overrides,
    };
    this.users.set(id, user);
    return user;
  }

  /** Permissions (as a bigint) of a member with these roles, as Discord computes them at guild level. */
  memberPermissions(guildId: string, userId: string, roles: ReadonlyArray<string> = []): bigint {
    const guild = this.guild(guildId);
    if (guild.ownerId === userId) return ALL_PERMISSIONS;
    let bits = 0n;
    for (const role of guild.roles) {
      if (role.id === guild.id || roles.includes(role.id)) bits |= BigInt(role.permissions);
    }
    return (bits & PermissionFlagsBits.Administrator) !== 0n ? ALL_PERMISSIONS : bits;
  }

  /**
   * A guild member as found in interactions (with `user` and `permissions`). Adds the user to the
   * guild's members if needed; `roles`/`nick` apply to this payload only (use `setMember` to persist).
   */
  member(
    guildId: string,
    user: APIUser = this.defaultUser,
    opts: { roles?: string[]; permissions?: PermissionsInput; nick?: string | null } = {},
  ): APIInteractionGuildMember {
    const guild = this.guild(guildId);
    this.users.set(user.id, user);
    let stored = guild.members.get(user.id);
    if (!stored) {
      stored = this.newMember(user, opts.roles ?? [], new Date().toISOString());
      guild.members.set(user.id, stored);
    }
    const member: APIGuildMember = clone(stored);
    if (opts.roles) member.roles = [...opts.roles];
    if (opts.nick !== undefined) member.nick = opts.nick;
    const permissions =
      opts.permissions !== undefined
        ? permissionBits(opts.permissions)
        : this.memberPermissions(guildId, user.id, member.roles);
    return { ...member, user: clone(user), permissions: permissions.toString() };
  }

  /** Adds or updates a guild member (what GUILD_CREATE, GET member and the builders' defaults use). */
  setMember(
    guildId: string,
    user: APIUser,
    opts: { roles?: string[]; nick?: string | null } = {},
  ): APIGuildMember {
    const guild = this.guild(guildId);
    this.users.set(user.id, user);
    const member = guild.members.get(user.id) ?? this.newMember(user, [], new Date().toISOString());
    if (opts.roles) member.roles = [...opts.roles];
    if (opts.nick !== undefined) member.nick = opts.nick;
    guild.members.set(user.id, member);
    return clone(member);
  }

  /** A CHAT_INPUT (slash) command interaction. */
  slashCommand(opts: SlashCommandOptions): APIChatInputApplicationCommandInteraction {
    const data = this.commandData(opts);
    return this.baseInteraction(
      InteractionType.ApplicationCommand,
      opts,
      data,
    ) as APIChatInputApplicationCommandInteraction;
  }

  /** An autocomplete interaction; `focused` names the option being typed. */
  autocomplete(opts: AutocompleteOptions): APIApplicationCommandAutocompleteInteraction {
    const data = this.commandData(opts, opts.focused);
    return this.baseInteraction(
      InteractionType.ApplicationCommandAutocomplete,
      opts,
      data,
    ) as APIApplicationCommandAutocompleteInteraction;
  }

  /** A button click. */
  button(opts: ButtonOptions): APIMessageComponentInteraction {
    const message = opts.message ?? this.componentMessage(opts, ComponentType.Button);
    const data = { custom_id: opts.customId, component_type: ComponentType.Button };
    return this.baseInteraction(
      InteractionType.MessageComponent,
      opts,
      data,
      message,
    ) as APIMessageComponentInteraction;
  }

  /** A string select menu choice. */
  stringSelect(opts: SelectOptions): APIMessageComponentInteraction {
    const message = opts.message ?? this.componentMessage(opts, ComponentType.StringSelect);
    const data = {
      custom_id: opts.customId,
      component_type: ComponentType.StringSelect,
      values: opts.values,
    };
    return this.baseInteraction(
      InteractionType.MessageComponent,
      opts,
      data,
      message,
    ) as APIMessageComponentInteraction;
  }

  /** A modal submission with text inputs. */
  modalSubmit(opts: ModalSubmitOptions): APIModalSubmitInteraction {
    let nextComponentId = 1;
    const components = Object.entries(opts.fields ?? {}).map(([customId, value]) => {
      const input = { type: ComponentType.TextInput, id: 0, custom_id: customId, value };
      if (opts.layout === 'label') {
        const labelId = nextComponentId++;
        input.id = nextComponentId++;
        return { type: ComponentType.Label, id: labelId, component: input };
      }
      const rowId = nextComponentId++;
      input.id = nextComponentId++;
      return { type: ComponentType.ActionRow, id: rowId, components: [input] };
    });
    const data = { custom_id: opts.customId, components };
    return this.baseInteraction(
      InteractionType.ModalSubmit,
      opts,
      data,
      opts.message,
    ) as APIModalSubmitInteraction;
  }

  /**
   * A MESSAGE_CREATE payload from a user. Mentions are derived from the content (`<@id>`, `<@&id>`,
   * `@everyone`/`@here`) unless given.
   */
  message(opts: MessageOptions = {}): GatewayMessage {
    const author = opts.author ?? this.defaultUser;
    this.users.set(author.id, author);
    const content = opts.content ?? '';
    const guildId = opts.guildId === undefined ? this.guild(0).id : opts.guildId;
    const channelId =
      opts.channelId ?? (guildId ? this.guild(guildId).textChannelId : this.dmChannelFor(author).id);
    const mentionedIds = [...content.matchAll(/<@!?(\d{17,20})>/g)].flatMap((m) => m[1] ?? []);
    const mentions =
      opts.mentions ??
      [...new Set(mentionedIds)].flatMap((id) => this.users.get(id) ?? []).map((u) => clone(u));
    const mentionRoles =
      opts.mentionRoles ?? [...content.matchAll(/<@&(\d{17,20})>/g)].flatMap((m) => m[1] ?? []);
    const payload: GatewayMessage = {
      id: opts.id ?? nextSnowflake(),
      type: opts.type ?? (opts.referencedMessage ? MessageType.Reply : MessageType.Default),
      channel_id: channelId,
      author: clone(author),
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: opts.mentionEveryone ?? /@(everyone|here)\b/.test(content),
      mentions,
      mention_roles: mentionRoles,
      attachments: opts.attachments ?? [],
      embeds: opts.embeds ?? [],
      components: [],
      pinned: false,
      flags: NO_FLAGS,
      nonce: nextSnowflake(),
    };
    if (opts.webhookId) payload.webhook_id = opts.webhookId;
    if (opts.referencedMessage) {
      payload.message_reference = {
        type: 0,
        message_id: opts.referencedMessage.id,
        channel_id: opts.referencedMessage.channel_id,
        ...(guildId ? { guild_id: guildId } : {}),
      };
      payload.referenced_message = clone(opts.referencedMessage);
    }
    if (guildId) {
      const member = this.member(guildId, author, opts.roles ? { roles: opts.roles } : {});
      const { user: _user, permissions: _permissions, ...memberNoUser } = member;
      payload.guild_id = guildId;
      payload.member = memberNoUser;
      payload.channel_type = ChannelType.GuildText;
      payload.mentions = mentions.map((u) => {
        const m = this.guild(guildId).members.get(u.id);
        if (!m) return u;
        const { user: _u, ...rest } = m;
        return { ...u, member: clone(rest) };
      });
    } else {
      payload.channel_type = ChannelType.DM;
    }
    return payload;
  }

  // -------------------------------------------------------------------------------------------
  // Connection control and shutdown
  // -------------------------------------------------------------------------------------------

  /**
   * Closes the gateway connection(s) of a shard with a close code, as Discord does. 4000 (unknown error)
   * makes @discordjs/ws reconnect and RESUME; 1000 makes it reconnect with a fresh IDENTIFY.
   */
  disconnect(shardId: number, code = 4000, reason = 'fake-discord disconnect'): number {
    let closed = 0;
    for (const conn of this.sockets) {
      if (conn.session?.shard[0] === shardId && conn.socket.readyState === WebSocket.OPEN) {
        conn.socket.close(code, reason);
        closed++;
      }
    }
    return closed;
  }

  /** Closes every gateway connection and the HTTP server. Destroy clients first. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const conn of this.sockets) {
      conn.deflate?.close();
      conn.socket.terminate();
    }
    this.sockets.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // -------------------------------------------------------------------------------------------
  // Internals: setup
  // -------------------------------------------------------------------------------------------

  private log(line: string): void {
    this.options.log?.(`[fake-discord] ${line}`);
  }

  private newMember(user: APIUser, roles: string[], joinedAt: string): APIGuildMember {
    return {
      user: clone(user),
      nick: null,
      avatar: null,
      banner: null,
      roles: [...roles],
      joined_at: joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: GuildMemberFlags.CompletedOnboarding,
      pending: false,
      communication_disabled_until: null,
    };
  }

  private buildGuilds(): void {
    const specs: FakeGuildSpec[] =
      typeof this.options.guilds === 'number'
        ? Array.from({ length: this.options.guilds }, () => ({}))
        : (this.options.guilds ?? Array.from({ length: this.shardCount }, () => ({})));
    specs.forEach((spec, index) => {
      const id = spec.id ?? snowflakeForShard(spec.shard ?? index % this.shardCount, this.shardCount);
      this.guilds.push(this.buildGuild(id, spec.name ?? `Fake Guild ${index + 1}`));
    });
  }

  private buildGuild(id: string, name: string): FakeGuild {
    const joinedAt = new Date(Date.now() - 3_600_000).toISOString();
    const role = (
      over: Partial<APIRole> & Pick<APIRole, 'id' | 'name' | 'permissions' | 'position'>,
    ): APIRole => ({
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      managed: false,
      mentionable: false,
      flags: NO_FLAGS,
      ...over,
    });
    const everyone = role({
      id,
      name: '@everyone',
      permissions: EVERYONE_PERMISSIONS.toString(),
      position: 0,
    });
    const botRole = role({
      id: nextSnowflake(),
      name: this.botUser.username,
      permissions: BOT_PERMISSIONS.toString(),
      position: 1,
      managed: true,
      tags: { bot_id: this.botUser.id },
    });
    const moderator = role({
      id: nextSnowflake(),
      name: 'Moderator',
      permissions: MODERATOR_PERMISSIONS.toString(),
      position: 2,
      hoist: true,
      mentionable: true,
      color: 0x3498db,
      colors: { primary_color: 0x3498db, secondary_color: null, tertiary_color: null },
    });
    const categoryId = nextSnowflake();
    const text = (channelId: string, channelName: string, position: number): GuildChannel => ({
      id: channelId,
      type: ChannelType.GuildText,
      name: channelName,
      position,
      parent_id: categoryId,
      permission_overwrites: [],
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: NO_FLAGS,
    });
    const textChannelId = nextSnowflake();
    const botChannelId = nextSnowflake();
    const voiceChannelId = nextSnowflake();
    const channels: GuildChannel[] = [
      {
        id: categoryId,
        type: ChannelType.GuildCategory,
        name: 'Text Channels',
        position: 0,
        parent_id: null,
        permission_overwrites: [],
        flags: NO_FLAGS,
      },
      text(textChannelId, 'general', 0),
      text(botChannelId, 'bot-commands', 1),
      {
        id: voiceChannelId,
        type: ChannelType.GuildVoice,
        name: 'General',
        position: 0,
        parent_id: null,
        permission_overwrites: [],
        bitrate: 64000,
        user_limit: 0,
        rtc_region: null,
        nsfw: false,
        rate_limit_per_user: 0,
        last_message_id: null,
        flags: NO_FLAGS,
      },
    ];
    const members = new Map<string, APIGuildMember>([
      [this.botUser.id, this.newMember(this.botUser, [botRole.id], joinedAt)],
      [this.ownerUser.id, this.newMember(this.ownerUser, [], joinedAt)],
      [this.moderatorUser.id, this.newMember(this.moderatorUser, [moderator.id], joinedAt)],
      [this.defaultUser.id, this.newMember(this.defaultUser, [], joinedAt)],
    ]);
    return {
      id,
      name,
      ownerId: this.ownerUser.id,
      everyoneRoleId: id,
      moderatorRoleId: moderator.id,
      botRoleId: botRole.id,
      textChannelId,
      botChannelId,
      voiceChannelId,
      categoryId,
      joinedAt,
      roles: [everyone, botRole, moderator],
      channels,
      members,
    };
  }

  /** The REST shape of a guild (no channels/members). */
  private guildObject(guild: FakeGuild): APIGuild {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: guild.ownerId,
      region: 'deprecated',
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: GuildVerificationLevel.Low,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.AllMembers,
      roles: clone(guild.roles),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: guild.textChannelId,
      system_channel_flags: NO_FLAGS,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      max_presences: null,
      max_members: 500000,
      vanity_url_code: null,
      premium_tier: GuildPremiumTier.None,
      premium_subscription_count: 0,
      preferred_locale: Locale.EnglishUS,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      nsfw_level: GuildNSFWLevel.Default,
      premium_progress_bar_enabled: false,
      hub_type: null,
      incidents_data: null,
    };
  }

  /** The GUILD_CREATE payload of a guild. */
  guildCreatePayload(guildId: string): GatewayGuildCreateDispatchData {
    const guild = this.guild(guildId);
    return {
      ...this.guildObject(guild),
      joined_at: guild.joinedAt,
      large: false,
      unavailable: false,
      member_count: guild.members.size,
      voice_states: [],
      members: [...guild.members.values()].map((m) => clone(m)),
      channels: clone(guild.channels),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private channelById(channelId: string): { channel: Json; guild: FakeGuild | null } | null {
    for (const guild of this.guilds) {
      const channel = guild.channels.find((c) => c.id === channelId);
      if (channel) return { channel: { ...clone(channel), guild_id: guild.id }, guild };
    }
    const dm = this.dmChannels.get(channelId);
    return dm ? { channel: { ...clone(dm), last_message_id: null, flags: 0 }, guild: null } : null;
  }

  private dmChannelFor(user: APIUser): { id: string; type: ChannelType.DM; recipients: APIUser[] } {
    for (const dm of this.dmChannels.values()) if (dm.recipients[0]?.id === user.id) return dm;
    const dm = { id: nextSnowflake(), type: ChannelType.DM as const, recipients: [clone(user)] };
    this.dmChannels.set(dm.id, dm);
    return dm;
  }

  private commandData(opts: SlashCommandOptions, focused?: string): Json {
    let options = toOptions(opts.options, focused);
    if (opts.subcommand)
      options = [{ name: opts.subcommand, type: ApplicationCommandOptionType.Subcommand, options }];
    if (opts.subcommandGroup) {
      options = [{ name: opts.subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options }];
    }
    const guildId = opts.guildId === undefined ? this.guild(0).id : opts.guildId;
    const registered =
      (guildId ? this.commands.get(guildId) : undefined)?.find((c) => c.name === opts.name) ??
      this.commands.get('global')?.find((c) => c.name === opts.name);
    const data: Json = {
      id: opts.commandId ?? registered?.id ?? nextSnowflake(),
      name: opts.name,
      type: ApplicationCommandType.ChatInput,
      options,
    };
    if (registered?.guild_id) data.guild_id = registered.guild_id;
    if (opts.resolved) data.resolved = opts.resolved;
    return data;
  }

  private componentMessage(opts: ButtonOptions, type: ComponentType): APIMessage {
    const guildId = opts.guildId === undefined ? this.guild(0).id : opts.guildId;
    const channelId = opts.channelId ?? (guildId ? this.guild(guildId).textChannelId : undefined);
    const component =
      type === ComponentType.Button
        ? { type, id: 2, custom_id: opts.customId, style: ButtonStyle.Primary, label: 'Click' }
        : { type, id: 2, custom_id: opts.customId, options: [{ label: 'Option', value: 'option' }] };
    const message = this.botMessage(
      { content: 'Pick one', components: [{ type: 1, id: 1, components: [component] }] },
      [],
      {
        channelId: channelId ?? this.dmChannelFor(opts.user ?? this.defaultUser).id,
        guildId: guildId ?? null,
      },
    );
    this.messages.set(message.id, message);
    return message;
  }

  private baseInteraction(
    type: InteractionType,
    opts: InvokerOptions,
    data: Json,
    message?: APIMessage,
  ): APIInteraction {
    const user = opts.user ?? this.defaultUser;
    this.users.set(user.id, user);
    const guildId = opts.guildId === undefined ? this.guild(0).id : opts.guildId;
    const appPermissions = permissionBits(opts.appPermissions ?? BOT_PERMISSIONS).toString();
    const payload: Json = {
      id: opts.id ?? nextSnowflake(),
      application_id: this.applicationId,
      type,
      data,
      token: opts.token ?? `fake-interaction-token-${randomBytes(12).toString('hex')}`,
      version: 1,
      app_permissions: appPermissions,
      locale: opts.locale ?? Locale.EnglishUS,
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
    };
    if (guildId) {
      const guild = this.guild(guildId);
      const member =
        opts.member ??
        this.member(guildId, user, {
          ...(opts.roles ? { roles: opts.roles } : {}),
          ...(opts.permissions !== undefined ? { permissions: opts.permissions } : {}),
        });
      const channelId = opts.channelId ?? guild.textChannelId;
      const channel = this.channelById(channelId)?.channel ?? { id: channelId, type: ChannelType.GuildText };
      Object.assign(payload, {
        guild_id: guild.id,
        guild: { id: guild.id, locale: Locale.EnglishUS, features: [] },
        guild_locale: Locale.EnglishUS,
        channel_id: channelId,
        channel: { ...channel, permissions: member.permissions },
        member,
        authorizing_integration_owners: { '0': guild.id },
        context: InteractionContextType.Guild,
      });
    } else {
      const dm = opts.channelId
        ? (this.dmChannels.get(opts.channelId) ?? this.dmChannelFor(user))
        : this.dmChannelFor(user);
      Object.assign(payload, {
        channel_id: dm.id,
        channel: {
          id: dm.id,
          type: ChannelType.DM,
          recipients: clone(dm.recipients),
          last_message_id: null,
          flags: 0,
        },
        user: clone(user),
        authorizing_integration_owners: { '0': '0' },
        context: InteractionContextType.BotDM,
      });
    }
    if (message) payload.message = clone(message);
    return payload as unknown as APIInteraction;
  }

  private registerInteraction(payload: APIInteraction): void {
    if (!this.interactions.has(payload.token)) {
      this.interactions.set(payload.token, {
        payload: clone(payload),
        acknowledged: false,
        responseType: null,
        originalId: null,
        followUpIds: [],
      });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Internals: gateway
  // -------------------------------------------------------------------------------------------

  private handleConnection(socket: WebSocket, req: http.IncomingMessage): void {
    const query = new URL(req.url ?? '/', this.gatewayUrl).searchParams;
    this.handshakes.push(Object.fromEntries(query));
    const conn: GatewayConnection = {
      id: this.nextConnectionId++,
      socket,
      query,
      session: null,
      deflate: null,
      pending: [],
      chain: Promise.resolve(),
      identifyCompress: false,
    };
    this.sockets.add(conn);
    this.log(`gateway #${conn.id} connected ${req.url}`);

    const encoding = query.get('encoding') ?? 'json';
    if (encoding !== 'json') {
      socket.close(4002, `fake-discord only speaks encoding=json (got ${encoding})`);
      return;
    }
    const compress = query.get('compress');
    if (compress === 'zlib-stream') {
      const deflate = zlib.createDeflate();
      deflate.on('data', (chunk: Buffer) => conn.pending.push(chunk));
      conn.deflate = deflate;
    } else if (compress) {
      socket.close(4002, `fake-discord does not support compress=${compress}`);
      return;
    }

    socket.on('message', (raw, isBinary) => this.handleGatewayMessage(conn, raw, isBinary));
    socket.on('close', (code) => {
      this.log(`gateway #${conn.id} closed (${code})`);
      conn.deflate?.close();
      this.sockets.delete(conn);
    });
    socket.on('error', (error) => this.log(`gateway #${conn.id} error ${String(error)}`));

    this.send(conn, {
      op: GatewayOpcodes.Hello,
      d: {
        heartbeat_interval: this.options.heartbeatIntervalMs ?? 45000,
        _trace: ['["fake-gateway",{"micros":1}]'],
      },
      s: null,
      t: null,
    });
  }

  private handleGatewayMessage(conn: GatewayConnection, raw: WebSocket.RawData, isBinary: boolean): void {
    let payload: GatewayPayload;
    try {
      const text = Array.isArray(raw)
        ? Buffer.concat(raw).toString('utf8')
        : Buffer.from(raw as ArrayBuffer).toString('utf8');
      if (isBinary) this.log(`gateway #${conn.id} got a binary frame; treating it as JSON text`);
      payload = JSON.parse(text) as GatewayPayload;
    } catch {
      conn.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    this.gatewayReceived.push({ connection: conn.id, payload });
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.send(conn, { op: GatewayOpcodes.HeartbeatAck });
        return;
      case GatewayOpcodes.Identify:
        this.handleIdentify(conn, payload.d as GatewayIdentifyData);
        return;
      case GatewayOpcodes.Resume:
        this.handleResume(conn, asRecord(payload.d));
        return;
      case GatewayOpcodes.RequestGuildMembers:
        this.handleRequestGuildMembers(conn, asRecord(payload.d));
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
        if (!conn.session) conn.socket.close(4003, 'Not authenticated.');
        return;
      default:
        conn.socket.close(4001, 'Unknown opcode.');
    }
  }

  private handleIdentify(conn: GatewayConnection, d: GatewayIdentifyData): void {
    this.identifies.push(clone(d));
    if (conn.session) {
      conn.socket.close(4005, 'Already authenticated.');
      return;
    }
    if (this.options.token !== undefined && d.token !== this.options.token) {
      conn.socket.close(4004, 'Authentication failed.');
      return;
    }
    const shard: [number, number] = d.shard ? [d.shard[0], d.shard[1]] : [0, 1];
    if (shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) {
      conn.socket.close(4010, 'Invalid shard.');
      return;
    }
    if (typeof d.intents !== 'number') {
      conn.socket.close(4013, 'Invalid intent(s).');
      return;
    }
    conn.identifyCompress = d.compress === true && !conn.deflate;
    const session: Session = { id: randomBytes(16).toString('hex'), shard, intents: d.intents, seq: 0 };
    this.sessions.set(session.id, session);
    conn.session = session;
    const guilds = this.guildsForShard(shard[0], shard[1]);
    this.log(`gateway #${conn.id} identified as shard ${shard.join('/')} intents=${d.intents}`);
    const ready: GatewayReadyDispatchData & Json = {
      v: 10,
      user_settings: {},
      user: { ...clone(this.botUser), verified: true, mfa_enabled: false, email: null },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: {
        id: this.applicationId,
        flags: this.options.applicationFlags ?? 0,
        flags_new: String(this.options.applicationFlags ?? 0),
      },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['rotterdam', 'milan', 'frankfurt'],
      auth: {},
      _trace: ['["fake-gateway",{"micros":1}]'],
    };
    this.sendDispatch(conn, 'READY', ready);
    if (d.intents & GatewayIntentBits.Guilds) {
      for (const guild of guilds) this.sendDispatch(conn, 'GUILD_CREATE', this.guildCreatePayload(guild.id));
    }
  }

  private handleResume(conn: GatewayConnection, d: Json): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session || (this.options.token !== undefined && d.token !== this.options.token)) {
      this.send(conn, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    conn.session = session;
    this.log(`gateway #${conn.id} resumed shard ${session.shard.join('/')}`);
    this.sendDispatch(conn, 'RESUMED', { _trace: ['["fake-gateway",{"micros":1}]'] });
  }

  private handleRequestGuildMembers(conn: GatewayConnection, d: Json): void {
    if (!conn.session) {
      conn.socket.close(4003, 'Not authenticated.');
      return;
    }
    const guildIds = Array.isArray(d.guild_id) ? d.guild_id.map(String) : [String(d.guild_id)];
    for (const guildId of guildIds) {
      const guild = this.guilds.find((g) => g.id === guildId);
      if (!guild) continue;
      let members = [...guild.members.values()];
      const notFound: string[] = [];
      if (Array.isArray(d.user_ids) || typeof d.user_ids === 'string') {
        const ids = Array.isArray(d.user_ids) ? d.user_ids.map(String) : [d.user_ids];
        members = members.filter((m) => m.user && ids.includes(m.user.id));
        for (const id of ids) if (!guild.members.has(id)) notFound.push(id);
      } else if (typeof d.query === 'string' && d.query !== '') {
        const q = d.query.toLowerCase();
        members = members.filter((m) => m.user?.username.toLowerCase().startsWith(q));
      }
      const limit = typeof d.limit === 'number' && d.limit > 0 ? d.limit : members.length;
      this.sendDispatch(conn, 'GUILD_MEMBERS_CHUNK', {
        guild_id: guildId,
        members: members.slice(0, limit).map((m) => clone(m)),
        chunk_index: 0,
        chunk_count: 1,
        ...(notFound.length ? { not_found: notFound } : {}),
        ...(typeof d.nonce === 'string' ? { nonce: d.nonce } : {}),
      });
    }
  }

  private applyContentIntent(session: Session, event: string, data: unknown): unknown {
    if (event !== 'MESSAGE_CREATE' && event !== 'MESSAGE_UPDATE') return data;
    if (session.intents & GatewayIntentBits.MessageContent) return data;
    const message = asRecord(data);
    if (!message.guild_id) return data;
    if (asRecord(message.author).id === this.botUser.id) return data;
    const mentions = Array.isArray(message.mentions) ? message.mentions : [];
    if (mentions.some((u) => asRecord(u).id === this.botUser.id)) return data;
    const stripped: Json = { ...message, content: '', embeds: [], attachments: [], components: [] };
    delete stripped.poll;
    return stripped;
  }

  private sendDispatch(conn: GatewayConnection, event: string, data: unknown): void {
    if (!conn.session) return;
    conn.session.seq += 1;
    this.send(conn, { op: GatewayOpcodes.Dispatch, t: event, s: conn.session.seq, d: data });
  }

  private send(conn: GatewayConnection, payload: GatewayPayload): void {
    if (conn.socket.readyState !== WebSocket.OPEN) return;
    this.gatewaySent.push({ connection: conn.id, shard: conn.session?.shard[0] ?? null, payload });
    const text = JSON.stringify(payload);
    const { deflate } = conn;
    if (deflate) {
      // zlib-stream: one shared deflate context per connection, each message ends with a sync flush
      // (the 00 00 ff ff suffix @discordjs/ws looks for).
      conn.chain = conn.chain.then(
        () =>
          new Promise<void>((resolve) => {
            deflate.write(text);
            deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
              const frame = Buffer.concat(conn.pending);
              conn.pending = [];
              if (conn.socket.readyState === WebSocket.OPEN) conn.socket.send(frame);
              resolve();
            });
          }),
      );
      return;
    }
    if (conn.identifyCompress && payload.op === GatewayOpcodes.Dispatch) {
      conn.socket.send(zlib.deflateSync(text));
      return;
    }
    conn.socket.send(text);
  }

  // -------------------------------------------------------------------------------------------
  // Internals: REST
  // -------------------------------------------------------------------------------------------

  private async handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.apiUrl);
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const prefix = /^\/api(?:\/v\d+)?(?=\/|$)/.exec(url.pathname);
    // Recorded as sent, i.e. as discord.js's Routes.* spell it (they percent-encode arguments, so
    // '@original' arrives as '%40original'); routing and matchers also accept the decoded form.
    const path = prefix ? url.pathname.slice(prefix[0].length) || '/' : url.pathname;
    const query = Object.fromEntries(url.searchParams);

    let body: unknown;
    let files: RecordedFile[] = [];
    let result: RestResult | null = null;
    try {
      ({ body, files } = await parseBody(raw, headers['content-type'] ?? ''));
    } catch (error) {
      body = raw.toString('utf8');
      result = apiError(400, 50109, `The request body contains invalid JSON. (${String(error)})`);
    }
    const request: RestRequest = { method, path, query, body, files, headers };
    const webhookToken = /^\/webhooks\/[^/]+\/([^/]+)/.exec(path)?.[1];
    const awaited = webhookToken
      ? this.awaitingHttpResponse.get(decodeURIComponent(webhookToken))
      : undefined;
    if (awaited)
      await Promise.race([awaited.done, new Promise((r) => setTimeout(r, WAIT_DEFAULT_MS).unref())]);
    if (!result) {
      try {
        result = prefix ? this.route(request) : apiError(404, 0, 'Unknown');
      } catch (error) {
        result = apiError(
          500,
          0,
          `fake-discord crashed: ${error instanceof Error ? error.stack : String(error)}`,
        );
      }
    }

    const call: RecordedCall = {
      method,
      path,
      query,
      body,
      headers,
      files,
      status: result.status,
      response: result.body,
      url: req.url ?? '/',
      at: Date.now(),
    };
    this.calls.push(call);
    this.log(`REST ${summarizeCall(call)}`);

    if (result.body === undefined) {
      res.writeHead(result.status);
      res.end();
    } else {
      const text = JSON.stringify(result.body);
      res.writeHead(result.status, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(text),
      });
      res.end(text);
    }
    for (const waiter of [...this.waiters]) if (matches(waiter.matcher, call)) waiter.resolve(call);
    result.after?.();
  }

  private route(req: RestRequest): RestResult {
    let methodMismatch = false;
    const path = decodePath(req.path);
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      if (route.method !== req.method) {
        methodMismatch = true;
        continue;
      }
      if (
        route.auth &&
        this.options.token !== undefined &&
        req.headers.authorization !== `Bot ${this.options.token}`
      ) {
        return apiError(401, 0, '401: Unauthorized');
      }
      return route.handle(req, m.groups ?? {});
    }
    return methodMismatch ? apiError(405, 0, '405: Method Not Allowed') : apiError(404, 0, 'Unknown');
  }

  private buildRoutes(): Route[] {
    const r = (method: string, path: string, handle: Route['handle'], auth = true): Route => ({
      method,
      auth,
      handle,
      pattern: new RegExp(`^${path.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`),
    });
    const commandsKey = (p: Record<string, string>) => p.guild ?? 'global';
    return [
      r('GET', '/gateway', () => json(200, { url: this.gatewayUrl }), false),
      r('GET', '/gateway/bot', () =>
        json(200, {
          url: this.gatewayUrl,
          shards: this.shardCount,
          session_start_limit: {
            total: 1000,
            remaining: 1000,
            reset_after: 0,
            max_concurrency: this.options.maxConcurrency ?? this.shardCount,
          },
        }),
      ),
      r('GET', '/users/@me', () => json(200, clone(this.botUser))),
      r('POST', '/users/@me/channels', (req) => {
        const recipient = this.users.get(String(asRecord(req.body).recipient_id));
        if (!recipient) return apiError(400, 50033, 'Invalid Recipient(s)');
        const dm = this.dmChannelFor(recipient);
        return json(200, { ...clone(dm), last_message_id: null, flags: 0 });
      }),
      r('GET', '/users/:user', (_req, p) => {
        const user = p.user ? this.users.get(p.user) : undefined;
        return user ? json(200, clone(user)) : apiError(404, 10013, 'Unknown User');
      }),
      r('GET', '/applications/@me', () => json(200, this.applicationObject())),
      r('GET', '/applications/:app/commands', (_req, p) => this.listCommands(p.app, 'global')),
      r('PUT', '/applications/:app/commands', (req, p) => this.putCommands(p.app, 'global', req.body)),
      r('POST', '/applications/:app/commands', (req, p) => this.postCommand(p.app, 'global', req.body)),
      r('GET', '/applications/:app/guilds/:guild/commands', (_req, p) =>
        this.listCommands(p.app, commandsKey(p)),
      ),
      r('PUT', '/applications/:app/guilds/:guild/commands', (req, p) =>
        this.putCommands(p.app, commandsKey(p), req.body),
      ),
      r('POST', '/applications/:app/guilds/:guild/commands', (req, p) =>
        this.postCommand(p.app, commandsKey(p), req.body),
      ),
      ...(['GET', 'PATCH', 'DELETE'] as const).flatMap((method) => [
        r(method, '/applications/:app/commands/:command', (req, p) =>
          this.oneCommand(method, p, 'global', req.body),
        ),
        r(method, '/applications/:app/guilds/:guild/commands/:command', (req, p) =>
          this.oneCommand(method, p, commandsKey(p), req.body),
        ),
      ]),
      r('POST', '/interactions/:id/:token/callback', (req, p) => this.interactionCallback(req, p), false),
      r('POST', '/webhooks/:app/:token', (req, p) => this.followUp(req, p), false),
      ...(['GET', 'PATCH', 'DELETE'] as const).map((method) =>
        r(
          method,
          '/webhooks/:app/:token/messages/:message',
          (req, p) => this.webhookMessage(method, req, p),
          false,
        ),
      ),
      r('GET', '/channels/:channel', (_req, p) => {
        const found = p.channel ? this.channelById(p.channel) : null;
        return found ? json(200, found.channel) : apiError(404, 10003, 'Unknown Channel');
      }),
      r('GET', '/channels/:channel/messages', (req, p) => {
        if (!p.channel || !this.channelById(p.channel)) return apiError(404, 10003, 'Unknown Channel');
        const limit = Number(req.query.limit ?? 50);
        const list = [...this.messages.values()].filter((m) => m.channel_id === p.channel).reverse();
        return json(200, clone(list.slice(0, limit)));
      }),
      r('POST', '/channels/:channel/messages', (req, p) => this.createChannelMessage(req, p.channel ?? '')),
      r('GET', '/channels/:channel/messages/:message', (_req, p) => {
        const message = p.message ? this.messages.get(p.message) : undefined;
        return message && message.channel_id === p.channel
          ? json(200, clone(message))
          : apiError(404, 10008, 'Unknown Message');
      }),
      r('PATCH', '/channels/:channel/messages/:message', (req, p) => this.editChannelMessage(req, p)),
      r('DELETE', '/channels/:channel/messages/:message', (_req, p) => {
        const message = p.message ? this.messages.get(p.message) : undefined;
        if (!message || message.channel_id !== p.channel) return apiError(404, 10008, 'Unknown Message');
        this.messages.delete(message.id);
        return noContent();
      }),
      r('POST', '/channels/:channel/typing', (_req, p) =>
        p.channel && this.channelById(p.channel) ? noContent() : apiError(404, 10003, 'Unknown Channel'),
      ),
      r('PUT', '/channels/:channel/messages/:message/reactions/:emoji/@me', () => noContent()),
      r('DELETE', '/channels/:channel/messages/:message/reactions/:emoji/@me', () => noContent()),
      r('GET', '/guilds/:guild', (_req, p) => {
        const guild = this.guilds.find((g) => g.id === p.guild);
        return guild ? json(200, this.guildObject(guild)) : apiError(404, 10004, 'Unknown Guild');
      }),
      r('GET', '/guilds/:guild/channels', (_req, p) => {
        const guild = this.guilds.find((g) => g.id === p.guild);
        if (!guild) return apiError(404, 10004, 'Unknown Guild');
        return json(
          200,
          guild.channels.map((c) => ({ ...clone(c), guild_id: guild.id })),
        );
      }),
      r('GET', '/guilds/:guild/roles', (_req, p) => {
        const guild = this.guilds.find((g) => g.id === p.guild);
        return guild ? json(200, clone(guild.roles)) : apiError(404, 10004, 'Unknown Guild');
      }),
      r('GET', '/guilds/:guild/members', (req, p) => {
        const guild = this.guilds.find((g) => g.id === p.guild);
        if (!guild) return apiError(404, 10004, 'Unknown Guild');
        const limit = Number(req.query.limit ?? 1);
        return json(
          200,
          [...guild.members.values()].slice(0, limit).map((m) => clone(m)),
        );
      }),
      r('GET', '/guilds/:guild/members/:user', (_req, p) => {
        const guild = this.guilds.find((g) => g.id === p.guild);
        if (!guild) return apiError(404, 10004, 'Unknown Guild');
        const member = p.user ? guild.members.get(p.user) : undefined;
        return member ? json(200, clone(member)) : apiError(404, 10007, 'Unknown Member');
      }),
    ];
  }

  private applicationObject(): Json {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot: clone(this.botUser),
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: randomBytes(32).toString('hex'),
      team: null,
      flags: this.options.applicationFlags ?? 0,
      flags_new: String(this.options.applicationFlags ?? 0),
      owner: clone(this.ownerUser),
      approximate_guild_count: this.guilds.length,
      integration_types_config: { '0': {} },
      interactions_endpoint_url: null,
      redirect_uris: [],
      role_connections_verification_url: null,
    };
  }

  // ---- application commands ----

  private checkApp(app: string | undefined): RestResult | null {
    return app === this.applicationId ? null : apiError(403, 50001, 'Missing Access');
  }

  private checkCommandGuild(key: string): RestResult | null {
    if (key === 'global' || this.guilds.some((g) => g.id === key)) return null;
    return apiError(403, 50001, 'Missing Access');
  }

  private listCommands(app: string | undefined, key: string): RestResult {
    const denied = this.checkApp(app) ?? this.checkCommandGuild(key);
    if (denied) return denied;
    return json(200, clone(this.commands.get(key) ?? []));
  }

  private validateCommand(body: unknown, path: string[]): Json | null {
    const cmd = asRecord(body);
    const type = typeof cmd.type === 'number' ? cmd.type : ApplicationCommandType.ChatInput;
    const name = typeof cmd.name === 'string' ? cmd.name : '';
    if (
      !NAME_PATTERN.test(name) ||
      (type === ApplicationCommandType.ChatInput && name !== name.toLowerCase())
    ) {
      return fieldError(
        [...path, 'name'],
        'APPLICATION_COMMAND_INVALID_NAME',
        `Command name is invalid: ${name}`,
      );
    }
    if (type === ApplicationCommandType.ChatInput) {
      const description = typeof cmd.description === 'string' ? cmd.description : '';
      if (description.length < 1 || description.length > 100) {
        return fieldError(
          [...path, 'description'],
          'BASE_TYPE_BAD_LENGTH',
          'Must be between 1 and 100 in length.',
        );
      }
    }
    return this.validateOptions(cmd.options, [...path, 'options']);
  }

  private validateOptions(options: unknown, path: string[]): Json | null {
    if (options === undefined || options === null) return null;
    if (!Array.isArray(options)) return fieldError(path, 'LIST_TYPE_CONVERT', 'Must be an array.');
    if (options.length > 25)
      return fieldError(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    let sawOptional = false;
    const names = new Set<string>();
    for (const [index, raw] of options.entries()) {
      const option = asRecord(raw);
      const here = [...path, String(index)];
      const name = typeof option.name === 'string' ? option.name : '';
      if (!NAME_PATTERN.test(name) || name !== name.toLowerCase()) {
        return fieldError(
          [...here, 'name'],
          'APPLICATION_COMMAND_INVALID_NAME',
          `Option name is invalid: ${name}`,
        );
      }
      if (names.has(name)) {
        return fieldError(
          [...here, 'name'],
          'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          'Duplicate name.',
        );
      }
      names.add(name);
      const description = typeof option.description === 'string' ? option.description : '';
      if (description.length < 1 || description.length > 100) {
        return fieldError(
          [...here, 'description'],
          'BASE_TYPE_BAD_LENGTH',
          'Must be between 1 and 100 in length.',
        );
      }
      if (option.required === true && sawOptional) {
        return fieldError(
          here,
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
      }
      if (option.required !== true) sawOptional = true;
      if (Array.isArray(option.choices) && option.choices.length > 25) {
        return fieldError([...here, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      }
      if (option.autocomplete === true && Array.isArray(option.choices) && option.choices.length > 0) {
        return fieldError(
          [...here, 'autocomplete'],
          'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID',
          'Autocomplete cannot be set with choices.',
        );
      }
      const nested = this.validateOptions(option.options, [...here, 'options']);
      if (nested) return nested;
    }
    return null;
  }

  private normalizeCommand(
    body: unknown,
    key: string,
    existing: APIApplicationCommand[],
  ): APIApplicationCommand {
    const cmd = asRecord(body);
    const type = typeof cmd.type === 'number' ? cmd.type : ApplicationCommandType.ChatInput;
    const previous = existing.find((c) => c.name === cmd.name && c.type === type);
    const command: Json = {
      default_member_permissions: null,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      name_localizations: null,
      description_localizations: null,
      ...cmd,
      id: previous?.id ?? nextSnowflake(),
      application_id: this.applicationId,
      version: nextSnowflake(),
      type,
      description: typeof cmd.description === 'string' ? cmd.description : '',
      options: Array.isArray(cmd.options) ? cmd.options : [],
    };
    if (key !== 'global') command.guild_id = key;
    return command as unknown as APIApplicationCommand;
  }

  private putCommands(app: string | undefined, key: string, body: unknown): RestResult {
    const denied = this.checkApp(app) ?? this.checkCommandGuild(key);
    if (denied) return denied;
    if (!Array.isArray(body)) return formError(fieldError([], 'LIST_TYPE_CONVERT', 'Must be an array.'));
    if (body.length > 100)
      return formError(fieldError([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.'));
    const seen = new Set<string>();
    for (const [index, cmd] of body.entries()) {
      const error = this.validateCommand(cmd, [String(index)]);
      if (error) return formError(error);
      const record = asRecord(cmd);
      const id = `${String(record.type ?? 1)}:${String(record.name)}`;
      if (seen.has(id)) {
        return formError(
          fieldError([String(index), 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Duplicate name'),
        );
      }
      seen.add(id);
    }
    const existing = this.commands.get(key) ?? [];
    const commands = body.map((cmd) => this.normalizeCommand(cmd, key, existing));
    this.commands.set(key, commands);
    return json(200, clone(commands));
  }

  private postCommand(app: string | undefined, key: string, body: unknown): RestResult {
    const denied = this.checkApp(app) ?? this.checkCommandGuild(key);
    if (denied) return denied;
    const error = this.validateCommand(body, []);
    if (error) return formError(error);
    const existing = this.commands.get(key) ?? [];
    const command = this.normalizeCommand(body, key, existing);
    const isNew = !existing.some((c) => c.id === command.id);
    this.commands.set(key, [...existing.filter((c) => c.id !== command.id), command]);
    return json(isNew ? 201 : 200, clone(command));
  }

  private oneCommand(method: string, p: Record<string, string>, key: string, body: unknown): RestResult {
    const denied = this.checkApp(p.app) ?? this.checkCommandGuild(key);
    if (denied) return denied;
    const existing = this.commands.get(key) ?? [];
    const command = existing.find((c) => c.id === p.command);
    if (!command) return apiError(404, 10063, 'Unknown application command');
    if (method === 'GET') return json(200, clone(command));
    if (method === 'DELETE') {
      this.commands.set(
        key,
        existing.filter((c) => c.id !== command.id),
      );
      return noContent();
    }
    const updated = {
      ...command,
      ...asRecord(body),
      id: command.id,
      version: nextSnowflake(),
    } as APIApplicationCommand;
    this.commands.set(
      key,
      existing.map((c) => (c.id === command.id ? updated : c)),
    );
    return json(200, clone(updated));
  }

  // ---- messages ----

  /** Validates a message create/edit body the way Discord does (lengths, emptiness). */
  private validateMessage(
    body: Json,
    files: RecordedFile[],
    path: string[],
    creating: boolean,
  ): RestResult | null {
    const content = typeof body.content === 'string' ? body.content : '';
    if (content.length > MAX_CONTENT) {
      return formError(
        fieldError(
          [...path, 'content'],
          'BASE_TYPE_MAX_LENGTH',
          `Must be ${MAX_CONTENT} or fewer in length.`,
        ),
      );
    }
    const embeds = Array.isArray(body.embeds) ? body.embeds.map(asRecord) : [];
    if (embeds.length > 10) {
      return formError(
        fieldError([...path, 'embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.'),
      );
    }
    let embedTotal = 0;
    for (const [index, embed] of embeds.entries()) {
      const here = [...path, 'embeds', String(index)];
      const limits: Array<[string, number]> = [
        ['title', 256],
        ['description', 4096],
      ];
      for (const [field, max] of limits) {
        const value = embed[field];
        if (typeof value === 'string') {
          embedTotal += value.length;
          if (value.length > max) {
            return formError(
              fieldError([...here, field], 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`),
            );
          }
        }
      }
      const fields = Array.isArray(embed.fields) ? embed.fields.map(asRecord) : [];
      if (fields.length > 25) {
        return formError(
          fieldError([...here, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.'),
        );
      }
      for (const [fieldIndex, field] of fields.entries()) {
        const name = typeof field.name === 'string' ? field.name : '';
        const value = typeof field.value === 'string' ? field.value : '';
        embedTotal += name.length + value.length;
        if (name.length > 256 || value.length > 1024 || name.length === 0 || value.length === 0) {
          return formError(
            fieldError(
              [...here, 'fields', String(fieldIndex)],
              'BASE_TYPE_BAD_LENGTH',
              'Embed field name must be 1-256 and value 1-1024 in length.',
            ),
          );
        }
      }
      const footer = asRecord(embed.footer);
      if (typeof footer.text === 'string') embedTotal += footer.text.length;
      const author = asRecord(embed.author);
      if (typeof author.name === 'string') embedTotal += author.name.length;
    }
    if (embedTotal > 6000) {
      return formError(
        fieldError([...path, 'embeds'], 'MESSAGE_EMBEDS_TOO_LONG', 'Embed size exceeds maximum size of 6000'),
      );
    }
    if (creating) {
      const hasComponents = Array.isArray(body.components) && body.components.length > 0;
      const hasStickers = Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0;
      const empty =
        content.trim() === '' && embeds.length === 0 && !hasComponents && !hasStickers && files.length === 0;
      if (empty && body.poll === undefined) return apiError(400, 50006, 'Cannot send an empty message');
    }
    return null;
  }

  private attachmentsFrom(files: RecordedFile[], channelId: string): APIAttachment[] {
    return files.map((file) => {
      const id = nextSnowflake();
      const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}`;
      return {
        id,
        filename: file.name,
        size: file.size,
        url,
        proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
        content_type: file.contentType,
      };
    });
  }

  /** A message authored by the bot (REST echo). */
  private botMessage(
    body: Json,
    files: RecordedFile[],
    ctx: {
      channelId: string;
      guildId: string | null;
      interaction?: APIInteraction;
      flags?: number;
      id?: string;
    },
  ): APIMessage {
    const message: APIMessage & Json = {
      id: ctx.id ?? nextSnowflake(),
      type: MessageType.Default,
      channel_id: ctx.channelId,
      author: clone(this.botUser),
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: this.attachmentsFrom(files, ctx.channelId),
      embeds: Array.isArray(body.embeds) ? (clone(body.embeds) as APIEmbed[]) : [],
      components: Array.isArray(body.components) ? (clone(body.components) as APIMessage['components']) : [],
      pinned: false,
      flags: ctx.flags ?? (typeof body.flags === 'number' ? body.flags : 0),
    };
    if (ctx.guildId) message.guild_id = ctx.guildId;
    if (body.nonce !== undefined) message.nonce = body.nonce as string;
    if (body.poll !== undefined) message.poll = clone(body.poll) as APIMessage['poll'];
    const reference = asRecord(body.message_reference);
    if (typeof reference.message_id === 'string') {
      const referenced = this.messages.get(reference.message_id);
      message.type = MessageType.Reply;
      message.message_reference = {
        type: 0,
        message_id: reference.message_id,
        channel_id: ctx.channelId,
        ...(ctx.guildId ? { guild_id: ctx.guildId } : {}),
      };
      message.referenced_message = referenced ? clone(referenced) : null;
      if (referenced) message.mentions = [clone(referenced.author)];
    }
    const interaction = ctx.interaction;
    if (interaction) {
      const user = interaction.member?.user ?? interaction.user ?? this.defaultUser;
      message.webhook_id = this.applicationId;
      message.application_id = this.applicationId;
      message.type =
        interaction.type === InteractionType.ApplicationCommand
          ? MessageType.ChatInputCommand
          : MessageType.Default;
      message.interaction_metadata = {
        id: interaction.id,
        type: interaction.type,
        user: clone(user),
        authorizing_integration_owners: clone(interaction.authorizing_integration_owners),
      } as APIMessage['interaction_metadata'];
      if (interaction.type === InteractionType.ApplicationCommand) {
        message.interaction = {
          id: interaction.id,
          type: interaction.type,
          name: String(asRecord(interaction.data).name ?? ''),
          user: clone(user),
        };
      }
    }
    return message;
  }

  /** Applies an edit body to a stored message. */
  private applyEdit(message: APIMessage, body: Json, files: RecordedFile[]): APIMessage {
    const edited: APIMessage = clone(message);
    if ('content' in body) edited.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body)
      edited.embeds = Array.isArray(body.embeds) ? (clone(body.embeds) as APIEmbed[]) : [];
    if ('components' in body) {
      edited.components = Array.isArray(body.components)
        ? (clone(body.components) as APIMessage['components'])
        : [];
    }
    if ('attachments' in body && Array.isArray(body.attachments)) {
      const keep = new Set(body.attachments.map((a) => String(asRecord(a).id)));
      edited.attachments = edited.attachments.filter((a) => keep.has(a.id));
    }
    if (files.length)
      edited.attachments = [...edited.attachments, ...this.attachmentsFrom(files, message.channel_id)];
    if ('flags' in body && typeof body.flags === 'number') {
      const keep = (edited.flags ?? 0) & ~MessageFlags.SuppressEmbeds;
      edited.flags = keep | (body.flags & MessageFlags.SuppressEmbeds);
    }
    const wasLoading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
    if (wasLoading) edited.flags = (edited.flags ?? 0) & ~MessageFlags.Loading;
    edited.edited_timestamp = wasLoading ? null : new Date().toISOString();
    if (wasLoading) edited.timestamp = new Date().toISOString();
    return edited;
  }

  private isEmpty(message: APIMessage): boolean {
    return (
      message.content.trim() === '' &&
      message.embeds.length === 0 &&
      (message.components?.length ?? 0) === 0 &&
      message.attachments.length === 0 &&
      !message.poll
    );
  }

  /** Echoes bot messages back over the gateway like Discord does (bots see their own messages). */
  private echo(event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: APIMessage): void {
    if (((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0) return;
    this.dispatch(event, clone(message), { quiet: true });
  }

  private echoDelete(message: APIMessage): void {
    if (((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0) return;
    const guildId = (message as APIMessage & { guild_id?: string }).guild_id;
    this.dispatch(
      'MESSAGE_DELETE',
      { id: message.id, channel_id: message.channel_id, ...(guildId ? { guild_id: guildId } : {}) },
      { quiet: true },
    );
  }

  private createChannelMessage(req: RestRequest, channelId: string): RestResult {
    const found = this.channelById(channelId);
    if (!found) return apiError(404, 10003, 'Unknown Channel');
    const textTypes: number[] = [ChannelType.GuildText, ChannelType.DM, ChannelType.GuildVoice];
    if (!textTypes.includes(Number(found.channel.type))) {
      return apiError(400, 50008, 'Cannot send messages in a non-text channel');
    }
    const body = asRecord(req.body);
    const invalid = this.validateMessage(body, req.files, [], true);
    if (invalid) return invalid;
    const reference = asRecord(body.message_reference);
    if (typeof reference.message_id === 'string' && !this.messages.has(reference.message_id)) {
      if (reference.fail_if_not_exists !== false) {
        return formError(
          fieldError(['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message'),
        );
      }
      delete body.message_reference;
    }
    const message = this.botMessage(body, req.files, { channelId, guildId: found.guild?.id ?? null });
    this.messages.set(message.id, message);
    return json(200, clone(message), () => this.echo('MESSAGE_CREATE', message));
  }

  private editChannelMessage(req: RestRequest, p: Record<string, string>): RestResult {
    const message = p.message ? this.messages.get(p.message) : undefined;
    if (!message || message.channel_id !== p.channel) return apiError(404, 10008, 'Unknown Message');
    if (message.author.id !== this.botUser.id) {
      return apiError(403, 50005, 'Cannot edit a message authored by another user');
    }
    const body = asRecord(req.body);
    const invalid = this.validateMessage(body, req.files, [], false);
    if (invalid) return invalid;
    const edited = this.applyEdit(message, body, req.files);
    if (this.isEmpty(edited)) return apiError(400, 50006, 'Cannot send an empty message');
    this.messages.set(edited.id, edited);
    return json(200, clone(edited), () => this.echo('MESSAGE_UPDATE', edited));
  }

  // ---- interactions ----

  private interactionCallback(req: RestRequest, p: Record<string, string>): RestResult {
    const state = p.token ? this.interactions.get(p.token) : undefined;
    if (!state || state.payload.id !== p.id) return apiError(404, 10062, 'Unknown interaction');
    if (state.acknowledged) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    const body = asRecord(req.body);
    const type = Number(body.type) as InteractionResponseType;
    const data = asRecord(body.data);
    const interaction = state.payload;

    const allowed: Record<number, number[]> = {
      [InteractionType.Ping]: [InteractionResponseType.Pong],
      [InteractionType.ApplicationCommand]: [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.Modal,
        InteractionResponseType.LaunchActivity,
      ],
      [InteractionType.MessageComponent]: [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.DeferredMessageUpdate,
        InteractionResponseType.UpdateMessage,
        InteractionResponseType.Modal,
      ],
      [InteractionType.ApplicationCommandAutocomplete]: [
        InteractionResponseType.ApplicationCommandAutocompleteResult,
      ],
      [InteractionType.ModalSubmit]: [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        ...(interaction.message
          ? [InteractionResponseType.DeferredMessageUpdate, InteractionResponseType.UpdateMessage]
          : []),
      ],
    };
    if (!allowed[interaction.type]?.includes(type)) {
      return formError(
        fieldError(
          ['type'],
          'INTERACTION_RESPONSE_TYPE_INVALID',
          `Callback type ${type} is not valid for interaction type ${interaction.type}`,
        ),
      );
    }

    const channelId = interaction.channel?.id ?? interaction.channel_id ?? '';
    const guildId = interaction.guild_id ?? null;
    let created: APIMessage | null = null;
    let updated: APIMessage | null = null;

    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const invalid = this.validateMessage(data, req.files, ['data'], true);
        if (invalid) return invalid;
        const flags = typeof data.flags === 'number' ? data.flags : 0;
        created = this.botMessage(data, req.files, { channelId, guildId, interaction, flags });
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags =
          ((typeof data.flags === 'number' ? data.flags : 0) & MessageFlags.Ephemeral) | MessageFlags.Loading;
        created = this.botMessage({}, [], { channelId, guildId, interaction, flags });
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        const target = interaction.message
          ? (this.messages.get(interaction.message.id) ?? interaction.message)
          : null;
        if (!target) return apiError(400, 50035, 'Invalid Form Body');
        if (type === InteractionResponseType.UpdateMessage) {
          const invalid = this.validateMessage(data, req.files, ['data'], false);
          if (invalid) return invalid;
          updated = this.applyEdit(target, data, req.files);
          this.messages.set(updated.id, updated);
        }
        state.originalId = target.id;
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const choices = Array.isArray(data.choices) ? data.choices.map(asRecord) : null;
        if (!choices)
          return formError(fieldError(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required'));
        if (choices.length > 25) {
          return formError(
            fieldError(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.'),
          );
        }
        for (const [index, choice] of choices.entries()) {
          const name = typeof choice.name === 'string' ? choice.name : '';
          if (name.length < 1 || name.length > 100) {
            return formError(
              fieldError(
                ['data', 'choices', String(index), 'name'],
                'BASE_TYPE_BAD_LENGTH',
                'Must be between 1 and 100 in length.',
              ),
            );
          }
          if (typeof choice.value === 'string' && choice.value.length > 100) {
            return formError(
              fieldError(
                ['data', 'choices', String(index), 'value'],
                'BASE_TYPE_MAX_LENGTH',
                'Must be 100 or fewer in length.',
              ),
            );
          }
        }
        break;
      }
      case InteractionResponseType.Modal: {
        const title = typeof data.title === 'string' ? data.title : '';
        if (typeof data.custom_id !== 'string' || title.length < 1 || title.length > 45) {
          return formError(
            fieldError(
              ['data', 'title'],
              'BASE_TYPE_BAD_LENGTH',
              'Modal needs custom_id and a 1-45 char title.',
            ),
          );
        }
        const components = Array.isArray(data.components) ? data.components : [];
        if (components.length < 1 || components.length > 5) {
          return formError(
            fieldError(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.'),
          );
        }
        break;
      }
      default:
        break;
    }

    state.acknowledged = true;
    state.responseType = type;
    if (created) {
      this.messages.set(created.id, created);
      state.originalId = created.id;
    }
    const after = () => {
      if (created) this.echo('MESSAGE_CREATE', created);
      if (updated) this.echo('MESSAGE_UPDATE', updated);
    };
    if (req.query.with_response !== 'true') return noContent(after);

    const message =
      created ?? updated ?? (state.originalId ? this.messages.get(state.originalId) : undefined);
    const flags = message?.flags ?? 0;
    const response: Json = {
      interaction: {
        id: interaction.id,
        type: interaction.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: (flags & MessageFlags.Loading) !== 0,
              response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
    };
    if (message) response.resource = { type, message: clone(message) };
    else if (type !== InteractionResponseType.ApplicationCommandAutocompleteResult)
      response.resource = { type };
    return json(200, response, after);
  }

  private webhookState(p: Record<string, string>): InteractionState | RestResult {
    const state = p.token ? this.interactions.get(p.token) : undefined;
    if (!state || p.app !== this.applicationId) return apiError(404, 10015, 'Unknown Webhook');
    return state;
  }

  private followUp(req: RestRequest, p: Record<string, string>): RestResult {
    const state = this.webhookState(p);
    if ('status' in state) return state;
    if (!state.acknowledged) return apiError(404, 10015, 'Unknown Webhook');
    const body = asRecord(req.body);
    const invalid = this.validateMessage(body, req.files, [], true);
    if (invalid) return invalid;
    const interaction = state.payload;
    const message = this.botMessage(body, req.files, {
      channelId: interaction.channel?.id ?? interaction.channel_id ?? '',
      guildId: interaction.guild_id ?? null,
      interaction,
      flags:
        (typeof body.flags === 'number' ? body.flags : 0) &
        (MessageFlags.Ephemeral |
          MessageFlags.SuppressEmbeds |
          MessageFlags.SuppressNotifications |
          MessageFlags.IsComponentsV2),
    });
    this.messages.set(message.id, message);
    state.followUpIds.push(message.id);
    const after = () => this.echo('MESSAGE_CREATE', message);
    return req.query.wait === 'true' ? json(200, clone(message), after) : noContent(after);
  }

  private webhookMessage(method: string, req: RestRequest, p: Record<string, string>): RestResult {
    const state = this.webhookState(p);
    if ('status' in state) return state;
    const id = p.message === '@original' ? state.originalId : (p.message ?? null);
    const known = id !== null && (id === state.originalId || state.followUpIds.includes(id));
    const message = known && id ? this.messages.get(id) : undefined;
    if (!message) return apiError(404, 10008, 'Unknown Message');
    if (method === 'GET') return json(200, clone(message));
    if (method === 'DELETE') {
      this.messages.delete(message.id);
      if (message.id === state.originalId) state.originalId = null;
      return noContent(() => this.echoDelete(message));
    }
    const body = asRecord(req.body);
    const invalid = this.validateMessage(body, req.files, [], false);
    if (invalid) return invalid;
    const edited = this.applyEdit(message, body, req.files);
    if (this.isEmpty(edited)) return apiError(400, 50006, 'Cannot send an empty message');
    this.messages.set(edited.id, edited);
    return json(200, clone(edited), () => this.echo('MESSAGE_UPDATE', edited));
  }
}

/** Parses a JSON or multipart (payload_json + files) request body. */
async function parseBody(
  raw: Buffer,
  contentType: string,
): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: RecordedFile[] = [];
    const fields: Json = {};
    let body: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
        else fields[field] = value;
      } else {
        const data = Buffer.from(await value.arrayBuffer());
        files.push({ field, name: value.name, contentType: value.type, size: data.length, data });
      }
    }
    return { body: body ?? (Object.keys(fields).length ? fields : undefined), files };
  }
  const text = raw.toString('utf8');
  if (contentType.startsWith('application/json')) return { body: JSON.parse(text), files: [] };
  return { body: text, files: [] };
}

/** Starts a fake Discord (REST + gateway) on 127.0.0.1 with a random port. */
export function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return FakeDiscord.start(options);
}

/** The fake's public types: its options, what it records, and what its builders take. */
import type {
  APIAttachment,
  APIEmbed,
  APIGuildCategoryChannel,
  APIGuildMember,
  APIGuildTextChannel,
  APIGuildVoiceChannel,
  APIInteraction,
  APIInteractionGuildMember,
  APIMessage,
  APIRole,
  APIThreadChannel,
  APIUser,
  ChannelType,
  GatewayMessageCreateDispatchData,
  InteractionResponseType,
  Locale,
  MessageType,
} from 'discord.js';
import type { PermissionsInput } from './permissions.ts';

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
  /** Active threads (none at first; FakeDiscord.thread adds one). */
  threads: APIThreadChannel[];
  /** Members by user id (the bot, the owner, the moderator and the default user). */
  members: Map<string, APIGuildMember>;
}

export type GuildChannel =
  | APIGuildTextChannel<ChannelType.GuildText>
  | APIGuildVoiceChannel
  | APIGuildCategoryChannel;

export type OptionValue = string | number | boolean;

/** A file as an interaction carries it (`data.resolved.attachments`), served by the fake's CDN. */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
}

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
  /**
   * Either raw API options or a `{ name: value }` record (strings, integers, numbers, booleans, and
   * attachments made with `fake.attachment()`, which also go into `data.resolved`).
   */
  options?: InteractionOption[] | Record<string, OptionValue | FakeAttachment>;
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

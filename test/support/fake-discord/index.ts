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
 *
 * The fake is split by job: `state.ts` (what it knows: users, guilds, messages, interactions,
 * commands; `guilds.ts` builds its guilds), `gateway.ts` (the WebSocket gateway), `rest.ts` and
 * `routes.ts` (the REST API) with `commands.ts`, `interactions.ts`, `channels.ts` and `endpoint.ts`
 * (Interactions Endpoint URL) behind it, `messages.ts` (bot messages), `calls.ts` (the record of
 * REST calls), `builders.ts` (payloads for tests to dispatch), `snowflakes.ts` and
 * `permissions.ts`. This class puts them together; tests use only it and the exports below.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  APIApplicationCommand,
  APIApplicationCommandAutocompleteInteraction,
  APIChatInputApplicationCommandInteraction,
  APIGuildMember,
  APIInteraction,
  APIInteractionGuildMember,
  APIMessage,
  APIMessageComponentInteraction,
  APIModalSubmitInteraction,
  APIThreadChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
  GatewayIdentifyData,
} from 'discord.js';
import { WebSocketServer } from 'ws';
import { PayloadBuilders } from './builders.ts';
import { CallLog, WAIT_DEFAULT_MS } from './calls.ts';
import { ChannelMessages } from './channels.ts';
import { ApplicationCommands } from './commands.ts';
import { InteractionsEndpoint } from './endpoint.ts';
import { FakeGateway } from './gateway.ts';
import { buildThread, guildCreatePayload } from './guilds.ts';
import { InteractionResponses } from './interactions.ts';
import { clone } from './json.ts';
import type { PermissionsInput } from './permissions.ts';
import type { RestResult } from './responses.ts';
import { FakeRest } from './rest.ts';
import { buildRoutes } from './routes.ts';
import { nextSnowflake } from './snowflakes.ts';
import { type DmChannel, FakeState } from './state.ts';
import type {
  AutocompleteOptions,
  ButtonOptions,
  CallMatcher,
  DispatchOptions,
  FakeAttachment,
  FakeDiscordOptions,
  FakeGuild,
  GatewayMessage,
  GatewayPayload,
  InteractionState,
  MessageOptions,
  ModalSubmitOptions,
  RecordedCall,
  SelectOptions,
  SlashCommandOptions,
} from './types.ts';

export { decodePath } from './calls.ts';
export {
  ALL_PERMISSIONS,
  BOT_PERMISSIONS,
  EVERYONE_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  type PermissionsInput,
  permissionBits,
} from './permissions.ts';
export { nextSnowflake, shardForGuild, snowflakeForShard } from './snowflakes.ts';
export type {
  AutocompleteOptions,
  ButtonOptions,
  CallMatcher,
  DispatchOptions,
  FakeAttachment,
  FakeDiscordOptions,
  FakeGuild,
  FakeGuildSpec,
  GatewayMessage,
  GatewayPayload,
  InteractionOption,
  InteractionState,
  InvokerOptions,
  MessageOptions,
  ModalSubmitOptions,
  OptionValue,
  RecordedCall,
  RecordedFile,
  SelectOptions,
  SlashCommandOptions,
} from './types.ts';

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
  readonly guilds: FakeGuild[];

  /** Every REST call, in arrival order. */
  readonly calls: RecordedCall[];
  /** Every IDENTIFY `d` received. */
  readonly identifies: GatewayIdentifyData[];
  /** Every gateway payload received from clients (heartbeats included). */
  readonly gatewayReceived: Array<{ connection: number; payload: GatewayPayload }>;
  /** Every gateway payload sent (HELLO, dispatches, acks...). */
  readonly gatewaySent: Array<{ connection: number; shard: number | null; payload: GatewayPayload }>;
  /** Dispatches not delivered because the connection lacked the intent. */
  readonly droppedDispatches: Array<{ event: string; shard: number; missingIntent: number }>;
  /** Query strings of each gateway handshake (`v`, `encoding`, `compress`). */
  readonly handshakes: Array<Record<string, string>>;

  /** Application commands registered via PUT/POST: key 'global' or a guild id. */
  readonly commands: Map<string, APIApplicationCommand[]>;
  /** Every message the fake knows about (dispatched or created through REST), by id. */
  readonly messages: Map<string, APIMessage>;
  /** Interactions dispatched through the fake, by token. */
  readonly interactions: Map<string, InteractionState>;
  readonly users: Map<string, APIUser>;
  /** DM channels by id. */
  readonly dmChannels: Map<string, DmChannel>;

  private readonly server: http.Server;
  private readonly state: FakeState;
  private readonly callLog = new CallLog();
  private readonly gateway: FakeGateway;
  private readonly builders: PayloadBuilders;
  private readonly endpoint: InteractionsEndpoint;
  private closed = false;

  private constructor(server: http.Server, wss: WebSocketServer, options: FakeDiscordOptions) {
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.port = port;
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    const log = (line: string) => options.log?.(`[fake-discord] ${line}`);
    const dispatch = this.dispatch.bind(this);

    const state = new FakeState(options);
    this.state = state;
    this.shardCount = state.shardCount;
    this.applicationId = state.applicationId;
    this.botUser = state.botUser;
    this.ownerUser = state.ownerUser;
    this.moderatorUser = state.moderatorUser;
    this.defaultUser = state.defaultUser;
    this.guilds = state.guilds;
    this.commands = state.commands;
    this.messages = state.messages;
    this.interactions = state.interactions;
    this.users = state.users;
    this.dmChannels = state.dmChannels;
    this.calls = this.callLog.calls;

    this.gateway = new FakeGateway(wss, this.gatewayUrl, options, state, log);
    this.identifies = this.gateway.identifies;
    this.gatewayReceived = this.gateway.gatewayReceived;
    this.gatewaySent = this.gateway.gatewaySent;
    this.droppedDispatches = this.gateway.droppedDispatches;
    this.handshakes = this.gateway.handshakes;

    this.builders = new PayloadBuilders(state);
    const interactions = new InteractionResponses(state, dispatch);
    this.endpoint = new InteractionsEndpoint(state, interactions, this.callLog, log);
    const routes = buildRoutes({
      state,
      options,
      gatewayUrl: this.gatewayUrl,
      commands: new ApplicationCommands(state),
      interactions,
      channelMessages: new ChannelMessages(state, dispatch),
    });
    new FakeRest(
      server,
      this.apiUrl,
      options.token,
      routes,
      this.callLog,
      this.endpoint,
      log,
      (path) => this.serveAttachment(path),
      () => this.responsesHeld,
    );
  }

  /** GET /attachments/:channel/:id/:filename, as Discord's CDN serves what was uploaded. */
  private serveAttachment(path: string): RestResult | null {
    const m = /^\/attachments\/\d+\/(\d+)\/[^/]+$/.exec(path);
    const file = m ? this.state.attachments.get(m[1] as string) : undefined;
    return file ? { status: 200, raw: { contentType: file.contentType, data: file.data } } : null;
  }

  /**
   * A file as if a user had attached it to a command: served by the fake's CDN at its `url`
   * (`http://127.0.0.1:PORT/attachments/…`). Pass it as an option's value (`options: { file }`).
   * `size` may be given to say another size than the content's, as a payload could.
   */
  attachment(opts: {
    filename: string;
    content: string | Buffer;
    contentType?: string;
    size?: number;
  }): FakeAttachment {
    const id = nextSnowflake();
    const data = typeof opts.content === 'string' ? Buffer.from(opts.content, 'utf8') : opts.content;
    const contentType = opts.contentType ?? 'text/plain; charset=utf-8';
    this.state.attachments.set(id, { filename: opts.filename, contentType, data });
    const url = `http://127.0.0.1:${this.port}/attachments/${this.guilds[0]?.textChannelId ?? '0'}/${id}/${encodeURIComponent(opts.filename)}`;
    return {
      id,
      filename: opts.filename,
      size: opts.size ?? data.length,
      url,
      proxy_url: url,
      content_type: contentType,
    };
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
    return new FakeDiscord(server, wss, options);
  }

  /** Number of open gateway connections. */
  get connections(): number {
    return this.gateway.connections;
  }

  /** Shard ids with a READY (or RESUMED) open connection. */
  get readyShards(): number[] {
    return this.gateway.readyShards;
  }

  /** The guild with that id (or index); throws if unknown. */
  private responsesHeld: Promise<void> | null = null;

  /**
   * From now until the returned function is called, every POST is recorded (and awaited calls
   * settle) but answered only then: the bot's reply is seen while its request has not returned.
   */
  holdResponses(): () => void {
    let release = () => {};
    this.responsesHeld = new Promise<void>((resolve) => {
      release = () => {
        this.responsesHeld = null;
        resolve();
      };
    });
    return release;
  }

  guild(idOrIndex: string | number = 0): FakeGuild {
    return this.state.guild(idOrIndex);
  }

  /**
   * Starts a public thread in a guild's text channel (default: the first guild's 'general'). Its id
   * is a channelId for payloads: interactions sent in it carry it as their channel, type
   * PUBLIC_THREAD, as Discord sends them; a guild's GUILD_CREATE lists it among its threads.
   */
  thread(opts: { guildId?: string; parentId?: string; name?: string } = {}): APIThreadChannel {
    const guild = this.state.guild(opts.guildId ?? 0);
    const thread = buildThread(
      guild,
      opts.parentId ?? guild.textChannelId,
      this.state.defaultUser.id,
      opts.name ?? 'a thread',
    );
    guild.threads.push(thread);
    return clone(thread);
  }

  /** The guilds a shard receives, given the shard count the client identified with. */
  guildsForShard(shardId: number, shardCount: number = this.shardCount): FakeGuild[] {
    return this.state.guildsForShard(shardId, shardCount);
  }

  // -------------------------------------------------------------------------------------------
  // Calls
  // -------------------------------------------------------------------------------------------

  clearCalls(): void {
    this.callLog.clear();
  }

  /** Calls matching `{ method, path }` or a predicate. */
  findCalls(matcher: CallMatcher): RecordedCall[] {
    return this.callLog.find(matcher);
  }

  /**
   * Resolves with the first recorded call matching (already recorded or arriving within `timeoutMs`);
   * rejects listing every call seen.
   */
  waitForCall(matcher: CallMatcher, timeoutMs: number = WAIT_DEFAULT_MS): Promise<RecordedCall> {
    return this.callLog.waitFor(matcher, timeoutMs);
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
    return this.state.originalMessage(interaction);
  }

  /** Follow-up messages sent for an interaction. */
  followUps(interaction: { token: string }): APIMessage[] {
    return this.state.followUps(interaction);
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
    this.state.recordDispatch(event, data);
    return this.gateway.dispatch(event, data, opts);
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
    return this.endpoint.interaction(payload);
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
    return this.endpoint.applyResponse(payload, status, body);
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
    return this.state.user(overrides);
  }

  /** Permissions (as a bigint) of a member with these roles, as Discord computes them at guild level. */
  memberPermissions(guildId: string, userId: string, roles: ReadonlyArray<string> = []): bigint {
    return this.state.memberPermissions(guildId, userId, roles);
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
    return this.state.member(guildId, user, opts);
  }

  /** Adds or updates a guild member (what GUILD_CREATE, GET member and the builders' defaults use). */
  setMember(
    guildId: string,
    user: APIUser,
    opts: { roles?: string[]; nick?: string | null } = {},
  ): APIGuildMember {
    return this.state.setMember(guildId, user, opts);
  }

  /** A CHAT_INPUT (slash) command interaction. */
  slashCommand(opts: SlashCommandOptions): APIChatInputApplicationCommandInteraction {
    return this.builders.slashCommand(opts);
  }

  /** An autocomplete interaction; `focused` names the option being typed. */
  autocomplete(opts: AutocompleteOptions): APIApplicationCommandAutocompleteInteraction {
    return this.builders.autocomplete(opts);
  }

  /** A button click. */
  button(opts: ButtonOptions): APIMessageComponentInteraction {
    return this.builders.button(opts);
  }

  /** A string select menu choice. */
  stringSelect(opts: SelectOptions): APIMessageComponentInteraction {
    return this.builders.stringSelect(opts);
  }

  /** A modal submission with text inputs. */
  modalSubmit(opts: ModalSubmitOptions): APIModalSubmitInteraction {
    return this.builders.modalSubmit(opts);
  }

  /**
   * A MESSAGE_CREATE payload from a user. Mentions are derived from the content (`<@id>`, `<@&id>`,
   * `@everyone`/`@here`) unless given.
   */
  message(opts: MessageOptions = {}): GatewayMessage {
    return this.builders.message(opts);
  }

  /** The GUILD_CREATE payload of a guild. */
  guildCreatePayload(guildId: string): GatewayGuildCreateDispatchData {
    return guildCreatePayload(this.state.guild(guildId));
  }

  // -------------------------------------------------------------------------------------------
  // Connection control and shutdown
  // -------------------------------------------------------------------------------------------

  /**
   * Closes the gateway connection(s) of a shard with a close code, as Discord does. 4000 (unknown error)
   * makes @discordjs/ws reconnect and RESUME; 1000 makes it reconnect with a fresh IDENTIFY.
   */
  disconnect(shardId: number, code = 4000, reason = 'fake-discord disconnect'): number {
    return this.gateway.disconnect(shardId, code, reason);
  }

  /** Closes every gateway connection and the HTTP server. Destroy clients first. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Starts a fake Discord (REST + gateway) on 127.0.0.1 with a random port. */
export function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return FakeDiscord.start(options);
}

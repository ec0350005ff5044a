/**
 * The Interactions Endpoint URL (npm run start:http): Discord POSTs each interaction here instead
 * of sending it over the gateway, and the HTTP response is the interaction's initial response.
 *
 * - node:http, no framework: one route, one method, a capped body and a signature check are all
 *   it needs.
 * - Every request is checked before anything else runs (signature.ts; the Ed25519 verification
 *   on libuv's thread pool); a bad or missing signature, or a stale timestamp, gets 401 and
 *   nothing more. So does a replay: a validly signed
 *   request whose interaction id was already received (kept in the SQLite file, shared by every
 *   instance on the host, for as long as the timestamp check would let the replay through).
 * - Requests are served in arrival order, taking turns with the event loop's I/O (turns.ts), so
 *   that new connections are accepted while busy keep-alive connections keep sending; a client
 *   that sends its request too slowly is cut off after HEADERS_TIMEOUT_MS or REQUEST_TIMEOUT_MS.
 * - The same handlers as the gateway bot (createInteractionHandler with the modules in commands/),
 *   given real discord.js interaction objects built from the payload by a Client that never logs in
 *   to the gateway; their initial response is caught on its way to Discord (initial-response.ts)
 *   and returned as the HTTP response; editReply and followUp go over REST to DISCORD_API_URL.
 *   A slash command whose module also answers raw payloads (Command.direct: /ask, the request
 *   sent most) skips those objects: its handler reads the payload and its reply is written as
 *   discord.js would have sent it (direct-reply.ts), the same reply for the same request.
 * - The engine's answers to /ask are computed on answer threads (HTTP_ANSWER_THREADS, default 1:
 *   app/answer-threads.ts), the same answers as on this thread, which meanwhile serves the others.
 * - Stateless: no gateway cache (handlers read the payload: permissions and role ids of the member
 *   included), the per-user cooldown in the SQLite file under DATA_DIR, button custom ids that
 *   carry what a click needs, knowledge read and watched from KNOWLEDGE_DIR by every instance. Any
 *   number of instances can run behind a load balancer.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  ApplicationCommandType,
  Client,
  ClientApplication,
  Events,
  type Interaction,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Options,
} from 'discord.js';
import { AnswerThreads } from '../app/answer-threads.ts';
import type { LiveKnowledge } from '../app/live.ts';
import type { SharedKnowledge } from '../app/shared-knowledge.ts';
import type { AppConfig } from '../config.ts';
import type { Command, DirectReply } from '../discord/command.ts';
import { formatRefused, loadCommands } from '../discord/command-loader.ts';
import { isThreadType } from '../discord/conversations.ts';
import { SharedCooldown } from '../discord/cooldown.ts';
import { APOLOGY, atBoundary } from '../discord/events/boundary.ts';
import { type BotServices, createInteractionHandler } from '../discord/events/interaction-create.ts';
import { childLogger, type Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { replySerializer } from './direct-reply.ts';
import { InitialResponses } from './initial-response.ts';
import {
  checkSignatureOffThread,
  MAX_SIGNATURE_AGE_SECONDS,
  publicKeyFromHex,
  type SignatureCheck,
} from './signature.ts';
import { TurnQueue } from './turns.ts';

/** Larger bodies get 413. Discord's largest payloads (a message with its embeds) are far smaller. */
export const MAX_BODY_BYTES = 256 * 1024;
/**
 * Discord waits 3 seconds for the initial response. A handler that has not answered by then has
 * failed: 500, and its late answer gets "Unknown interaction" as it would from Discord.
 */
export const RESPONSE_TIMEOUT_MS = 2800;
/**
 * Discord gives up after 3 seconds: a request whose headers take longer than this to arrive, or
 * whose whole body takes longer than REQUEST_TIMEOUT_MS, is not worth waiting for (408, closed).
 */
export const HEADERS_TIMEOUT_MS = 5000;
export const REQUEST_TIMEOUT_MS = 10_000;
/**
 * How often node:http checks those two timeouts. Its default is 30 s, which let a slow sender
 * hold a connection for 30 s whatever the timeouts said; checking every second costs a walk over
 * the open connections.
 */
export const TIMEOUT_CHECK_INTERVAL_MS = 1000;
/**
 * How long an idle keep-alive connection stays open. Node's default, 5 s, is shorter than the idle
 * timeout of whatever sits in front (nginx and cloud load balancers keep upstream connections 60
 * s and reuse them): the server closing first races the proxy's next request on that connection,
 * which fails with ECONNRESET and reaches Discord as a failed interaction (1 request in 10,000 of
 * bench:http on three instances, 4 December 2026). Longer than 60 s, the proxy closes first.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Above this many ids remembered while the store is unreachable, expired ones are swept. */
const MAX_FALLBACK_SEEN = 10_000;

export interface InteractionsServerOptions {
  config: AppConfig;
  knowledge: LiveKnowledge;
  database: Store;
  logger: Logger;
  /** With DATABASE_URL: the knowledge revisions every instance follows (see app/shared-knowledge.ts). */
  sharedKnowledge?: SharedKnowledge;
  /** The slash commands; default: every valid module in commands/, as the gateway bot loads them. */
  commands?: readonly Command[];
  maxBodyBytes?: number;
  responseTimeoutMs?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export interface InteractionsServer {
  /** Where Discord should POST: http://host:port/path (the port is the real one when HTTP_PORT=0). */
  url: string;
  address: AddressInfo;
  /** The REST-only discord.js client the interactions are built with. */
  client: Client;
  commands: ReadonlyMap<string, Command>;
  /** The threads answering /ask beside this one (HTTP_ANSWER_THREADS), if any. */
  answerThreads: AnswerThreads | undefined;
  /** Stops accepting requests and waits for the handlers still running (their edits and follow-ups). */
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<void> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve) => {
    // 'close' too: a client that went away never gets 'finish', and the handler must not wait for ever.
    res.once('close', resolve);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text, resolve);
  });
}

/**
 * The raw body, or an HttpError 413 once it is longer than `max` bytes. The rest of a body that is
 * too large is read and dropped (not destroyed), so that the client still gets the 413.
 */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      req.removeAllListeners('data');
      req.resume();
      reject(new HttpError(413, 'request body too large'));
    };
    if (Number(req.headers['content-length']) > max) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooLarge();
      else chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A discord.js client for interactions received over HTTP: never logged in to the gateway, REST
 * through DISCORD_API_URL with the initial response caught by `responses`, and no caches that
 * would grow with every request (there is no gateway to keep them right anyway).
 */
export function createRestOnlyClient(config: AppConfig, responses: InitialResponses): Client {
  const discord = config.discord;
  if (!discord) throw new Error('the HTTP interactions server needs DISCORD_TOKEN and DISCORD_CLIENT_ID');
  const client = new Client({
    intents: [],
    // Set once here, as on the gateway bot, so that no reply can ping anyone.
    allowedMentions: { parse: [], repliedUser: false },
    rest: { ...(discord.apiUrl ? { api: discord.apiUrl } : {}), makeRequest: responses.makeRequest },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: 0,
      GuildMemberManager: 0,
      MessageManager: 0,
    }),
  });
  client.rest.setToken(discord.token);
  // The gateway's READY sets client.application; discord.js needs it for an interaction that
  // carries entitlements (premium SKUs). Here the application is known from the configuration.
  const application = ClientApplication as unknown as new (
    client: Client,
    data: { id: string },
  ) => ClientApplication;
  client.application = new application(client, { id: discord.clientId });
  return client;
}

/**
 * The discord.js interaction for a payload, built exactly as the gateway's INTERACTION_CREATE
 * handler builds it (the client's InteractionCreate action picks the class), or null for a type
 * discord.js does not know. The action emits synchronously, so the capture below is safe.
 */
function toInteraction(client: Client, payload: APIInteraction): Interaction | null {
  let built: Interaction | null = null;
  const capture = (interaction: Interaction) => {
    built = interaction;
  };
  client.on(Events.InteractionCreate, capture);
  try {
    // `actions` is internal to discord.js; it is what the gateway path calls with the same payload.
    (
      client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
    ).actions.InteractionCreate.handle(payload);
  } finally {
    client.off(Events.InteractionCreate, capture);
  }
  return built;
}

export async function startInteractionsServer(
  options: InteractionsServerOptions,
): Promise<InteractionsServer> {
  const { config, knowledge, database, logger } = options;
  const { publicKey, host, port, path } = config.http;
  if (!publicKey) throw new Error('the HTTP interactions server needs DISCORD_PUBLIC_KEY');
  const key = publicKeyFromHex(publicKey);
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const responseTimeoutMs = options.responseTimeoutMs ?? RESPONSE_TIMEOUT_MS;
  const headersTimeout = options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, headersTimeout);

  const commands = new Map<string, Command>();
  let list = options.commands;
  if (!list) {
    const loaded = await loadCommands();
    if (loaded.refused.length > 0) {
      logger.error(
        { refused: loaded.refused },
        `refused malformed commands:\n${formatRefused(loaded.refused)}`,
      );
    }
    list = loaded.commands;
  }
  for (const command of list) commands.set(command.data.name, command);

  const responses = new InitialResponses();
  const client = createRestOnlyClient(config, responses);
  // The engine's answers on threads of their own, beside this one (see app/answer-threads.ts).
  const answerThreads =
    config.http.answerThreads > 0
      ? new AnswerThreads(knowledge.engines, {
          threads: config.http.answerThreads,
          onFailure: (error) =>
            logger.error(
              { err: error },
              'an answer thread failed; its questions are answered on the main thread',
            ),
        })
      : undefined;
  // Interactions whose payload says they were sent in a thread (channel types 10-12): this client
  // caches no channel, so interaction.channel cannot tell (see inThread in conversations.ts).
  const inThreads = new WeakSet<Interaction>();
  const services: BotServices = {
    engines: knowledge.engines,
    knowledge,
    config,
    database,
    ...(options.sharedKnowledge ? { sharedKnowledge: options.sharedKnowledge } : {}),
    ...(answerThreads ? { answerThreads } : {}),
    // In the shared store (SQLite file or PostgreSQL): the next question may reach another instance.
    questionCooldown: new SharedCooldown(config.cooldownSeconds, database, (error) =>
      logger.warn({ err: error }, 'cooldown store unreachable; question let through'),
    ),
    logger,
    sentInThread: (interaction) => inThreads.has(interaction as Interaction),
  };
  const onInteraction = createInteractionHandler(services, commands);
  const serializeReply = replySerializer(client.options.allowedMentions);
  // Handlers still running after their initial response (a deferred /kb edit): close() waits for them.
  const running = new Set<Promise<void>>();

  /**
   * A slash command whose module answers payloads itself (Command.direct: /ask): the same handler
   * as over the gateway, with the same log fields and the same apology if it fails, but no
   * discord.js interaction built and no reply caught on its way to the REST client; its reply is
   * written as discord.js would have sent it (direct-reply.ts). Null: the usual path.
   */
  function answerDirectly(res: http.ServerResponse, payload: APIInteraction): Promise<void> | null {
    if (payload.type !== InteractionType.ApplicationCommand) return null;
    if (payload.data.type !== ApplicationCommandType.ChatInput) return null;
    const command = commands.get(payload.data.name);
    if (!command?.direct) return null;
    // The fields createInteractionHandler gives each request's log.
    const log = childLogger(logger, {
      interactionId: payload.id,
      userId: (payload.user ?? payload.member?.user)?.id,
      guildId: payload.guild_id,
      channelId: payload.channel?.id,
      command: payload.data.name,
    });
    let started: Promise<DirectReply> | null;
    try {
      started = command.direct(payload as APIChatInputApplicationCommandInteraction, { ...services, log });
    } catch (error) {
      started = Promise.reject(error);
    }
    if (!started) return null;
    return respondDirectly(res, payload, started, log);
  }

  async function respondDirectly(
    res: http.ServerResponse,
    payload: APIInteraction,
    started: Promise<DirectReply>,
    log: Logger,
  ): Promise<void> {
    let outcome: DirectReply | undefined;
    const handled = atBoundary(
      log,
      async () => {
        outcome = await started;
      },
      async () => {
        outcome = { reply: { content: APOLOGY, flags: MessageFlags.Ephemeral }, after: async () => {} };
      },
    );
    running.add(handled);
    void handled.finally(() => running.delete(handled));
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([
      handled.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), responseTimeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (!inTime || !outcome) {
      // Too late for Discord: as on the usual path, the reply is dropped and nothing follows it.
      logger.error(
        { interactionId: payload.id, type: payload.type, reason: 'timeout' },
        'the handler gave no initial response in time',
      );
      await sendJson(res, 500, { error: 'no response' });
      return;
    }
    const { reply, after } = outcome;
    await sendJson(res, 200, serializeReply(reply));
    // What the handler does once its reply is sent (the usual path's handler goes on the same way).
    const rest = after().catch((error: unknown) => log.error({ err: error }, 'handler failed'));
    running.add(rest);
    void rest.finally(() => running.delete(rest));
  }

  async function answer(res: http.ServerResponse, payload: APIInteraction): Promise<void> {
    const direct = answerDirectly(res, payload);
    if (direct) return direct;
    const interaction = toInteraction(client, payload);
    if (!interaction) {
      await sendJson(res, 400, { error: 'unsupported interaction type' });
      return;
    }
    if (isThreadType(payload.channel?.type)) inThreads.add(interaction);
    const pending = responses.expect(payload.id);
    const handled = onInteraction(interaction);
    running.add(handled);
    void handled.finally(() => running.delete(handled));
    let timer: NodeJS.Timeout | undefined;
    const first = await Promise.race([
      pending.body,
      handled.then(() => 'no response' as const),
      new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), responseTimeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (first === 'no response' || first === 'timeout') {
      pending.cancel();
      logger.error(
        { interactionId: payload.id, type: payload.type, reason: first },
        'the handler gave no initial response in time',
      );
      await sendJson(res, 500, { error: 'no response' });
      return;
    }
    await sendJson(res, 200, first);
    pending.written();
  }

  const turns = new TurnQueue();

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // The path as Discord sends it needs no URL parsed (a cost on every request); any other is read as a URL.
    const pathname = req.url === path ? path : new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname !== path) return sendJson(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'method not allowed' }, { Allow: 'POST' });
    const body = await readBody(req, maxBodyBytes);
    const timestamp = header(req, 'x-signature-timestamp');
    // Verified on libuv's thread pool, so that the thread serving requests does not spend its time there.
    const check = await checkSignatureOffThread(key, {
      signature: header(req, 'x-signature-ed25519'),
      timestamp,
      body,
    });
    return turns.run(() => respond(req, res, body, timestamp, check));
  }

  /**
   * Whether interaction `id` is seen for the first time, in the shared store. When the store
   * cannot be reached (PostgreSQL restarting), this instance's own memory of the ids it accepted
   * stands in, so answering goes on and a replay to this instance is still refused; a replay to
   * another instance in that window is not, which the warning says.
   */
  async function firstSighting(id: string, untilMs: number): Promise<boolean> {
    const now = Date.now();
    // Accepted here while the store was unreachable: the store never heard of it.
    const acceptedMeanwhile = (fallbackSeen.get(id) ?? 0) > now;
    try {
      return (await database.markInteractionSeen(id, untilMs)) && !acceptedMeanwhile;
    } catch (error) {
      logger.warn(
        { err: error, interactionId: id },
        'replay store unreachable; checking replays on this instance only',
      );
      if (acceptedMeanwhile) return false;
      if (fallbackSeen.size >= MAX_FALLBACK_SEEN) {
        for (const [seen, until] of fallbackSeen) if (until <= now) fallbackSeen.delete(seen);
      }
      fallbackSeen.set(id, untilMs);
      return true;
    }
  }
  const fallbackSeen = new Map<string, number>();

  /** Everything after the body is read: the request's turn (see turns.ts). */
  async function respond(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    body: Buffer,
    timestamp: string | undefined,
    check: SignatureCheck,
  ): Promise<void> {
    if (!check.ok) {
      // Discord itself sends bad signatures now and then to check this refusal: not worth a warning.
      logger.debug({ reason: check.reason, remote: req.socket.remoteAddress }, 'request refused');
      return sendJson(res, 401, { error: 'invalid request signature' });
    }
    let payload: APIInteraction;
    try {
      payload = JSON.parse(body.toString('utf8')) as APIInteraction;
    } catch {
      return sendJson(res, 400, { error: 'body is not JSON' });
    }
    if (payload.type === InteractionType.Ping) {
      return sendJson(res, 200, { type: InteractionResponseType.Pong });
    }
    if (typeof payload.id !== 'string') return sendJson(res, 400, { error: 'no interaction id' });
    // Discord sends each interaction once. The same signed request again, within the minutes its
    // timestamp passes the check, is a replay by whoever captured it: refused like a stale
    // timestamp (401, the answer to a request that is not Discord's), not 409 (it is not a
    // conflict the sender could resolve, and Discord would never see it). Remembered until the
    // timestamp check refuses it anyway, in the store every instance shares (see firstSighting).
    const replayableUntilMs = (Number(timestamp) + MAX_SIGNATURE_AGE_SECONDS + 1) * 1000;
    if (!(await firstSighting(payload.id, replayableUntilMs))) {
      logger.warn(
        { interactionId: payload.id, remote: req.socket.remoteAddress },
        'replayed request refused: this interaction was already received',
      );
      return sendJson(res, 401, { error: 'interaction already received' });
    }
    return answer(res, payload);
  }

  const server = http.createServer(
    { headersTimeout, requestTimeout, connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        if (error instanceof HttpError) {
          // Stop reading a body that is too large; the connection closes after the answer.
          void sendJson(res, error.status, { error: error.message }, { Connection: 'close' });
          return;
        }
        logger.error({ err: error }, 'HTTP request failed');
        if (!res.headersSent) void sendJson(res, 500, { error: 'internal error' });
        else res.destroy();
      });
    },
  );
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await answerThreads?.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${shownHost}:${address.port}${path}`,
    address,
    client,
    commands,
    answerThreads,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await Promise.allSettled([...running]);
      await answerThreads?.close();
      await client.destroy();
    },
  };
}

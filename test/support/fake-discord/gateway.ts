/**
 * The fake's WebSocket gateway: HELLO, IDENTIFY and RESUME with shards and intents, heartbeats,
 * member requests, zlib-stream compression, and dispatches routed to the shard that owns them.
 */
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import zlib from 'node:zlib';
import type { GatewayIdentifyData, GatewayReadyDispatchData } from 'discord.js';
import { GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import { WebSocket, type WebSocketServer } from 'ws';
import { guildCreatePayload } from './guilds.ts';
import { asRecord, clone, type Json } from './json.ts';
import { shardForGuild } from './snowflakes.ts';
import type { FakeState } from './state.ts';
import type { DispatchOptions, FakeDiscordOptions, GatewayPayload } from './types.ts';

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

export class FakeGateway {
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

  private readonly sockets = new Set<GatewayConnection>();
  private readonly sessions = new Map<string, Session>();
  private nextConnectionId = 1;

  constructor(
    private readonly wss: WebSocketServer,
    /** `ws://127.0.0.1:PORT`, what READY gives as `resume_gateway_url`. */
    private readonly gatewayUrl: string,
    private readonly options: FakeDiscordOptions,
    private readonly state: FakeState,
    private readonly log: (line: string) => void,
  ) {
    wss.on('connection', (socket, req) => this.handleConnection(socket, req));
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

  /** Sends a dispatch to the connections it is for (see FakeDiscord.dispatch). */
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

  /** Closes every gateway connection and the WebSocket server. */
  async close(): Promise<void> {
    for (const conn of this.sockets) {
      conn.deflate?.close();
      conn.socket.terminate();
    }
    this.sockets.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

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
    const guilds = this.state.guildsForShard(shard[0], shard[1]);
    this.log(`gateway #${conn.id} identified as shard ${shard.join('/')} intents=${d.intents}`);
    const ready: GatewayReadyDispatchData & Json = {
      v: 10,
      user_settings: {},
      user: { ...clone(this.state.botUser), verified: true, mfa_enabled: false, email: null },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: {
        id: this.state.applicationId,
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
      for (const guild of guilds)
        this.sendDispatch(conn, 'GUILD_CREATE', guildCreatePayload(this.state.guild(guild.id)));
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
      const guild = this.state.guilds.find((g) => g.id === guildId);
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
    if (asRecord(message.author).id === this.state.botUser.id) return data;
    const mentions = Array.isArray(message.mentions) ? message.mentions : [];
    if (mentions.some((u) => asRecord(u).id === this.state.botUser.id)) return data;
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
}

/**
 * The REST route table: each Discord route the fake answers, in matching order. The larger
 * handlers live in their own modules (commands, interactions, channel messages).
 */
import { randomBytes } from 'node:crypto';
import type { ChannelMessages } from './channels.ts';
import type { ApplicationCommands } from './commands.ts';
import { guildObject } from './guilds.ts';
import type { InteractionResponses } from './interactions.ts';
import { asRecord, clone, type Json } from './json.ts';
import { apiError, json, noContent, type Route } from './responses.ts';
import type { FakeState } from './state.ts';
import type { FakeDiscordOptions } from './types.ts';

export interface RouteHandlers {
  state: FakeState;
  options: FakeDiscordOptions;
  /** `ws://127.0.0.1:PORT`, what GET /gateway and /gateway/bot advertise. */
  gatewayUrl: string;
  commands: ApplicationCommands;
  interactions: InteractionResponses;
  channelMessages: ChannelMessages;
}

export function buildRoutes(handlers: RouteHandlers): Route[] {
  const { state, options, gatewayUrl, commands, interactions, channelMessages } = handlers;
  const r = (method: string, path: string, handle: Route['handle'], auth = true): Route => ({
    method,
    auth,
    handle,
    pattern: new RegExp(`^${path.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`),
  });
  const commandsKey = (p: Record<string, string>) => p.guild ?? 'global';
  return [
    r('GET', '/gateway', () => json(200, { url: gatewayUrl }), false),
    r('GET', '/gateway/bot', () =>
      json(200, {
        url: gatewayUrl,
        shards: state.shardCount,
        session_start_limit: {
          total: 1000,
          remaining: 1000,
          reset_after: 0,
          max_concurrency: options.maxConcurrency ?? state.shardCount,
        },
      }),
    ),
    r('GET', '/users/@me', () => json(200, clone(state.botUser))),
    r('POST', '/users/@me/channels', (req) => {
      const recipient = state.users.get(String(asRecord(req.body).recipient_id));
      if (!recipient) return apiError(400, 50033, 'Invalid Recipient(s)');
      const dm = state.dmChannelFor(recipient);
      return json(200, { ...clone(dm), last_message_id: null, flags: 0 });
    }),
    r('GET', '/users/:user', (_req, p) => {
      const user = p.user ? state.users.get(p.user) : undefined;
      return user ? json(200, clone(user)) : apiError(404, 10013, 'Unknown User');
    }),
    r('GET', '/applications/@me', () => json(200, applicationObject(state, options))),
    r('GET', '/applications/:app/commands', (_req, p) => commands.list(p.app, 'global')),
    r('PUT', '/applications/:app/commands', (req, p) => commands.put(p.app, 'global', req.body)),
    r('POST', '/applications/:app/commands', (req, p) => commands.post(p.app, 'global', req.body)),
    r('GET', '/applications/:app/guilds/:guild/commands', (_req, p) => commands.list(p.app, commandsKey(p))),
    r('PUT', '/applications/:app/guilds/:guild/commands', (req, p) =>
      commands.put(p.app, commandsKey(p), req.body),
    ),
    r('POST', '/applications/:app/guilds/:guild/commands', (req, p) =>
      commands.post(p.app, commandsKey(p), req.body),
    ),
    ...(['GET', 'PATCH', 'DELETE'] as const).flatMap((method) => [
      r(method, '/applications/:app/commands/:command', (req, p) =>
        commands.one(method, p, 'global', req.body),
      ),
      r(method, '/applications/:app/guilds/:guild/commands/:command', (req, p) =>
        commands.one(method, p, commandsKey(p), req.body),
      ),
    ]),
    r('POST', '/interactions/:id/:token/callback', (req, p) => interactions.callback(req, p), false),
    r('POST', '/webhooks/:app/:token', (req, p) => interactions.followUp(req, p), false),
    ...(['GET', 'PATCH', 'DELETE'] as const).map((method) =>
      r(
        method,
        '/webhooks/:app/:token/messages/:message',
        (req, p) => interactions.webhookMessage(method, req, p),
        false,
      ),
    ),
    r('GET', '/channels/:channel', (_req, p) => {
      const found = p.channel ? state.channelById(p.channel) : null;
      return found ? json(200, found.channel) : apiError(404, 10003, 'Unknown Channel');
    }),
    r('GET', '/channels/:channel/messages', (req, p) => {
      if (!p.channel || !state.channelById(p.channel)) return apiError(404, 10003, 'Unknown Channel');
      const limit = Number(req.query.limit ?? 50);
      const list = [...state.messages.values()].filter((m) => m.channel_id === p.channel).reverse();
      return json(200, clone(list.slice(0, limit)));
    }),
    r('POST', '/channels/:channel/messages', (req, p) => channelMessages.create(req, p.channel ?? '')),
    r('GET', '/channels/:channel/messages/:message', (_req, p) => {
      const message = p.message ? state.messages.get(p.message) : undefined;
      return message && message.channel_id === p.channel
        ? json(200, clone(message))
        : apiError(404, 10008, 'Unknown Message');
    }),
    r('PATCH', '/channels/:channel/messages/:message', (req, p) => channelMessages.edit(req, p)),
    r('DELETE', '/channels/:channel/messages/:message', (_req, p) => {
      const message = p.message ? state.messages.get(p.message) : undefined;
      if (!message || message.channel_id !== p.channel) return apiError(404, 10008, 'Unknown Message');
      state.messages.delete(message.id);
      return noContent();
    }),
    r('POST', '/channels/:channel/typing', (_req, p) =>
      p.channel && state.channelById(p.channel) ? noContent() : apiError(404, 10003, 'Unknown Channel'),
    ),
    r('PUT', '/channels/:channel/messages/:message/reactions/:emoji/@me', () => noContent()),
    r('DELETE', '/channels/:channel/messages/:message/reactions/:emoji/@me', () => noContent()),
    r('GET', '/guilds/:guild', (_req, p) => {
      const guild = state.guilds.find((g) => g.id === p.guild);
      return guild ? json(200, guildObject(guild)) : apiError(404, 10004, 'Unknown Guild');
    }),
    r('GET', '/guilds/:guild/channels', (_req, p) => {
      const guild = state.guilds.find((g) => g.id === p.guild);
      if (!guild) return apiError(404, 10004, 'Unknown Guild');
      return json(
        200,
        guild.channels.map((c) => ({ ...clone(c), guild_id: guild.id })),
      );
    }),
    r('GET', '/guilds/:guild/roles', (_req, p) => {
      const guild = state.guilds.find((g) => g.id === p.guild);
      return guild ? json(200, clone(guild.roles)) : apiError(404, 10004, 'Unknown Guild');
    }),
    r('GET', '/guilds/:guild/members', (req, p) => {
      const guild = state.guilds.find((g) => g.id === p.guild);
      if (!guild) return apiError(404, 10004, 'Unknown Guild');
      const limit = Number(req.query.limit ?? 1);
      return json(
        200,
        [...guild.members.values()].slice(0, limit).map((m) => clone(m)),
      );
    }),
    r('GET', '/guilds/:guild/members/:user', (_req, p) => {
      const guild = state.guilds.find((g) => g.id === p.guild);
      if (!guild) return apiError(404, 10004, 'Unknown Guild');
      const member = p.user ? guild.members.get(p.user) : undefined;
      return member ? json(200, clone(member)) : apiError(404, 10007, 'Unknown Member');
    }),
  ];
}

function applicationObject(state: FakeState, options: FakeDiscordOptions): Json {
  return {
    id: state.applicationId,
    name: state.botUser.username,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot: clone(state.botUser),
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: randomBytes(32).toString('hex'),
    team: null,
    flags: options.applicationFlags ?? 0,
    flags_new: String(options.applicationFlags ?? 0),
    owner: clone(state.ownerUser),
    approximate_guild_count: state.guilds.length,
    integration_types_config: { '0': {} },
    interactions_endpoint_url: null,
    redirect_uris: [],
    role_connections_verification_url: null,
  };
}

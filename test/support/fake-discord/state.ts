/**
 * What the fake knows: its users, guilds and DM channels, the application commands registered,
 * every message and every interaction. The gateway, REST routes and builders read and change it.
 */
import type {
  APIApplicationCommand,
  APIGuildMember,
  APIInteraction,
  APIInteractionGuildMember,
  APIMessage,
  APIUser,
} from 'discord.js';
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import { buildGuild, type GuildPeople, newMember } from './guilds.ts';
import { asRecord, clone, type Json, NO_FLAGS } from './json.ts';
import { ALL_PERMISSIONS, type PermissionsInput, permissionBits } from './permissions.ts';
import { nextSnowflake, shardForGuild, snowflakeForShard } from './snowflakes.ts';
import type { FakeDiscordOptions, FakeGuild, FakeGuildSpec, InteractionState } from './types.ts';

export interface DmChannel {
  id: string;
  type: ChannelType.DM;
  recipients: APIUser[];
}

export class FakeState implements GuildPeople {
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

  /** Application commands registered via PUT/POST: key 'global' or a guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  /** Every message the fake knows about (dispatched or created through REST), by id. */
  readonly messages = new Map<string, APIMessage>();
  /** Interactions dispatched through the fake, by token. */
  readonly interactions = new Map<string, InteractionState>();
  readonly users = new Map<string, APIUser>();
  /** DM channels by id. */
  readonly dmChannels = new Map<string, DmChannel>();
  /** Files uploaded as attachments (fake.attachment()), by id, served by the fake's CDN. */
  readonly attachments = new Map<string, { filename: string; contentType: string; data: Buffer }>();

  constructor(options: FakeDiscordOptions) {
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
    this.buildGuilds(options.guilds);
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

  /** What the fake learns from a dispatch, whether or not a connection receives it. */
  recordDispatch(event: string, data: unknown): void {
    const record = asRecord(data);
    if (event === 'INTERACTION_CREATE') this.registerInteraction(data as APIInteraction);
    if (event === 'MESSAGE_CREATE' && typeof record.id === 'string')
      this.messages.set(record.id, clone(data as APIMessage));
  }

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
      stored = newMember(user, opts.roles ?? [], new Date().toISOString());
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
    const member = guild.members.get(user.id) ?? newMember(user, [], new Date().toISOString());
    if (opts.roles) member.roles = [...opts.roles];
    if (opts.nick !== undefined) member.nick = opts.nick;
    guild.members.set(user.id, member);
    return clone(member);
  }

  private buildGuilds(guilds: FakeDiscordOptions['guilds']): void {
    const specs: FakeGuildSpec[] =
      typeof guilds === 'number'
        ? Array.from({ length: guilds }, () => ({}))
        : (guilds ?? Array.from({ length: this.shardCount }, () => ({})));
    specs.forEach((spec, index) => {
      const id = spec.id ?? snowflakeForShard(spec.shard ?? index % this.shardCount, this.shardCount);
      this.guilds.push(buildGuild(id, spec.name ?? `Fake Guild ${index + 1}`, this));
    });
  }

  channelById(channelId: string): { channel: Json; guild: FakeGuild | null } | null {
    for (const guild of this.guilds) {
      const channel =
        guild.channels.find((c) => c.id === channelId) ?? guild.threads.find((t) => t.id === channelId);
      if (channel) return { channel: { ...clone(channel), guild_id: guild.id }, guild };
    }
    const dm = this.dmChannels.get(channelId);
    return dm ? { channel: { ...clone(dm), last_message_id: null, flags: 0 }, guild: null } : null;
  }

  dmChannelFor(user: APIUser): DmChannel {
    for (const dm of this.dmChannels.values()) if (dm.recipients[0]?.id === user.id) return dm;
    const dm = { id: nextSnowflake(), type: ChannelType.DM as const, recipients: [clone(user)] };
    this.dmChannels.set(dm.id, dm);
    return dm;
  }

  registerInteraction(payload: APIInteraction): void {
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
}

/** A fake guild (its roles, channels and members) and the shapes Discord sends it in. */
import type {
  APIGuild,
  APIGuildMember,
  APIRole,
  APIThreadChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
} from 'discord.js';
import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  Locale,
} from 'discord.js';
import { clone, NO_FLAGS } from './json.ts';
import { BOT_PERMISSIONS, EVERYONE_PERMISSIONS, MODERATOR_PERMISSIONS } from './permissions.ts';
import { nextSnowflake } from './snowflakes.ts';
import type { FakeGuild, GuildChannel } from './types.ts';

/** The users every fake guild has as members. */
export interface GuildPeople {
  botUser: APIUser;
  ownerUser: APIUser;
  moderatorUser: APIUser;
  defaultUser: APIUser;
}

export function newMember(user: APIUser, roles: string[], joinedAt: string): APIGuildMember {
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

/** A public thread in a text channel of `guild`, started by `ownerId`. */
export function buildThread(
  guild: FakeGuild,
  parentId: string,
  ownerId: string,
  name: string,
): APIThreadChannel {
  return {
    id: nextSnowflake(),
    type: ChannelType.PublicThread,
    guild_id: guild.id,
    name,
    parent_id: parentId,
    owner_id: ownerId,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: new Date().toISOString(),
      locked: false,
    },
    flags: NO_FLAGS,
  };
}

export function buildGuild(id: string, name: string, people: GuildPeople): FakeGuild {
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
    name: people.botUser.username,
    permissions: BOT_PERMISSIONS.toString(),
    position: 1,
    managed: true,
    tags: { bot_id: people.botUser.id },
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
    [people.botUser.id, newMember(people.botUser, [botRole.id], joinedAt)],
    [people.ownerUser.id, newMember(people.ownerUser, [], joinedAt)],
    [people.moderatorUser.id, newMember(people.moderatorUser, [moderator.id], joinedAt)],
    [people.defaultUser.id, newMember(people.defaultUser, [], joinedAt)],
  ]);
  return {
    id,
    name,
    ownerId: people.ownerUser.id,
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
    threads: [],
    members,
  };
}

/** The REST shape of a guild (no channels/members). */
export function guildObject(guild: FakeGuild): APIGuild {
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
export function guildCreatePayload(guild: FakeGuild): GatewayGuildCreateDispatchData {
  return {
    ...guildObject(guild),
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.size,
    voice_states: [],
    members: [...guild.members.values()].map((m) => clone(m)),
    channels: clone(guild.channels),
    threads: clone(guild.threads),
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

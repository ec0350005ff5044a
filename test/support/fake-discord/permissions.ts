/** Permission bit sets: reading them, and what the fake guild's roles grant. */
import { PermissionFlagsBits } from 'discord.js';

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

/**
 * Preconditions (after Sapphire's): small, named checks applied to a whole command, so that who
 * may use it is decided in one tested place and not by an `if` copied into each handler. A command
 * refused by a precondition gets an ephemeral explanation (autocomplete: no suggestions), and
 * its handler never runs.
 */
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  PermissionFlagsBits,
  type PermissionsBitField,
} from 'discord.js';
import type { AppConfig } from '../config.ts';
import type { Command, CommandContext } from './command.ts';

/** What `isModerator` reads: an interaction, or anything shaped like one. */
export interface MemberSubject {
  /** The member's permissions in the channel; null outside a guild. */
  memberPermissions: Readonly<PermissionsBitField> | null;
  /** A cached GuildMember (roles in a manager) or the raw API member (role ids). */
  member: { roles: readonly string[] | { cache: { has(id: string): boolean } } } | null;
}

/** A moderator has Manage Server (Administrator implies it) or one of MODERATOR_ROLE_IDS. */
export function isModerator(subject: MemberSubject, config: AppConfig): boolean {
  if (subject.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const roleIds = config.discord?.moderatorRoleIds ?? [];
  const roles = subject.member?.roles;
  if (!roles || roleIds.length === 0) return false;
  const has = (id: string) => (isRoleIdList(roles) ? roles.includes(id) : roles.cache.has(id));
  return roleIds.some(has);
}

function isRoleIdList(roles: NonNullable<MemberSubject['member']>['roles']): roles is readonly string[] {
  return Array.isArray(roles);
}

export type PreconditionResult = { ok: true } | { ok: false; message: string };

export type Precondition = ((
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
  context: CommandContext,
) => PreconditionResult) & { readonly preconditionName: string };

function precondition(
  name: string,
  check: (
    interaction: ChatInputCommandInteraction | AutocompleteInteraction,
    context: CommandContext,
  ) => PreconditionResult,
): Precondition {
  return Object.assign(check, { preconditionName: name });
}

export const NOT_A_MODERATOR =
  'Only moderators can use this command: it needs the Manage Server permission or a moderator role. Nothing was changed.';

/** Moderators only (see isModerator). */
export const moderatorOnly: Precondition = precondition('moderatorOnly', (interaction, context) =>
  isModerator(interaction, context.config) ? { ok: true } : { ok: false, message: NOT_A_MODERATOR },
);

/** The command, with its handlers run only when every precondition passes. */
export function withPreconditions(command: Command, ...preconditions: Precondition[]): Command {
  const refusal = (
    interaction: ChatInputCommandInteraction | AutocompleteInteraction,
    context: CommandContext,
  ) => {
    for (const check of preconditions) {
      const result = check(interaction, context);
      if (!result.ok) {
        context.log.info({ precondition: check.preconditionName }, 'command refused by a precondition');
        return result.message;
      }
    }
    return null;
  };
  const { autocomplete } = command;
  return {
    data: command.data,
    async execute(interaction, context) {
      const refused = refusal(interaction, context);
      if (refused === null) await command.execute(interaction, context);
      else await interaction.reply({ content: refused, flags: MessageFlags.Ephemeral });
    },
    ...(autocomplete
      ? {
          async autocomplete(interaction: AutocompleteInteraction, context: CommandContext) {
            if (refusal(interaction, context) === null) await autocomplete(interaction, context);
            else await interaction.respond([]);
          },
        }
      : {}),
  };
}

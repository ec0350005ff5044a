import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  PermissionFlagsBits,
  PermissionsBitField,
  SlashCommandBuilder,
} from 'discord.js';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Command, CommandContext } from '../../src/discord/command.ts';
import {
  isModerator,
  type MemberSubject,
  moderatorOnly,
  NOT_A_MODERATOR,
  withPreconditions,
} from '../../src/discord/preconditions.ts';
import { createLogger } from '../../src/log.ts';

const MOD_ROLE = '111111111111111111';
const OTHER_ROLE = '222222222222222222';

const config = loadConfig({
  DISCORD_TOKEN: 'fake.bot-token.for-tests',
  DISCORD_CLIENT_ID: '333333333333333333',
  MODERATOR_ROLE_IDS: MOD_ROLE,
});
const noRolesConfig = loadConfig({
  DISCORD_TOKEN: 'fake.bot-token.for-tests',
  DISCORD_CLIENT_ID: '333333333333333333',
});
const terminalConfig = loadConfig({});

const perms = (...bits: bigint[]) => new PermissionsBitField(bits);
/** A cached GuildMember keeps its roles in a manager. */
const cached = (...ids: string[]) => ({ roles: { cache: new Set(ids) } });

describe('isModerator', () => {
  const cases: Array<[string, MemberSubject, boolean]> = [
    [
      'Manage Server',
      { memberPermissions: perms(PermissionFlagsBits.ManageGuild), member: { roles: [] } },
      true,
    ],
    [
      'Administrator',
      { memberPermissions: perms(PermissionFlagsBits.Administrator), member: { roles: [] } },
      true,
    ],
    [
      'a plain member',
      { memberPermissions: perms(PermissionFlagsBits.SendMessages), member: { roles: [] } },
      false,
    ],
    [
      'Manage Messages is not enough',
      { memberPermissions: perms(PermissionFlagsBits.ManageMessages), member: { roles: [OTHER_ROLE] } },
      false,
    ],
    ['a moderator role (API member)', { memberPermissions: perms(), member: { roles: [MOD_ROLE] } }, true],
    [
      'a moderator role (cached member)',
      { memberPermissions: perms(), member: cached(OTHER_ROLE, MOD_ROLE) },
      true,
    ],
    ['another role (cached member)', { memberPermissions: perms(), member: cached(OTHER_ROLE) }, false],
    ['outside a guild', { memberPermissions: null, member: null }, false],
  ];
  it.each(cases)('%s -> %s', (_name, subject, expected) => {
    expect(isModerator(subject, config)).toBe(expected);
  });

  it('counts no role when MODERATOR_ROLE_IDS is empty, and Manage Server still', () => {
    expect(isModerator({ memberPermissions: perms(), member: { roles: [MOD_ROLE] } }, noRolesConfig)).toBe(
      false,
    );
    expect(
      isModerator(
        { memberPermissions: perms(PermissionFlagsBits.ManageGuild), member: null },
        terminalConfig,
      ),
    ).toBe(true);
  });
});

describe('withPreconditions(command, moderatorOnly)', () => {
  const log = createLogger({ level: 'silent' });
  const context = { config, log } as unknown as CommandContext;

  function guarded() {
    const execute = vi.fn(async () => undefined);
    const autocomplete = vi.fn(async () => undefined);
    const command: Command = {
      data: new SlashCommandBuilder().setName('guarded').setDescription('test'),
      execute,
      autocomplete,
    };
    return { command: withPreconditions(command, moderatorOnly), execute, autocomplete };
  }

  function interaction(subject: MemberSubject) {
    return {
      ...subject,
      reply: vi.fn(async () => undefined),
      respond: vi.fn(async () => undefined),
    };
  }

  it('runs the handlers for a moderator', async () => {
    const { command, execute, autocomplete } = guarded();
    const i = interaction({
      memberPermissions: perms(PermissionFlagsBits.ManageGuild),
      member: { roles: [] },
    });
    await command.execute(i as unknown as ChatInputCommandInteraction, context);
    await command.autocomplete?.(i as unknown as AutocompleteInteraction, context);
    expect(execute).toHaveBeenCalledOnce();
    expect(autocomplete).toHaveBeenCalledOnce();
    expect(i.reply).not.toHaveBeenCalled();
  });

  it('refuses anyone else ephemerally, and suggests nothing, without running the handlers', async () => {
    const { command, execute, autocomplete } = guarded();
    const i = interaction({
      memberPermissions: perms(PermissionFlagsBits.SendMessages),
      member: { roles: [] },
    });
    await command.execute(i as unknown as ChatInputCommandInteraction, context);
    await command.autocomplete?.(i as unknown as AutocompleteInteraction, context);
    expect(execute).not.toHaveBeenCalled();
    expect(autocomplete).not.toHaveBeenCalled();
    expect(i.reply).toHaveBeenCalledWith({ content: NOT_A_MODERATOR, flags: MessageFlags.Ephemeral });
    expect(i.respond).toHaveBeenCalledWith([]);
  });

  it('keeps the command definition', () => {
    expect(guarded().command.data.name).toBe('guarded');
    expect(moderatorOnly.preconditionName).toBe('moderatorOnly');
  });
});

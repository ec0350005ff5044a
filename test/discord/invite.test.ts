import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { BOT_PERMISSIONS, botPermissions, inviteUrl } from '../../src/discord/invite.ts';
import { ROOT } from '../support/processes.ts';

describe('the invite link', () => {
  it('asks for the scopes bot and applications.commands and the permissions the bot uses', () => {
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe('274877992000');
    expect(botPermissions()).toBe(
      PermissionFlagsBits.ViewChannel |
        PermissionFlagsBits.SendMessages |
        PermissionFlagsBits.SendMessagesInThreads |
        PermissionFlagsBits.EmbedLinks |
        PermissionFlagsBits.ReadMessageHistory |
        PermissionFlagsBits.AddReactions,
    );
  });

  it('asks for nothing administrative', () => {
    for (const name of ['Administrator', 'ManageGuild', 'ManageMessages', 'MentionEveryone'] as const) {
      expect(botPermissions() & PermissionFlagsBits[name]).toBe(0n);
    }
    expect(Object.keys(BOT_PERMISSIONS)).not.toContain('UseApplicationCommands');
  });

  it("is the link in the README's quick start", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(inviteUrl('CLIENT_ID'));
    expect(readme).toContain(`permissions, \`${botPermissions()}\``.replace('permissions', 'Permissions'));
  });
});

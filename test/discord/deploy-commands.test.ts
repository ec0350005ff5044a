/**
 * npm run deploy-commands, as a process against the fake: where the commands go (--global,
 * --guild ID, or DISCORD_GUILD_ID), and --clear to remove old ones, e.g. the guild copies left
 * from testing once the commands are registered globally (Discord then lists both).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDeployArgs } from '../../src/discord/deploy-commands.ts';
import { inviteUrl } from '../../src/discord/invite.ts';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import { PROCESS_CEILING_MS, runEntry } from '../support/processes.ts';
import { COMMAND_NAMES, TOKEN } from './harness.ts';

let fake: FakeDiscord;
let cwd: string;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  cwd = mkdtempSync(join(tmpdir(), 'bot-deploy-'));
});

afterAll(async () => {
  await fake?.close();
  rmSync(cwd, { recursive: true, force: true });
});

function deploy(args: string[], env: Record<string, string> = {}) {
  return runEntry('src/discord/deploy-commands.ts', {
    cwd,
    env: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      ...env,
    },
    args,
  });
}

const names = (scope: string) => (fake.commands.get(scope) ?? []).map((c) => c.name).sort();

// Each test runs deploy-commands up to three times.
describe('npm run deploy-commands', { timeout: 3 * PROCESS_CEILING_MS }, () => {
  it('--global registers globally even with DISCORD_GUILD_ID set, and --clear removes them again', async () => {
    const guildId = fake.guild().id;
    const registered = deploy(['--global'], { DISCORD_GUILD_ID: guildId });
    expect(await registered.exit).toBe(0);
    expect(registered.stdout()).toMatch(/^Registered 7 commands globally/);
    expect(registered.stdout()).toContain(`Invite the bot: ${inviteUrl(fake.applicationId)}\n`);
    expect(names('global')).toEqual(COMMAND_NAMES);
    expect(fake.commands.has(guildId)).toBe(false);

    const cleared = deploy(['--clear']);
    expect(await cleared.exit).toBe(0);
    expect(cleared.stdout()).toContain('Removed every command of this application globally.');
    expect(names('global')).toEqual([]);
  });

  it('--clear with DISCORD_GUILD_ID removes the guild copies only, leaving the global ones', async () => {
    const guildId = fake.guild().id;
    expect(await deploy([], { DISCORD_GUILD_ID: guildId }).exit).toBe(0);
    expect(await deploy(['--global']).exit).toBe(0);
    expect(names(guildId)).toEqual(COMMAND_NAMES);

    const cleared = deploy(['--clear'], { DISCORD_GUILD_ID: guildId });
    expect(await cleared.exit).toBe(0);
    expect(cleared.stdout()).toContain(`Removed every command of this application in guild ${guildId}.`);
    expect(names(guildId)).toEqual([]);
    expect(names('global')).toEqual(COMMAND_NAMES);
  });

  it('--guild ID registers in that guild, and --clear --guild ID removes them', async () => {
    const guildId = fake.guild().id;
    const registered = deploy(['--guild', guildId]);
    expect(await registered.exit).toBe(0);
    expect(registered.stdout()).toContain(`Registered 7 commands in guild ${guildId}`);
    expect(names(guildId)).toEqual(COMMAND_NAMES);
    expect(await deploy(['--clear', '--guild', guildId]).exit).toBe(0);
    expect(names(guildId)).toEqual([]);
  });

  it('refuses an unknown option with the usage and exit code 2, and changes nothing', async () => {
    const before = fake.calls.length;
    const refused = deploy(['--everywhere']);
    expect(await refused.exit).toBe(2);
    expect(refused.stderr()).toMatch(/Unknown option '--everywhere'/);
    expect(refused.stderr()).toContain('Usage: npm run deploy-commands');
    expect(fake.calls.length).toBe(before);
  });
});

describe('parseDeployArgs', () => {
  it.each([
    [[], { clear: false, global: false, guild: undefined }],
    [['--clear'], { clear: true, global: false, guild: undefined }],
    [['--clear', '--global'], { clear: true, global: true, guild: undefined }],
    [['--guild', '123456789012345678'], { clear: false, global: false, guild: '123456789012345678' }],
  ])('reads %j', (args, expected) => {
    expect(parseDeployArgs(args)).toEqual(expected);
  });

  it.each([
    [['--everywhere'], /Unknown option '--everywhere'/],
    [['--global', '--guild', '123456789012345678'], /--global or --guild, not both/],
    [['--guild', 'my-server'], /--guild needs a server id/],
    [['--guild'], /argument missing|--guild/],
  ])('refuses %j with the usage', (args, message) => {
    const refused = parseDeployArgs(args);
    expect(refused).toMatch(message);
    expect(refused).toContain('Usage: npm run deploy-commands');
  });
});

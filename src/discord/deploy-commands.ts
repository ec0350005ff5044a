/**
 * npm run deploy-commands: registers the slash commands in commands/ with Discord, in the guild
 * DISCORD_GUILD_ID when set (instant, for testing) or globally. Never a side effect of starting the bot.
 *
 *   npm run deploy-commands                       register (guild when DISCORD_GUILD_ID is set, else global)
 *   npm run deploy-commands -- --global           register globally, whatever DISCORD_GUILD_ID says
 *   npm run deploy-commands -- --guild ID         register in that server
 *   npm run deploy-commands -- --clear [...]      remove this application's commands there instead
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, type DiscordConfig, loadConfig } from '../config.ts';
import type { Command } from './command.ts';
import { formatRefused, loadCommands } from './command-loader.ts';
import { formatDiscordFailure } from './connect-errors.ts';
import { inviteUrl } from './invite.ts';

export interface DeployResult {
  scope: 'guild' | 'global';
  names: string[];
}

/** Where commands go: globally, or in one guild. */
export type DeployScope = { scope: 'global' } | { scope: 'guild'; guildId: string };

/** DISCORD_GUILD_ID's guild when it is set, else global. */
export function defaultScope(discord: DiscordConfig): DeployScope {
  return discord.guildId ? { scope: 'guild', guildId: discord.guildId } : { scope: 'global' };
}

/**
 * Replaces the application's commands in `where` (default: defaultScope) with `commands`; an
 * empty list removes them all.
 */
export async function deployCommands(
  discord: DiscordConfig,
  commands: readonly Command[],
  where: DeployScope = defaultScope(discord),
): Promise<DeployResult> {
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const body = commands.map((command) => command.data.toJSON());
  const route =
    where.scope === 'guild'
      ? Routes.applicationGuildCommands(discord.clientId, where.guildId)
      : Routes.applicationCommands(discord.clientId);
  const registered = (await rest.put(route, { body })) as Array<{ name: string }>;
  return { scope: where.scope, names: registered.map((c) => c.name) };
}

const USAGE =
  'Usage: npm run deploy-commands [-- --global | --guild ID] [--clear]\n' +
  '  (no option)  register in DISCORD_GUILD_ID when set, else globally\n' +
  '  --global     register globally (every server; may take up to an hour to appear)\n' +
  '  --guild ID   register in that server only (appears at once)\n' +
  "  --clear      remove this application's commands there instead of registering them";

export interface DeployArgs {
  clear: boolean;
  global: boolean;
  guild: string | undefined;
}

export function parseDeployArgs(args: readonly string[]): DeployArgs | string {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        clear: { type: 'boolean', default: false },
        global: { type: 'boolean', default: false },
        guild: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) return USAGE;
    if (values.global && values.guild) return `Give --global or --guild, not both.\n${USAGE}`;
    if (values.guild !== undefined && !/^\d{17,20}$/.test(values.guild)) {
      return `--guild needs a server id (17 to 20 digits): right-click the server (Developer Mode on) › Copy Server ID.\n${USAGE}`;
    }
    return { clear: values.clear, global: values.global, guild: values.guild };
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)}\n${USAGE}`;
  }
}

function describeScope(where: DeployScope): string {
  return where.scope === 'guild' ? `in guild ${where.guildId}` : 'globally';
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseDeployArgs(argv);
  if (typeof args === 'string') {
    console.error(args);
    return args === USAGE ? 0 : 2;
  }
  loadDotenv({ quiet: true });
  let discord: DiscordConfig | null;
  try {
    discord = loadConfig().discord;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 1;
  }
  if (!discord) {
    console.error(
      'DISCORD_TOKEN is not set: registering commands needs DISCORD_TOKEN and DISCORD_CLIENT_ID in .env.',
    );
    return 1;
  }
  const where: DeployScope = args.global
    ? { scope: 'global' }
    : args.guild
      ? { scope: 'guild', guildId: args.guild }
      : defaultScope(discord);

  let commands: Command[] = [];
  if (!args.clear) {
    const loaded = await loadCommands();
    if (loaded.refused.length > 0) {
      // Registering a partial set would delete the refused commands from Discord.
      console.error(`Not registering: some commands are malformed.\n${formatRefused(loaded.refused)}`);
      return 1;
    }
    commands = loaded.commands;
  }
  let result: DeployResult;
  try {
    result = await deployCommands(discord, commands, where);
  } catch (error) {
    // discord.js errors name the route and status, never the token.
    const what = args.clear ? 'Removing the commands failed' : 'Registering the commands failed';
    console.error(formatDiscordFailure(what, error, discord.apiUrl));
    return 1;
  }
  if (args.clear) {
    console.log(
      `Removed every command of this application ${describeScope(where)}.` +
        (where.scope === 'global' ? ' Discord clients may show them for up to an hour.' : ''),
    );
  } else {
    const when = where.scope === 'global' ? ' (may take up to an hour to appear)' : '';
    console.log(
      `Registered ${result.names.length} commands ${describeScope(where)}${when}: ${result.names.map((n) => `/${n}`).join(' ')}`,
    );
    console.log(`Not in your server yet? Invite the bot: ${inviteUrl(discord.clientId)}`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`deploy-commands failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

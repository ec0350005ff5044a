/**
 * npm run deploy-commands: registers the slash commands in commands/ with Discord, in the guild
 * DISCORD_GUILD_ID when set (instant, for testing) or globally. Never a side effect of starting the bot.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, type DiscordConfig, loadConfig } from '../config.ts';
import type { Command } from './command.ts';
import { formatRefused, loadCommands } from './command-loader.ts';
import { formatDiscordFailure } from './connect-errors.ts';

export interface DeployResult {
  scope: 'guild' | 'global';
  names: string[];
}

/** Replaces the application's commands (in the guild, or globally) with `commands`. */
export async function deployCommands(
  discord: DiscordConfig,
  commands: readonly Command[],
): Promise<DeployResult> {
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const body = commands.map((command) => command.data.toJSON());
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.clientId, discord.guildId)
    : Routes.applicationCommands(discord.clientId);
  const registered = (await rest.put(route, { body })) as Array<{ name: string }>;
  return { scope: discord.guildId ? 'guild' : 'global', names: registered.map((c) => c.name) };
}

async function main(): Promise<number> {
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
  const { commands, refused } = await loadCommands();
  if (refused.length > 0) {
    // Registering a partial set would delete the refused commands from Discord.
    console.error(`Not registering: some commands are malformed.\n${formatRefused(refused)}`);
    return 1;
  }
  let result: DeployResult;
  try {
    result = await deployCommands(discord, commands);
  } catch (error) {
    // discord.js errors name the route and status, never the token.
    console.error(formatDiscordFailure('Registering the commands failed', error, discord.apiUrl));
    return 1;
  }
  const where =
    result.scope === 'guild' ? `in guild ${discord.guildId}` : 'globally (may take up to an hour to appear)';
  console.log(
    `Registered ${result.names.length} commands ${where}: ${result.names.map((n) => `/${n}`).join(' ')}`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`deploy-commands failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

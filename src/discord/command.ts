/**
 * The shape of a slash command module in commands/: one file per command,
 * `export default { data, execute } satisfies Command`.
 */
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  SlashCommandBuilder,
  SlashCommandOptionsOnlyBuilder,
  SlashCommandSubcommandsOnlyBuilder,
} from 'discord.js';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.ts';
import type { EngineHolder } from '../engine/holder.ts';
import type { AppDatabase } from '../store/database.ts';
import type { Cooldown } from './cooldown.ts';

/** What every handler gets besides the interaction. */
export interface CommandContext {
  engines: EngineHolder;
  config: AppConfig;
  /** A child logger carrying the interaction id, user id and command name. */
  log: Logger;
  /** Feedback and the unanswered-question log. */
  database: AppDatabase;
  /** The per-user question cooldown, shared by /ask and free-text questions. */
  questionCooldown: Cooldown;
}

export interface Command {
  data: SlashCommandBuilder | SlashCommandOptionsOnlyBuilder | SlashCommandSubcommandsOnlyBuilder;
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}

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
import type { EngineHolder } from '../app/holder.ts';
import type { LiveKnowledge } from '../app/live.ts';
import type { SharedKnowledge } from '../app/shared-knowledge.ts';
import type { AppConfig } from '../config.ts';
import type { Store } from '../store/store.ts';
import type { QuestionCooldown } from './cooldown.ts';

/** What every handler gets besides the interaction. */
export interface CommandContext {
  /** The engine serving answers now (the same holder as `knowledge.engines`). */
  engines: EngineHolder;
  /** The knowledge folder being served: reloads, validated edits (/kb). */
  knowledge: LiveKnowledge;
  config: AppConfig;
  /** A child logger carrying the interaction id, user id and command name. */
  log: Logger;
  /** Feedback, the unanswered-question log and the audit trail of knowledge edits. */
  database: Store;
  /** The per-user question cooldown, shared by /ask and free-text questions. */
  questionCooldown: QuestionCooldown;
  /** With DATABASE_URL: /kb edits become knowledge revisions shared by every instance. */
  sharedKnowledge?: SharedKnowledge;
}

export interface Command {
  data: SlashCommandBuilder | SlashCommandOptionsOnlyBuilder | SlashCommandSubcommandsOnlyBuilder;
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}

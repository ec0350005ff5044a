/**
 * The shape of a slash command module in commands/: one file per command,
 * `export default { data, execute } satisfies Command`.
 */
import type {
  APIChatInputApplicationCommandInteraction,
  APIEmbed,
  AutocompleteInteraction,
  BaseInteraction,
  ChatInputCommandInteraction,
  MessageFlags,
  SlashCommandBuilder,
  SlashCommandOptionsOnlyBuilder,
  SlashCommandSubcommandsOnlyBuilder,
} from 'discord.js';
import type { Logger } from 'pino';
import type { AnswerThreads } from '../app/answer-threads.ts';
import type { EngineHolder } from '../app/holder.ts';
import type { LiveKnowledge } from '../app/live.ts';
import type { SharedKnowledge } from '../app/shared-knowledge.ts';
import type { AppConfig } from '../config.ts';
import type { Store } from '../store/store.ts';
import type { QuestionCooldown } from './cooldown.ts';
import type { ButtonRow } from './render.ts';

/** What every handler gets besides the interaction. */
export interface CommandContext {
  /** The engine serving answers now (the same holder as `knowledge.engines`). */
  engines: EngineHolder;
  /**
   * Over HTTP: threads that compute the engine's answers beside the thread serving requests
   * (app/answer-threads.ts); /ask's answer is the same with them as without.
   */
  answerThreads?: AnswerThreads;
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
  /**
   * Over HTTP: whether an interaction built from a payload was sent in a thread, as the payload's
   * channel type says. That client caches no channel, so `interaction.channel` is null there; over
   * the gateway the channel cache says (see inThread in conversations.ts).
   */
  sentInThread?(interaction: BaseInteraction): boolean;
}

/** A reply as plain data: what `interaction.reply()` takes, and what the HTTP endpoint writes itself. */
export interface ReplyData {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  flags?: MessageFlags.Ephemeral;
}

/** A command's initial reply to a payload, and what it does once the reply is sent (never rejects). */
export interface DirectReply {
  reply: ReplyData;
  after(): Promise<void>;
}

export interface Command {
  data: SlashCommandBuilder | SlashCommandOptionsOnlyBuilder | SlashCommandSubcommandsOnlyBuilder;
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
  /**
   * Optional: the same command from the raw payload of an interaction received over HTTP, without
   * building discord.js objects (src/http/server.ts), for a command asked often enough for those to
   * count (/ask). Must reply exactly as `execute` does; null for a payload it leaves to `execute`.
   */
  direct?(
    payload: APIChatInputApplicationCommandInteraction,
    context: CommandContext,
  ): Promise<DirectReply> | null;
}

/**
 * The one place a handler's error stops: it becomes a log line carrying the request's ids and a
 * polite ephemeral apology to the user, and the bot carries on.
 */
import { type Interaction, MessageFlags } from 'discord.js';
import type { Logger } from 'pino';

export const APOLOGY =
  'Sorry, something went wrong on my side while answering. Please try again in a moment.';

/** Runs `handler`; never rejects. */
export async function atBoundary(
  log: Logger,
  handler: () => Promise<void>,
  apologize: () => Promise<unknown>,
): Promise<void> {
  try {
    await handler();
  } catch (error) {
    log.error({ err: error }, 'handler failed');
    try {
      await apologize();
    } catch (apologyError) {
      log.warn({ err: apologyError }, 'could not send the apology');
    }
  }
}

/** An ephemeral apology, or an empty choice list for autocomplete, whatever state the interaction is in. */
export async function apologizeTo(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const apology = { content: APOLOGY, flags: MessageFlags.Ephemeral } as const;
  if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
  else await interaction.reply(apology);
}

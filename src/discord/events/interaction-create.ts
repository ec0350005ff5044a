/** interactionCreate: slash commands, autocomplete and buttons, each run once at the boundary. */
import { type Interaction, MessageFlags } from 'discord.js';
import type { Logger } from 'pino';
import { childLogger } from '../../log.ts';
import { handleButton } from '../buttons.ts';
import type { Command, CommandContext } from '../command.ts';
import { apologizeTo, atBoundary } from './boundary.ts';

/** What handlers share for the bot's lifetime; each request adds its own child logger. */
export type BotServices = Omit<CommandContext, 'log'> & { logger: Logger };

export const UNKNOWN_COMMAND = 'That command is not available right now. Try /help.';

function describe(interaction: Interaction): string | undefined {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isMessageComponent()) return `button:${interaction.customId.split(':')[0]}`;
  return undefined;
}

export function createInteractionHandler(
  services: BotServices,
  commands: ReadonlyMap<string, Command>,
): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    const log = childLogger(services.logger, {
      interactionId: interaction.id,
      userId: interaction.user.id,
      guildId: interaction.guildId ?? undefined,
      channelId: interaction.channelId ?? undefined,
      command: describe(interaction),
    });
    const context: CommandContext = { ...services, log };
    await atBoundary(
      log,
      async () => {
        if (interaction.isChatInputCommand()) {
          const command = commands.get(interaction.commandName);
          if (!command) {
            log.warn('unknown command');
            await interaction.reply({ content: UNKNOWN_COMMAND, flags: MessageFlags.Ephemeral });
            return;
          }
          await command.execute(interaction, context);
        } else if (interaction.isAutocomplete()) {
          const command = commands.get(interaction.commandName);
          // Autocomplete always answers, if only with nothing.
          if (command?.autocomplete) await command.autocomplete(interaction, context);
          else await interaction.respond([]);
        } else if (interaction.isButton()) {
          await handleButton(interaction, context);
        }
      },
      () => apologizeTo(interaction),
    );
  };
}

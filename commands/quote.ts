/** /quote speaker: — everything a person or body says in the article, each quote attributed. */
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { speakerChoices } from '../src/discord/autocomplete.ts';
import type { Command } from '../src/discord/command.ts';
import { creditsOf, escapeText, LIMITS, renderQuoteList } from '../src/discord/render.ts';
import { quotesBySpeaker } from '../src/engine/browse.ts';
import { plural } from '../src/text/plural.ts';
import { truncate } from '../src/text/truncate.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('What a person or body said in the article')
    .addStringOption((option) =>
      option
        .setName('speaker')
        .setDescription('Who, e.g. Samantha Power, Russia, the Pentagon')
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    ),

  async execute(interaction, context) {
    const engine = context.engines.current;
    const typed = interaction.options.getString('speaker', true);
    const found = quotesBySpeaker(engine, typed);
    if (!found) {
      await interaction.reply({
        content: `The article does not quote anyone called “${escapeText(truncate(typed, 100))}”. Pick a name from the list as you type.`,
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const label = found.speaker.label;
    if (found.quotes.length === 0) {
      await interaction.reply({
        content: `The article mentions ${escapeText(label)} but does not quote them.`,
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    context.log.info({ speaker: found.speaker.id, quotes: found.quotes.length }, 'quotes by speaker');
    await interaction.reply(
      renderQuoteList({
        title: truncate(`What ${label} said`, LIMITS.title),
        quotes: found.quotes,
        footer: `${plural(found.quotes.length, 'quote')}, verbatim from ${creditsOf(found.quotes)}`,
      }),
    );
  },

  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    await interaction.respond(speakerChoices(context.engines.current, typed));
  },
} satisfies Command;

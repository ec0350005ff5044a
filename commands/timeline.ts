/** /timeline — the events in order, each with its quote. */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { creditsOf, renderCard } from '../src/discord/render.ts';
import { timeline } from '../src/engine/browse.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('What happened, in order, each event with its quote'),

  async execute(interaction, context) {
    const engine = context.engines.current;
    const events = timeline(engine);
    await interaction.reply(
      renderCard({
        title: 'Timeline',
        sections: events.map((event) => ({ name: `${event.when}: ${event.label}`, quotes: event.quotes })),
        footer: `Every event is quoted verbatim from ${creditsOf(events.flatMap((e) => e.quotes))}`,
        overflowHint: 'use /ask',
      }),
    );
  },
} satisfies Command;

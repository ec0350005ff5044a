/** /facts — the key facts card: what, where, when, how long, who flew, the toll; each fact quoted. */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { creditsOf, renderCard } from '../src/discord/render.ts';
import { keyFacts } from '../src/engine/browse.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('facts')
    .setDescription('The key facts of the airstrike, each with its quote'),

  async execute(interaction, context) {
    const engine = context.engines.current;
    const facts = keyFacts(engine);
    await interaction.reply(
      renderCard({
        title: 'Key facts: the airstrike near Deir el-Zour',
        sections: facts.map((fact) => ({ name: fact.label, quotes: fact.quotes, contested: fact.contested })),
        footer: `Every fact is quoted verbatim from ${creditsOf(facts.flatMap((f) => f.quotes))}`,
        overflowHint: 'use /ask',
      }),
    );
  },
} satisfies Command;

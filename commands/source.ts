/** /source — the article the bot quotes, and how it answers (quotes only). */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { escapeText, renderInfo } from '../src/discord/render.ts';
import { sourceInfo } from '../src/engine/browse.ts';

/** "2016-09-18" -> "18 September 2016"; anything else is shown as it is. */
export function longDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export default {
  data: new SlashCommandBuilder().setName('source').setDescription('The article I quote, and how I answer'),

  async execute(interaction, context) {
    const info = sourceInfo(context.engines.current);
    await interaction.reply(
      renderInfo({
        title: escapeText(info.headline),
        description:
          'I answer only with quotes: every answer is sentences copied word for word from this article, ' +
          'each with who said it. I never put things in my own words, and when the article does not ' +
          'answer a question I say so. Where sources disagree, I quote every side.',
        fields: [
          { name: 'Publisher', value: escapeText(info.publisher), inline: true },
          { name: 'Date', value: longDate(info.date), inline: true },
          { name: 'Quotes are credited as', value: escapeText(info.source), inline: true },
        ],
        footer: `${info.sentences} sentences · knowledge version ${info.version}`,
      }),
    );
  },
} satisfies Command;

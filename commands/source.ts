/** /source — the sources the bot quotes (the article, and the coverage that followed), and how it answers. */
import { type APIEmbedField, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { escapeText, LIMITS, renderInfo } from '../src/discord/render.ts';
import { sourceInfo } from '../src/engine/browse.ts';
import type { SourceInfo } from '../src/knowledge/model.ts';
import { longDate } from '../src/text/dates.ts';
import { plural } from '../src/text/plural.ts';

const HOW =
  'I answer only with quotes: every answer is sentences copied word for word from {what}, ' +
  'each with who said it and where. I never put things in my own words, and when {it} does not ' +
  'answer a question I say so. Where sources disagree, I quote every side.';

/** Room for the fields in one embed (6000 characters in all), leaving the rest for the title, text and footer. */
const FIELDS_BUDGET = 4800;

/** One source as an embed field: its headline, publisher, date, link and credit. */
function sourceField(s: SourceInfo): APIEmbedField {
  return {
    name: `${longDate(s.date)} · ${escapeText(s.publisher)}`,
    value: [
      `**${escapeText(s.headline)}**`,
      s.url ? s.url : 'No link given',
      `Quoted as “${escapeText(s.quotedAs)}” · ${plural(s.sentences, 'sentence')} · id \`${s.id}\``,
    ].join('\n'),
  };
}

export default {
  data: new SlashCommandBuilder()
    .setName('source')
    .setDescription('The sources I quote, with their dates and links, and how I answer'),

  async execute(interaction, context) {
    const info = sourceInfo(context.engines.current);
    const footer = `${plural(info.sentences, 'sentence')} · knowledge version ${info.version}`;
    const [only] = info.sources;
    if (info.sources.length === 1 && only) {
      await interaction.reply(
        renderInfo({
          title: escapeText(only.headline),
          description: HOW.replace('{what}', 'this article').replace('{it}', 'the article'),
          fields: [
            { name: 'Publisher', value: escapeText(only.publisher), inline: true },
            { name: 'Date', value: longDate(only.date), inline: true },
            { name: 'Quotes are credited as', value: escapeText(only.quotedAs), inline: true },
            ...(only.url ? [{ name: 'Link', value: only.url }] : []),
          ],
          footer,
        }),
      );
      return;
    }
    // Every source, oldest first, as many as fit one embed; the others are counted in the footer.
    const shown: APIEmbedField[] = [];
    let size = 0;
    for (const field of info.sources.map(sourceField)) {
      size += field.name.length + field.value.length;
      if (shown.length === LIMITS.fields || size > FIELDS_BUDGET) break;
      shown.push(field);
    }
    const left = info.sources.length - shown.length;
    await interaction.reply(
      renderInfo({
        title: `The ${info.sources.length} sources I quote, oldest first`,
        description: HOW.replace('{what}', 'these sources').replace('{it}', 'none of them'),
        fields: shown,
        footer: left > 0 ? `${footer} · ${plural(left, 'more source')} not shown` : footer,
      }),
    );
  },
} satisfies Command;

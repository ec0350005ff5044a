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

/** The fields in pages: at most LIMITS.fields and FIELDS_BUDGET characters each, in order. */
function pagesOf(fields: readonly APIEmbedField[]): APIEmbedField[][] {
  const pages: APIEmbedField[][] = [[]];
  let size = 0;
  for (const field of fields) {
    const length = field.name.length + field.value.length;
    const current = pages[pages.length - 1] as APIEmbedField[];
    if (current.length > 0 && (current.length === LIMITS.fields || size + length > FIELDS_BUDGET)) {
      pages.push([field]);
      size = length;
    } else {
      current.push(field);
      size += length;
    }
  }
  return pages;
}

export default {
  data: new SlashCommandBuilder()
    .setName('source')
    .setDescription('The sources I quote, with their dates and links, and how I answer')
    .addIntegerOption((o) =>
      o.setName('page').setDescription('Which page of the list, when there are many sources').setMinValue(1),
    ),

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
    // Every source, oldest first, in pages that fit one embed each (page 1 unless asked).
    const pages = pagesOf(info.sources.map(sourceField));
    const page = Math.min(interaction.options.getInteger('page') ?? 1, pages.length);
    const more =
      pages.length > 1
        ? ` · page ${page} of ${pages.length}${page < pages.length ? `: /source page:${page + 1} for more` : ''}`
        : '';
    await interaction.reply(
      renderInfo({
        title: `The ${info.sources.length} sources I quote, oldest first`,
        description: HOW.replace('{what}', 'these sources').replace('{it}', 'none of them'),
        fields: pages[page - 1] ?? [],
        footer: `${footer}${more}`,
      }),
    );
  },
} satisfies Command;

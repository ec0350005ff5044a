/** /help — what the bot can do, with examples. */
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { escapeText, renderInfo } from '../src/discord/render.ts';

export default {
  data: new SlashCommandBuilder().setName('help').setDescription('What I can do, with examples'),

  async execute(interaction, context) {
    const examples = context.engines.current.defaultSuggestions();
    const askChannels = context.config.discord?.askChannelIds ?? [];
    // The HTTP interactions server never logs in, so it has no client.user; a bot's user id is its
    // application id.
    const botId = interaction.client.user?.id ?? interaction.applicationId;
    const freeText = [
      `Mention me with a question: <@${botId}> who said the strike was a mistake?`,
      ...(askChannels.length > 0
        ? [`In ${askChannels.map((id) => `<#${id}>`).join(', ')}, every message is a question.`]
        : []),
    ];
    await interaction.reply({
      ...renderInfo({
        title: 'What I can do',
        description:
          'I answer questions about the US-led coalition airstrike on Syrian troops near Deir el-Zour ' +
          'on 17 September 2016, with quotes from one DW article, never in my own words.',
        fields: [
          {
            name: '/ask question',
            value: [
              'Ask anything about the strike. For example:',
              ...examples.map((e) => `• ${escapeText(e)}`),
            ].join('\n'),
          },
          {
            name: '/quote speaker',
            value: 'What one person or body said, e.g. `/quote speaker: Samantha Power`.',
          },
          { name: '/facts', value: 'The key facts: what, where, when, how long, who flew, the death toll.' },
          { name: '/timeline', value: 'What happened, in order.' },
          { name: '/source', value: 'The article I quote and how I answer.' },
          { name: 'Without a command', value: freeText.join('\n') },
          {
            name: 'Follow-up questions',
            value:
              'Reply to one of my answers, or just ask on within 10 minutes: "and who says 62?", ' +
              '"what did he say after that?", "why?". In a thread, the thread is one conversation.',
          },
          {
            name: 'Buttons under an answer',
            value:
              '**More**: further quotes. **Context**: the whole paragraph. 👍 / 👎: tell the moderators. ' +
              '**New question**: start afresh (or `/ask new: True`).',
          },
        ],
      }),
      flags: MessageFlags.Ephemeral,
    });
  },
} satisfies Command;

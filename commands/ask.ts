/**
 * /ask question: [new:] — the answer as quotes, with More, Context, feedback and New question
 * buttons. A question follows on from the asker's conversation here (see
 * src/discord/conversations.ts) unless `new` is set.
 */
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { questionChoices } from '../src/discord/autocomplete.ts';
import type { Command } from '../src/discord/command.ts';
import { openConversation, rememberTurn } from '../src/discord/conversations.ts';
import { cooldownMessage } from '../src/discord/cooldown.ts';
import { askEngine, noteAnswer } from '../src/discord/questions.ts';
import { renderAnswer } from '../src/discord/render.ts';
import { TUNING } from '../src/engine/tuning.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask about the 17 September 2016 airstrike near Deir el-Zour; I answer with quotes')
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('Your question, e.g. How many soldiers were killed?')
        .setRequired(true)
        .setMaxLength(TUNING.input.maxQuestionLength)
        .setAutocomplete(true),
    )
    .addBooleanOption((option) =>
      option
        .setName('new')
        .setDescription('Start a new conversation: do not read this as following on from your last question'),
    ),

  async execute(interaction, context) {
    const wait = await context.questionCooldown.take(interaction.user.id);
    if (!wait.ok) {
      context.log.info({ retryAfterSeconds: wait.retryAfterSeconds }, 'question refused: cooldown');
      await interaction.reply({
        content: cooldownMessage(wait.retryAfterSeconds),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const asker = {
      userId: interaction.user.id,
      channelId: interaction.channelId,
      inThread: interaction.channel?.isThread() ?? false,
    };
    const fresh = interaction.options.getBoolean('new') ?? false;
    const conversation = await openConversation(context.database, asker, { fresh, log: context.log });
    const result = askEngine(
      context.engines,
      interaction.options.getString('question', true),
      conversation.turns,
    );
    // renderAnswer renders abstentions too; those stay between the bot and the asker.
    await interaction.reply({
      ...renderAnswer(result.answer, result.knowledgeVersion, conversation.id),
      ...(result.answer.answered ? {} : { flags: MessageFlags.Ephemeral }),
    });
    // After the reply: the 3-second acknowledgement never waits on the database writes. Logged and
    // counted first: the store commits both writes together (see SqliteStore).
    noteAnswer(result, context);
    await rememberTurn(context.database, asker, conversation.id, result.answer, context.log);
  },

  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    await interaction.respond(questionChoices(context.engines.current, typed));
  },
} satisfies Command;

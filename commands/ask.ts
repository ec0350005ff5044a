/**
 * /ask question: [new:] — the answer as quotes, with More, Context, feedback and New question
 * buttons. A question follows on from the asker's conversation here (see
 * src/discord/conversations.ts) unless `new` is set.
 *
 * Two ways in, one answer: `execute` for the discord.js interaction (the gateway, and the HTTP
 * endpoint's usual path), `direct` for the raw payload of an interaction received over HTTP
 * (src/http/server.ts), which needs no discord.js objects to read a question and reply to it.
 * Both read the same fields and run `ask` below; test/http/server.test.ts compares their replies.
 */
import {
  type APIChatInputApplicationCommandInteraction,
  ApplicationCommandOptionType,
  MessageFlags,
  SlashCommandBuilder,
} from 'discord.js';
import { questionChoices } from '../src/discord/autocomplete.ts';
import type { Command, CommandContext, ReplyData } from '../src/discord/command.ts';
import {
  type Asker,
  inThread,
  isThreadType,
  openConversation,
  rememberTurn,
} from '../src/discord/conversations.ts';
import { cooldownMessage } from '../src/discord/cooldown.ts';
import { askEngineOn, noteAnswer } from '../src/discord/questions.ts';
import { renderAnswer } from '../src/discord/render.ts';
import { TUNING } from '../src/engine/tuning.ts';

interface AskInput {
  asker: Asker;
  question: string;
  /** `new:True`: do not read the question as following on from the asker's conversation. */
  fresh: boolean;
}

/**
 * The reply to one /ask, once its turn is recorded: the asker's next question may reach another
 * process (an HTTP instance behind the same balancer) the moment the reply is seen, and must find
 * the turn there. The SQLite store commits the turn with the other writes of this turn of the event
 * loop, so the reply waits for that commit, not for a commit of its own. A turn that cannot be
 * recorded is logged, and the reply goes out all the same.
 */
async function ask(input: AskInput, context: CommandContext): Promise<ReplyData> {
  const wait = await context.questionCooldown.take(input.asker.userId);
  if (!wait.ok) {
    context.log.info({ retryAfterSeconds: wait.retryAfterSeconds }, 'question refused: cooldown');
    return { content: cooldownMessage(wait.retryAfterSeconds), flags: MessageFlags.Ephemeral };
  }
  const { asker } = input;
  const conversation = await openConversation(context.database, asker, {
    fresh: input.fresh,
    log: context.log,
  });
  const result = await askEngineOn(
    context.answerThreads,
    context.engines,
    input.question,
    conversation.turns,
  );
  // Logged and counted first: the store commits both writes together (see SqliteStore).
  noteAnswer(result, context);
  await rememberTurn(context.database, asker, conversation.id, result.answer, context.log);
  return {
    // renderAnswer renders abstentions too; those stay between the bot and the asker.
    ...renderAnswer(result.answer, result.knowledgeVersion, conversation.id),
    ...(result.answer.answered ? {} : { flags: MessageFlags.Ephemeral }),
  };
}

/** Nothing is left to do once an /ask reply is sent (see ask). */
const nothing = async (): Promise<void> => {};

/**
 * What `execute` reads off the discord.js interaction, read off the payload: null when the payload
 * has something `execute` would read differently (then the interaction takes the usual path).
 */
function inputOf(payload: APIChatInputApplicationCommandInteraction): AskInput | null {
  const userId = (payload.user ?? payload.member?.user)?.id;
  const channelId = payload.channel?.id;
  let question: string | undefined;
  let fresh = false;
  for (const option of payload.data.options ?? []) {
    if (option.name === 'question' && option.type === ApplicationCommandOptionType.String)
      question = option.value;
    else if (option.name === 'new' && option.type === ApplicationCommandOptionType.Boolean)
      fresh = option.value;
    else return null;
  }
  if (!userId || !channelId || question === undefined) return null;
  return { asker: { userId, channelId, inThread: isThreadType(payload.channel?.type) }, question, fresh };
}

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
    const reply = await ask(
      {
        asker: {
          userId: interaction.user.id,
          channelId: interaction.channelId,
          inThread: inThread(interaction, context),
        },
        question: interaction.options.getString('question', true),
        fresh: interaction.options.getBoolean('new') ?? false,
      },
      context,
    );
    await interaction.reply(reply);
  },

  direct(payload, context) {
    const input = inputOf(payload);
    return input ? ask(input, context).then((reply) => ({ reply, after: nothing })) : null;
  },

  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    await interaction.respond(questionChoices(context.engines.current, typed));
  },
} satisfies Command;

/**
 * messageCreate: a message that mentions the bot, replies to one of its answers, or is in an ask
 * channel, is a question. Mentions and replies always get a reply; in an ask channel, small talk
 * is ignored and abstentions are kept to one short reply per channel per ABSTENTION_QUIET_SECONDS
 * (a reaction otherwise). A user who asks again during their cooldown is told so once per cooldown
 * window, by a reply; after that (and always in an ask channel) a reaction says it, so that spam
 * is not answered with spam. A question is a turn of a conversation (see ../conversations.ts): the
 * answer replied to, the thread, or the author's latest question in the channel.
 */
import type { Message } from 'discord.js';
import { childLogger } from '../../log.ts';
import { conversationRepliedTo, openConversation, rememberTurn } from '../conversations.ts';
import { Cooldown, cooldownMessage } from '../cooldown.ts';
import { askEngine, noteAnswer } from '../questions.ts';
import { fitContent, renderAnswer, renderShortAbstention } from '../render.ts';
import { APOLOGY, atBoundary } from './boundary.ts';
import type { BotServices } from './interaction-create.ts';

export const ABSTENTION_QUIET_SECONDS = 60;
/** Reactions used instead of a reply where a reply would spam an ask channel. */
export const REACTIONS = { cooldown: '⏳', abstained: '🤷' } as const;

export interface MessageHandlerOptions {
  /** Channels where every message is a question. */
  askChannelIds: readonly string[];
  /** One abstention reply per channel per this many seconds; default ABSTENTION_QUIET_SECONDS. */
  abstentionCooldown?: Cooldown;
}

/** The question in a message: its content without the bot's own mention. */
export function questionFrom(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
}

export function createMessageHandler(
  services: BotServices,
  options: MessageHandlerOptions,
): (message: Message) => Promise<void> {
  const askChannels = new Set(options.askChannelIds);
  const abstentions = options.abstentionCooldown ?? new Cooldown(ABSTENTION_QUIET_SECONDS);
  // One "you're asking quickly" reply per user per cooldown window; reactions after it.
  const cooldownNotices = new Cooldown(services.questionCooldown.seconds);

  const inAskChannel = (message: Message): boolean =>
    askChannels.has(message.channelId) ||
    (message.channel.isThread() && askChannels.has(message.channel.parentId ?? ''));

  return async (message) => {
    // Bots (this one included), webhooks and system messages are never questions.
    if (message.author.bot || message.webhookId || message.system) return;
    const me = message.client.user;
    // Picking the bot in Discord's mention menu sometimes inserts its managed role instead of its user.
    const mentioned =
      message.mentions.has(me, { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: true }) ||
      message.mentions.roles.some((role) => role.tags?.botId === me.id);
    const channel = inAskChannel(message);
    // A reply to one of the bot's messages (Discord sends its content when the reply pings the bot).
    const replied = message.reference !== null && message.mentions.repliedUser?.id === me.id;
    if (!mentioned && !channel && !replied) return;

    const log = childLogger(services.logger, {
      messageId: message.id,
      userId: message.author.id,
      guildId: message.guildId ?? undefined,
      channelId: message.channelId,
      trigger: mentioned ? 'mention' : replied ? 'reply' : 'ask-channel',
    });
    await atBoundary(
      log,
      async () => {
        const asker = {
          userId: message.author.id,
          channelId: message.channelId,
          inThread: message.channel?.isThread() ?? false,
        };
        const replyTo = replied ? await conversationRepliedTo(message, me.id) : null;
        const conversation = await openConversation(services.database, asker, { replyTo, log });
        const result = askEngine(services.engines, questionFrom(message.content, me.id), conversation.turns);
        const { answer } = result;
        // In an ask channel or a reply, "thanks" and "lol" are conversation, not questions.
        if (!mentioned && answer.status === 'no-question') return;

        const wait = await services.questionCooldown.take(message.author.id);
        if (!wait.ok) {
          log.info({ retryAfterSeconds: wait.retryAfterSeconds }, 'question refused: cooldown');
          if (mentioned && cooldownNotices.take(message.author.id).ok) {
            await message.reply({ content: cooldownMessage(wait.retryAfterSeconds) });
          } else await message.react(REACTIONS.cooldown);
          return;
        }
        // The turn is recorded as the reply goes out, not after it: a reply to the answer (or the
        // asker's next message) may arrive before the reply's own request has returned, and must
        // find the turn (the store queues the write at once and reads its queue first). Logged
        // and counted first: the store commits both writes together (see SqliteStore).
        noteAnswer(result, { log, database: services.database });
        const remembered = rememberTurn(services.database, asker, conversation.id, answer, log);
        if (answer.answered) {
          await message.reply(renderAnswer(answer, result.knowledgeVersion, conversation.id));
        } else if (mentioned || replied || abstentions.take(message.channelId).ok) {
          await message.reply({ content: renderShortAbstention(answer) });
        } else {
          await message.react(REACTIONS.abstained);
        }
        await remembered;
      },
      () => message.reply({ content: fitContent(APOLOGY) }),
    );
  };
}

/**
 * messageCreate: a message that mentions the bot, or any message in an ask channel, is a question.
 * Mentions always get a reply; in an ask channel, small talk is ignored and abstentions are kept
 * to one short reply per channel per ABSTENTION_QUIET_SECONDS (a reaction otherwise). A user who
 * asks again during their cooldown is told so once per cooldown window, by a reply to a mention;
 * after that (and always in an ask channel) a reaction says it, so that spam is not answered with
 * spam.
 */
import type { Message } from 'discord.js';
import { childLogger } from '../../log.ts';
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
    if (!mentioned && !channel) return;

    const log = childLogger(services.logger, {
      messageId: message.id,
      userId: message.author.id,
      guildId: message.guildId ?? undefined,
      channelId: message.channelId,
      trigger: mentioned ? 'mention' : 'ask-channel',
    });
    await atBoundary(
      log,
      async () => {
        const result = askEngine(services.engines, questionFrom(message.content, me.id));
        const { answer } = result;
        // In an ask channel, "thanks" and "lol" are conversation, not questions.
        if (!mentioned && answer.status === 'no-question') return;

        const wait = services.questionCooldown.take(message.author.id);
        if (!wait.ok) {
          log.info({ retryAfterSeconds: wait.retryAfterSeconds }, 'question refused: cooldown');
          if (mentioned && cooldownNotices.take(message.author.id).ok) {
            await message.reply({ content: cooldownMessage(wait.retryAfterSeconds) });
          } else await message.react(REACTIONS.cooldown);
          return;
        }
        if (answer.answered) {
          await message.reply(renderAnswer(answer, result.knowledgeVersion));
        } else if (mentioned || abstentions.take(message.channelId).ok) {
          await message.reply({ content: renderShortAbstention(answer) });
        } else {
          await message.react(REACTIONS.abstained);
        }
        noteAnswer(result, { log, database: services.database });
      },
      () => message.reply({ content: fitContent(APOLOGY) }),
    );
  };
}

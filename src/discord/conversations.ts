/**
 * Which conversation a question asked in Discord belongs to, so that a follow-up ("and who
 * says 62?") is read in its context. Conversations live in the database every shard and HTTP
 * instance opens (DATA_DIR), never only in one process's memory:
 *
 * - a reply to one of the bot's answers continues that answer's conversation (its id rides on
 *   the answer's "New question" button, so any process can read it off the message);
 * - in a thread, the thread is the conversation;
 * - otherwise a question from the same user in the same channel (a mention, the ask channel or
 *   /ask) within 10 minutes of their last one continues theirs. Another user's question is
 *   never read in someone else's conversation.
 *
 * "New question" (the button, or `/ask new:True`) starts afresh. A conversation that expired
 * or is unknown is no error: the question is answered as a new one.
 */
import { randomFillSync } from 'node:crypto';
import { type BaseInteraction, type ChannelType, Constants, type Message } from 'discord.js';
import type { Logger } from 'pino';
import { TURNS_KEPT } from '../app/conversations.ts';
import type { Answer } from '../engine/answer.ts';
import { type ConversationTurn, turnOf } from '../engine/conversation.ts';
import type { Store } from '../store/store.ts';
import { parseCustomId } from './custom-ids.ts';

export const CONVERSATION_TIMES = {
  /** A question from the same user in the same channel within this long of their last one follows on. */
  sameUserSeconds: 10 * 60,
  /** How long a conversation stays alive for replies to its answers and in its thread. */
  explicitSeconds: 24 * 60 * 60,
} as const;

/** Where and by whom a question is asked. */
export interface Asker {
  userId: string;
  channelId: string;
  /** The channel is a thread: the thread is the conversation. */
  inThread: boolean;
}

export interface Conversation {
  id: string;
  /** Its turns so far, oldest first; none for a new one. */
  turns: ConversationTurn[];
}

const THREAD_TYPES: ReadonlySet<ChannelType> = new Set(Constants.ThreadChannelTypes);

/** Whether a channel of this type (an interaction payload's `channel.type`) is a thread. */
export function isThreadType(type: ChannelType | undefined): boolean {
  return type !== undefined && THREAD_TYPES.has(type);
}

/**
 * Whether an interaction was sent in a thread: the channel cache says over the gateway; over HTTP
 * the client caches no channel, and the server says from the payload (CommandContext.sentInThread).
 */
export function inThread(
  interaction: BaseInteraction,
  context: { sentInThread?(interaction: BaseInteraction): boolean },
): boolean {
  return interaction.channel?.isThread() ?? context.sentInThread?.(interaction) ?? false;
}

const userKey = (a: Asker) => `user:${a.channelId}:${a.userId}`;
const threadKey = (a: Asker) => `thread:${a.channelId}`;

const ID_BYTES = 9;
/** Random bytes for the next ids, drawn 128 ids at a time (a call into OpenSSL for each id showed in bench:http's profile). */
const idPool = Buffer.alloc(ID_BYTES * 128);
let idPoolUsed = idPool.length;

/** A new conversation id: 12 URL-safe characters (9 random bytes), to ride in a button's custom id. */
export function newConversationId(): string {
  if (idPoolUsed === idPool.length) {
    randomFillSync(idPool);
    idPoolUsed = 0;
  }
  idPoolUsed += ID_BYTES;
  return idPool.toString('base64url', idPoolUsed - ID_BYTES, idPoolUsed);
}

/**
 * The conversation a question continues: the one replied to, else the thread's, else the
 * asker's latest in this channel, if it is still alive; else a new one. A database failure is
 * logged and the question starts a new conversation.
 */
export async function openConversation(
  database: Store,
  asker: Asker,
  options: { replyTo?: string | null; fresh?: boolean; log: Logger },
): Promise<Conversation> {
  if (!options.fresh) {
    try {
      const candidates = [
        options.replyTo ?? null,
        asker.inThread ? await database.conversationFor(threadKey(asker)) : null,
        await database.conversationFor(userKey(asker)),
      ];
      for (const id of candidates) {
        if (!id) continue;
        const turns = await database.conversationTurns(id);
        if (turns.length > 0) return { id, turns };
      }
    } catch (error) {
      options.log.warn({ err: error }, 'could not read the conversation; answering the question on its own');
    }
  }
  return { id: newConversationId(), turns: [] };
}

/** Records the answered turn, and that this asker (and thread) is now in this conversation. */
export async function rememberTurn(
  database: Store,
  asker: Asker,
  conversationId: string,
  answer: Answer,
  log: Logger,
): Promise<void> {
  try {
    await database.addConversationTurn(conversationId, turnOf(answer), {
      keep: TURNS_KEPT,
      ttlSeconds: CONVERSATION_TIMES.explicitSeconds,
      links: [
        { key: userKey(asker), ttlSeconds: CONVERSATION_TIMES.sameUserSeconds },
        ...(asker.inThread
          ? [{ key: threadKey(asker), ttlSeconds: CONVERSATION_TIMES.explicitSeconds }]
          : []),
      ],
    });
  } catch (error) {
    log.warn({ err: error }, 'could not record the conversation turn');
  }
}

/** "New question": the asker's next question here (and the thread's) starts afresh. */
export async function endConversation(database: Store, asker: Asker, conversationId: string): Promise<void> {
  await database.unlinkConversation(userKey(asker), conversationId);
  if (asker.inThread) await database.unlinkConversation(threadKey(asker), conversationId);
}

/**
 * The conversation of the bot's answer a message replies to (read off its "New question"
 * button), or null when it is no reply to one of the bot's answers.
 */
export async function conversationRepliedTo(message: Message, botId: string): Promise<string | null> {
  if (!message.reference?.messageId || message.mentions.repliedUser?.id !== botId) return null;
  let answer: Message;
  try {
    // Usually cached: Discord sends the message replied to along with the reply.
    answer = await message.fetchReference();
  } catch {
    return null;
  }
  if (answer.author.id !== botId) return null;
  for (const row of answer.components) {
    if (!('components' in row)) continue;
    for (const component of row.components) {
      const customId = 'customId' in component ? component.customId : null;
      const action = customId ? parseCustomId(customId) : null;
      if (action?.kind === 'new') return action.conversationId;
    }
  }
  return null;
}

/**
 * The initial response discord.js sends for `interaction.reply(reply)`, written without it: the
 * body MessagePayload.resolveBody makes from plain reply data (content, embeds, components, flags;
 * tts and enforce_nonce false, no nonce, the client's allowed mentions), wrapped in the callback
 * (type 4) and serialised as the REST client does. For commands answered from the raw payload
 * (Command.direct): building the interaction, the MessagePayload and a REST request only to catch
 * it again cost as much CPU as the rest of a request but the answer. The embeds and components
 * of ReplyData are already in the API's shape, which is what discord.js's JSON transformer
 * (toSnakeCase) would leave of them. test/http/server.test.ts checks that the two are equal.
 */
import { type ClientOptions, InteractionResponseType } from 'discord.js';
import type { ReplyData } from '../discord/command.ts';

type AllowedMentions = NonNullable<ClientOptions['allowedMentions']>;

/** `allowed_mentions` as MessagePayload writes the client's default. */
function allowedMentionsBody(allowed: AllowedMentions | undefined): unknown {
  if (allowed?.repliedUser === undefined) return allowed;
  const { repliedUser, ...rest } = allowed;
  return { ...rest, replied_user: repliedUser };
}

/** Serialises replies as `interaction.reply()` would for a client with these allowed mentions. */
export function replySerializer(allowedMentions: AllowedMentions | undefined): (reply: ReplyData) => string {
  const allowed_mentions = allowedMentionsBody(allowedMentions);
  return (reply) =>
    JSON.stringify({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: {
        content: reply.content,
        tts: false,
        enforce_nonce: false,
        embeds: reply.embeds,
        components: reply.components,
        allowed_mentions,
        flags: reply.flags,
      },
    });
}

/**
 * Messages the bot sends: checked against Discord's limits, built as Discord stores them, edited,
 * and echoed back over the gateway as Discord does.
 */
import type { APIAttachment, APIEmbed, APIInteraction, APIMessage } from 'discord.js';
import { InteractionType, MessageFlags, MessageType } from 'discord.js';
import { asRecord, clone, type Json } from './json.ts';
import { apiError, fieldError, formError, type RestResult } from './responses.ts';
import { nextSnowflake } from './snowflakes.ts';
import type { FakeState } from './state.ts';
import type { DispatchOptions, RecordedFile } from './types.ts';

const MAX_CONTENT = 2000;

/** Sends a gateway dispatch (FakeDiscord.dispatch). */
export type Dispatch = (event: string, data: unknown, opts?: DispatchOptions) => number;

/** Validates a message create/edit body the way Discord does (lengths, emptiness). */
export function validateMessage(
  body: Json,
  files: RecordedFile[],
  path: string[],
  creating: boolean,
): RestResult | null {
  const content = typeof body.content === 'string' ? body.content : '';
  if (content.length > MAX_CONTENT) {
    return formError(
      fieldError([...path, 'content'], 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CONTENT} or fewer in length.`),
    );
  }
  const embeds = Array.isArray(body.embeds) ? body.embeds.map(asRecord) : [];
  if (embeds.length > 10) {
    return formError(
      fieldError([...path, 'embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.'),
    );
  }
  let embedTotal = 0;
  for (const [index, embed] of embeds.entries()) {
    const here = [...path, 'embeds', String(index)];
    const limits: Array<[string, number]> = [
      ['title', 256],
      ['description', 4096],
    ];
    for (const [field, max] of limits) {
      const value = embed[field];
      if (typeof value === 'string') {
        embedTotal += value.length;
        if (value.length > max) {
          return formError(
            fieldError([...here, field], 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`),
          );
        }
      }
    }
    const fields = Array.isArray(embed.fields) ? embed.fields.map(asRecord) : [];
    if (fields.length > 25) {
      return formError(
        fieldError([...here, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.'),
      );
    }
    for (const [fieldIndex, field] of fields.entries()) {
      const name = typeof field.name === 'string' ? field.name : '';
      const value = typeof field.value === 'string' ? field.value : '';
      embedTotal += name.length + value.length;
      if (name.length > 256 || value.length > 1024 || name.length === 0 || value.length === 0) {
        return formError(
          fieldError(
            [...here, 'fields', String(fieldIndex)],
            'BASE_TYPE_BAD_LENGTH',
            'Embed field name must be 1-256 and value 1-1024 in length.',
          ),
        );
      }
    }
    const footer = asRecord(embed.footer);
    if (typeof footer.text === 'string') embedTotal += footer.text.length;
    const author = asRecord(embed.author);
    if (typeof author.name === 'string') embedTotal += author.name.length;
  }
  if (embedTotal > 6000) {
    return formError(
      fieldError([...path, 'embeds'], 'MESSAGE_EMBEDS_TOO_LONG', 'Embed size exceeds maximum size of 6000'),
    );
  }
  if (creating) {
    const hasComponents = Array.isArray(body.components) && body.components.length > 0;
    const hasStickers = Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0;
    const empty =
      content.trim() === '' && embeds.length === 0 && !hasComponents && !hasStickers && files.length === 0;
    if (empty && body.poll === undefined) return apiError(400, 50006, 'Cannot send an empty message');
  }
  return null;
}

export function attachmentsFrom(files: RecordedFile[], channelId: string): APIAttachment[] {
  return files.map((file) => {
    const id = nextSnowflake();
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}`;
    return {
      id,
      filename: file.name,
      size: file.size,
      url,
      proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
      content_type: file.contentType,
    };
  });
}

/** A message authored by the bot (REST echo). */
export function botMessage(
  state: FakeState,
  body: Json,
  files: RecordedFile[],
  ctx: {
    channelId: string;
    guildId: string | null;
    interaction?: APIInteraction;
    flags?: number;
    id?: string;
  },
): APIMessage {
  const message: APIMessage & Json = {
    id: ctx.id ?? nextSnowflake(),
    type: MessageType.Default,
    channel_id: ctx.channelId,
    author: clone(state.botUser),
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: attachmentsFrom(files, ctx.channelId),
    embeds: Array.isArray(body.embeds) ? (clone(body.embeds) as APIEmbed[]) : [],
    components: Array.isArray(body.components) ? (clone(body.components) as APIMessage['components']) : [],
    pinned: false,
    flags: ctx.flags ?? (typeof body.flags === 'number' ? body.flags : 0),
  };
  if (ctx.guildId) message.guild_id = ctx.guildId;
  if (body.nonce !== undefined) message.nonce = body.nonce as string;
  if (body.poll !== undefined) message.poll = clone(body.poll) as APIMessage['poll'];
  const reference = asRecord(body.message_reference);
  if (typeof reference.message_id === 'string') {
    const referenced = state.messages.get(reference.message_id);
    message.type = MessageType.Reply;
    message.message_reference = {
      type: 0,
      message_id: reference.message_id,
      channel_id: ctx.channelId,
      ...(ctx.guildId ? { guild_id: ctx.guildId } : {}),
    };
    message.referenced_message = referenced ? clone(referenced) : null;
    if (referenced) message.mentions = [clone(referenced.author)];
  }
  const interaction = ctx.interaction;
  if (interaction) {
    const user = interaction.member?.user ?? interaction.user ?? state.defaultUser;
    message.webhook_id = state.applicationId;
    message.application_id = state.applicationId;
    message.type =
      interaction.type === InteractionType.ApplicationCommand
        ? MessageType.ChatInputCommand
        : MessageType.Default;
    message.interaction_metadata = {
      id: interaction.id,
      type: interaction.type,
      user: clone(user),
      authorizing_integration_owners: clone(interaction.authorizing_integration_owners),
    } as APIMessage['interaction_metadata'];
    if (interaction.type === InteractionType.ApplicationCommand) {
      message.interaction = {
        id: interaction.id,
        type: interaction.type,
        name: String(asRecord(interaction.data).name ?? ''),
        user: clone(user),
      };
    }
  }
  return message;
}

/** Applies an edit body to a stored message. */
export function applyEdit(message: APIMessage, body: Json, files: RecordedFile[]): APIMessage {
  const edited: APIMessage = clone(message);
  if ('content' in body) edited.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) edited.embeds = Array.isArray(body.embeds) ? (clone(body.embeds) as APIEmbed[]) : [];
  if ('components' in body) {
    edited.components = Array.isArray(body.components)
      ? (clone(body.components) as APIMessage['components'])
      : [];
  }
  if ('attachments' in body && Array.isArray(body.attachments)) {
    const keep = new Set(body.attachments.map((a) => String(asRecord(a).id)));
    edited.attachments = edited.attachments.filter((a) => keep.has(a.id));
  }
  if (files.length)
    edited.attachments = [...edited.attachments, ...attachmentsFrom(files, message.channel_id)];
  if ('flags' in body && typeof body.flags === 'number') {
    const keep = (edited.flags ?? 0) & ~MessageFlags.SuppressEmbeds;
    edited.flags = keep | (body.flags & MessageFlags.SuppressEmbeds);
  }
  const wasLoading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
  if (wasLoading) edited.flags = (edited.flags ?? 0) & ~MessageFlags.Loading;
  edited.edited_timestamp = wasLoading ? null : new Date().toISOString();
  if (wasLoading) edited.timestamp = new Date().toISOString();
  return edited;
}

export function isEmpty(message: APIMessage): boolean {
  return (
    message.content.trim() === '' &&
    message.embeds.length === 0 &&
    (message.components?.length ?? 0) === 0 &&
    message.attachments.length === 0 &&
    !message.poll
  );
}

/** Echoes bot messages back over the gateway like Discord does (bots see their own messages). */
export function echo(
  dispatch: Dispatch,
  event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE',
  message: APIMessage,
): void {
  if (((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0) return;
  dispatch(event, clone(message), { quiet: true });
}

export function echoDelete(dispatch: Dispatch, message: APIMessage): void {
  if (((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0) return;
  const guildId = (message as APIMessage & { guild_id?: string }).guild_id;
  dispatch(
    'MESSAGE_DELETE',
    { id: message.id, channel_id: message.channel_id, ...(guildId ? { guild_id: guildId } : {}) },
    { quiet: true },
  );
}

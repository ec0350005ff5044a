/** Messages the bot posts to and edits in a channel (POST and PATCH /channels/:channel/messages). */
import { ChannelType } from 'discord.js';
import { asRecord, clone } from './json.ts';
import { applyEdit, botMessage, type Dispatch, echo, isEmpty, validateMessage } from './messages.ts';
import { apiError, fieldError, formError, json, type RestRequest, type RestResult } from './responses.ts';
import type { FakeState } from './state.ts';

export class ChannelMessages {
  constructor(
    private readonly state: FakeState,
    private readonly dispatch: Dispatch,
  ) {}

  create(req: RestRequest, channelId: string): RestResult {
    const found = this.state.channelById(channelId);
    if (!found) return apiError(404, 10003, 'Unknown Channel');
    const textTypes: number[] = [ChannelType.GuildText, ChannelType.DM, ChannelType.GuildVoice];
    if (!textTypes.includes(Number(found.channel.type))) {
      return apiError(400, 50008, 'Cannot send messages in a non-text channel');
    }
    const body = asRecord(req.body);
    const invalid = validateMessage(body, req.files, [], true);
    if (invalid) return invalid;
    const reference = asRecord(body.message_reference);
    if (typeof reference.message_id === 'string' && !this.state.messages.has(reference.message_id)) {
      if (reference.fail_if_not_exists !== false) {
        return formError(
          fieldError(['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message'),
        );
      }
      delete body.message_reference;
    }
    const message = botMessage(this.state, body, req.files, { channelId, guildId: found.guild?.id ?? null });
    this.state.messages.set(message.id, message);
    return json(200, clone(message), () => echo(this.dispatch, 'MESSAGE_CREATE', message));
  }

  edit(req: RestRequest, p: Record<string, string>): RestResult {
    const message = p.message ? this.state.messages.get(p.message) : undefined;
    if (!message || message.channel_id !== p.channel) return apiError(404, 10008, 'Unknown Message');
    if (message.author.id !== this.state.botUser.id) {
      return apiError(403, 50005, 'Cannot edit a message authored by another user');
    }
    const body = asRecord(req.body);
    const invalid = validateMessage(body, req.files, [], false);
    if (invalid) return invalid;
    const edited = applyEdit(message, body, req.files);
    if (isEmpty(edited)) return apiError(400, 50006, 'Cannot send an empty message');
    this.state.messages.set(edited.id, edited);
    return json(200, clone(edited), () => echo(this.dispatch, 'MESSAGE_UPDATE', edited));
  }
}

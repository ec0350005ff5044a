/**
 * Answering an interaction: the initial callback (each response type checked against the
 * interaction's type, autocomplete and modal limits), follow-ups, and the webhook that reads,
 * edits and deletes `@original` and the follow-ups.
 */
import type { APIMessage } from 'discord.js';
import { InteractionResponseType, InteractionType, MessageFlags } from 'discord.js';
import { asRecord, clone, type Json } from './json.ts';
import {
  applyEdit,
  botMessage,
  type Dispatch,
  echo,
  echoDelete,
  isEmpty,
  validateMessage,
} from './messages.ts';
import {
  apiError,
  fieldError,
  formError,
  json,
  noContent,
  type RestRequest,
  type RestResult,
} from './responses.ts';
import type { FakeState } from './state.ts';
import type { InteractionState } from './types.ts';

export class InteractionResponses {
  constructor(
    private readonly state: FakeState,
    private readonly dispatch: Dispatch,
  ) {}

  /** POST /interactions/:id/:token/callback: the interaction's initial response. */
  callback(req: RestRequest, p: Record<string, string>): RestResult {
    const tracked = p.token ? this.state.interactions.get(p.token) : undefined;
    if (!tracked || tracked.payload.id !== p.id) return apiError(404, 10062, 'Unknown interaction');
    if (tracked.acknowledged) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    const body = asRecord(req.body);
    const type = Number(body.type) as InteractionResponseType;
    const data = asRecord(body.data);
    const interaction = tracked.payload;

    const allowed: Record<number, number[]> = {
      [InteractionType.Ping]: [InteractionResponseType.Pong],
      [InteractionType.ApplicationCommand]: [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.Modal,
        InteractionResponseType.LaunchActivity,
      ],
      [InteractionType.MessageComponent]: [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        InteractionResponseType.DeferredMessageUpdate,
        InteractionResponseType.UpdateMessage,
        InteractionResponseType.Modal,
      ],
      [InteractionType.ApplicationCommandAutocomplete]: [
        InteractionResponseType.ApplicationCommandAutocompleteResult,
      ],
      [InteractionType.ModalSubmit]: [
        InteractionResponseType.ChannelMessageWithSource,
        InteractionResponseType.DeferredChannelMessageWithSource,
        ...(interaction.message
          ? [InteractionResponseType.DeferredMessageUpdate, InteractionResponseType.UpdateMessage]
          : []),
      ],
    };
    if (!allowed[interaction.type]?.includes(type)) {
      return formError(
        fieldError(
          ['type'],
          'INTERACTION_RESPONSE_TYPE_INVALID',
          `Callback type ${type} is not valid for interaction type ${interaction.type}`,
        ),
      );
    }

    const channelId = interaction.channel?.id ?? interaction.channel_id ?? '';
    const guildId = interaction.guild_id ?? null;
    let created: APIMessage | null = null;
    let updated: APIMessage | null = null;

    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const invalid = validateMessage(data, req.files, ['data'], true);
        if (invalid) return invalid;
        const flags = typeof data.flags === 'number' ? data.flags : 0;
        created = botMessage(this.state, data, req.files, { channelId, guildId, interaction, flags });
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags =
          ((typeof data.flags === 'number' ? data.flags : 0) & MessageFlags.Ephemeral) | MessageFlags.Loading;
        created = botMessage(this.state, {}, [], { channelId, guildId, interaction, flags });
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        const target = interaction.message
          ? (this.state.messages.get(interaction.message.id) ?? interaction.message)
          : null;
        if (!target) return apiError(400, 50035, 'Invalid Form Body');
        if (type === InteractionResponseType.UpdateMessage) {
          const invalid = validateMessage(data, req.files, ['data'], false);
          if (invalid) return invalid;
          updated = applyEdit(target, data, req.files);
          this.state.messages.set(updated.id, updated);
        }
        tracked.originalId = target.id;
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const choices = Array.isArray(data.choices) ? data.choices.map(asRecord) : null;
        if (!choices)
          return formError(fieldError(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required'));
        if (choices.length > 25) {
          return formError(
            fieldError(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.'),
          );
        }
        for (const [index, choice] of choices.entries()) {
          const name = typeof choice.name === 'string' ? choice.name : '';
          if (name.length < 1 || name.length > 100) {
            return formError(
              fieldError(
                ['data', 'choices', String(index), 'name'],
                'BASE_TYPE_BAD_LENGTH',
                'Must be between 1 and 100 in length.',
              ),
            );
          }
          if (typeof choice.value === 'string' && choice.value.length > 100) {
            return formError(
              fieldError(
                ['data', 'choices', String(index), 'value'],
                'BASE_TYPE_MAX_LENGTH',
                'Must be 100 or fewer in length.',
              ),
            );
          }
        }
        break;
      }
      case InteractionResponseType.Modal: {
        const title = typeof data.title === 'string' ? data.title : '';
        if (typeof data.custom_id !== 'string' || title.length < 1 || title.length > 45) {
          return formError(
            fieldError(
              ['data', 'title'],
              'BASE_TYPE_BAD_LENGTH',
              'Modal needs custom_id and a 1-45 char title.',
            ),
          );
        }
        const components = Array.isArray(data.components) ? data.components : [];
        if (components.length < 1 || components.length > 5) {
          return formError(
            fieldError(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.'),
          );
        }
        break;
      }
      default:
        break;
    }

    tracked.acknowledged = true;
    tracked.responseType = type;
    if (created) {
      this.state.messages.set(created.id, created);
      tracked.originalId = created.id;
    }
    const after = () => {
      if (created) echo(this.dispatch, 'MESSAGE_CREATE', created);
      if (updated) echo(this.dispatch, 'MESSAGE_UPDATE', updated);
    };
    if (req.query.with_response !== 'true') return noContent(after);

    const message =
      created ?? updated ?? (tracked.originalId ? this.state.messages.get(tracked.originalId) : undefined);
    const flags = message?.flags ?? 0;
    const response: Json = {
      interaction: {
        id: interaction.id,
        type: interaction.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: (flags & MessageFlags.Loading) !== 0,
              response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
    };
    if (message) response.resource = { type, message: clone(message) };
    else if (type !== InteractionResponseType.ApplicationCommandAutocompleteResult)
      response.resource = { type };
    return json(200, response, after);
  }

  private webhookState(p: Record<string, string>): InteractionState | RestResult {
    const tracked = p.token ? this.state.interactions.get(p.token) : undefined;
    if (!tracked || p.app !== this.state.applicationId) return apiError(404, 10015, 'Unknown Webhook');
    return tracked;
  }

  /** POST /webhooks/:app/:token: a follow-up message. */
  followUp(req: RestRequest, p: Record<string, string>): RestResult {
    const tracked = this.webhookState(p);
    if ('status' in tracked) return tracked;
    if (!tracked.acknowledged) return apiError(404, 10015, 'Unknown Webhook');
    const body = asRecord(req.body);
    const invalid = validateMessage(body, req.files, [], true);
    if (invalid) return invalid;
    const interaction = tracked.payload;
    const message = botMessage(this.state, body, req.files, {
      channelId: interaction.channel?.id ?? interaction.channel_id ?? '',
      guildId: interaction.guild_id ?? null,
      interaction,
      flags:
        (typeof body.flags === 'number' ? body.flags : 0) &
        (MessageFlags.Ephemeral |
          MessageFlags.SuppressEmbeds |
          MessageFlags.SuppressNotifications |
          MessageFlags.IsComponentsV2),
    });
    this.state.messages.set(message.id, message);
    tracked.followUpIds.push(message.id);
    const after = () => echo(this.dispatch, 'MESSAGE_CREATE', message);
    return req.query.wait === 'true' ? json(200, clone(message), after) : noContent(after);
  }

  /** GET, PATCH or DELETE /webhooks/:app/:token/messages/:message (`@original` or a follow-up). */
  webhookMessage(method: string, req: RestRequest, p: Record<string, string>): RestResult {
    const tracked = this.webhookState(p);
    if ('status' in tracked) return tracked;
    const id = p.message === '@original' ? tracked.originalId : (p.message ?? null);
    const known = id !== null && (id === tracked.originalId || tracked.followUpIds.includes(id));
    const message = known && id ? this.state.messages.get(id) : undefined;
    if (!message) return apiError(404, 10008, 'Unknown Message');
    if (method === 'GET') return json(200, clone(message));
    if (method === 'DELETE') {
      this.state.messages.delete(message.id);
      if (message.id === tracked.originalId) tracked.originalId = null;
      return noContent(() => echoDelete(this.dispatch, message));
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

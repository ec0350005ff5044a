/**
 * Payloads as Discord would send them to the bot: interactions (slash commands, autocomplete,
 * buttons, selects, modals) and messages from users, filled in from the fake's state.
 */
import { randomBytes } from 'node:crypto';
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIChatInputApplicationCommandInteraction,
  APIInteraction,
  APIMessage,
  APIMessageComponentInteraction,
  APIModalSubmitInteraction,
} from 'discord.js';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
} from 'discord.js';
import { clone, type Json, NO_FLAGS } from './json.ts';
import { botMessage } from './messages.ts';
import { BOT_PERMISSIONS, permissionBits } from './permissions.ts';
import { nextSnowflake } from './snowflakes.ts';
import type { FakeState } from './state.ts';
import type {
  AutocompleteOptions,
  ButtonOptions,
  FakeAttachment,
  GatewayMessage,
  InteractionOption,
  InvokerOptions,
  MessageOptions,
  ModalSubmitOptions,
  SelectOptions,
  SlashCommandOptions,
} from './types.ts';

function toOptions(input: SlashCommandOptions['options'], focused?: string): InteractionOption[] {
  if (input === undefined) return [];
  if (Array.isArray(input)) return clone(input);
  return Object.entries(input).map(([name, value]): InteractionOption => {
    if (typeof value === 'object')
      return { name, type: ApplicationCommandOptionType.Attachment, value: value.id };
    if (name === focused)
      return { name, type: ApplicationCommandOptionType.String, value: String(value), focused: true };
    if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
    if (typeof value === 'number') {
      const type = Number.isInteger(value)
        ? ApplicationCommandOptionType.Integer
        : ApplicationCommandOptionType.Number;
      return { name, type, value };
    }
    return { name, type: ApplicationCommandOptionType.String, value };
  });
}

export class PayloadBuilders {
  constructor(private readonly state: FakeState) {}

  /** A CHAT_INPUT (slash) command interaction. */
  slashCommand(opts: SlashCommandOptions): APIChatInputApplicationCommandInteraction {
    const data = this.commandData(opts);
    return this.baseInteraction(
      InteractionType.ApplicationCommand,
      opts,
      data,
    ) as APIChatInputApplicationCommandInteraction;
  }

  /** An autocomplete interaction; `focused` names the option being typed. */
  autocomplete(opts: AutocompleteOptions): APIApplicationCommandAutocompleteInteraction {
    const data = this.commandData(opts, opts.focused);
    return this.baseInteraction(
      InteractionType.ApplicationCommandAutocomplete,
      opts,
      data,
    ) as APIApplicationCommandAutocompleteInteraction;
  }

  /** A button click. */
  button(opts: ButtonOptions): APIMessageComponentInteraction {
    const message = opts.message ?? this.componentMessage(opts, ComponentType.Button);
    const data = { custom_id: opts.customId, component_type: ComponentType.Button };
    return this.baseInteraction(
      InteractionType.MessageComponent,
      opts,
      data,
      message,
    ) as APIMessageComponentInteraction;
  }

  /** A string select menu choice. */
  stringSelect(opts: SelectOptions): APIMessageComponentInteraction {
    const message = opts.message ?? this.componentMessage(opts, ComponentType.StringSelect);
    const data = {
      custom_id: opts.customId,
      component_type: ComponentType.StringSelect,
      values: opts.values,
    };
    return this.baseInteraction(
      InteractionType.MessageComponent,
      opts,
      data,
      message,
    ) as APIMessageComponentInteraction;
  }

  /** A modal submission with text inputs. */
  modalSubmit(opts: ModalSubmitOptions): APIModalSubmitInteraction {
    let nextComponentId = 1;
    const components = Object.entries(opts.fields ?? {}).map(([customId, value]) => {
      const input = { type: ComponentType.TextInput, id: 0, custom_id: customId, value };
      if (opts.layout === 'label') {
        const labelId = nextComponentId++;
        input.id = nextComponentId++;
        return { type: ComponentType.Label, id: labelId, component: input };
      }
      const rowId = nextComponentId++;
      input.id = nextComponentId++;
      return { type: ComponentType.ActionRow, id: rowId, components: [input] };
    });
    const data = { custom_id: opts.customId, components };
    return this.baseInteraction(
      InteractionType.ModalSubmit,
      opts,
      data,
      opts.message,
    ) as APIModalSubmitInteraction;
  }

  /**
   * A MESSAGE_CREATE payload from a user. Mentions are derived from the content (`<@id>`, `<@&id>`,
   * `@everyone`/`@here`) unless given.
   */
  message(opts: MessageOptions = {}): GatewayMessage {
    const author = opts.author ?? this.state.defaultUser;
    this.state.users.set(author.id, author);
    const content = opts.content ?? '';
    const guildId = opts.guildId === undefined ? this.state.guild(0).id : opts.guildId;
    const channelId =
      opts.channelId ??
      (guildId ? this.state.guild(guildId).textChannelId : this.state.dmChannelFor(author).id);
    const mentionedIds = [...content.matchAll(/<@!?(\d{17,20})>/g)].flatMap((m) => m[1] ?? []);
    const mentions =
      opts.mentions ??
      [...new Set(mentionedIds)].flatMap((id) => this.state.users.get(id) ?? []).map((u) => clone(u));
    const mentionRoles =
      opts.mentionRoles ?? [...content.matchAll(/<@&(\d{17,20})>/g)].flatMap((m) => m[1] ?? []);
    const payload: GatewayMessage = {
      id: opts.id ?? nextSnowflake(),
      type: opts.type ?? (opts.referencedMessage ? MessageType.Reply : MessageType.Default),
      channel_id: channelId,
      author: clone(author),
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: opts.mentionEveryone ?? /@(everyone|here)\b/.test(content),
      mentions,
      mention_roles: mentionRoles,
      attachments: opts.attachments ?? [],
      embeds: opts.embeds ?? [],
      components: [],
      pinned: false,
      flags: NO_FLAGS,
      nonce: nextSnowflake(),
    };
    if (opts.webhookId) payload.webhook_id = opts.webhookId;
    if (opts.referencedMessage) {
      payload.message_reference = {
        type: 0,
        message_id: opts.referencedMessage.id,
        channel_id: opts.referencedMessage.channel_id,
        ...(guildId ? { guild_id: guildId } : {}),
      };
      payload.referenced_message = clone(opts.referencedMessage);
    }
    if (guildId) {
      const member = this.state.member(guildId, author, opts.roles ? { roles: opts.roles } : {});
      const { user: _user, permissions: _permissions, ...memberNoUser } = member;
      payload.guild_id = guildId;
      payload.member = memberNoUser;
      payload.channel_type = ChannelType.GuildText;
      payload.mentions = mentions.map((u) => {
        const m = this.state.guild(guildId).members.get(u.id);
        if (!m) return u;
        const { user: _u, ...rest } = m;
        return { ...u, member: clone(rest) };
      });
    } else {
      payload.channel_type = ChannelType.DM;
    }
    return payload;
  }

  private commandData(opts: SlashCommandOptions, focused?: string): Json {
    let options = toOptions(opts.options, focused);
    if (opts.subcommand)
      options = [{ name: opts.subcommand, type: ApplicationCommandOptionType.Subcommand, options }];
    if (opts.subcommandGroup) {
      options = [{ name: opts.subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options }];
    }
    const guildId = opts.guildId === undefined ? this.state.guild(0).id : opts.guildId;
    const registered =
      (guildId ? this.state.commands.get(guildId) : undefined)?.find((c) => c.name === opts.name) ??
      this.state.commands.get('global')?.find((c) => c.name === opts.name);
    const data: Json = {
      id: opts.commandId ?? registered?.id ?? nextSnowflake(),
      name: opts.name,
      type: ApplicationCommandType.ChatInput,
      options,
    };
    if (registered?.guild_id) data.guild_id = registered.guild_id;
    const attachments = Object.values(Array.isArray(opts.options) ? {} : (opts.options ?? {})).filter(
      (v): v is FakeAttachment => typeof v === 'object',
    );
    if (attachments.length > 0)
      data.resolved = { attachments: Object.fromEntries(attachments.map((a) => [a.id, clone(a)])) };
    if (opts.resolved) data.resolved = { ...(data.resolved as Json | undefined), ...opts.resolved };
    return data;
  }

  private componentMessage(opts: ButtonOptions, type: ComponentType): APIMessage {
    const guildId = opts.guildId === undefined ? this.state.guild(0).id : opts.guildId;
    const channelId = opts.channelId ?? (guildId ? this.state.guild(guildId).textChannelId : undefined);
    const component =
      type === ComponentType.Button
        ? { type, id: 2, custom_id: opts.customId, style: ButtonStyle.Primary, label: 'Click' }
        : { type, id: 2, custom_id: opts.customId, options: [{ label: 'Option', value: 'option' }] };
    const message = botMessage(
      this.state,
      { content: 'Pick one', components: [{ type: 1, id: 1, components: [component] }] },
      [],
      {
        channelId: channelId ?? this.state.dmChannelFor(opts.user ?? this.state.defaultUser).id,
        guildId: guildId ?? null,
      },
    );
    this.state.messages.set(message.id, message);
    return message;
  }

  private baseInteraction(
    type: InteractionType,
    opts: InvokerOptions,
    data: Json,
    message?: APIMessage,
  ): APIInteraction {
    const user = opts.user ?? this.state.defaultUser;
    this.state.users.set(user.id, user);
    const guildId = opts.guildId === undefined ? this.state.guild(0).id : opts.guildId;
    const appPermissions = permissionBits(opts.appPermissions ?? BOT_PERMISSIONS).toString();
    const payload: Json = {
      id: opts.id ?? nextSnowflake(),
      application_id: this.state.applicationId,
      type,
      data,
      token: opts.token ?? `fake-interaction-token-${randomBytes(12).toString('hex')}`,
      version: 1,
      app_permissions: appPermissions,
      locale: opts.locale ?? Locale.EnglishUS,
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
    };
    if (guildId) {
      const guild = this.state.guild(guildId);
      const member =
        opts.member ??
        this.state.member(guildId, user, {
          ...(opts.roles ? { roles: opts.roles } : {}),
          ...(opts.permissions !== undefined ? { permissions: opts.permissions } : {}),
        });
      const channelId = opts.channelId ?? guild.textChannelId;
      const channel = this.state.channelById(channelId)?.channel ?? {
        id: channelId,
        type: ChannelType.GuildText,
      };
      Object.assign(payload, {
        guild_id: guild.id,
        guild: { id: guild.id, locale: Locale.EnglishUS, features: [] },
        guild_locale: Locale.EnglishUS,
        channel_id: channelId,
        channel: { ...channel, permissions: member.permissions },
        member,
        authorizing_integration_owners: { '0': guild.id },
        context: InteractionContextType.Guild,
      });
    } else {
      const dm = opts.channelId
        ? (this.state.dmChannels.get(opts.channelId) ?? this.state.dmChannelFor(user))
        : this.state.dmChannelFor(user);
      Object.assign(payload, {
        channel_id: dm.id,
        channel: {
          id: dm.id,
          type: ChannelType.DM,
          recipients: clone(dm.recipients),
          last_message_id: null,
          flags: 0,
        },
        user: clone(user),
        authorizing_integration_owners: { '0': '0' },
        context: InteractionContextType.BotDM,
      });
    }
    if (message) payload.message = clone(message);
    return payload as unknown as APIInteraction;
  }
}

/** Every /kb reply is ephemeral and pings no one, whether the command was deferred or not. */
import {
  type APIEmbed,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  MessageFlags,
} from 'discord.js';
import { fitContent, type RenderedMessage } from '../render.ts';

export type KbReply = string | (Partial<RenderedMessage> & { content?: string; embeds?: APIEmbed[] });

export async function kbReply(interaction: ChatInputCommandInteraction, reply: KbReply): Promise<void> {
  const payload = typeof reply === 'string' ? { content: fitContent(reply) } : reply;
  const options = { ...payload, allowedMentions: { parse: [] } } satisfies InteractionEditReplyOptions;
  if (interaction.deferred || interaction.replied) await interaction.editReply(options);
  else await interaction.reply({ ...options, flags: MessageFlags.Ephemeral });
}

/** Acknowledges at once, privately: an edit waits for the file lock and may take longer than 3 seconds. */
export async function kbDefer(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
}

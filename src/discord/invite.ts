/**
 * The link that adds the bot to a server: the scopes and the channel permissions it uses, stated
 * once. The README's quick start shows the same link (test/discord/invite.test.ts keeps them equal),
 * and `npm run deploy-commands` prints it with the Application ID filled in.
 */
import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/** As the Developer Portal's URL generator writes it (OAuth2Routes.authorizationURL is the API's). */
const AUTHORIZE = 'https://discord.com/oauth2/authorize';

/** Each permission the bot uses, and what for. Slash command replies need none. */
export const BOT_PERMISSIONS = {
  ViewChannel: 'see the channels where it is mentioned or asked',
  SendMessages: 'reply to a mention or an ask-channel message; post to MOD_LOG_CHANNEL_ID',
  SendMessagesInThreads: 'the same in threads',
  EmbedLinks: 'an answer is an embed',
  ReadMessageHistory: 'a reply refers to the message it answers',
  AddReactions: 'a reaction instead of a reply when it stays quiet (cooldown, abstention)',
} as const satisfies Partial<Record<keyof typeof PermissionFlagsBits, string>>;

/** `bot` joins the server; `applications.commands` lets it have slash commands there. */
export const BOT_SCOPES = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands] as const;

export function botPermissions(): bigint {
  const names = Object.keys(BOT_PERMISSIONS) as Array<keyof typeof BOT_PERMISSIONS>;
  return new PermissionsBitField(names.map((name) => PermissionFlagsBits[name])).bitfield;
}

export function inviteUrl(clientId: string): string {
  const query = new URLSearchParams({
    client_id: clientId,
    scope: BOT_SCOPES.join(' '),
    permissions: botPermissions().toString(),
  });
  return `${AUTHORIZE}?${query}`;
}

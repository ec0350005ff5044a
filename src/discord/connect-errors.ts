/**
 * Why talking to Discord failed, in words an admin can act on: a network problem is named as one
 * (not "check DISCORD_TOKEN"), a refused token as a token problem, a request that timed out as a
 * timeout ("This operation was aborted" says neither). Used by npm start, the ShardingManager and
 * deploy-commands.
 */
import { DiscordAPIError, DiscordjsErrorCodes, HTTPError } from 'discord.js';

export type DiscordFailureKind = 'network' | 'timeout' | 'token' | 'intents' | 'discord';

export interface DiscordFailure {
  kind: DiscordFailureKind;
  /** One line: what happened. */
  summary: string;
  /** What to do about it. */
  hint: string;
}

const PORTAL = 'Developer Portal › your application';

/** System error codes of a connection that could not be made or was lost (Node, undici). */
const NETWORK_CODES: Record<string, string> = {
  ENOTFOUND: 'the name does not resolve (DNS)',
  EAI_AGAIN: 'DNS lookup failed (no DNS server reachable?)',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  ENETUNREACH: 'the network is unreachable',
  EHOSTUNREACH: 'the host is unreachable',
  EPIPE: 'the connection was closed',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired (is a proxy intercepting HTTPS?)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    'its TLS certificate could not be verified (is a proxy intercepting HTTPS?)',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate could not be verified (is a proxy intercepting HTTPS?)',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_SOCKET: 'the connection was closed',
};

/** The error and its causes (fetch wraps the system error as `cause`). */
function chain(error: unknown): unknown[] {
  const errors: unknown[] = [];
  let current: unknown = error;
  while (current && errors.length < 5 && !errors.includes(current)) {
    errors.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return errors;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Where the requests went: DISCORD_API_URL, or Discord itself. */
function target(apiUrl: string | null): string {
  return apiUrl ? `DISCORD_API_URL (${apiUrl})` : 'discord.com';
}

export function describeDiscordFailure(error: unknown, apiUrl: string | null): DiscordFailure {
  const errors = chain(error);
  const where = target(apiUrl);
  const checkApiUrl = apiUrl
    ? ` Is DISCORD_API_URL right and is that proxy running? Empty it to talk to Discord directly.`
    : '';

  for (const e of errors) {
    const code = codeOf(e);
    if (code === DiscordjsErrorCodes.TokenInvalid || (e instanceof DiscordAPIError && e.status === 401)) {
      return {
        kind: 'token',
        summary: 'Discord refused the token (401 Unauthorized): DISCORD_TOKEN is wrong, or was reset.',
        hint: `Copy it again into .env: ${PORTAL} › Bot › Reset Token. Only the token, without "Bot " or quotes.`,
      };
    }
    if (code === DiscordjsErrorCodes.DisallowedIntents) {
      return {
        kind: 'intents',
        summary: 'Discord refused the Message Content intent, which ASK_CHANNEL_IDS needs.',
        hint: `Turn on Message Content Intent in the ${PORTAL} › Bot, or empty ASK_CHANNEL_IDS.`,
      };
    }
  }
  for (const e of errors) {
    const code = codeOf(e);
    if (code && code in NETWORK_CODES) {
      return {
        kind: 'network',
        summary: `Could not reach ${where}: ${NETWORK_CODES[code]} (${code}). This is a network problem, not a problem with the token.`,
        hint: `Check this machine's internet connection, DNS, firewall and proxy.${checkApiUrl}`,
      };
    }
    if ((e as { name?: unknown } | null)?.name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT') {
      return {
        kind: 'timeout',
        summary: `${where} did not answer in time (the request was aborted after waiting). This is a network problem, not a problem with the token.`,
        hint: `Check this machine's internet connection, firewall and proxy: something may be dropping the connection.${checkApiUrl}`,
      };
    }
  }
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    return {
      kind: 'discord',
      summary: `Discord answered ${error.status} to ${error.method} ${new URL(error.url).pathname}: ${error.message}`,
      hint: hintForStatus(error),
    };
  }
  return {
    kind: 'discord',
    summary: messageOf(error),
    hint: `Check DISCORD_TOKEN and DISCORD_CLIENT_ID (${PORTAL}), and DISCORD_API_URL if set.`,
  };
}

function hintForStatus(error: DiscordAPIError | HTTPError): string {
  const code = error instanceof DiscordAPIError ? error.code : null;
  if (code === 10002) {
    return `DISCORD_CLIENT_ID is not this bot's Application ID (${PORTAL} › General Information).`;
  }
  if (error.status === 403 || code === 50001) {
    return 'The bot has no access there: for DISCORD_GUILD_ID, is the bot in that server, invited with the applications.commands scope?';
  }
  if (error.status === 404) return 'Check DISCORD_CLIENT_ID and DISCORD_GUILD_ID.';
  if (error.status >= 500) {
    return 'Discord itself had a problem: try again in a minute (https://discordstatus.com).';
  }
  return 'See the message above.';
}

/** "What happened. What to do." for a message to the admin on stderr. */
export function formatDiscordFailure(what: string, error: unknown, apiUrl: string | null): string {
  const failure = describeDiscordFailure(error, apiUrl);
  return `${what}: ${failure.summary}\n${failure.hint}`;
}

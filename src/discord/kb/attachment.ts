/**
 * The text file a moderator attaches to /kb source add, read from Discord's attachment URL: the
 * only thing the bot ever downloads. Only from Discord's own file hosts (or the API proxy
 * DISCORD_API_URL points at, which is where a test's fake Discord serves them), over the URL
 * Discord gave, without following redirects, within a time limit, and never more than the size
 * limit of a source: a larger file is refused before it is read, and a download that turns out
 * larger is cut off.
 */
import { MAX_SOURCE_BYTES } from '../../knowledge/source-input.ts';

/** Where Discord serves attachments. */
export const ATTACHMENT_HOSTS: readonly string[] = ['cdn.discordapp.com', 'media.discordapp.net'];

/** How long a download may take. */
const DOWNLOAD_MS = 15_000;

export interface AttachmentLike {
  url: string;
  name: string;
  size: number;
  contentType: string | null;
}

/** Whether a URL is Discord's own attachment URL (or the configured API proxy's, for tests). */
export function isDiscordAttachmentUrl(url: string, apiUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:' && ATTACHMENT_HOSTS.includes(parsed.hostname)) return true;
  if (!apiUrl) return false;
  try {
    return parsed.origin === new URL(apiUrl).origin;
  } catch {
    return false;
  }
}

/** The attachment's bytes, or why it is refused (said so that the moderator knows what to do). */
export async function readAttachment(
  attachment: AttachmentLike,
  apiUrl: string | null,
  limit: number = MAX_SOURCE_BYTES,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  const type = attachment.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!/\.txt$/i.test(attachment.name) && type !== 'text/plain')
    return {
      ok: false,
      message: `"${attachment.name}" is not a .txt file: attach the report as plain text (a .txt file in UTF-8).`,
    };
  if (attachment.size > limit)
    return {
      ok: false,
      message: `the file is ${Math.ceil(attachment.size / 1024)} KB, over the limit of ${Math.ceil(limit / 1024)} KB: add a shorter text, or split it into several sources.`,
    };
  if (!isDiscordAttachmentUrl(attachment.url, apiUrl))
    return { ok: false, message: 'the file is not on Discord: attach it to the command itself.' };
  let response: Response;
  try {
    response = await fetch(attachment.url, { redirect: 'error', signal: AbortSignal.timeout(DOWNLOAD_MS) });
  } catch (error) {
    return {
      ok: false,
      message: `the file could not be downloaded from Discord (${(error as Error).message}); try again.`,
    };
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    return {
      ok: false,
      message: `the file could not be downloaded from Discord (HTTP ${response.status}); try again.`,
    };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return {
          ok: false,
          message: `the file is over the limit of ${Math.ceil(limit / 1024)} KB: add a shorter text, or split it into several sources.`,
        };
      }
      chunks.push(value);
    }
  } catch (error) {
    return {
      ok: false,
      message: `the file could not be downloaded from Discord (${(error as Error).message}); try again.`,
    };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * The moderators' log channel (MOD_LOG_CHANNEL_ID): what happened to the knowledge when nobody
 * asked in Discord, i.e. after a hand edit of the files. A broken edit is posted with its exact
 * problems; a valid one that would remove most of the knowledge at once with what it removes and
 * how to accept it; a good one with the version now served. Edits made with /kb are not posted:
 * the moderator who made one is told in the reply, and /kb history lists them all.
 */
import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import { shrinkageSentence } from '../app/guard.ts';
import type { ReloadResult } from '../app/live.ts';
import type { AuditAction } from '../store/database.ts';
import { plural } from '../text/plural.ts';
import { fitLines, problemLines } from './kb/format.ts';
import { escapeText, LIMITS } from './render.ts';

/** The reason LiveKnowledge is given for serving an edit made with /kb. */
export function kbReason(action: AuditAction, userId: string): string {
  return `kb ${action} by ${userId}`;
}

const KB_EDIT = /^kb (add|edit|remove|undo) by /;
const KB_CHANGE = /^kb (add|edit|remove|undo|reload) by /;

/** A change made with /kb in this process (an edit, or /kb reload), as opposed to a file watcher's. */
export function isKbReason(reason: string): boolean {
  return KB_CHANGE.test(reason);
}

/** "kb reload by 123…" names the moderator as a mention (the post pings no one). */
function readable(reason: string): string {
  const by = / by (\d{17,20})$/.exec(reason);
  return by ? `${escapeText(reason.slice(0, by.index))} by <@${by[1]}>` : escapeText(reason);
}

/** The mod-log message for a reload, or null when there is nothing to post. */
export function formatReloadReport(result: ReloadResult, reason: string): string | null {
  if (result.ok) {
    if (KB_EDIT.test(reason)) return null;
    const accepted = result.accepted
      ? ` It ${shrinkageSentence(result.accepted)}, as a moderator accepted.`
      : '';
    // Reported unchanged only after problems: the folder is back to the version still served.
    return result.changed
      ? `✅ Knowledge reloaded (${readable(reason)}): the bot now answers from version \`${result.version}\`.${accepted}`
      : `✅ The knowledge folder is valid again (${readable(reason)}): the bot answers from version \`${result.version}\`, as before.`;
  }
  if (result.held) {
    return (
      `⚠️ Not served: the knowledge folder on disk (version \`${result.held.version}\`) ${shrinkageSentence(result.held.shrinkage)} (${readable(reason)}). ` +
      `The bot keeps answering from version \`${result.servingVersion}\`. If this is intended, run /kb reload to accept it; ` +
      'otherwise put the files back.'
    );
  }
  const head =
    `⚠️ The knowledge folder has ${plural(result.problems.length, 'problem')} (${readable(reason)}). ` +
    `The bot keeps answering from the last good version \`${result.servingVersion}\` until they are fixed:`;
  return fitLines(
    head,
    problemLines(result.problems),
    LIMITS.content,
    (n) => `… and ${n} more: run /kb check or npm run knowledge:check for the full list.`,
  );
}

/** Posts to the mod-log channel without pinging anyone; a failure is logged, never thrown. */
export async function postToModLog(
  client: Client,
  channelId: string,
  content: string,
  log: Pick<Logger, 'warn'>,
): Promise<void> {
  try {
    const channel = client.channels.cache.get(channelId) ?? (await client.channels.fetch(channelId));
    if (!channel?.isSendable()) {
      log.warn({ channelId }, 'MOD_LOG_CHANNEL_ID is not a channel the bot can post in');
      return;
    }
    await channel.send({ content, allowedMentions: { parse: [] } });
  } catch (error) {
    log.warn({ err: error, channelId }, 'could not post to the mod-log channel');
  }
}

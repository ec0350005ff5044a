/**
 * /kb source add | list | remove: the sources the bot quotes, kept by moderators from Discord. A
 * source is a .txt file the moderator attaches, with its publisher and date (and optionally link,
 * headline, id, language and credit); the bot downloads nothing else. Adding and removing go
 * through the SourceEditor (lock, validation, audit trail, sources.yaml written last) and are
 * served at once.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { SourceInfo } from '../../knowledge/model.ts';
import type { SourceOutcome } from '../../knowledge/source-editor.ts';
import { LockTimeoutError } from '../../store/file-lock.ts';
import type { StoreRecorder } from '../../store/store.ts';
import { longDate } from '../../text/dates.ts';
import { plural } from '../../text/plural.ts';
import type { CommandContext } from '../command.ts';
import { kbReason } from '../mod-log.ts';
import { escapeText, LIMITS } from '../render.ts';
import { readAttachment } from './attachment.ts';
import { refusalText } from './edits.ts';
import { fitLines, problemLines } from './format.ts';
import { kbDefer, kbReply } from './reply.ts';

/**
 * Runs a source change; a lock held too long by another edit becomes a refusal, not an error.
 * With PostgreSQL (DATABASE_URL) the change is made as the next knowledge revision, on the one
 * every instance serves, as /kb edits are (see app/shared-knowledge.ts).
 */
async function attempt(
  context: CommandContext,
  who: { interaction: ChatInputCommandInteraction; action: 'source-add' | 'source-remove' },
  run: (record: StoreRecorder) => Promise<SourceOutcome>,
): Promise<SourceOutcome> {
  const record = context.database.recorder(who.interaction.user.id, who.action);
  try {
    if (context.sharedKnowledge) {
      return await context.sharedKnowledge.edit((hold) => run(hold(record)), {
        author: who.interaction.user.id,
        message: `/kb ${who.action.replace('-', ' ')}`,
      });
    }
    return await run(record);
  } catch (error) {
    if (!(error instanceof LockTimeoutError)) throw error;
    return {
      ok: false,
      reason: 'changing',
      message: 'another edit of the knowledge is still in progress; try again in a moment.',
      problems: [],
    };
  }
}

function sourceLine(s: SourceInfo): string {
  const link = s.url ? ` · <${s.url}>` : '';
  const role = s.primary ? ' · the article (not removable)' : '';
  return `• \`${s.id}\` — ${longDate(s.date)} · ${escapeText(s.publisher)}: “${escapeText(s.headline)}” · ${plural(s.sentences, 'sentence')}${link}${role}`;
}

export async function addSource(interaction: ChatInputCommandInteraction, context: CommandContext) {
  await kbDefer(interaction);
  const option = (name: string) => interaction.options.getString(name)?.trim() || undefined;
  const attachment = interaction.options.getAttachment('file', true);
  const downloaded = await readAttachment(attachment, context.config.discord?.apiUrl ?? null);
  if (!downloaded.ok) return kbReply(interaction, `❌ Nothing was changed: ${downloaded.message}`);
  const outcome = await attempt(context, { interaction, action: 'source-add' }, (record) =>
    context.knowledge.sources.add(
      downloaded.bytes,
      {
        publisher: interaction.options.getString('publisher', true),
        date: interaction.options.getString('date', true),
        url: option('url'),
        headline: option('headline'),
        id: option('id'),
        language: option('language'),
        creditedAs: option('credited-as'),
        publisherAliases: [option('publisher-aliases') ?? ''],
      },
      record,
    ),
  );
  if (!outcome.ok) return kbReply(interaction, refusalText(outcome));
  const { info, passages, proposals, kb } = outcome;
  await context.knowledge.serve(kb, kbReason('source-add', interaction.user.id));
  context.log.info(
    { source: info.id, sentences: passages.length, version: kb.version },
    'source added from Discord',
  );
  const head =
    `✅ Added source \`${info.id}\`: “${escapeText(info.headline)}” (${escapeText(info.publisher)}, ${longDate(info.date)}), ` +
    `${plural(passages.length, 'sentence')}, ids \`${passages[0]?.id}\` to \`${passages.at(-1)?.id}\`. ` +
    `Its quotes are credited “${escapeText(info.quotedAs)}”` +
    (info.publisherAliases.length > 0
      ? `, and ${info.publisherAliases.map((a) => `“${escapeText(a)}”`).join(', ')} read as its publisher`
      : '') +
    `; it answers now. Knowledge version \`${kb.version}\`.`;
  const names = [
    ...proposals.entities.map(
      (p) =>
        `• ${escapeText(p.entity.name)} (${p.entity.kind}?), ${p.speaks ? 'quoted' : 'named'} in ${p.seenIn.join(', ')}`,
    ),
    ...proposals.aliases.map(
      (a) => `• “${escapeText(a.alias)}”: another name of \`${a.entity}\`? (${a.seenIn.join(', ')})`,
    ),
  ];
  if (names.length === 0) return kbReply(interaction, head);
  await kbReply(
    interaction,
    fitLines(
      `${head}\nNames entities.yaml does not know, proposed for review (nothing was added; they are in \`${outcome.proposalsFile ?? 'no file'}\`: move what is right into entities.yaml and rebuild):`,
      names,
      LIMITS.content,
    ),
  );
}

export async function listSources(interaction: ChatInputCommandInteraction, context: CommandContext) {
  const { sources, version } = context.engines.current.kb;
  const sorted = [...sources].sort((a, b) => a.date.localeCompare(b.date));
  await kbReply(
    interaction,
    fitLines(
      `${plural(sources.length, 'source')}, oldest first (knowledge version \`${version}\`); /kb source remove id: removes one:`,
      sorted.map(sourceLine),
      LIMITS.content,
      (n) => `… and ${plural(n, 'more source')}: /source lists every one, in pages.`,
    ),
  );
}

export async function removeSource(interaction: ChatInputCommandInteraction, context: CommandContext) {
  const id = interaction.options.getString('id', true).trim();
  await kbDefer(interaction);
  const outcome = await attempt(context, { interaction, action: 'source-remove' }, (record) =>
    context.knowledge.sources.remove(id, record),
  );
  if (!outcome.ok) {
    if (outcome.reason !== 'cited') return kbReply(interaction, refusalText(outcome));
    return kbReply(
      interaction,
      fitLines(
        `❌ Nothing was changed: these cite sentences of \`${escapeText(id)}\`; change them (/kb edit) or remove them first:`,
        problemLines(outcome.problems),
        LIMITS.content,
      ),
    );
  }
  await context.knowledge.serve(outcome.kb, kbReason('source-remove', interaction.user.id));
  context.log.info({ source: id, version: outcome.kb.version }, 'source removed from Discord');
  await kbReply(
    interaction,
    `✅ Removed source \`${id}\` (${escapeText(outcome.info.quotedAs)}, ${plural(outcome.info.sentences, 'sentence')}) and its files: ` +
      `it is no longer quoted. Knowledge version \`${outcome.kb.version}\`.`,
  );
}

/** Source ids for autocomplete: every source but the article, which cannot be removed. */
export function sourceChoices(sources: readonly SourceInfo[], typed: string) {
  const t = typed.trim().toLowerCase();
  return sources
    .filter((s) => !s.primary && (s.id.includes(t) || s.publisher.toLowerCase().includes(t)))
    .slice(0, LIMITS.choices)
    .map((s) => ({
      name: `${s.id} — ${longDate(s.date)}, ${s.publisher}`.slice(0, LIMITS.choiceName),
      value: s.id,
    }));
}

/**
 * The /kb subcommands that only look: show, list, check, history, unanswered, feedback.
 * show and list read the version being served; check reads the folder as it is on disk now.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import { shrinkageSentence } from '../../app/guard.ts';
import { plural } from '../../text/plural.ts';
import { truncate } from '../../text/truncate.ts';
import type { CommandContext } from '../command.ts';
import { COLORS, escapeText, LIMITS, renderInfo, renderQuoteList } from '../render.ts';
import { type ShardVersion, servedVersions } from '../shard-sync.ts';
import { settleInterruptedEdits } from './edits.ts';
import { auditLine, discordTime, fitLines, problemLines } from './format.ts';
import { kbDefer, kbReply } from './reply.ts';
import { findSentences } from './suggest.ts';

/** Entries per page of /kb list. */
export const LIST_PAGE = 20;
/** Rows shown by /kb history, /kb unanswered and /kb feedback. */
export const ROWS = 20;

const DESCRIPTION_MAX = 4000;

export async function showEntry(interaction: ChatInputCommandInteraction, context: CommandContext) {
  const id = interaction.options.getString('id', true).trim();
  const engine = context.engines.current;
  const entry = engine.kb.qa.find((e) => e.id === id);
  if (!entry) {
    return kbReply(
      interaction,
      `There is no entry \`${escapeText(id)}\` in the version the bot answers from (\`${engine.kb.version}\`). /kb list shows the ids.`,
    );
  }
  const lines = [
    `**Question:** ${escapeText(entry.question)}`,
    `**Paraphrases:** ${entry.paraphrases.length > 0 ? entry.paraphrases.map(escapeText).join(' · ') : '(none)'}`,
    ...(entry.topic ? [`**Topic:** ${escapeText(entry.topic)}`] : []),
    ...(entry.note ? [`**Note:** ${escapeText(entry.note)}`] : []),
    `**Answer:** ${entry.answerIds.join(', ')}`,
  ];
  await kbReply(
    interaction,
    renderQuoteList({
      title: `Entry ${id}`,
      description: lines.join('\n'),
      quotes: entry.answerIds.map((q) => engine.quote(q)),
      footer: `qa.yaml · knowledge version ${engine.kb.version}`,
      color: COLORS.info,
    }),
  );
}

export async function listEntries(interaction: ChatInputCommandInteraction, context: CommandContext) {
  const kb = context.engines.current.kb;
  const pages = Math.max(1, Math.ceil(kb.qa.length / LIST_PAGE));
  const page = Math.min(Math.max(1, interaction.options.getInteger('page') ?? 1), pages);
  const shown = kb.qa.slice((page - 1) * LIST_PAGE, page * LIST_PAGE);
  const lines = shown.map((e) => `\`${e.id}\` — ${escapeText(truncate(e.question, 150))}`);
  await kbReply(
    interaction,
    renderInfo({
      title: `Q&A entries (${kb.qa.length})`,
      description: fitLines('', lines, DESCRIPTION_MAX) || '*No entries yet: /kb add makes one.*',
      footer:
        `Page ${page} of ${pages} · knowledge version ${kb.version}` +
        (page < pages ? ` · /kb list page: ${page + 1} for more` : ''),
    }),
  );
}

/** The longest sentence shown whole by /kb sentences; longer ones end with "…" (/kb show quotes them whole). */
const SENTENCE_MAX = 350;

/** Lines packed into pages of at most `max` characters each, in order. */
export function pageLines(lines: readonly string[], max: number): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let size = 0;
  for (const line of lines) {
    const added = (page.length > 0 ? 1 : 0) + line.length;
    if (page.length > 0 && size + added > max) {
      pages.push(page);
      page = [];
      size = 0;
    }
    size += (page.length > 0 ? 1 : 0) + line.length;
    page.push(line);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/**
 * /kb sentences [paragraph] [search] [page]: the sentence ids an answer can cite, with their
 * text, from the version served: a moderator in Discord cannot open passages.json.
 */
export async function showSentences(interaction: ChatInputCommandInteraction, context: CommandContext) {
  const kb = context.engines.current.kb;
  const paragraph = interaction.options.getInteger('paragraph');
  const search = interaction.options.getString('search')?.trim() ?? '';
  const last = kb.passages.at(-1)?.paragraph ?? 0;
  let found = paragraph === null ? kb.passages : kb.passages.filter((p) => p.paragraph === paragraph);
  if (paragraph !== null && found.length === 0) {
    return kbReply(
      interaction,
      `There is no paragraph ${paragraph}: the article has paragraphs 1 to ${last} (1 is the headline).`,
    );
  }
  found = findSentences(found, search);
  const what = [
    paragraph !== null ? `of paragraph ${paragraph}` : 'of the article',
    search ? `matching “${truncate(search, 60)}”` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (found.length === 0) {
    return kbReply(
      interaction,
      `No sentence ${escapeText(what)}. Search with the start of words ("sat raid"), or a sentence id ("p4").`,
    );
  }
  const lines = found.map(
    (p) => `\`${p.id}\` ${escapeText(truncate(p.text.replace(/\s+/g, ' '), SENTENCE_MAX))}`,
  );
  const pages = pageLines(lines, DESCRIPTION_MAX);
  const page = Math.min(Math.max(1, interaction.options.getInteger('page') ?? 1), pages.length);
  await kbReply(
    interaction,
    renderInfo({
      title: truncate(`Sentences ${what} (${found.length})`, LIMITS.title),
      description: (pages[page - 1] ?? []).join('\n'),
      footer:
        `Page ${page} of ${pages.length} · knowledge version ${kb.version}` +
        (page < pages.length ? ` · /kb sentences page: ${page + 1} for more` : '') +
        ' · cite them in /kb add answer: p4.s1, p4.s2',
    }),
  );
}

/**
 * With SHARD_COUNT: the version each shard serves, and whether they agree. Empty without sharding
 * (one process, or the HTTP interaction servers, which have no shards to ask).
 */
export function shardVersionsLine(shards: readonly ShardVersion[] | null): string {
  if (!shards || shards.length === 0) return '';
  const each = shards
    .map((s) => `${s.shard}: ${s.version === null ? 'not answering (restarting?)' : `\`${s.version}\``}`)
    .join(' · ');
  const versions = new Set(shards.map((s) => s.version));
  if (versions.size === 1 && !versions.has(null)) {
    return `\nShards (${shards.length}) all answer from the same version: ${each}.`;
  }
  if (versions.has(null) && versions.size <= 2) {
    return `\n⚠️ Not every shard answered: ${each}. A shard that died is restarted by itself; check again in a moment.`;
  }
  return `\n⚠️ The shards answer from different versions: ${each}. /kb reload makes every shard re-read the folder.`;
}

/**
 * The folder as it is on disk now (validated on the knowledge worker) against the version served:
 * both versions when they differ, and why (held, not yet reloaded, folder replaced or gone).
 */
export async function checkFolder(interaction: ChatInputCommandInteraction, context: CommandContext) {
  await kbDefer(interaction);
  const [shardVersions, check] = await Promise.all([
    servedVersions(interaction.client),
    context.knowledge.check(),
  ]);
  const shards = shardVersionsLine(shardVersions);
  const { serving, held, folder, prepared } = check;
  const replaced = folder.replacedAt
    ? ` The folder was replaced ${discordTime(folder.replacedAt.toISOString())}; the bot watches the new one.`
    : '';
  if (!prepared) {
    return kbReply(
      interaction,
      `❌ The knowledge folder is not there (replaced, moved or unmounted?). The bot keeps answering from version ` +
        `\`${serving}\`, and serves the folder by itself as soon as it is back.${shards}`,
    );
  }
  if (!prepared.ok) {
    return kbReply(
      interaction,
      fitLines(
        `❌ The knowledge folder has ${plural(prepared.problems.length, 'problem')}. The bot keeps answering from ` +
          `the last good version \`${serving}\`.${shards ? `${shards}\n` : ' '}Fix these and save (the bot reloads by itself), or use /kb reload:`,
        problemLines(prepared.problems),
        LIMITS.content,
      ),
    );
  }
  const { kb, warnings } = prepared;
  const counts = [
    plural(kb.qa.length, 'Q&A entry', 'Q&A entries'),
    plural(kb.passages.length, 'sentence'),
    plural(kb.facts.length, 'key fact'),
    plural(kb.timeline.length, 'timeline event'),
    plural(kb.contested.length, 'contested point'),
  ].join(', ');
  let served: string;
  if (kb.version === serving) served = 'The bot answers from this version.';
  else if (held?.version === kb.version)
    served =
      `The bot answers from version \`${serving}\`, not this one: this version ${shrinkageSentence(held.shrinkage)}, ` +
      'so it waits for a moderator. If this is intended, /kb reload accepts it.';
  else
    served = `The folder on disk differs from what the bot answers from: version \`${serving}\`. /kb reload serves the files now.`;
  const head = `✅ The knowledge folder is valid: version \`${kb.version}\`, ${counts}. ${served}${replaced}${shards}`;
  await kbReply(
    interaction,
    warnings.length > 0
      ? fitLines(`${head}\n${plural(warnings.length, 'warning')}:`, problemLines(warnings), LIMITS.content)
      : head,
  );
}

export async function showHistory(interaction: ChatInputCommandInteraction, context: CommandContext) {
  const id = interaction.options.getString('id')?.trim() || null;
  await settleInterruptedEdits(interaction, context);
  const rows = await context.database.history(id, ROWS);
  if (rows.length === 0) {
    return kbReply(
      interaction,
      id
        ? `No change to \`${escapeText(id)}\` was made with /kb yet (hand edits of qa.yaml are not recorded).`
        : 'No knowledge changes were made with /kb yet.',
    );
  }
  await kbReply(
    interaction,
    renderInfo({
      title: id ? `History of ${id}, newest first` : 'Knowledge changes made with /kb, newest first',
      description: fitLines('', rows.map(auditLine), DESCRIPTION_MAX),
      footer: '/kb undo id: <entry> reverts the latest change of an entry',
    }),
  );
}

export async function showUnanswered(interaction: ChatInputCommandInteraction, context: CommandContext) {
  const rows = await context.database.unanswered(ROWS);
  const days = context.config.questionRetentionDays;
  if (rows.length === 0) {
    return kbReply(interaction, `No unanswered questions in the last ${plural(days, 'day')}.`);
  }
  const lines = rows.map(
    (r) =>
      `**${r.count}×** ${escapeText(truncate(r.normalized, 200))} — last asked ${discordTime(r.lastAsked)}`,
  );
  await kbReply(
    interaction,
    renderInfo({
      title: 'Questions the bot could not answer, most asked first',
      description: fitLines('', lines, DESCRIPTION_MAX),
      footer: `Kept ${plural(days, 'day')} after they were last asked · /kb add answers one`,
    }),
  );
}

function firstWords(text: string | undefined, count = 6): string {
  if (!text) return '(no longer in the article index)';
  const words = text.split(/\s+/);
  return `“${escapeText(words.slice(0, count).join(' '))}${words.length > count ? '…' : ''}”`;
}

export async function showFeedback(interaction: ChatInputCommandInteraction, context: CommandContext) {
  const rows = await context.database.notHelpful(ROWS);
  if (rows.length === 0) return kbReply(interaction, 'No answer has been marked not helpful yet.');
  const passages = context.engines.current.kb.passageById;
  const lines = rows.map((r) => {
    const quotes = r.quoteIds.map((id) => `${id} ${firstWords(passages.get(id)?.text)}`).join(', ');
    const entry = r.qaId ? ` (entry \`${r.qaId}\`)` : '';
    return `${discordTime(r.at)} “${escapeText(truncate(r.question, 150))}”${entry} — ${quotes || 'no quotes'}`;
  });
  await kbReply(
    interaction,
    renderInfo({
      title: 'Answers marked not helpful, newest first',
      description: fitLines('', lines, DESCRIPTION_MAX),
      footer: '/kb show id: <entry> shows an entry with its quotes; /kb edit changes it',
    }),
  );
}

/**
 * The /kb subcommands that change what the bot answers: add, edit, remove, undo, reload. Each
 * goes through the QaEditor (lock, re-read, validate, record in the audit trail, atomic write),
 * is served at once, and tells the moderator exactly what happened, or exactly why nothing was
 * changed.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import { shrinkageSentence } from '../../app/guard.ts';
import { KNOWLEDGE_DB_DOWN } from '../../app/shared-knowledge.ts';
import type { EditOutcome, EditRecorder, QaFields } from '../../knowledge/editor.ts';
import type { Problem } from '../../knowledge/problems.ts';
import type { AuditAction, AuditSnapshot } from '../../store/database.ts';
import { LockTimeoutError } from '../../store/file-lock.ts';
import { plural } from '../../text/plural.ts';
import type { CommandContext } from '../command.ts';
import { kbReason } from '../mod-log.ts';
import { escapeText, LIMITS } from '../render.ts';
import {
  changedFields,
  describeChange,
  discordTime,
  fitLines,
  problemLines,
  sameEntry,
  userMention,
} from './format.ts';
import { CLEAR, parseAnswer, parseParaphrases, slugFromQuestion } from './parse.ts';
import { kbDefer, kbReply } from './reply.ts';

/** A refusal of the editor or the source editor: why, and the problems when the knowledge would be invalid. */
type Failed = { message: string; problems: readonly Problem[] };
type Succeeded = Extract<EditOutcome, { ok: true }>;

/**
 * One clear refusal: it says once that nothing changed, then why, then the exact problems when
 * the knowledge would have been invalid (each with what to do).
 */
export function refusalText(outcome: Failed): string {
  const why = sentence(outcome.message);
  if (outcome.problems.length === 0) return `❌ Nothing was changed: ${why}`;
  return fitLines(
    `❌ Nothing was changed: ${why} Fix ${outcome.problems.length === 1 ? 'this' : 'these'} and try again:`,
    problemLines(outcome.problems),
    LIMITS.content,
  );
}

/** "an entry … already exists: use /kb edit." from the editor's message, however it was written. */
function sentence(message: string): string {
  const text = message.trim();
  const lower = /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
  return /[.!?]$/.test(lower) ? lower : `${lower}.`;
}

/**
 * Runs an editor call; a lock held too long by another edit becomes a refusal, not an error. With
 * PostgreSQL (DATABASE_URL) the edit is made as the next knowledge revision, on the one every
 * instance serves (see app/shared-knowledge.ts).
 */
async function attempt(
  context: CommandContext,
  who: { interaction: ChatInputCommandInteraction; action: AuditAction },
  run: (record: EditRecorder) => Promise<EditOutcome>,
): Promise<EditOutcome> {
  const record = context.database.recorder(who.interaction.user.id, who.action);
  try {
    if (context.sharedKnowledge) {
      return await context.sharedKnowledge.edit((hold) => run(hold(record)), {
        author: who.interaction.user.id,
        message: `/kb ${who.action}`,
      });
    }
    return await run(record);
  } catch (error) {
    if (!(error instanceof LockTimeoutError)) throw error;
    return {
      ok: false,
      reason: 'changing',
      message: 'another edit of qa.yaml is still in progress; try again in a moment.',
      problems: [],
    };
  }
}

/**
 * Serves the validated knowledge an edit produced (the editor recorded it in the audit trail
 * before writing it). Queued right after the edit resolves, with no await in between, so edits
 * are served in the order they were written; resolves once this version (or a newer one, holding
 * it too) answers.
 */
async function commit(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  action: AuditAction,
  entryId: string,
  outcome: Succeeded,
): Promise<{ version: string }> {
  const served = context.knowledge.serve(outcome.kb, kbReason(action, interaction.user.id));
  const version = outcome.kb.version;
  context.log.info({ action, entry: entryId, version }, 'knowledge edited from Discord');
  await served;
  return { version };
}

/**
 * Settles the edits a process recorded but died before marking done (QaEditor.reconcile), so
 * that the history and /kb undo see every change that reached qa.yaml. Defers the reply first
 * when there is something to settle: it waits for the knowledge lock.
 */
export async function settleInterruptedEdits(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): Promise<void> {
  if ((await context.database.pendingChanges()).length === 0) return;
  if (!interaction.deferred && !interaction.replied) await kbDefer(interaction);
  try {
    const settled =
      (await context.knowledge.editor.reconcile(context.database)) +
      (await context.knowledge.sources.reconcile(context.database));
    if (settled > 0) context.log.info({ settled }, 'settled knowledge edits left pending');
  } catch (error) {
    if (!(error instanceof LockTimeoutError)) throw error;
    context.log.warn('could not settle pending knowledge edits now: another edit holds the lock');
  }
}

function currentIds(context: CommandContext): Set<string> {
  try {
    return new Set(context.knowledge.editor.entries().map((e) => String(e.id)));
  } catch {
    return new Set();
  }
}

/** An audit snapshot as editor fields (an entry written without paraphrases has none). */
function toQaFields(snapshot: AuditSnapshot | null): QaFields | null {
  if (snapshot === null) return null;
  const fields = snapshot as unknown as QaFields;
  return { ...fields, paraphrases: fields.paraphrases ?? [] };
}

export async function addEntry(interaction: ChatInputCommandInteraction, context: CommandContext) {
  await kbDefer(interaction);
  const question = interaction.options.getString('question', true).trim();
  const answer = parseAnswer(interaction.options.getString('answer', true));
  const paraphrases = parseParaphrases(interaction.options.getString('paraphrases') ?? '');
  const note = interaction.options.getString('note')?.trim();
  const given = interaction.options.getString('id')?.trim();
  const entry = (id: string): QaFields => ({
    id,
    question,
    paraphrases,
    answer,
    ...(note && note !== CLEAR ? { note } : {}),
  });
  let id = given || slugFromQuestion(question, currentIds(context));
  let outcome = await attempt(context, { interaction, action: 'add' }, (record) =>
    context.knowledge.editor.add(entry(id), record),
  );
  // A derived id taken meanwhile (another add landed first) gets the next free one.
  for (let retry = 0; !given && !outcome.ok && outcome.reason === 'exists' && retry < 3; retry++) {
    id = slugFromQuestion(question, currentIds(context));
    outcome = await attempt(context, { interaction, action: 'add' }, (record) =>
      context.knowledge.editor.add(entry(id), record),
    );
  }
  if (!outcome.ok) return kbReply(interaction, refusalText(outcome));
  const { version } = await commit(interaction, context, 'add', id, outcome);
  await kbReply(
    interaction,
    `✅ Added \`${id}\` — it answers now. Knowledge version \`${version}\`.\n` +
      `Try it: /ask question: ${escapeText(question)}`,
  );
}

export async function editEntry(interaction: ChatInputCommandInteraction, context: CommandContext) {
  const id = interaction.options.getString('id', true).trim();
  const question = interaction.options.getString('question')?.trim();
  const paraphrases = interaction.options.getString('paraphrases');
  const answer = interaction.options.getString('answer');
  const note = interaction.options.getString('note')?.trim();
  const change = {
    ...(question ? { question } : {}),
    ...(paraphrases !== null ? { paraphrases: parseParaphrases(paraphrases) } : {}),
    ...(answer !== null ? { answer: parseAnswer(answer) } : {}),
    ...(note ? { note: note === CLEAR ? '' : note } : {}),
  };
  if (Object.keys(change).length === 0) {
    return kbReply(
      interaction,
      `Nothing to change: give at least one of question, paraphrases, answer or note for \`${escapeText(id)}\`.`,
    );
  }
  await kbDefer(interaction);
  const outcome = await attempt(context, { interaction, action: 'edit' }, (record) =>
    context.knowledge.editor.edit(id, change, record),
  );
  if (!outcome.ok) return kbReply(interaction, refusalText(outcome));
  if (sameEntry(outcome.before, outcome.after)) {
    await context.knowledge.serve(outcome.kb, kbReason('edit', interaction.user.id));
    return kbReply(
      interaction,
      `Nothing to change: \`${id}\` already reads like that. Knowledge version \`${outcome.kb.version}\`.`,
    );
  }
  const { version } = await commit(interaction, context, 'edit', id, outcome);
  const fields = changedFields(outcome.before, outcome.after);
  await kbReply(
    interaction,
    `✅ Updated \`${id}\` (${fields.join(', ')}) — the new version answers now. Knowledge version \`${version}\`.\n` +
      `${describeChange(outcome.before, outcome.after)}`,
  );
}

export async function removeEntry(interaction: ChatInputCommandInteraction, context: CommandContext) {
  const id = interaction.options.getString('id', true).trim();
  await kbDefer(interaction);
  const outcome = await attempt(context, { interaction, action: 'remove' }, (record) =>
    context.knowledge.editor.remove(id, record),
  );
  if (!outcome.ok) return kbReply(interaction, refusalText(outcome));
  const { version } = await commit(interaction, context, 'remove', id, outcome);
  await kbReply(
    interaction,
    `✅ Removed \`${id}\` — it no longer answers. Knowledge version \`${version}\`.\n` +
      `/kb undo id: ${id} puts it back.`,
  );
}

export async function undoChange(interaction: ChatInputCommandInteraction, context: CommandContext) {
  const id = interaction.options.getString('id', true).trim();
  await settleInterruptedEdits(interaction, context);
  const latest = await context.database.latestChange(id);
  if (!latest) {
    return kbReply(
      interaction,
      `Nothing to undo for \`${escapeText(id)}\`: no change to it was made with /kb (hand edits of qa.yaml are not recorded).`,
    );
  }
  if (latest.action === 'source-add' || latest.action === 'source-remove') {
    return kbReply(
      interaction,
      `\`${escapeText(id)}\` is a source: /kb source remove takes one away, /kb source add adds one (again).`,
    );
  }
  if (!interaction.deferred) await kbDefer(interaction);
  // Checked under the editor's lock: a hand save landing meanwhile is never overwritten.
  const outcome = await attempt(context, { interaction, action: 'undo' }, (record) =>
    context.knowledge.editor.restore(
      id,
      toQaFields(latest.before),
      (current) => sameEntry(current, latest.after),
      record,
    ),
  );
  if (!outcome.ok && outcome.reason === 'conflict') {
    return kbReply(
      interaction,
      `❌ Nothing was changed: \`${id}\` was changed by hand in qa.yaml after its last /kb change, and undoing would lose that edit. ` +
        'Use /kb edit instead.',
    );
  }
  if (!outcome.ok) return kbReply(interaction, refusalText(outcome));
  const { version } = await commit(interaction, context, 'undo', id, outcome);
  const undone = `the ${latest.action} of \`${id}\` by ${userMention(latest.actorId)} (${discordTime(latest.at)})`;
  const now =
    outcome.after === null
      ? 'the entry is gone again and no longer answers'
      : outcome.before === null
        ? 'the entry is back and answers now'
        : 'the entry is back as it was and answers now';
  await kbReply(interaction, `✅ Undid ${undone}: ${now}. Knowledge version \`${version}\`.`);
}

export async function reloadKnowledge(interaction: ChatInputCommandInteraction, context: CommandContext) {
  await kbDefer(interaction);
  const previous = context.knowledge.version;
  // A moderator asking is the confirmation a held version waits for (see src/app/guard.ts).
  const result = await context.knowledge.reload(kbReason('reload', interaction.user.id), { confirm: true });
  if (!result.ok && result.held) {
    return kbReply(
      interaction,
      `⚠️ Not reloaded: the knowledge folder on disk (version \`${result.held.version}\`) ${shrinkageSentence(result.held.shrinkage)}. ` +
        `The bot keeps answering from version \`${result.servingVersion}\`. ` +
        'If this is intended, run /kb reload again to accept it; otherwise put the files back.',
    );
  }
  if (!result.ok) {
    return kbReply(
      interaction,
      fitLines(
        `❌ Not reloaded: the knowledge folder has ${plural(result.problems.length, 'problem')}. ` +
          `The bot keeps answering from the last good version \`${result.servingVersion}\`. Fix these, then reload:`,
        problemLines(result.problems),
        LIMITS.content,
      ),
    );
  }
  // With PostgreSQL: the folder reloaded here (hand edits of this host's files) becomes the next
  // revision, served by every instance, unless it is the revision already.
  const shared = await publishReload(interaction, context);
  if (!result.changed && !shared.published) {
    return kbReply(
      interaction,
      `Nothing to reload: the files are the version the bot already answers from (\`${result.version}\`).${shared.note}`,
    );
  }
  try {
    await context.database.recordChange({
      actorId: interaction.user.id,
      action: 'reload',
      entryId: null,
      before: null,
      after: null,
      knowledgeVersion: result.version,
    });
  } catch (error) {
    context.log.error({ err: error }, 'could not record the reload in the audit trail');
  }
  const entries = context.engines.current.kb.qa.length;
  const accepted = result.accepted ? `\nAccepted: this version ${shrinkageSentence(result.accepted)}.` : '';
  await kbReply(
    interaction,
    `✅ Reloaded: the bot now answers from version \`${result.version}\` (was \`${previous}\`), ` +
      `${plural(entries, 'Q&A entry', 'Q&A entries')}, in ${result.ms} ms.${accepted}${shared.note}`,
  );
}

/** Publishes the folder just reloaded as a knowledge revision (DATABASE_URL), and what to tell about it. */
async function publishReload(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): Promise<{ published: boolean; note: string }> {
  if (!context.sharedKnowledge) return { published: false, note: '' };
  const kb = context.engines.current.kb;
  const result = await context.sharedKnowledge.publish(kb, {
    author: interaction.user.id,
    message: '/kb reload',
  });
  if (result.ok) {
    return result.published
      ? {
          published: true,
          note: `\nPublished as knowledge revision ${result.revision}: every instance serves it.`,
        }
      : { published: false, note: '' };
  }
  context.log.warn({ reason: result.reason, head: result.head }, '/kb reload: the folder was not published');
  return {
    published: false,
    note:
      result.reason === 'moved'
        ? `\n⚠️ Served by this instance only: another change was published meanwhile (revision ${result.head?.id ?? '?'}), ` +
          'and publishing this folder would lose it. Use npm run knowledge:pull and knowledge:push to merge the files by hand.'
        : `\n⚠️ Served by this instance only: ${KNOWLEDGE_DB_DOWN}`,
  };
}

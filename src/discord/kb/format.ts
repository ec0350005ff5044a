/**
 * Text for moderators: knowledge problems, changes to an entry, audit rows, the to-do lists.
 * Everything fits Discord's limits by construction: whole lines are kept while they fit, and
 * what is left out is counted ("… and 3 more").
 */
import { formatProblem, type Problem } from '../../knowledge/problems.ts';
import type { AuditRow, AuditSnapshot } from '../../store/database.ts';
import { plural } from '../../text/plural.ts';
import { truncate } from '../../text/truncate.ts';
import { escapeText } from '../render.ts';

/** The longest single line of a list; longer ones are shortened. */
const LINE_MAX = 400;

/**
 * `head`, then as many whole `lines` as fit in `max` characters, then `more(n)` for the n left
 * out. Never longer than `max`.
 */
export function fitLines(
  head: string,
  lines: readonly string[],
  max: number,
  more: (n: number) => string = (n) => `… and ${n} more.`,
): string {
  let text = head;
  for (const [index, raw] of lines.entries()) {
    const line = truncate(raw, LINE_MAX);
    const left = lines.length - index - 1;
    const reserve = left > 0 ? 1 + more(left).length : 0;
    const next = text ? `${text}\n${line}` : line;
    if (next.length + reserve > max) {
      const note = more(lines.length - index);
      return truncate(text ? `${text}\n${note}` : note, max);
    }
    text = next;
  }
  return truncate(text, max);
}

/** One bullet per problem, each with its file, line, entry and field (see formatProblem). */
export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map((p) => `• ${escapeText(formatProblem(p))}`);
}

/** `<t:1700000000:R>`: Discord shows it as "3 minutes ago" in the reader's own time zone. */
export function discordTime(iso: string, style: 'R' | 'f' = 'R'): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? escapeText(iso) : `<t:${Math.floor(ms / 1000)}:${style}>`;
}

/** `<@id>`: shown as the user's name; the replies carrying it set allowed_mentions to none. */
export function userMention(id: string): string {
  return /^\d{17,20}$/.test(id) ? `<@${id}>` : escapeText(id);
}

const FIELDS = ['question', 'paraphrases', 'answer', 'note', 'topic'] as const;
export type EntryField = (typeof FIELDS)[number];

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function shortText(value: unknown, max = 60): string {
  return typeof value === 'string' && value ? `“${escapeText(truncate(value, max))}”` : '(none)';
}

function shortField(field: EntryField, value: unknown): string {
  if (field === 'answer') return listOf(value).map(escapeText).join(', ') || '(none)';
  if (field === 'paraphrases') return plural(listOf(value).length, 'paraphrase');
  return shortText(value);
}

/** The same entry, field for field (a missing paraphrases list is an empty one). */
export function sameEntry(a: AuditSnapshot | null, b: AuditSnapshot | null): boolean {
  if (a === null || b === null) return a === b;
  return FIELDS.every((f) => JSON.stringify(normalized(a, f)) === JSON.stringify(normalized(b, f)));
}

function normalized(entry: AuditSnapshot, field: EntryField): unknown {
  const value = entry[field];
  if (field === 'paraphrases' || field === 'answer') return listOf(value);
  return value === undefined || value === null || value === '' ? null : value;
}

/** The fields that differ between two versions of an entry. */
export function changedFields(before: AuditSnapshot | null, after: AuditSnapshot | null): EntryField[] {
  if (before === null || after === null) return [];
  return FIELDS.filter((f) => JSON.stringify(normalized(before, f)) !== JSON.stringify(normalized(after, f)));
}

/** A short before → after: `answer p4.s1 → p4.s3, p4.s1; note (none) → “Checked.”`. */
export function describeChange(before: AuditSnapshot | null, after: AuditSnapshot | null): string {
  if (before === null && after === null) return '';
  if (before === null) return `new: ${shortText(after?.question)} → ${shortField('answer', after?.answer)}`;
  if (after === null) return `was: ${shortText(before.question)} → ${shortField('answer', before.answer)}`;
  const fields = changedFields(before, after);
  if (fields.length === 0) return 'no difference';
  return fields.map((f) => `${f} ${shortField(f, before[f])} → ${shortField(f, after[f])}`).join('; ');
}

/** A source as recorded: “headline” (publisher, date). */
function describeSource(entry: AuditSnapshot | null): string {
  if (!entry) return '';
  return `${shortText(entry.headline)} (${escapeText(String(entry.publisher ?? '?'))}, ${escapeText(String(entry.date ?? '?'))})`;
}

/** One audit row: when, who, what, which entry, and the short before → after. */
export function auditLine(row: AuditRow): string {
  const what =
    row.action === 'reload'
      ? `**reload** → version \`${row.knowledgeVersion ?? '?'}\``
      : row.action === 'source-add' || row.action === 'source-remove'
        ? `**${row.action}** \`${row.entryId?.replace(/^source:/, '') ?? '?'}\`: ${describeSource(row.after ?? row.before)}`
        : `**${row.action}** \`${row.entryId ?? '?'}\`: ${describeChange(row.before, row.after)}`;
  return `${discordTime(row.at)} ${userMention(row.actorId)} ${what}`;
}

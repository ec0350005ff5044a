/**
 * What a moderator types into /kb options, turned into the fields of a qa.yaml entry. Nothing is
 * validated here: the editor validates the whole knowledge base and reports exact problems.
 */
import { fold } from '../../text/normalize.ts';
import { SENTENCE_ID_OF_CHOICE } from '../../text/sentence-id.ts';

/** Typed into an optional text option to clear the field. */
export const CLEAR = '-';

/** "How many died? | What was the toll?" (or one per line) -> two paraphrases. */
export function parseParaphrases(typed: string): string[] {
  if (typed.trim() === CLEAR) return [];
  return typed
    .split(/\s*\|\s*|\s*\n\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * "p4.s1, p4.s2" -> two sentence ids. A piece copied from an autocomplete name
 * ("p4.s1 — The Saturday…") counts as its id; anything else is kept as typed (a verbatim quote).
 */
export function parseAnswer(typed: string): string[] {
  return typed
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => SENTENCE_ID_OF_CHOICE.exec(s)?.[1] ?? s);
}

const STOP_WORDS = new Set(
  'a an the of in on at to for by with from and or is are was were be been did do does what who whom whose which when where why how that this these those it its there their they he she his her has have had say said'.split(
    ' ',
  ),
);

const SLUG_MAX = 40;

/**
 * A slug for an entry id, made from the question's key words:
 * "What did the Syrian regime say was destroyed?" -> "syrian-regime-destroyed".
 * Unique among `taken` (a number is added if needed).
 */
export function slugFromQuestion(question: string, taken: ReadonlySet<string> = new Set()): string {
  const words = fold(question)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const key = words.filter((w) => !STOP_WORDS.has(w));
  let slug = '';
  for (const word of (key.length > 0 ? key : words).slice(0, 5)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  slug ||= 'entry';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

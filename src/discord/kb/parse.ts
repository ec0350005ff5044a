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
 * A sentence id as typed in an answer (the form SENTENCE_ID in the knowledge schema checks), or
 * the start of one ("p4", "p4.s"): no sentence of the article has such a piece between commas,
 * and an id being typed after a quote must not become part of the quote.
 */
const SENTENCE_ID = /^p\d+(?:\.(?:s\d*)?)?$/;
/** Quotation marks that may wrap a verbatim quote, opening -> closing. */
const QUOTATION_MARKS: Readonly<Record<string, string>> = { '"': '"', '“': '”' };

export interface AnswerItem {
  /** A sentence id, or a verbatim quote as typed (without wrapping quotation marks). */
  value: string;
  /** Whether it was wrapped in quotation marks (and so ended where they close). */
  quoted: boolean;
  /** Where it was typed: typed.slice(start, end), quotation marks included. */
  start: number;
  end: number;
}

/**
 * The items of a typed answer, in order. Items are separated by commas, but a verbatim quote
 * keeps its own commas: every comma-separated piece that is not a sentence id belongs to one quote
 * with its neighbours, up to the next sentence id. Two quotes in a row are told apart by wrapping
 * them in quotation marks ("…", "…"), inside which commas are kept too.
 */
export function answerItems(typed: string): AnswerItem[] {
  const items: AnswerItem[] = [];
  let run: { start: number; end: number } | null = null;
  const endRun = () => {
    if (!run) return;
    const text = typed.slice(run.start, run.end);
    items.push({ value: SENTENCE_ID_OF_CHOICE.exec(text)?.[1] ?? text, quoted: false, ...run });
    run = null;
  };
  let at = 0;
  while (at < typed.length) {
    const start = at + (typed.slice(at).length - typed.slice(at).trimStart().length);
    if (start >= typed.length) break;
    const close = QUOTATION_MARKS[typed.charAt(start)];
    if (close) {
      // Quoted only if the closing mark ends the item (then comes a comma or the end).
      const closing = new RegExp(`\\${close}(?=\\s*(?:,|$))`, 'g');
      closing.lastIndex = start + 1;
      const found = closing.exec(typed);
      if (found) {
        endRun();
        const value = typed.slice(start + 1, found.index).trim();
        if (value) items.push({ value, quoted: true, start, end: found.index + 1 });
        const comma = typed.indexOf(',', found.index + 1);
        at = comma === -1 ? typed.length : comma + 1;
        continue;
      }
    }
    const comma = typed.indexOf(',', start);
    const pieceEnd = comma === -1 ? typed.length : comma;
    const piece = typed.slice(start, pieceEnd).trimEnd();
    const end = start + piece.length;
    if (SENTENCE_ID.test(piece)) {
      endRun();
      items.push({ value: piece, quoted: false, start, end });
    } else if (!piece)
      endRun(); // ",," ends a quote
    else if (run) run.end = end;
    else run = { start, end };
    at = pieceEnd + 1;
  }
  endRun();
  return items;
}

/**
 * "p4.s1, p4.s2" -> two sentence ids; "p4.s2, The Saturday night raid, which the US claims was
 * unintentional" -> an id and one verbatim quote, its commas kept (see answerItems). A piece copied
 * from an autocomplete name ("p4.s1 — The Saturday…") counts as its id.
 */
export function parseAnswer(typed: string): string[] {
  return answerItems(typed).map((item) => item.value);
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

/**
 * A source a moderator supplies (`npm run knowledge:add-source`, `/kb source add`): its bytes and
 * the fields typed with it, checked and turned into an entry of sources.yaml and the text to
 * store. The bot fetches nothing: the text is what the moderator gives, kept verbatim (line
 * endings made Unix, a byte-order mark dropped, the headline put first when it is not).
 *
 * Every refusal says what is wrong and what to do, and nothing has been written when it comes.
 */
import { longDate, parseDate } from '../text/dates.ts';
import { fold, normalizeForCompare } from '../text/normalize.ts';
import { type SourceEntry, SourceIdSchema, SourceSchema } from './schema.ts';
import { splitParagraphs } from './split.ts';

/** The largest source accepted, in bytes of its text file. */
export const MAX_SOURCE_BYTES = 200 * 1024;

/** A headline is one short line; a first paragraph longer than this is not one. */
const MAX_HEADLINE = 200;

/** What a moderator types with a source; only publisher and date are required. */
export interface SourceFields {
  publisher: string;
  /** As typed: "2016-09-19", "19 September 2016", "September 19, 2016". */
  date: string;
  url?: string | undefined;
  /** Default: the text's first line. */
  headline?: string | undefined;
  /** Default: made from the publisher ("test-wire"), numbered if taken. */
  id?: string | undefined;
  /** Default "en". */
  language?: string | undefined;
  /** How its quotes are credited; default "<publisher>, <date>". */
  creditedAs?: string | undefined;
  /**
   * Other names people type for the publisher ("Deutsche Welle" for DW), each as given or several
   * in one, comma-separated. Read as the publisher in a question ("per the wire"), never a speaker.
   */
  publisherAliases?: readonly string[] | undefined;
}

/** At most this many other names of a publisher, each at most this long. */
export const MAX_PUBLISHER_ALIASES = 10;
const MAX_PUBLISHER_ALIAS = 100;

/**
 * The publisher's other names as a moderator gave them: split at commas, trimmed, repeats and the
 * publisher's own name left out (compared folded: "the wire" is "The Wire"); or why not.
 */
export function publisherAliasesFrom(
  given: readonly string[],
  publisher: string,
): { ok: true; aliases: string[] } | Refusal {
  const aliases: string[] = [];
  const seen = new Set([fold(publisher)]);
  for (const name of given.flatMap((g) => g.split(',')).map((g) => g.trim().replace(/\s+/g, ' '))) {
    if (!name || seen.has(fold(name))) continue;
    if (name.length > MAX_PUBLISHER_ALIAS)
      return {
        ok: false,
        message: `the publisher's other name "${name.slice(0, 40)}…" is over ${MAX_PUBLISHER_ALIAS} characters: give the short names people type.`,
      };
    seen.add(fold(name));
    aliases.push(name);
  }
  if (aliases.length > MAX_PUBLISHER_ALIASES)
    return {
      ok: false,
      message: `${aliases.length} other names of the publisher are more than ${MAX_PUBLISHER_ALIASES}: give the ones people type.`,
    };
  return { ok: true, aliases };
}

export type Refusal = { ok: false; message: string };

/** The text of a file as given: UTF-8, not empty, not too large. */
export function decodeSourceText(bytes: Uint8Array): { ok: true; text: string } | Refusal {
  if (bytes.byteLength > MAX_SOURCE_BYTES)
    return {
      ok: false,
      message: `the file is ${kilobytes(bytes.byteLength)}, over the limit of ${kilobytes(MAX_SOURCE_BYTES)}: add a shorter text, or split it into several sources.`,
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: 'the file is not UTF-8 text: save it as plain text in UTF-8 (a .txt file), then add it again.',
    };
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text))
    return { ok: false, message: 'the file holds binary data, not text: add a plain .txt file.' };
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    return { ok: false, message: 'the file is empty: add a text with the report in it.' };
  return { ok: true, text };
}

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** An id made from the publisher: "UN Security Council" -> "un-security-council", free among `taken`. */
export function sourceIdFrom(publisher: string, taken: ReadonlySet<string>): string {
  const words = fold(publisher)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let base = '';
  for (const word of words) {
    const next = base ? `${base}-${word}` : word;
    if (next.length > 24) break;
    base = next;
  }
  if (!base || /^p\d+$/.test(base)) base = `source${base ? `-${base}` : ''}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** What is known of the sources already held, to refuse a duplicate. */
export interface HeldSource {
  id: string;
  url: string | null;
  /** The headline, publisher and date, which together name one report. */
  headline: string;
  publisher: string;
  date: string;
}

/**
 * The sources.yaml entry and the text to store for a supplied text and fields, or why not. The
 * text's layout is read as the article's is: the headline first (put there when the moderator
 * gives one the text does not start with), then a date line if the next line is a date, and a
 * credit line in brackets at the end ("(Reuters)"), neither of which is a sentence.
 */
export function prepareSource(
  given: string,
  fields: SourceFields,
  held: readonly HeldSource[],
): { ok: true; entry: SourceEntry; text: string } | Refusal {
  const publisher = fields.publisher.trim();
  if (!publisher)
    return { ok: false, message: 'the publisher is missing: say who published it, e.g. Reuters.' };
  const date = parseDate(fields.date);
  if (!date)
    return {
      ok: false,
      message: `"${fields.date.trim()}" is not a date I can read: write it as 2016-09-19 or 19 September 2016.`,
    };
  const url = fields.url?.trim() || undefined;
  if (url && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url))
    return { ok: false, message: `"${url}" is not a web address: give one starting with https://, or none.` };
  const ids = new Set(held.map((h) => h.id));
  const id = fields.id?.trim() || sourceIdFrom(publisher, ids);
  const idCheck = SourceIdSchema.safeParse(id);
  if (!idCheck.success)
    return { ok: false, message: `the id "${id}" will not do: ${idCheck.error.issues[0]?.message}.` };
  if (ids.has(id)) return { ok: false, message: `there is already a source "${id}": give another id.` };

  let text = given.endsWith('\n') ? given : `${given}\n`;
  const blocks = splitParagraphs(text);
  let headline = fields.headline?.trim().replace(/\s+/g, ' ');
  if (headline) {
    // The text's own spelling of it when it starts with it (spaces and quote marks aside).
    if (normalizeForCompare(blocks[0] ?? '') === normalizeForCompare(headline))
      headline = blocks[0] ?? headline;
    else text = `${headline}\n\n${text}`;
  } else {
    headline = blocks[0] ?? '';
    if (headline.length > MAX_HEADLINE)
      return {
        ok: false,
        message: `the text does not start with a headline (its first paragraph is ${headline.length} characters): give the headline.`,
      };
  }
  const laid = splitParagraphs(text);
  if (laid.length < 2)
    return { ok: false, message: 'the text has a headline but nothing under it: add the report itself.' };
  const second = laid[1];
  const dateline =
    second && second.length <= 40 && parseDate(second.replace(/^[A-Z][A-Za-z .-]*[-–—:,]\s*/, ''))
      ? second
      : undefined;
  const last = laid[laid.length - 1];
  const credit = last && laid.length > 2 && /^\([^()]{1,40}\)$/.test(last) ? last : undefined;

  const same = held.find(
    (h) =>
      (url && h.url === url) ||
      (fold(h.headline) === fold(headline) && fold(h.publisher) === fold(publisher) && h.date === date),
  );
  if (same)
    return {
      ok: false,
      message: `this is already held as source "${same.id}" (${same.url && same.url === url ? 'the same link' : 'the same headline, publisher and date'}).`,
    };

  const language = fields.language?.trim() || undefined;
  if (language && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language))
    return { ok: false, message: `"${language}" is not a language code: use one like en or fr.` };
  const creditedAs = fields.creditedAs?.trim() || undefined;
  const aliases = publisherAliasesFrom(fields.publisherAliases ?? [], publisher);
  if (!aliases.ok) return aliases;
  const entry = SourceSchema.parse({
    id,
    headline,
    publisher,
    ...(aliases.aliases.length > 0 ? { publisherAliases: aliases.aliases } : {}),
    date,
    ...(creditedAs && creditedAs !== `${publisher}, ${longDate(date)}` ? { source: creditedAs } : {}),
    ...(url ? { url } : {}),
    ...(language && language !== 'en' ? { language } : {}),
    ...(dateline ? { dateline } : {}),
    ...(credit ? { credit } : {}),
  });
  return { ok: true, entry, text };
}

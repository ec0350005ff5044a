/**
 * Answer -> Discord embeds and buttons. Discord's limits hold by construction: every piece is
 * measured before it is added, quotes that do not fit are left for the "More" button and said so,
 * and a quote is only ever shortened at a word boundary with a visible "(quote shortened)".
 */
import {
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  embedLength,
  escapeMarkdown,
} from 'discord.js';
import {
  type AlsoReported,
  type Answer,
  type ContestedPoint,
  type Quote,
  unansweredParts,
} from '../engine/answer.ts';
import { cleanQuestion } from '../text/clean.ts';
import { plural } from '../text/plural.ts';
import { truncate } from '../text/truncate.ts';
import { contextId, feedbackId, moreId, newQuestionId } from './custom-ids.ts';

export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export const COLORS = { answer: 0x2b6cb0, contested: 0xd69e2e, info: 0x4a5568, abstain: 0x718096 } as const;

export const SHORTENED_MARK = '… *(quote shortened)*';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export interface RenderedMessage {
  embeds: APIEmbed[];
  components: ButtonRow[];
}

/** How many escaped texts escapeText remembers; past it, it starts afresh. */
const ESCAPED_KEPT = 4096;
const escaped = new Map<string, string>();

/**
 * What escapeMarkdown, with escapeText's options, can change: each of its rules needs one of these
 * characters (a backslash, code, bold, italics, underline, strike-through, spoiler, heading, list,
 * masked link), or a line starting with a number and a full stop (its numbered-list rule, the same
 * pattern). Text with none of them comes back as it is.
 */
const MARKDOWN_SIGNS = /[\\`*_~|#[-]|^ *\d+\./m;

/**
 * Markdown-escapes text that came from a user (or anywhere not ours), including links and lists.
 * Text escapeMarkdown would leave as it is (most questions and sentences) is returned at once:
 * escapeMarkdown runs a dozen regular expressions over it (some of them quadratic in it), 6% of the
 * HTTP server's main thread under bench:http, mostly for each question shown back as a title.
 * The rest is remembered: most of it is the same few hundred sentences, sources and speakers of the
 * knowledge, answer after answer, and questions asked once no longer push them out.
 */
export function escapeText(text: string): string {
  if (!MARKDOWN_SIGNS.test(text)) return text;
  let result = escaped.get(text);
  if (result === undefined) {
    result = escapeMarkdown(text, {
      heading: true,
      bulletedList: true,
      numberedList: true,
      maskedLink: true,
    });
    if (escaped.size >= ESCAPED_KEPT) escaped.clear();
    escaped.set(text, result);
  }
  return result;
}

/** Reverses `escapeText` closely enough to store what the user typed. */
export function unescapeText(text: string): string {
  return text.replace(/\\(.)/gu, '$1');
}

/** The question as shown back: no mentions or markdown, one line, escaped, fits a title. */
export function displayQuestion(question: string, max: number = LIMITS.title): string {
  const cleaned = cleanQuestion(typeof question === 'string' ? question : '').text;
  return truncate(escapeText(cleaned || 'Your question'), max);
}

function speakerOf(quote: Quote): string {
  return quote.speaker ? `**${escapeText(quote.speaker.label)}**` : 'the reporter';
}

/** The sources of some quotes, each once, in order: "DW, 18 September 2016; Reuters, 19 September 2016". */
export function creditsOf(quotes: readonly Quote[]): string {
  return [...new Set(quotes.map((q) => q.source))].join('; ');
}

/**
 * One quote: the sentence as a block quote, then who said it and the source, then `after` (a note
 * such as "also reported by"). At most `max` characters; if the sentence must be shortened, it
 * says so.
 */
export function renderQuote(
  quote: Quote,
  max: number = Number.POSITIVE_INFINITY,
  heading?: string,
  after?: string,
): string {
  const head = heading ? `${heading}\n` : '';
  const attribution = `— ${speakerOf(quote)} · ${escapeText(quote.source)}${after ? `\n${after}` : ''}`;
  // One line: a line break inside a sentence would end the block quote.
  const text = escapeText(quote.text.replace(/\s*\n\s*/g, ' '));
  const full = `${head}> ${text}\n${attribution}`;
  if (full.length <= max) return full;
  const room = max - head.length - attribution.length - '> \n'.length;
  if (room >= 40) return `${head}> ${truncate(text, room, SHORTENED_MARK)}\n${attribution}`;
  return truncate(full, max, SHORTENED_MARK);
}

export interface QuoteLayout {
  text: string;
  shown: Quote[];
  omitted: Quote[];
}

export interface LayoutOptions {
  /** A line above a quote, e.g. the side of a contested point it belongs to. */
  heading?: (quote: Quote) => string | undefined;
  /** A line under a quote, e.g. the other sources that report the same. */
  after?: (quote: Quote) => string | undefined;
  /** The line saying that `n` quotes did not fit. */
  omittedNote?: (n: number) => string;
}

const SEPARATOR = '\n\n';
/** The line saying that `n` quotes are not shown, and where to find them. */
const moreQuotesNote = (n: number, hint = 'press More') => `*${plural(n, 'more quote')}: ${hint}.*`;
const defaultOmittedNote = (n: number) => moreQuotesNote(n);

/** Lays quotes out within `budget` characters: whole quotes first, the first one shortened if it must be. */
export function layoutQuotes(
  quotes: readonly Quote[],
  budget: number,
  options: LayoutOptions = {},
): QuoteLayout {
  const note = options.omittedNote ?? defaultOmittedNote;
  const noteRoom = SEPARATOR.length + note(quotes.length).length;
  const parts: string[] = [];
  let used = 0;
  let index = 0;
  for (; index < quotes.length; index++) {
    const quote = quotes[index] as Quote;
    const last = index === quotes.length - 1;
    const sep = parts.length > 0 ? SEPARATOR.length : 0;
    const room = budget - used - sep - (last ? 0 : noteRoom);
    const heading = options.heading?.(quote);
    const after = options.after?.(quote);
    const block = renderQuote(quote, Number.POSITIVE_INFINITY, heading, after);
    if (block.length <= room) {
      parts.push(block);
      used += sep + block.length;
      continue;
    }
    if (parts.length === 0 && room > 0) {
      const shortened = renderQuote(quote, room, heading, after);
      parts.push(shortened);
      used += shortened.length;
      index++;
    }
    break;
  }
  const shown = quotes.slice(0, index);
  const omitted = quotes.slice(index);
  let text = parts.join(SEPARATOR);
  if (omitted.length > 0) text = `${text}${text ? SEPARATOR : ''}${note(omitted.length)}`;
  return { text: truncate(text, Math.max(0, budget)), shown, omitted };
}

/**
 * The label of the contested side a quote belongs to, as a bold heading; when the sides are quoted
 * from different sources (a later report disagreeing with an earlier one), with the side's sources
 * and their dates.
 */
function sideHeading(contested: ContestedPoint | null): (quote: Quote) => string | undefined {
  const sources = new Set(contested?.sides.flatMap((s) => s.sources));
  return (quote) => {
    const side = contested?.sides.find((s) => s.quoteIds.includes(quote.id));
    if (!side) return undefined;
    const named =
      sources.size > 1 && side.sources.length > 0 ? ` (${escapeText(side.sources.join('; '))})` : '';
    return `__${escapeText(side.label)}__${named}`;
  };
}

/** "*Also reported by Reuters, 19 September 2016 (reuters.p3.s1).*" under a quote other sources also report. */
function alsoReportedNote(also: readonly AlsoReported[]): (quote: Quote) => string | undefined {
  return (quote) => {
    const others = also.find((a) => a.quoteId === quote.id)?.quotes ?? [];
    if (others.length === 0) return undefined;
    const bySource = new Map<string, string[]>();
    for (const q of others) bySource.set(q.source, [...(bySource.get(q.source) ?? []), q.id]);
    const list = [...bySource].map(([source, ids]) => `${escapeText(source)} (${ids.join(', ')})`);
    return `*Also reported by ${list.join('; ')}.*`;
  };
}

function button(
  customId: string,
  label: string,
  style: APIButtonComponentWithCustomId['style'],
  emoji?: string,
): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    custom_id: customId,
    label: truncate(label, LIMITS.buttonLabel),
    style,
    ...(emoji ? { emoji: { name: emoji } } : {}),
  };
}

function row(buttons: APIButtonComponentWithCustomId[]): ButtonRow[] {
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons.slice(0, 5) }] : [];
}

function moreButton(quoteIds: readonly string[]): APIButtonComponentWithCustomId[] {
  const id = moreId(quoteIds);
  return id ? [button(id, 'More', ButtonStyle.Secondary, '➕')] : [];
}

function footerText(text: string): { text: string } {
  return { text: truncate(text, LIMITS.footer) };
}

/** Room left for the description once the other parts of an embed are counted. */
function descriptionBudget(embed: APIEmbed, reserved = 0): number {
  return Math.max(0, Math.min(LIMITS.description, LIMITS.embedTotal - embedLength(embed)) - reserved);
}

/** "New question" under an answer in a conversation: the next question starts afresh. */
function newQuestionButton(conversationId: string | null | undefined): APIButtonComponentWithCustomId[] {
  return conversationId
    ? [button(newQuestionId(conversationId), 'New question', ButtonStyle.Secondary, '🆕')]
    : [];
}

/** How a follow-up was read ("Reading 'he' as Vitaly Churkin"), as an italic line; '' for none. */
function readingLine(answer: Answer): string {
  return answer.reading ? `*${escapeText(truncate(answer.reading, 300))}*` : '';
}

/**
 * An answered question: the quotes, every side of a contested point, More / Context / feedback
 * buttons, and "New question" when it is a turn of a conversation.
 */
export function renderAnswer(
  answer: Answer,
  knowledgeVersion: string | null,
  conversationId?: string | null,
): RenderedMessage {
  if (!answer.answered || answer.quotes.length === 0) return renderAbstention(answer, conversationId);
  const ids = answer.quotes.map((q) => q.id);
  const embed: APIEmbed = {
    color: answer.contested ? COLORS.contested : COLORS.answer,
    title: displayQuestion(answer.question),
    footer: footerText(`Quoted verbatim from ${creditsOf(answer.quotes)} · ${ids.join(' ')}`),
  };
  const unanswered = unansweredParts(answer).map(
    (q) => `*The article doesn't say: "${escapeText(q.replace(/[?\s]+$/, ''))}?"*`,
  );
  const intro = truncate(
    [
      readingLine(answer),
      answer.contested
        ? `**Sources disagree: ${escapeText(answer.contested.topic)}.** Each side is quoted.`
        : '',
      ...unanswered,
    ]
      .filter(Boolean)
      .join('\n'),
    500,
  );
  const budget = descriptionBudget(embed, intro ? intro.length + SEPARATOR.length : 0);
  const layout = layoutQuotes(answer.quotes, budget, {
    heading: sideHeading(answer.contested),
    after: alsoReportedNote(answer.alsoReported),
  });
  embed.description = intro ? `${intro}${SEPARATOR}${layout.text}` : layout.text;
  const next = [...layout.omitted, ...answer.more].map((q) => q.id);
  const first = layout.shown[0] ?? answer.quotes[0];
  return {
    embeds: [embed],
    components: row([
      ...moreButton(next),
      ...(first ? [button(contextId(first.id), 'Context', ButtonStyle.Secondary, '📄')] : []),
      button(feedbackId(true, knowledgeVersion, answer.qa), 'Helpful', ButtonStyle.Secondary, '👍'),
      button(feedbackId(false, knowledgeVersion, answer.qa), 'Not helpful', ButtonStyle.Secondary, '👎'),
      ...newQuestionButton(conversationId),
    ]),
  };
}

/** A question the article does not answer (or no question): the reason and what can be asked. */
export function renderAbstention(answer: Answer, conversationId?: string | null): RenderedMessage {
  const suggestions = answer.suggestions.map((s) => `• ${escapeText(s)}`);
  const reading = readingLine(answer);
  const lines = [...(reading ? [reading] : []), escapeText(answer.message ?? "The article doesn't say.")];
  if (suggestions.length > 0) lines.push('', '**You could ask:**', ...suggestions);
  return {
    embeds: [
      {
        color: COLORS.abstain,
        title: displayQuestion(answer.question),
        description: truncate(lines.join('\n'), LIMITS.description),
      },
    ],
    components: row(newQuestionButton(conversationId)),
  };
}

/** One line for free-text abstentions, so that a busy channel is not flooded. */
export function renderShortAbstention(answer: Answer): string {
  const message = answer.message ?? "The article doesn't say.";
  const suggestion = answer.suggestions[0];
  const said = suggestion ? `${message} Try asking: “${suggestion}”` : message;
  const line = answer.reading ? `(${answer.reading}) ${said}` : said;
  return truncate(escapeText(line), LIMITS.content);
}

export interface QuoteListOptions {
  title: string;
  quotes: readonly Quote[];
  description?: string;
  footer?: string;
  color?: number;
  /** Show at most this many quotes and put the rest behind a More button (default: as many as fit). */
  perPage?: number;
}

/** A titled list of quotes (/quote, More, Context); what does not fit goes behind a More button. */
export function renderQuoteList(options: QuoteListOptions): RenderedMessage {
  const embed: APIEmbed = {
    color: options.color ?? COLORS.answer,
    title: truncate(options.title, LIMITS.title),
    ...(options.footer ? { footer: footerText(options.footer) } : {}),
  };
  const intro = options.description ? truncate(options.description, 1000) : '';
  const page = options.perPage ? options.quotes.slice(0, options.perPage) : options.quotes;
  const later = options.perPage ? options.quotes.slice(options.perPage) : [];
  const budget = descriptionBudget(embed, intro ? intro.length + SEPARATOR.length : 0);
  const layout = layoutQuotes(page, budget, {
    omittedNote: (n) => moreQuotesNote(n + later.length),
  });
  let text = layout.text;
  if (layout.omitted.length === 0 && later.length > 0) {
    const note = defaultOmittedNote(later.length);
    if (text.length + SEPARATOR.length + note.length <= budget) text = `${text}${SEPARATOR}${note}`;
  }
  embed.description = intro ? `${intro}${SEPARATOR}${text}` : text || '*Nothing to show.*';
  return {
    embeds: [embed],
    components: row(moreButton([...layout.omitted, ...later].map((q) => q.id))),
  };
}

export interface CardSection {
  name: string;
  quotes: readonly Quote[];
  contested?: ContestedPoint | null;
}

export interface CardOptions {
  title: string;
  description?: string;
  sections: readonly CardSection[];
  footer?: string;
  /** Where the reader finds what did not fit, e.g. "use /ask". */
  overflowHint?: string;
}

/** A card of labelled sections (/facts, /timeline), each backed by its quotes, one field per section. */
export function renderCard(options: CardOptions): RenderedMessage {
  const hint = options.overflowHint ?? 'use /ask';
  const embed: APIEmbed = {
    color: COLORS.info,
    title: truncate(options.title, LIMITS.title),
    ...(options.description ? { description: truncate(options.description, LIMITS.description) } : {}),
    ...(options.footer ? { footer: footerText(options.footer) } : {}),
  };
  const fields: APIEmbedField[] = options.sections.map((section) => {
    const intro = section.contested
      ? truncate(`**Sources disagree: ${escapeText(section.contested.topic)}.**`, 300)
      : '';
    const layout = layoutQuotes(
      section.quotes,
      LIMITS.fieldValue - (intro ? intro.length + SEPARATOR.length : 0),
      {
        heading: sideHeading(section.contested ?? null),
        omittedNote: (n) => moreQuotesNote(n, hint),
      },
    );
    const value = intro ? `${intro}${SEPARATOR}${layout.text}` : layout.text;
    return {
      name: truncate(escapeText(section.name) || '—', LIMITS.fieldName),
      value: value || '*No quote.*',
    };
  });
  // Whole fields only: keep those that fit the 6000-character total (with room to say how many
  // did not), then say it in the footer.
  const dropNote = (n: number) => `${n} more not shown: ${hint}.`;
  const reserve = (embed.footer ? ' · '.length : 0) + dropNote(fields.length).length;
  const kept: APIEmbedField[] = [];
  let total = embedLength(embed);
  for (const field of fields.slice(0, LIMITS.fields)) {
    const size = field.name.length + field.value.length;
    if (total + size + reserve > LIMITS.embedTotal) break;
    kept.push(field);
    total += size;
  }
  embed.fields = kept;
  const dropped = fields.length - kept.length;
  if (dropped > 0) {
    embed.footer = footerText(
      embed.footer ? `${embed.footer.text} · ${dropNote(dropped)}` : dropNote(dropped),
    );
  }
  return { embeds: [embed], components: [] };
}

/** A plain informational embed (/help, /source). */
export function renderInfo(options: {
  title: string;
  description: string;
  fields?: APIEmbedField[];
  footer?: string;
}): RenderedMessage {
  const embed: APIEmbed = {
    color: COLORS.info,
    title: truncate(options.title, LIMITS.title),
    ...(options.footer ? { footer: footerText(options.footer) } : {}),
  };
  embed.fields = (options.fields ?? []).slice(0, LIMITS.fields).map((f) => ({
    name: truncate(f.name, LIMITS.fieldName),
    value: truncate(f.value, LIMITS.fieldValue),
    ...(f.inline ? { inline: true } : {}),
  }));
  embed.description = truncate(options.description, descriptionBudget(embed));
  return { embeds: [embed], components: [] };
}

/** Autocomplete choices: at most 25, names and values at most 100 characters, no duplicates. */
export function autocompleteChoices(values: readonly string[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  for (const value of values) {
    const name = truncate(value.trim(), LIMITS.choiceName);
    const choiceValue = truncate(value.trim(), LIMITS.choiceValue, '');
    if (!name || seen.has(choiceValue)) continue;
    seen.add(choiceValue);
    choices.push({ name, value: choiceValue });
    if (choices.length === LIMITS.choices) break;
  }
  return choices;
}

/** Fits plain message content (apologies, short answers) within Discord's 2000 characters. */
export function fitContent(text: string): string {
  return truncate(text, LIMITS.content);
}

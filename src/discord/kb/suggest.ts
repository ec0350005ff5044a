/**
 * Autocomplete for /kb: sentences of the passage index for an answer, entry ids for the rest.
 * Choices respect Discord's limits: at most 25, names and values at most 100 characters.
 */
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import { fold } from '../../text/normalize.ts';
import { truncate } from '../../text/truncate.ts';
import { LIMITS } from '../render.ts';
import { answerItems } from './parse.ts';

type Choice = APIApplicationCommandOptionChoice<string>;

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every typed word is the start of a word of the text ("sat raid" matches "Saturday night raid"). */
function matchesWords(typed: readonly string[], text: string): boolean {
  const own = words(text);
  return typed.every((t) => own.some((w) => w.startsWith(t)));
}

/**
 * The sentences a moderator means by `typed`: an id or the start of one ("p4", "p4.s"), or words
 * of the sentence, each the start of one of its words ("sat raid"). Empty: every sentence.
 */
export function findSentences<P extends { id: string; text: string }>(
  passages: readonly P[],
  typed: string,
): P[] {
  const query = typed.trim();
  if (!query) return [...passages];
  if (/^p\d*(\.s?\d*)?$/i.test(query)) return passages.filter((p) => p.id.startsWith(query.toLowerCase()));
  const typedWords = words(query);
  return passages.filter((p) => matchesWords(typedWords, p.text));
}

/**
 * Completes the last item of an answer (see answerItems): "p4.s1, saturday" offers
 * `p7.s2 — The Saturday night raid…` with the value "p4.s1, p7.s2". An item is matched by its
 * id or by the words of the sentence (a quote being typed, its commas included); ids already
 * listed are not offered again, and what was typed before the item is kept as typed.
 */
export function suggestSentences(
  passages: readonly { id: string; text: string }[],
  typed: string,
  limit: number = LIMITS.choices,
): Choice[] {
  const items = answerItems(typed);
  const tail = items.at(-1);
  // The item being typed: the last one, unless a comma (or its closing quotation mark) ended it.
  const typing = tail && !tail.quoted && !typed.slice(tail.end).includes(',') ? tail : undefined;
  const listed = (typing ? items.slice(0, -1) : items).map((item) => item.value);
  const before = (typing ? typed.slice(0, typing.start) : typed).trim().replace(/,$/, '');
  const prefix = before ? `${before}, ` : '';
  const last = typing ? typed.slice(typing.start, typing.end) : '';
  const found = findSentences(
    passages.filter((p) => !listed.includes(p.id)),
    last,
  );
  const choices: Choice[] = [];
  for (const p of found) {
    const value = `${prefix}${p.id}`;
    if (value.length > LIMITS.choiceValue) continue;
    const name = truncate(`${p.id} — ${p.text.replace(/\s+/g, ' ')}`, LIMITS.choiceName);
    choices.push({ name, value });
    if (choices.length === Math.min(limit, LIMITS.choices)) break;
  }
  return choices;
}

/** Entries by id or by words of their question; empty input lists them in file order. */
export function suggestEntries(
  entries: readonly { id: string; question?: string }[],
  typed: string,
  limit: number = LIMITS.choices,
): Choice[] {
  const query = typed.trim().toLowerCase();
  const typedWords = words(query);
  const seen = new Set<string>();
  const byId = entries.filter((e) => e.id.startsWith(query));
  const rest = entries.filter(
    (e) => !e.id.startsWith(query) && (e.id.includes(query) || matchesWords(typedWords, e.question ?? '')),
  );
  const choices: Choice[] = [];
  for (const e of [...byId, ...rest]) {
    if (seen.has(e.id) || e.id.length > LIMITS.choiceValue) continue;
    seen.add(e.id);
    const name = e.question ? `${e.id} — ${e.question}` : e.id;
    choices.push({ name: truncate(name, LIMITS.choiceName), value: e.id });
    if (choices.length === Math.min(limit, LIMITS.choices)) break;
  }
  return choices;
}

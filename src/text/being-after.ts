/**
 * "who were the americans after", "what is IS after": "be after" someone or something, the
 * preposition stranded at the end of a question whose "who" or "what" is its object, means to
 * seek or pursue them (to target them), not what came later. Read only where a form of "be"
 * follows the question word at once and nothing between it and the final "after" is a verb
 * ("what was said after", "who was killed after" are passives; "what happened after" has no
 * "be"): the subject, one to four words, comes between.
 */
import { IRREGULAR_PAST } from './irregular.ts';
import { retyped } from './tokenize.ts';

const ASKING = new Set(['who', 'whom', 'what']);
const BE = new Set(['is', 'are', 'was', 'were', 's', 're']);
/** Participles irregular.ts leaves out (their past is spelt as the participle, or they are short). */
const PARTICIPLES = new Set([
  'said',
  'made',
  'meant',
  'found',
  'done',
  'seen',
  'hit',
  'put',
  'read',
  'set',
  'paid',
  'laid',
]);

/** Where the "after" of "be after" is in these words (-1 if it is not there). */
export function beingAfterAt(words: readonly string[]): number {
  const last = words.length - 1;
  if (words[last] !== 'after') return -1;
  const wh = words.findIndex((w) => ASKING.has(w));
  if (wh < 0 || !BE.has(words[wh + 1] ?? '')) return -1;
  const subject = words.slice(wh + 2, last);
  if (subject.length < 1 || subject.length > 4) return -1;
  const verb = (w: string) =>
    IRREGULAR_PAST.has(w) || PARTICIPLES.has(w) || /^[a-z]{3,}(?:ed|ing|en)$/.test(w);
  // "what was IS after": "is" there is the group's name, read otherwise.
  return subject.some((w) => verb(w) || BE.has(w)) ? -1 : last;
}

/** The words with the "after" of "be after" read as "targeting" ("who were the americans targeting"). */
export function beingAfterAsTargeting<T extends { word: string; raw: string }>(
  tokens: readonly T[],
): readonly T[] {
  const at = beingAfterAt(tokens.map((t) => t.word));
  if (at < 0) return tokens;
  return tokens.map((t, i) => (i === at ? retyped(t, 'targeting', 'targeting') : t));
}

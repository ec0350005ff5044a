/**
 * Button custom ids. They carry everything a click needs (no state on the bot), so any instance
 * of a stateless, load-balanced bot can handle any click. Discord caps a custom id at 100 characters.
 *
 *   more:p4.s3,p9.s1        the next quotes
 *   ctx:p4.s1               the whole paragraph around that quote
 *   fb:up:<version>:<qa>    feedback; the question and quotes are read from the message itself
 *   new:<conversation>      "New question": the next question starts afresh (see conversations.ts)
 */
import { SENTENCE_ID } from '../text/sentence-id.ts';

export const MAX_CUSTOM_ID = 100;

export type ButtonAction =
  | { kind: 'more'; quoteIds: string[] }
  | { kind: 'context'; quoteId: string }
  | { kind: 'feedback'; helpful: boolean; knowledgeVersion: string | null; qaId: string | null }
  | { kind: 'new'; conversationId: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VERSION = /^[0-9a-f]{1,40}$/;
const CONVERSATION = /^[A-Za-z0-9_-]{6,40}$/;

/** `more:` with as many of the ids as fit in a custom id, in order; null when there are none. */
export function moreId(quoteIds: readonly string[]): string | null {
  let id = 'more:';
  let count = 0;
  for (const quoteId of quoteIds) {
    const next = count === 0 ? `${id}${quoteId}` : `${id},${quoteId}`;
    if (next.length > MAX_CUSTOM_ID) break;
    id = next;
    count++;
  }
  return count > 0 ? id : null;
}

export function contextId(quoteId: string): string {
  return `ctx:${quoteId}`;
}

export function feedbackId(helpful: boolean, knowledgeVersion: string | null, qaId: string | null): string {
  const full = `fb:${helpful ? 'up' : 'down'}:${knowledgeVersion ?? ''}:${qaId ?? ''}`;
  // A curated-answer id too long to fit is dropped rather than cut: a wrong id is worse than none.
  return full.length <= MAX_CUSTOM_ID ? full : `fb:${helpful ? 'up' : 'down'}:${knowledgeVersion ?? ''}:`;
}

/** The "New question" button of an answer in conversation `conversationId`. */
export function newQuestionId(conversationId: string): string {
  return `new:${conversationId}`;
}

/** Reads a custom id this bot made; null for anything else (an old or foreign button). */
export function parseCustomId(customId: string): ButtonAction | null {
  const [prefix, ...rest] = customId.split(':');
  if (prefix === 'more') {
    const ids = (rest.join(':') || '').split(',');
    return ids.length > 0 && ids.every((id) => SENTENCE_ID.test(id)) ? { kind: 'more', quoteIds: ids } : null;
  }
  if (prefix === 'ctx') {
    const id = rest.join(':');
    return SENTENCE_ID.test(id) ? { kind: 'context', quoteId: id } : null;
  }
  if (prefix === 'fb') {
    const [vote, version = '', qa = ''] = rest;
    if ((vote !== 'up' && vote !== 'down') || rest.length > 3) return null;
    if (version && !VERSION.test(version)) return null;
    if (qa && !SLUG.test(qa)) return null;
    return { kind: 'feedback', helpful: vote === 'up', knowledgeVersion: version || null, qaId: qa || null };
  }
  if (prefix === 'new') {
    const id = rest.join(':');
    return CONVERSATION.test(id) ? { kind: 'new', conversationId: id } : null;
  }
  return null;
}

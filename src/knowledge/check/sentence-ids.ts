/**
 * What to tell someone who wrote a sentence id that does not exist: a hand editor or a Discord
 * moderator (who cannot open passages.json). Both can list the ids with their sentences.
 */
import { sourcePrefixOf } from '../../text/sentence-id.ts';
import type { Passage } from '../schema.ts';

const LIST_THEM =
  'every id with its sentence: npm run knowledge:check -- --sentences, or /kb sentences in Discord';

/** `unknown sentence id "p4.s9": paragraph 4 has p4.s1 to p4.s3 (every id with its sentence: …)` */
export function unknownSentenceId(id: string, passages: readonly Passage[] | undefined): string {
  return `unknown sentence id "${id}": ${nearby(id, passages)}(${LIST_THEM})`;
}

function nearby(id: string, passages: readonly Passage[] | undefined): string {
  if (!passages || passages.length === 0) return '';
  const prefix = sourcePrefixOf(id.trim());
  const paragraph = Number(/(?:^|\.)p(\d+)\.[^.]*$/.exec(id.trim())?.[1]);
  const ofSource = passages.filter((p) => sourcePrefixOf(p.id) === prefix);
  if (ofSource.length === 0) {
    const prefixes = [...new Set(passages.map((p) => sourcePrefixOf(p.id)).filter((x) => x !== null))];
    return `no source "${prefix}" (${prefixes.length > 0 ? `sources: ${prefixes.join(', ')}; ` : ''}the article's ids have no prefix, e.g. p4.s1) `;
  }
  const same = ofSource.filter((p) => p.paragraph === paragraph);
  const first = same[0];
  const last = same[same.length - 1];
  if (first && last)
    return `paragraph ${paragraph} has ${first.id}${last !== first ? ` to ${last.id}` : ''} `;
  const paragraphs = ofSource[ofSource.length - 1]?.paragraph ?? 0;
  const example = (ofSource.find((p) => p.paragraph > 1) ?? ofSource[0])?.id;
  const what = prefix ? `source "${prefix}"` : 'the article';
  return `${what} has paragraphs 1 to ${paragraphs}, e.g. ${example} `;
}

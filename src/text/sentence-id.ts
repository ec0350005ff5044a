/**
 * Sentence ids: "p4.s1" is paragraph 4, sentence 1 of the story's article (the headline is
 * paragraph 1); "un-sc.p2.s1" is paragraph 2, sentence 1 of the source "un-sc" (sources.yaml).
 * The article's ids carry no prefix, so that the ids written before there were several sources
 * keep meaning the same sentences. The one pattern every part of the program recognises them by.
 */

/** A source id: lower-case letters, digits and single hyphens ("un-sc", "reuters-2"). */
export const SOURCE_ID_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*';

const PATTERN = String.raw`(?:${SOURCE_ID_PATTERN}\.)?p\d+\.s\d+`;

/** A whole string that is a sentence id. */
export const SENTENCE_ID = new RegExp(`^${PATTERN}$`);

/** Every sentence id inside a text, e.g. a message footer (global: use with match or matchAll). */
export const SENTENCE_IDS_IN_TEXT = new RegExp(String.raw`(?<![\w.-])${PATTERN}\b`, 'g');

/** The id at the start of an autocomplete choice, "p4.s1 — The Saturday night raid…" (group 1). */
export const SENTENCE_ID_OF_CHOICE = new RegExp(String.raw`^(${PATTERN})\s+—`);

/** "un-sc.p2.s1" -> "un-sc"; an id of the article ("p4.s1") -> null. */
export function sourcePrefixOf(id: string): string | null {
  const at = id.lastIndexOf('.p');
  return at > 0 ? id.slice(0, at) : null;
}

/** The id of sentence `sentence` of paragraph `paragraph` of a source (null: the article). */
export function sentenceId(prefix: string | null, paragraph: number, sentence: number): string {
  return `${prefix ? `${prefix}.` : ''}p${paragraph}.s${sentence}`;
}

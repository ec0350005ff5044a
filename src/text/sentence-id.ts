/**
 * Sentence ids: "p4.s1" is paragraph 4, sentence 1 of the article (the headline is paragraph 1).
 * The one pattern every part of the program recognises them by.
 */
const PATTERN = String.raw`p\d+\.s\d+`;

/** A whole string that is a sentence id. */
export const SENTENCE_ID = new RegExp(`^${PATTERN}$`);

/** Every sentence id inside a text, e.g. a message footer (global: use with match or matchAll). */
export const SENTENCE_IDS_IN_TEXT = new RegExp(String.raw`\b${PATTERN}\b`, 'g');

/** The id at the start of an autocomplete choice, "p4.s1 — The Saturday night raid…" (group 1). */
export const SENTENCE_ID_OF_CHOICE = new RegExp(String.raw`^(${PATTERN})\s+—`);

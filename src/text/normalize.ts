/**
 * Normal forms for comparing texts. Pure functions, no knowledge of the story.
 *   fold                 case and accents: "Dayr az-Zawr" = "dayr az-zawr"
 *   normalizeForCompare  "is this verbatim?": whitespace and quote marks unified, case kept
 *   matchKey             "is this the same wording?": folded, no apostrophes, punctuation as spaces
 */

/**
 * Lower case without accents: "Dayr az-Zawr" and "dayr az-zawr" compare equal. The Turkish
 * dotless "ı" is "i" too ("Syrıa", "churkın": a Turkish keyboard types it for "i"), as its dotted
 * capital "İ" already is. The Vietnamese "đ" (no accent NFKD takes off) is "d", as Vietnamese
 * typed without its marks writes it ("quân đội" = "quan doi").
 */
export function fold(text: string): string {
  // Plain ASCII, by far the common case, needs no Unicode decomposition.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\u0131/g, 'i')
    .replace(/\u0111/g, 'd');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, on purpose.
const ASCII = /^[\x00-\x7f]*$/;

/** Collapses whitespace and unifies quote marks, for "is this verbatim?" comparisons. */
export function normalizeForCompare(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Lower case, no accents, no apostrophes, punctuation as single spaces: "Russia's" = "russias",
 * "Deir el-Zour?" = "deir el zour". For matching wordings and names, never for quoting.
 */
export function matchKey(text: string): string {
  return fold(text)
    .replace(/['\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

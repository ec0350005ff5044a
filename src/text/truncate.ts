/** Shortening text for a limited space (Discord's limits, a terminal line). */

/**
 * At most `max` characters: cut at the end of a sentence, else of a word, then `marker`.
 * Never leaves half an escape sequence or half a surrogate pair.
 */
export function truncate(text: string, max: number, marker = '…'): string {
  if (text.length <= max) return text;
  if (max <= marker.length) return marker.slice(0, Math.max(0, max));
  const room = max - marker.length;
  let cut = text.slice(0, room);
  const atWordEnd = /\s/.test(text.charAt(room));
  const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  const space = cut.lastIndexOf(' ');
  if (sentence >= room * 0.6) cut = cut.slice(0, sentence + 1);
  else if (!atWordEnd && space >= room * 0.5) cut = cut.slice(0, space);
  cut = cut.trimEnd();
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const backslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (backslashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}${marker}`;
}

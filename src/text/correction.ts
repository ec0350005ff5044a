/**
 * A typo corrected the way chat users do it: "*word" sent after the message, on a new line or at
 * its end ("what did church kin say\n*churkin", "who said it was a mistak *mistake",
 * "what did samantha powers say *power not powers", "... *purpose lol"). Pure, no knowledge of a
 * story: the correction replaces the stretch of the message closest to it in spelling or sound,
 * "X not Y" replaces Y by X, and a correction close to nothing is dropped rather than read as
 * more words of the question. Markdown (*emphasis*, **bold**) is not a correction: a correction's
 * star starts a line or follows a space and no star comes after it.
 */
import { editDistance } from './edit-distance.ts';
import { consonantKey, soundKey } from './sound-key.ts';

/** A star after a space or a line break, then a few words and no other star, at the message's end. */
const TRAILING = /(^|[\s])\*(?=[\p{L}\p{N}])([^*\n]*)$/u;
/** What a writer adds to a correction ("*purpose lol", "*deir ez zor sorry", "*power my bad"). */
const AFTERWORDS = /(?:[\s,.!]+(?:sorry|sry|soz|lol|lmao|oops|whoops|haha|my bad|mb|typo))+[\s.!]*$/i;
const LEADWORDS = /^(?:i meant?|meant|oops|sorry)[\s,]+/i;
/** A correction longer than this is more of the message, not a correction. */
const MAX_WORDS = 3;

const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * How far a stretch of the message is from the correction (0 the same; undefined too far to be
 * the word meant): letters' edit distance within about a third of the word, or the same sound.
 */
function distance(stretch: string, correction: string): number | undefined {
  const a = letters(stretch);
  const b = letters(correction);
  if (a === '' || b === '') return undefined;
  const allowed = b.length <= 3 ? 1 : Math.max(1, Math.floor(b.length * 0.4));
  const edits = editDistance(a, b, allowed);
  if (edits <= allowed) return edits / b.length;
  const ka = soundKey(stretch);
  const kb = soundKey(correction);
  if (ka.length >= 3 && ka === kb) return 0.5;
  if (b.length >= 8 && consonantKey(ka) === consonantKey(kb) && consonantKey(kb).length >= 4) return 0.6;
  return undefined;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    out.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** The message with a trailing "*correction" applied (or dropped); the message itself when it has none. */
export function withTypedCorrection(message: string): string {
  const found = TRAILING.exec(message);
  if (found === null) return message;
  const body = message.slice(0, found.index + (found[1] ?? '').length).trimEnd();
  if (wordsOf(body).length === 0) return message;
  let correction = (found[2] ?? '').replace(AFTERWORDS, '').replace(LEADWORDS, '').trim();
  correction = correction.replace(/[\s.!?,]+$/, '');
  // "*power not powers": the word after "not" is the one to replace.
  const not = /^(.+?)\s+(?:not|instead of|!=)\s+(.+)$/i.exec(correction);
  if (not !== null) {
    const right = not[1] ?? '';
    const wrong = not[2] ?? '';
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'iu',
    );
    if (re.test(body)) return body.replace(re, right);
    correction = right;
  }
  const wanted = wordsOf(correction);
  if (wanted.length === 0 || wanted.length > MAX_WORDS) return message;
  const words = wordsOf(body);
  let best: { from: number; to: number; score: number } | undefined;
  for (let from = 0; from < words.length; from++) {
    for (let n = 1; n <= wanted.length + 2 && from + n <= words.length; n++) {
      const stretch = words
        .slice(from, from + n)
        .map((w) => w.text)
        .join(' ');
      const score = distance(stretch, correction);
      if (score === undefined) continue;
      // Closest first; on a tie the later stretch (a typo is usually just before the correction).
      if (best === undefined || score <= best.score) best = { from, to: from + n, score };
    }
  }
  const first = best === undefined ? undefined : words[best.from];
  const last = best === undefined ? undefined : words[best.to - 1];
  if (first === undefined || last === undefined) return body;
  return body.slice(0, first.start) + correction + body.slice(last.end);
}

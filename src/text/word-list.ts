/**
 * The one look-up of the generated word lists (common-words.ts, familiar-words.ts, which hold
 * data only): is this word, or a base form of it ("held" -> "hold", "soldiers" -> "soldier"), one
 * of the list's lemmas?
 */
import { baseForms, type Pos } from './base-forms.ts';
import { IRREGULAR_PAST } from './irregular.ts';

/** How many answers a list keeps: the analyser asks of the same words many times a message. */
const KEPT_ANSWERS = 8192;

/**
 * The test of a list of lemmas (words apart by white space): the word as written when `asWritten`,
 * an irregular past's base, or a base form of it as any of `poses`. Answers are kept, bounded, so
 * random input does not grow them forever.
 */
export function formOfListed(
  list: string,
  poses: readonly Pos[],
  asWritten: boolean,
): (word: string) => boolean {
  let lemmas: ReadonlySet<string> | undefined;
  const listed = (word: string): boolean => {
    lemmas ??= new Set(list.split(/\s+/).filter(Boolean));
    const set = lemmas;
    const past = IRREGULAR_PAST.get(word);
    return (
      (asWritten && set.has(word)) ||
      (past !== undefined && set.has(past)) ||
      poses.some((pos) => baseForms(word, pos).some((w) => set.has(w)))
    );
  };
  const known = new Map<string, boolean>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = listed(word);
      if (known.size >= KEPT_ANSWERS) known.clear();
      known.set(word, answer);
    }
    return answer;
  };
}

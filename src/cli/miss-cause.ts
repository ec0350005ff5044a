/**
 * Why a question of an eval set was missed (npm run eval -- --causes): the answer given, and for
 * an abstention the best candidate the engine had (the same engine that never abstains). Pure:
 * no engine, no files.
 */
import type { Answer } from '../engine/answer.ts';
import { normalizeForCompare } from '../text/normalize.ts';

export type MissCause =
  | 'abstained, best candidate right'
  | 'abstained, right in its top three'
  | 'abstained, best candidate wrong'
  | 'answered, right quote 2nd or 3rd'
  | 'answered wrong'
  | 'answered, should abstain (near)'
  | 'answered, should abstain (off)';

/** What an eval question says of its answer: phrases a right quote holds, or null (refuse it). */
export interface Expected {
  expect: string[] | null;
  kind?: 'off' | 'near';
}

const lower = (s: string) => normalizeForCompare(s).toLowerCase();

/** Does one of the first k quotes hold one of the expected phrases? */
export function rightIn(q: Expected, a: Pick<Answer, 'quotes'>, k: number): boolean {
  const expect = q.expect;
  return !!expect && a.quotes.slice(0, k).some((qt) => expect.some((x) => lower(qt.text).includes(lower(x))));
}

/**
 * The cause of a miss, or null when the answer is right (or rightly refused). `best`: the answer
 * of an engine that never abstains, asked only for an abstention.
 */
export function missCause(q: Expected, a: Answer, best: () => Answer): MissCause | null {
  if (!q.expect)
    return a.answered ? `answered, should abstain (${q.kind === 'near' ? 'near' : 'off'})` : null;
  if (!a.answered) {
    const open = best();
    if (rightIn(q, open, 1)) return 'abstained, best candidate right';
    return rightIn(q, open, 3) ? 'abstained, right in its top three' : 'abstained, best candidate wrong';
  }
  if (rightIn(q, a, 1)) return null;
  return rightIn(q, a, 3) ? 'answered, right quote 2nd or 3rd' : 'answered wrong';
}

export type CuratedMissCause =
  | 'curated, right quote 2nd or 3rd'
  | 'curated, the best passage right'
  | 'curated, a lower passage right'
  | 'curated, no passage of the best five right'
  | 'curated, should abstain (near)'
  | 'curated, should abstain (off)';

/**
 * A miss whose answer a curated entry gave (npm run eval -- --curated), by where the right
 * sentence stood among the passages the engine ranked: the best one (the passages' route would
 * have answered), a lower one, none of `passages` (the best five, asked only when needed); or a
 * question to refuse. Null when no curated entry answered, or its first quote is right.
 */
export function curatedMissCause(
  q: Expected,
  a: Pick<Answer, 'answered' | 'qa' | 'quotes'>,
  passages: () => readonly string[],
): CuratedMissCause | null {
  if (!a.answered || a.qa === null) return null;
  if (!q.expect) return `curated, should abstain (${q.kind === 'near' ? 'near' : 'off'})`;
  if (rightIn(q, a, 1)) return null;
  if (rightIn(q, a, 3)) return 'curated, right quote 2nd or 3rd';
  const texts = passages();
  const at = texts.findIndex((text) => rightIn(q, { quotes: [{ text }] as Answer['quotes'] }, 1));
  if (at === 0) return 'curated, the best passage right';
  return at > 0 ? 'curated, a lower passage right' : 'curated, no passage of the best five right';
}

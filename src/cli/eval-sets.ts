/**
 * The question sets npm run eval scores, and their roles: the fit sets (fitted on, read for
 * misses) and the check sets (kept out of every fit; their misses are not printed).
 */
import { basename, resolve } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

const root = PROJECT_ROOT;
/** Fitted on: independent questions, Discord style, and tricky "near" ones. */
export const FIT_SETS = [
  resolve(root, 'eval/fit-discord-questions.jsonl'),
  resolve(root, 'eval/fit-tricky-questions.jsonl'),
  resolve(root, 'eval/fit-messy.jsonl'),
  resolve(root, 'eval/fit-messy-2.jsonl'),
  resolve(root, 'eval/fit-messy-3.jsonl'),
  resolve(root, 'eval/fit-messy-4.jsonl'),
  resolve(root, 'eval/fit-messy-5.jsonl'),
  resolve(root, 'eval/fit-messy-6.jsonl'),
  resolve(root, 'eval/fit-messy-7.jsonl'),
  resolve(root, 'eval/fit-messy-8.jsonl'),
  resolve(root, 'eval/fit-messy-9.jsonl'),
  resolve(root, 'eval/fit-messy-10.jsonl'),
  resolve(root, 'eval/fit-messy-11.jsonl'),
  resolve(root, 'eval/fit-messy-12.jsonl'),
  resolve(root, 'eval/fit-messy-13.jsonl'),
  resolve(root, 'eval/fit-messy-14.jsonl'),
  resolve(root, 'eval/fit-messy-15.jsonl'),
  resolve(root, 'eval/fit-messy-16.jsonl'),
  resolve(root, 'eval/fit-messy-17.jsonl'),
  resolve(root, 'eval/fit-messy-18.jsonl'),
  resolve(root, 'eval/fit-messy-19.jsonl'),
  resolve(root, 'eval/fit-messy-20.jsonl'),
  resolve(root, 'eval/fit-messy-21.jsonl'),
  resolve(root, 'eval/fit-messy-22.jsonl'),
  resolve(root, 'eval/fit-messy-23.jsonl'),
  resolve(root, 'eval/fit-messy-24.jsonl'),
  resolve(root, 'eval/fit-messy-25.jsonl'),
  resolve(root, 'eval/fit-messy-26.jsonl'),
  resolve(root, 'eval/fit-messy-27.jsonl'),
  resolve(root, 'eval/fit-messy-28.jsonl'),
  resolve(root, 'eval/fit-messy-29.jsonl'),
  resolve(root, 'eval/fit-messy-30.jsonl'),
  resolve(root, 'eval/fit-messy-31.jsonl'),
  resolve(root, 'eval/fit-messy-32.jsonl'),
  resolve(root, 'eval/fit-messy-33.jsonl'),
  resolve(root, 'eval/fit-messy-34.jsonl'),
  resolve(root, 'eval/fit-messy-35.jsonl'),
  resolve(root, 'eval/fit-messy-36.jsonl'),
  resolve(root, 'eval/fit-messy-37.jsonl'),
  resolve(root, 'eval/fit-messy-38.jsonl'),
  resolve(root, 'eval/fit-messy-39.jsonl'),
  resolve(root, 'eval/fit-messy-40.jsonl'),
  resolve(root, 'eval/fit-messy-41.jsonl'),
  resolve(root, 'eval/fit-messy-42.jsonl'),
  resolve(root, 'eval/fit-messy-43.jsonl'),
  resolve(root, 'eval/fit-messy-44.jsonl'),
  resolve(root, 'eval/fit-messy-45.jsonl'),
  resolve(root, 'eval/fit-messy-46.jsonl'),
  resolve(root, 'eval/fit-messy-47.jsonl'),
  resolve(root, 'eval/fit-messy-48.jsonl'),
  resolve(root, 'eval/fit-messy-49.jsonl'),
  resolve(root, 'eval/fit-messy-50.jsonl'),
  resolve(root, 'eval/fit-messy-51.jsonl'),
  resolve(root, 'eval/fit-messy-52.jsonl'),
  resolve(root, 'eval/fit-messy-53.jsonl'),
  resolve(root, 'eval/fit-messy-54.jsonl'),
  resolve(root, 'eval/fit-messy-55.jsonl'),
  resolve(root, 'eval/fit-messy-56.jsonl'),
  resolve(root, 'eval/fit-messy-57.jsonl'),
  resolve(root, 'eval/fit-messy-58.jsonl'),
  resolve(root, 'eval/fit-messy-59.jsonl'),
  resolve(root, 'eval/fit-messy-60.jsonl'),
  resolve(root, 'eval/fit-messy-61.jsonl'),
  resolve(root, 'eval/fit-messy-62.jsonl'),
  resolve(root, 'eval/fit-messy-63.jsonl'),
  resolve(root, 'eval/fit-messy-64.jsonl'),
  resolve(root, 'eval/fit-messy-65.jsonl'),
  resolve(root, 'eval/fit-messy-66.jsonl'),
  resolve(root, 'eval/fit-messy-67.jsonl'),
  resolve(root, 'eval/fit-messy-68.jsonl'),
  resolve(root, 'eval/fit-messy-69.jsonl'),
  resolve(root, 'eval/fit-messy-70.jsonl'),
  resolve(root, 'eval/fit-messy-71.jsonl'),
  resolve(root, 'eval/fit-messy-72.jsonl'),
  resolve(root, 'eval/fit-messy-73.jsonl'),
  resolve(root, 'eval/fit-messy-74.jsonl'),
  resolve(root, 'eval/fit-messy-75.jsonl'),
  resolve(root, 'eval/fit-messy-76.jsonl'),
  resolve(root, 'eval/fit-messy-77.jsonl'),
  resolve(root, 'eval/fit-messy-78.jsonl'),
  resolve(root, 'eval/fit-messy-79.jsonl'),
  resolve(root, 'eval/fit-messy-80.jsonl'),
  resolve(root, 'eval/fit-messy-81.jsonl'),
  resolve(root, 'eval/fit-messy-82.jsonl'),
  resolve(root, 'eval/fit-messy-83.jsonl'),
  resolve(root, 'eval/fit-messy-84.jsonl'),
  resolve(root, 'eval/fit-messy-85.jsonl'),
  resolve(root, 'eval/fit-messy-86.jsonl'),
  resolve(root, 'eval/fit-messy-87.jsonl'),
  resolve(root, 'eval/fit-messy-88.jsonl'),
  resolve(root, 'eval/fit-messy-89.jsonl'),
  resolve(root, 'eval/fit-messy-90.jsonl'),
  resolve(root, 'eval/fit-messy-91.jsonl'),
  resolve(root, 'eval/fit-messy-92.jsonl'),
  resolve(root, 'eval/fit-messy-93.jsonl'),
  resolve(root, 'eval/fit-messy-94.jsonl'),
  resolve(root, 'eval/fit-messy-95.jsonl'),
  resolve(root, 'eval/fit-messy-96.jsonl'),
  resolve(root, 'eval/fit-messy-97.jsonl'),
  resolve(root, 'eval/fit-messy-98.jsonl'),
  resolve(root, 'eval/fit-messy-99.jsonl'),
  resolve(root, 'eval/fit-messy-100.jsonl'),
  resolve(root, 'eval/fit-messy-101.jsonl'),
  resolve(root, 'eval/fit-messy-102.jsonl'),
  resolve(root, 'eval/fit-messy-103.jsonl'),
  resolve(root, 'eval/fit-messy-104.jsonl'),
  resolve(root, 'eval/fit-messy-105.jsonl'),
  resolve(root, 'eval/fit-messy-106.jsonl'),
  resolve(root, 'eval/fit-messy-107.jsonl'),
  resolve(root, 'eval/fit-messy-108.jsonl'),
  resolve(root, 'eval/fit-messy-109.jsonl'),
  resolve(root, 'eval/fit-messy-110.jsonl'),
];
/**
 * The fit sets in two halves: "read", the plain question sets and the odd-numbered chat sets
 * (fit-messy.jsonl is the first), which the confidence model is fitted and the threshold
 * calibrated on (`--half read`); and "unread", the even-numbered chat sets, kept out of that
 * fit (`--half unread` scores them), so a refit shows what it does on messages it has not seen
 * before it reaches the check sets.
 */
export function fitHalf(file: string): 'read' | 'unread' {
  const m = /^fit-messy(?:-(\d+))?\.jsonl$/.exec(basename(file));
  return m && Number(m[1] ?? 1) % 2 === 0 ? 'unread' : 'read';
}
/**
 * Never fitted on: the shared dev sets, each dev question reworded by someone else, and chat
 * messages written apart from the fit set.
 */
export const CHECK_SETS = [
  resolve(root, '../shared/eval/dev-questions.jsonl'),
  resolve(root, '../shared/eval/dev-messy.jsonl'),
  resolve(root, 'eval/check-paraphrase-questions.jsonl'),
  resolve(root, 'eval/check-messy.jsonl'),
  resolve(root, 'eval/check-messy-2.jsonl'),
  resolve(root, 'eval/check-messy-3.jsonl'),
  resolve(root, 'eval/check-messy-4.jsonl'),
  resolve(root, 'eval/check-messy-5.jsonl'),
  resolve(root, 'eval/check-messy-6.jsonl'),
  resolve(root, 'eval/check-messy-7.jsonl'),
  resolve(root, 'eval/check-messy-8.jsonl'),
  resolve(root, 'eval/check-messy-9.jsonl'),
  resolve(root, 'eval/check-messy-10.jsonl'),
  resolve(root, 'eval/check-messy-11.jsonl'),
  resolve(root, 'eval/check-messy-12.jsonl'),
  resolve(root, 'eval/check-messy-13.jsonl'),
  resolve(root, 'eval/check-messy-14.jsonl'),
  resolve(root, 'eval/check-messy-15.jsonl'),
  resolve(root, 'eval/check-messy-16.jsonl'),
  resolve(root, 'eval/check-messy-17.jsonl'),
  resolve(root, 'eval/check-messy-18.jsonl'),
  resolve(root, 'eval/check-messy-19.jsonl'),
  resolve(root, 'eval/check-messy-20.jsonl'),
  resolve(root, 'eval/check-messy-21.jsonl'),
  resolve(root, 'eval/check-messy-22.jsonl'),
  resolve(root, 'eval/check-messy-23.jsonl'),
  resolve(root, 'eval/check-messy-24.jsonl'),
  resolve(root, 'eval/check-messy-25.jsonl'),
  resolve(root, 'eval/check-messy-26.jsonl'),
  resolve(root, 'eval/check-messy-27.jsonl'),
  resolve(root, 'eval/check-messy-28.jsonl'),
  resolve(root, 'eval/check-messy-29.jsonl'),
  resolve(root, 'eval/check-messy-30.jsonl'),
  resolve(root, 'eval/check-messy-31.jsonl'),
  resolve(root, 'eval/check-messy-32.jsonl'),
  resolve(root, 'eval/check-messy-33.jsonl'),
  resolve(root, 'eval/check-messy-34.jsonl'),
  resolve(root, 'eval/check-messy-35.jsonl'),
  resolve(root, 'eval/check-messy-36.jsonl'),
  resolve(root, 'eval/check-messy-37.jsonl'),
  resolve(root, 'eval/check-messy-38.jsonl'),
  resolve(root, 'eval/check-messy-39.jsonl'),
  resolve(root, 'eval/check-messy-40.jsonl'),
  resolve(root, 'eval/check-messy-41.jsonl'),
  resolve(root, 'eval/check-messy-42.jsonl'),
  resolve(root, 'eval/check-messy-43.jsonl'),
  resolve(root, 'eval/check-messy-44.jsonl'),
  resolve(root, 'eval/check-messy-45.jsonl'),
];
/** A check set's own file, or any set named check-* or dev-* (the follow-up sets, run with --set). */
export const roleOf = (file: string) =>
  FIT_SETS.includes(file)
    ? 'fit'
    : CHECK_SETS.includes(file) || /^(check|dev)-/.test(basename(file))
      ? 'check'
      : 'given';

/**
 * Whether a set's misses are printed: a check set's are not unless asked for, since whoever
 * reads them while changing the engine fits it to the set, which then no longer checks anything.
 */
export const missesShown = (file: string, showCheckMisses: boolean): boolean =>
  showCheckMisses || roleOf(file) !== 'check';

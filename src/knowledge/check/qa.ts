/** qa.yaml: unique ids, no wording in two entries, answers resolved to sentence ids. */
import { matchKey } from '../../text/normalize.ts';
import { KNOWLEDGE_FILES, type ResolvedQa } from '../model.ts';
import type { Problem } from '../problems.ts';
import type { ParsedList } from '../reader.ts';
import type { QaEntry } from '../schema.ts';
import type { AnswerResolver } from './answers.ts';
import { duplicateIds } from './unique.ts';

/**
 * What checkQa made of each entry last time, by the entry as validated (the same object while its
 * text is the same: see ParseMemo), with the passages it was resolved against: a reload after a
 * one-entry edit of a 50,000-passage knowledge base resolves that entry only, and the entries it
 * did not touch are the very same objects as before (issue 15: the knowledge worker then sends
 * only the changed ones, and the answering thread reuses what it built on the others). Only an
 * entry whose answer resolved without a problem is kept.
 */
export type QaMemo = WeakMap<QaEntry, { passages: unknown; keys: string[]; resolved: ResolvedQa }>;

/** The entries that passed the schema, resolved; every problem of every entry reported. */
export function checkQa(
  file: ParsedList<QaEntry>,
  answers: AnswerResolver,
  problems: Problem[],
  memo?: QaMemo,
): ResolvedQa[] {
  const F = KNOWLEDGE_FILES;
  const qa: ResolvedQa[] = [];
  const questionOwner = new Map<string, string>();
  problems.push(...duplicateIds(F.qa, file));
  for (const { index, value: entry } of file.entries) {
    const line = (path: PropertyKey[]) => file.lineOf([index, ...path]);
    const known = memo?.get(entry);
    const same = known?.passages === answers.passages ? known : undefined;
    const keys = same?.keys ?? [entry.question, ...entry.paraphrases].map(matchKey);
    [entry.question, ...entry.paraphrases].forEach((q, k) => {
      const key = keys[k] as string;
      const field = k === 0 ? 'question' : `paraphrases[${k - 1}]`;
      const owner = questionOwner.get(key);
      if (owner !== undefined)
        problems.push({
          file: F.qa,
          line: line(k === 0 ? ['question'] : ['paraphrases', k - 1]),
          entry: entry.id,
          field,
          message: `duplicate question "${q}": also in entry "${owner}"`,
        });
      questionOwner.set(key, entry.id);
    });
    if (same) {
      qa.push(same.resolved);
      continue;
    }
    const before = problems.length;
    const answerIds = answers.resolve(entry.answer, {
      file: F.qa,
      entry: entry.id,
      field: 'answer',
      line: (k) => line(['answer', k]),
    });
    const resolved = { ...entry, answerIds };
    if (memo && problems.length === before) memo.set(entry, { passages: answers.passages, keys, resolved });
    qa.push(resolved);
  }
  return qa;
}

/**
 * A warning for every curated answer with more sentences than an answer shows at once, unless
 * the entry says so (`more: true`).
 * `qa` is checkQa's result for the same file (its entries, in order).
 */
export function longAnswers(file: ParsedList<QaEntry>, qa: readonly ResolvedQa[], atOnce: number): Problem[] {
  return qa.flatMap((entry, k) =>
    entry.answerIds.length > atOnce && entry.more !== true
      ? [
          {
            file: KNOWLEDGE_FILES.qa,
            line: file.lineOf([file.entries[k]?.index ?? k, 'answer']),
            entry: entry.id,
            field: 'answer',
            message: `${entry.answerIds.length} sentences: only the first ${atOnce} are shown at once, the rest behind "More"`,
          },
        ]
      : [],
  );
}

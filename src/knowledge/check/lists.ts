/**
 * contested.yaml, facts.yaml and timeline.yaml: lists of entries with an id, each answered by
 * quotes resolved by the same rules as qa.yaml.
 */
import { KNOWLEDGE_FILES, type ResolvedContested } from '../model.ts';
import type { Problem } from '../problems.ts';
import type { ParsedList } from '../reader.ts';
import type { Contested, Fact } from '../schema.ts';
import type { AnswerResolver } from './answers.ts';
import { duplicateIds } from './unique.ts';

const F = KNOWLEDGE_FILES;

/** Points where sources disagree, each side's answer resolved to sentence ids. */
export function checkContested(
  file: ParsedList<Contested>,
  answers: AnswerResolver,
  problems: Problem[],
): ResolvedContested[] {
  problems.push(...duplicateIds(F.contested, file));
  return file.entries.map(({ index, value: c }) => ({
    id: c.id,
    topic: c.topic,
    ...(c.reason ? { reason: true } : {}),
    ...(c.speakers ? { speakers: true } : {}),
    ...(c.asked?.length ? { asked: c.asked } : {}),
    sides: c.sides.map((side, s) => ({
      label: side.label,
      ids: answers.resolve(side.answer, {
        file: F.contested,
        entry: c.id,
        field: `sides[${s}].answer`,
        line: (k) => file.lineOf([index, 'sides', s, 'answer', k]),
      }),
    })),
  }));
}

/** An optional list file (facts, timeline): unique ids, each entry's `answer` resolved. */
export function checkAnswerList<T extends { id: string; answer: string[] }>(
  fileName: string,
  file: ParsedList<T>,
  answers: AnswerResolver,
  problems: Problem[],
): (T & { answerIds: string[] })[] {
  problems.push(...duplicateIds(fileName, file));
  return file.entries.map(({ index, value: entry }) => ({
    ...entry,
    answerIds: answers.resolve(entry.answer, {
      file: fileName,
      entry: entry.id,
      field: 'answer',
      line: (k) => file.lineOf([index, 'answer', k]),
    }),
  }));
}

/** A fact's `contested` must name a point of contested.yaml (null: that file could not be read). */
export function checkFactsContested(
  file: ParsedList<Fact>,
  contestedIds: ReadonlySet<string> | null,
  problems: Problem[],
): void {
  if (!contestedIds) return;
  for (const { index, value: fact } of file.entries) {
    if (fact.contested && !contestedIds.has(fact.contested))
      problems.push({
        file: F.facts,
        line: file.lineOf([index, 'contested']),
        entry: fact.id,
        field: 'contested',
        message: `unknown contested point "${fact.contested}": use an id from contested.yaml`,
      });
  }
}

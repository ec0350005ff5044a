import type { Problem } from '../problems.ts';
import type { ParsedList } from '../reader.ts';

/**
 * One problem for every entry whose id an earlier entry of the same file already has. Entries
 * that failed the schema count too, by the id written in them.
 */
export function duplicateIds(file: string, list: ParsedList<unknown>): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  list.ids.forEach((id, i) => {
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, i);
      return;
    }
    const at = list.lineOf([earlier, 'id']);
    problems.push({
      file,
      line: list.lineOf([i, 'id']),
      entry: id,
      field: 'id',
      message: `duplicate id: ${at ? `already used at line ${at}; ` : ''}each entry needs its own id`,
    });
  });
  return problems;
}

/** The ids written in a list file, valid entries or not; null when the file could not be read. */
export function writtenIds(list: ParsedList<unknown>): Set<string> | null {
  return list.parsed ? new Set(list.ids.filter((id): id is string => id !== undefined)) : null;
}

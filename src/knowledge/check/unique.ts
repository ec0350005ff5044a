import type { Problem } from '../problems.ts';
import type { ParsedFile } from '../reader.ts';

/** One problem for every entry whose id an earlier entry of the same file already has. */
export function duplicateIds(
  file: string,
  parsed: ParsedFile<unknown>,
  items: readonly { id: string }[],
): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, i);
      return;
    }
    const at = parsed.lineOf([earlier, 'id']);
    problems.push({
      file,
      line: parsed.lineOf([i, 'id']),
      entry: item.id,
      field: 'id',
      message: `duplicate id: ${at ? `already used at line ${at}; ` : ''}each entry needs its own id`,
    });
  });
  return problems;
}

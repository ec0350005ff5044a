/** entities.yaml: unique ids, parents and members that exist, and no name given to two entities. */
import { fold } from '../../text/normalize.ts';
import { KNOWLEDGE_FILES } from '../model.ts';
import type { Problem } from '../problems.ts';
import type { ParsedFile } from '../reader.ts';
import type { Entity } from '../schema.ts';
import { duplicateIds } from './unique.ts';

export function checkEntities(
  file: ParsedFile<Entity[]>,
  problems: Problem[],
): { entities: Entity[]; entityById: Map<string, Entity> } {
  const F = KNOWLEDGE_FILES;
  const entities = file.value ?? [];
  problems.push(...duplicateIds(F.entities, file, entities));
  const entityById = new Map<string, Entity>();
  for (const e of entities) entityById.set(e.id, e);
  const aliasOwner = new Map<string, string>();
  entities.forEach((e, i) => {
    for (const ref of [e.parent, ...(e.members ?? [])]) {
      if (ref && !entityById.has(ref))
        problems.push({
          file: F.entities,
          line: file.lineOf([i]),
          entry: e.id,
          field: ref === e.parent ? 'parent' : 'members',
          message: `unknown entity "${ref}"`,
        });
    }
    for (const alias of [e.name, ...e.aliases]) {
      const key = fold(alias);
      const owner = aliasOwner.get(key);
      if (owner && owner !== e.id)
        problems.push({
          file: F.entities,
          line: file.lineOf([i, 'aliases']),
          entry: e.id,
          field: 'aliases',
          message: `"${alias}" is also a name of "${owner}": a name can point to one entity only`,
        });
      aliasOwner.set(key, e.id);
    }
  });
  return { entities, entityById };
}

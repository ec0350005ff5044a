/** entities.yaml: unique ids, parents and members that exist, and no name given to two entities. */
import { fold } from '../../text/normalize.ts';
import { KNOWLEDGE_FILES } from '../model.ts';
import type { Problem } from '../problems.ts';
import type { ParsedList } from '../reader.ts';
import type { Entity } from '../schema.ts';
import { duplicateIds, writtenIds } from './unique.ts';

export interface CheckedEntities {
  /** The entities that passed the schema. */
  entities: Entity[];
  entityById: Map<string, Entity>;
  /** Every id written in the file, for references; null when the file could not be read. */
  entityIds: Set<string> | null;
}

export function checkEntities(file: ParsedList<Entity>, problems: Problem[]): CheckedEntities {
  const F = KNOWLEDGE_FILES;
  const entities = file.entries.map((e) => e.value);
  const entityIds = writtenIds(file);
  problems.push(...duplicateIds(F.entities, file));
  const entityById = new Map<string, Entity>();
  for (const e of entities) entityById.set(e.id, e);
  const aliasOwner = new Map<string, string>();
  for (const { index, value: e } of file.entries) {
    for (const ref of [e.parent, ...(e.members ?? []), ...(e.voicedBy ?? [])]) {
      if (ref && !entityIds?.has(ref))
        problems.push({
          file: F.entities,
          line: file.lineOf([index]),
          entry: e.id,
          field: ref === e.parent ? 'parent' : e.members?.includes(ref) ? 'members' : 'voicedBy',
          message: `unknown entity "${ref}"`,
        });
    }
    for (const alias of [e.name, ...e.aliases]) {
      const key = fold(alias);
      const owner = aliasOwner.get(key);
      if (owner && owner !== e.id)
        problems.push({
          file: F.entities,
          line: file.lineOf([index, 'aliases']),
          entry: e.id,
          field: 'aliases',
          message: `"${alias}" is also a name of "${owner}": a name can point to one entity only`,
        });
      aliasOwner.set(key, e.id);
    }
  }
  return { entities, entityById, entityIds };
}

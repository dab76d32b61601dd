import type { SubjectName } from '@kehu/domain';
import { type EntityClass, entityColumns } from '../database/entity-columns';
import type { SubjectColumns } from './ability-to-sql';

const ENTITY_OF_SUBJECT = new Map<SubjectName, EntityClass>();

/**
 * Declares the entity that holds a permission subject's records, so that raw SQL on its
 * table can be restricted by the subject's rules without a hand-written column map.
 */
export function AuthzSubject(subject: SubjectName): ClassDecorator {
  return (target) => {
    const known = ENTITY_OF_SUBJECT.get(subject);
    if (known !== undefined && known !== target)
      throw new Error(`${subject} is already held by ${known.name}`);
    ENTITY_OF_SUBJECT.set(subject, target);
  };
}

/** The entity declared for a subject with @AuthzSubject, if any. */
export function entityOfSubject(subject: SubjectName): EntityClass | undefined {
  return ENTITY_OF_SUBJECT.get(subject);
}

/**
 * Every column of an entity, by property, as the permission rules may name it: either
 * as property paths of a query builder alias (`c.ownerId`) or as table columns of a raw
 * SQL alias (`c.owner_id`). Derived from the entity's metadata, so a module never
 * writes (or forgets to update) a column map.
 */
export function columnsOfEntity(
  entity: EntityClass,
  alias: string,
  form: 'property' | 'table',
): SubjectColumns {
  return Object.fromEntries(
    entityColumns(entity).map((column) => [
      column.propertyName,
      form === 'property' ? `${alias}.${column.propertyName}` : `${alias}.${column.columnName}`,
    ]),
  );
}

import type { SubjectName } from '@kehu/domain';
import { getMetadataArgsStorage } from 'typeorm';
import { SnakeNamingStrategy } from '../database/snake-naming.strategy';
import type { SubjectColumns } from './ability-to-sql';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own target type
type EntityClass = Function;

const ENTITY_OF_SUBJECT = new Map<SubjectName, EntityClass>();
const naming = new SnakeNamingStrategy();

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

/** The class and its base classes, as TypeORM inherits columns. */
function inheritanceOf(entity: EntityClass): EntityClass[] {
  const chain: EntityClass[] = [];
  for (
    let target = entity;
    target !== Function.prototype;
    target = Object.getPrototypeOf(target) as EntityClass
  )
    chain.push(target);
  return chain;
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
  const columns = getMetadataArgsStorage().filterColumns(inheritanceOf(entity));
  return Object.fromEntries(
    columns.map((column) => [
      column.propertyName,
      form === 'property'
        ? `${alias}.${column.propertyName}`
        : `${alias}.${naming.columnName(column.propertyName, column.options.name, [])}`,
    ]),
  );
}

import { getMetadataArgsStorage } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own target type
export type EntityClass = Function;

/** A column of an entity: its property and its column in the table. */
export interface EntityColumn {
  propertyName: string;
  columnName: string;
}

const naming = new SnakeNamingStrategy();

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
 * Every column an entity declares (its base classes' included), read from TypeORM's
 * decorator metadata, so no module keeps a column map of its own.
 */
export function entityColumns(entity: EntityClass): EntityColumn[] {
  return getMetadataArgsStorage()
    .filterColumns(inheritanceOf(entity))
    .map((column) => ({
      propertyName: column.propertyName,
      columnName: naming.columnName(column.propertyName, column.options.name, []),
    }));
}

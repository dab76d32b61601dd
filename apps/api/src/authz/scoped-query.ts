import type { Action, SubjectName } from '@kehu/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthContext } from './auth-context';
import { abilityToSql, type SqlCondition } from './ability-to-sql';
import { columnsOfEntity, entityOfSubject } from './subject-entity';

/**
 * Restricts a query to the rows the caller may act on. Every list, count, search,
 * export and single-record read of a protected subject goes through here. The columns
 * the rules test come from the metadata of the query's alias (its main one unless
 * named), so no module keeps a column map.
 */
export function restrictToPermitted<Entity extends ObjectLiteral>(
  query: SelectQueryBuilder<Entity>,
  auth: AuthContext,
  action: Action,
  subject: SubjectName,
  alias?: string,
): SelectQueryBuilder<Entity> {
  const target =
    alias === undefined
      ? query.expressionMap.mainAlias
      : query.expressionMap.findAliasByName(alias);
  if (!target?.hasMetadata) throw new Error(`No entity behind the alias of a ${subject} query`);
  const declared = entityOfSubject(subject);
  if (declared !== undefined && target.metadata.target !== declared)
    throw new Error(`The alias ${target.name} is not a ${subject} (${declared.name})`);
  const columns = columnsOfEntity(target.metadata.target as never, target.name, 'property');
  const { sql, params } = abilityToSql(auth.ability, action, subject, columns);
  return query.andWhere(sql, params);
}

/**
 * The same restriction as a SQL condition on a table alias of the subject's entity,
 * for raw SQL and subqueries (e.g. `EXISTS (SELECT 1 FROM customers pc WHERE … AND
 * ${sql})`). The subject's entity is the one declared with @AuthzSubject.
 */
export function permittedSql(
  auth: AuthContext,
  action: Action,
  subject: SubjectName,
  alias: string,
  paramPrefix = 'authz',
): SqlCondition {
  const entity = entityOfSubject(subject);
  if (entity === undefined) throw new Error(`${subject} declares no entity (@AuthzSubject)`);
  return abilityToSql(
    auth.ability,
    action,
    subject,
    columnsOfEntity(entity, alias, 'table'),
    paramPrefix,
  );
}

import type { Action, SubjectName } from '@kehu/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthContext } from './auth-context';
import { abilityToSql, type SubjectColumns } from './ability-to-sql';

/**
 * Restricts a query to the rows the caller may act on. Every list, count, search,
 * export and single-record read of a protected subject goes through here.
 */
export function restrictToPermitted<Entity extends ObjectLiteral>(
  query: SelectQueryBuilder<Entity>,
  auth: AuthContext,
  action: Action,
  subject: SubjectName,
  columns: SubjectColumns,
): SelectQueryBuilder<Entity> {
  const { sql, params } = abilityToSql(auth.ability, action, subject, columns);
  return query.andWhere(sql, params);
}

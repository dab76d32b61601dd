import {
  CUSTOM_FIELD_SQL_KEY,
  type CustomFieldCondition,
  type CustomFieldSort,
  type CustomFieldType,
  NUMERIC_FIELD_TYPES,
  TEXT_LIKE_FIELD_TYPES,
} from '@kehu/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ValidationError } from '../common/errors/app-error';
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  type KeysetRequest,
  limitRows,
  type Page,
} from '../common/pagination/keyset';

/**
 * The SQL of custom field filters and sorts. One expression per type serves the filter,
 * the sort and the index the API builds for a filterable or sortable field
 * (customFieldIndexSql), so the planner always finds the index for the query:
 * - number, currency, percent: `(custom_fields->>'k')::numeric`
 * - text, long text, URL, e-mail, phone: `lower(custom_fields->>'k')` (matched case-blind)
 * - date, date-time, boolean, single select, user: `custom_fields->>'k'` (dates and
 *   date-times are stored in fixed-width ISO forms, so text order is time order)
 * - multi select: `custom_fields->'k'` (a jsonb list; GIN index, `?|` for "has any")
 */

function sqlKey(key: string): string {
  // Only a key that is a live definition's reaches here; the pattern keeps it a plain
  // literal (no quote can occur), so it may be written into SQL and its indexes.
  if (!CUSTOM_FIELD_SQL_KEY.test(key)) throw new Error(`not a custom field key: ${key}`);
  return `'${key}'`;
}

/** The typed SQL expression of a custom field, on `column` (the jsonb column, qualified or not). */
export function customFieldExpression(type: CustomFieldType, key: string, column: string): string {
  const value = `${column} ->> ${sqlKey(key)}`;
  if (NUMERIC_FIELD_TYPES.includes(type)) return `((${value})::numeric)`;
  if (TEXT_LIKE_FIELD_TYPES.includes(type)) return `lower(${value})`;
  if (type === 'multi_select') return `(${column} -> ${sqlKey(key)})`;
  return `(${value})`;
}

/** A bound parameter as the expression of `type` compares with it. */
function typedParameter(type: CustomFieldType, name: string): string {
  if (NUMERIC_FIELD_TYPES.includes(type)) return `CAST(:${name} AS numeric)`;
  if (TEXT_LIKE_FIELD_TYPES.includes(type)) return `lower(CAST(:${name} AS text))`;
  if (type === 'multi_select') return `CAST(:${name} AS jsonb)`;
  return `CAST(:${name} AS text)`;
}

/** A table of CUSTOM_FIELD_VALUE_TABLES: a constant of the code, never input. */
export type CustomFieldTable = string;

/**
 * The name of a field's index: `<table>_cf_<key>_idx`, shortened with a hash of the key
 * where that would pass PostgreSQL's 63 characters (which would otherwise cut names
 * silently, so two long keys could share one).
 */
export function customFieldIndexName(table: CustomFieldTable, key: string): string {
  const name = `${table}_cf_${key}_idx`;
  if (name.length <= 63) return name;
  let hash = 0;
  for (const char of key) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  const suffix = `_${hash.toString(16).padStart(8, '0')}_idx`;
  return `${table}_cf_${key.slice(0, 63 - table.length - 4 - suffix.length)}${suffix}`;
}

/**
 * The statement building a field's index, concurrently (outside any transaction): btree
 * on the expression and the id (the sort's tie-breaker), or GIN for a multi select. Not
 * partial: PostgreSQL keeps statistics of an expression index's values (what the planner
 * needs to weigh a filter on the field) only for an index on every row.
 */
export function customFieldIndexSql(
  table: CustomFieldTable,
  field: { key: string; type: CustomFieldType },
): string {
  const expression = customFieldExpression(field.type, field.key, 'custom_fields');
  const method =
    field.type === 'multi_select' ? `gin (${expression})` : `btree (${expression}, id)`;
  return `CREATE INDEX CONCURRENTLY IF NOT EXISTS "${customFieldIndexName(table, field.key)}" ON ${table} USING ${method}`;
}

/**
 * Narrows a query (alias `alias`, with a `custom_fields` column) by custom field
 * conditions, in its WHERE clause, values bound as parameters named after `prefix`.
 */
export function applyCustomFieldConditions<Entity extends ObjectLiteral>(
  query: SelectQueryBuilder<Entity>,
  alias: string,
  conditions: readonly CustomFieldCondition[],
  prefix: string,
): SelectQueryBuilder<Entity> {
  conditions.forEach((condition, index) => {
    const expression = customFieldExpression(
      condition.type,
      condition.key,
      `${alias}.custom_fields`,
    );
    const name = `${prefix}_cf${index}`;
    switch (condition.op) {
      case 'empty':
        query.andWhere(`${expression} IS NULL`);
        break;
      case 'present':
        query.andWhere(`${expression} IS NOT NULL`);
        break;
      case 'equals':
        query.andWhere(`${expression} = ${typedParameter(condition.type, name)}`, {
          [name]: condition.value,
        });
        break;
      case 'in':
        query.andWhere(`${expression} = ANY(CAST(:${name} AS text[]))`, {
          [name]: condition.values,
        });
        break;
      case 'has-any':
        query.andWhere(`${expression} ?| CAST(:${name} AS text[])`, { [name]: condition.values });
        break;
      case 'between':
        if (condition.from !== null)
          query.andWhere(`${expression} >= ${typedParameter(condition.type, `${name}_from`)}`, {
            [`${name}_from`]: condition.from,
          });
        if (condition.to !== null)
          query.andWhere(`${expression} <= ${typedParameter(condition.type, `${name}_to`)}`, {
            [`${name}_to`]: condition.to,
          });
        break;
    }
  });
  return query;
}

/** A stored value as the cursor carries it (the parameter typedParameter casts). */
function cursorValue(type: CustomFieldType, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return type === 'multi_select' ? JSON.stringify(value) : String(value);
  return JSON.stringify(value);
}

/**
 * Keyset pagination by a custom field (`sort=cf.<key>` or `-cf.<key>`): rows with a value
 * in its order, then those without (nulls last, either direction), the id breaking ties.
 * The cursor carries the last row's value, or null once in the rows without one. Each
 * part is read in the order of the field's index, so page 1 and page 1,000 cost alike.
 */
export async function paginateByCustomField<Entity extends ObjectLiteral>(
  query: SelectQueryBuilder<Entity>,
  request: KeysetRequest & { sort: string },
  sort: CustomFieldSort,
): Promise<Page<Entity>> {
  const limit = request.limit ?? DEFAULT_PAGE_SIZE;
  const alias = query.alias;
  const id = `${alias}.id`;
  const expression = customFieldExpression(sort.type, sort.key, `${alias}.custom_fields`);
  const direction = sort.descending ? 'DESC' : 'ASC';
  const comparison = sort.descending ? '<' : '>';
  const after =
    request.cursor === undefined ? undefined : decodeCursor(request.cursor, request.sort);
  if (after !== undefined && after.value !== null && typeof after.value !== 'string')
    throw ValidationError.field('cursor', 'is not a cursor of this list and sort order');

  const rows: Entity[] = [];
  if (after === undefined || after.value !== null) {
    const withValue = query.clone().andWhere(`${expression} IS NOT NULL`);
    if (after !== undefined)
      withValue.andWhere(
        `(${expression}, ${id}) ${comparison} (${typedParameter(sort.type, 'keysetValue')}, :keysetId)`,
        { keysetValue: after.value, keysetId: after.id },
      );
    // Without NULLS LAST: the rows have a value, and the index's own order serves both ways.
    withValue.orderBy(expression, direction).addOrderBy(id, direction);
    rows.push(...(await limitRows(withValue, limit + 1).getMany()));
  }
  if (rows.length <= limit) {
    const withoutValue = query.clone().andWhere(`${expression} IS NULL`);
    if (after !== undefined && after.value === null)
      withoutValue.andWhere(`${id} ${comparison} :keysetId`, { keysetId: after.id });
    withoutValue.orderBy(id, direction);
    rows.push(...(await limitRows(withoutValue, limit + 1 - rows.length).getMany()));
  }
  const items = rows.slice(0, limit);
  const last = items[items.length - 1] as
    (Entity & { id: string; customFields?: Record<string, unknown> }) | undefined;
  const nextCursor =
    rows.length > limit && last !== undefined
      ? encodeCursor({
          sort: request.sort,
          value: cursorValue(sort.type, last.customFields?.[sort.key]),
          id: String(last.id),
        })
      : null;
  return { items, nextCursor };
}

import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ValidationError } from '../errors/app-error';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A sort column that may be NULL: its NULLs sort as `nullsSortAs` (e.g. `'infinity'` for
 * a due time, so undated rows come last in ascending order), which keeps the keyset
 * comparison total. Serve it with an index on the same COALESCE expression.
 */
export interface NullableSortColumn {
  column: string;
  nullsSortAs: string;
  type: 'timestamptz' | 'date' | 'numeric' | 'text';
}

/** Sortable fields of a resource: API name → SQL column (qualified by the query alias). */
export type SortableColumns = Record<string, string | NullableSortColumn>;

/** The SQL a sort field orders by, and the value its NULLs stand for in a cursor. */
function sortExpression(sortable: string | NullableSortColumn): {
  expression: string;
  nullsSortAs: string | null;
} {
  if (typeof sortable === 'string') return { expression: sortable, nullsSortAs: null };
  // Both parts are constants of the code, never user input.
  const fallback = `CAST('${sortable.nullsSortAs}' AS ${sortable.type})`;
  return {
    expression: `COALESCE(${sortable.column}, ${fallback})`,
    nullsSortAs: sortable.nullsSortAs,
  };
}

export interface CursorPayload {
  sort: string;
  value: string | number | null;
  id: string;
}

export interface KeysetRequest {
  limit?: number;
  cursor?: string;
  sort?: string;
}

function parseSort(sort: string, sortable: SortableColumns) {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const entry = sortable[field];
  if (entry === undefined) {
    throw ValidationError.field(
      'sort',
      `must be one of ${Object.keys(sortable)
        .flatMap((f) => [f, `-${f}`])
        .join(', ')}`,
    );
  }
  const { expression, nullsSortAs } = sortExpression(entry);
  return {
    field,
    column: expression,
    nullsSortAs,
    direction: descending ? ('DESC' as const) : ('ASC' as const),
  };
}

export function decodeCursor(cursor: string, sort: string): CursorPayload {
  try {
    const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPayload;
    if (
      payload.sort === sort &&
      typeof payload.id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(payload.id)
    ) {
      return payload;
    }
  } catch {
    // Falls through to the validation error below.
  }
  throw ValidationError.field('cursor', 'is not a cursor of this list and sort order');
}

export function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

function cursorValue(value: unknown): string | number | null {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'string') return value;
  return null;
}

function joinsOnlyToOne<Entity extends ObjectLiteral>(query: SelectQueryBuilder<Entity>): boolean {
  return query.expressionMap.joinAttributes.every(
    (join) =>
      join.relation !== undefined && (join.relation.isManyToOne || join.relation.isOneToOneOwner),
  );
}

/**
 * At most `count` entities. take() wraps the query in a SELECT DISTINCT over every matching
 * row (to count entities, not joined rows), which sorts the whole filtered set on each
 * page. Joins to one row each (owner, team) cannot multiply rows, so a plain LIMIT is
 * exact and uses the index.
 */
export function limitRows<Entity extends ObjectLiteral>(
  query: SelectQueryBuilder<Entity>,
  count: number,
): SelectQueryBuilder<Entity> {
  return joinsOnlyToOne(query) ? query.limit(count) : query.take(count);
}

/**
 * Keyset pagination: orders by the sort column then the id, and continues after the
 * last row of the previous page, so page 10,000 costs what page 1 costs. Sort columns
 * are NOT NULL or declared as a NullableSortColumn. Returns one row more than asked to
 * know whether a next page exists.
 */
export async function paginate<Entity extends ObjectLiteral>(
  query: SelectQueryBuilder<Entity>,
  request: KeysetRequest,
  sortable: SortableColumns,
  defaultSort: string,
): Promise<Page<Entity>> {
  const sort = request.sort ?? defaultSort;
  const limit = request.limit ?? DEFAULT_PAGE_SIZE;
  const { field, column, nullsSortAs, direction } = parseSort(sort, sortable);
  const idColumn = `${query.alias}.id`;
  if (request.cursor !== undefined) {
    const after = decodeCursor(request.cursor, sort);
    const comparison = direction === 'DESC' ? '<' : '>';
    query.andWhere(`(${column}, ${idColumn}) ${comparison} (:keysetValue, :keysetId)`, {
      keysetValue: after.value,
      keysetId: after.id,
    });
  }
  query.orderBy(column, direction).addOrderBy(idColumn, direction);
  const rows = await limitRows(query, limit + 1).getMany();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > limit && last !== undefined
      ? encodeCursor({
          sort,
          value: cursorValue(last[field]) ?? nullsSortAs,
          id: String(last.id),
        })
      : null;
  return { items, nextCursor };
}

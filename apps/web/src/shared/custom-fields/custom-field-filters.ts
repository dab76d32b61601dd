import { CUSTOM_FIELD_KEY_PATTERN, NUMERIC_FIELD_TYPES, SELECT_FIELD_TYPES } from '@kehu/domain';
import { listParam, type ListParam } from '../list/list-codec';
import type { CustomFieldDefinition, CustomFieldType } from './custom-field-types';

/*
 * Custom field filters and sorts as the list APIs take them and the console's addresses
 * keep them: `cf.<key>=<value>` and `sort=cf.<key>` / `sort=-cf.<key>`.
 * - select, user: `a,b` (any of them); boolean: `true` | `false`
 * - number, currency, percent, date, datetime: `v` or a range `lo..hi` (open ends allowed)
 * - text, long text, URL, email, phone: the value, matched exactly (case aside)
 * - any type: `!empty` (has a value) or `empty` (has none)
 */

export const CF_PREFIX = 'cf.';
export const HAS_VALUE = '!empty';
export const NO_VALUE = 'empty';

/** Filters by field key, as the list state keeps them. */
export type CustomFieldFilters = Record<string, string>;

/** The address param of a list's custom field filters (`cf.<key>=…`). */
export function customFieldFilterParam(): ListParam<CustomFieldFilters> {
  return listParam.family(CF_PREFIX, CUSTOM_FIELD_KEY_PATTERN);
}

/** A sort on a custom field column. */
export type CustomFieldSort = `cf.${string}` | `-cf.${string}`;

const CF_SORT = /^-?cf\.([a-z][a-z0-9]*(?:_[a-z0-9]+)*)$/;

export function isCustomFieldSort(value: string): value is CustomFieldSort {
  return CF_SORT.test(value);
}

/** The custom field key a sort is on, or null for a built-in sort. */
export function customFieldSortKey(sort: string): string | null {
  return CF_SORT.exec(sort)?.[1] ?? null;
}

/** A list's sort param: one of its own sorts, or a custom field's. */
export function sortParam<T extends string>(sorts: readonly T[]): ListParam<T | CustomFieldSort> {
  return {
    read: ([value]) =>
      sorts.find((known) => known === value) ??
      (value !== undefined && isCustomFieldSort(value) ? value : undefined),
    write: (value) => [value],
  };
}

/** The list query params of the filters: `{ 'cf.size': '1..5' }`. */
export function toCustomFieldQuery(
  filters: CustomFieldFilters | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters ?? {}).map(([key, value]) => [`${CF_PREFIX}${key}`, value]),
  );
}

export interface FilterRange {
  from?: string;
  to?: string;
}

export const isRangeType = (type: CustomFieldType): boolean =>
  NUMERIC_FIELD_TYPES.includes(type) || type === 'date' || type === 'datetime';

export const isListType = (type: CustomFieldType): boolean =>
  SELECT_FIELD_TYPES.includes(type) || type === 'user';

/** `lo..hi`, `lo..`, `..hi` or an exact `v` (both ends); null for `empty` / `!empty`. */
export function parseRange(value: string | undefined): FilterRange | null {
  if (!value || value === HAS_VALUE || value === NO_VALUE) return null;
  const [from, to] = value.includes('..') ? value.split('..', 2) : [value, value];
  return { from: from || undefined, to: to || undefined };
}

/** The filter value of a range; undefined when both ends are open (no filter). */
export function formatRange({ from, to }: FilterRange): string | undefined {
  if (!from && !to) return undefined;
  if (from && from === to) return from;
  return `${from ?? ''}..${to ?? ''}`;
}

/** The keys of a select or user filter. */
export function parseList(value: string | undefined): string[] {
  if (!value || value === HAS_VALUE || value === NO_VALUE) return [];
  return value.split(',').filter((item) => item !== '');
}

export function formatList(keys: readonly string[]): string | undefined {
  return keys.length > 0 ? keys.join(',') : undefined;
}

/** The filters with one field's changed (undefined removes it). */
export function withFilter(
  filters: CustomFieldFilters | undefined,
  key: string,
  value: string | undefined,
): CustomFieldFilters | undefined {
  const next = { ...(filters ?? {}) };
  if (value === undefined || value.trim() === '') delete next[key];
  else next[key] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}

/** The fields a list may filter on. */
export const filterableFields = (definitions: readonly CustomFieldDefinition[]) =>
  definitions.filter((definition) => definition.filterable);

import {
  type CustomFieldDefinition,
  type CustomFieldRules,
  type CustomFieldType,
  NUMERIC_FIELD_TYPES,
} from './custom-field-definition';
import { isCalendarDate, normalizeCustomFieldValue } from './custom-field-values';

/**
 * Filters and sorts of a list by its custom fields, as query parameters:
 * `cf.<key>=<value>` and `sort=cf.<key>` / `sort=-cf.<key>`. This file reads them into
 * conditions and checks them against the definitions the caller may use; the API turns
 * the conditions into SQL (one expression per type, which its indexes are built on).
 *
 * - text, long_text, url, email, phone: the value, normalised as a stored one would be,
 *   matched without regard to case
 * - single_select, user: `a,b` — any of these option keys / user ids
 * - multi_select: `a,b` — holds any of these option keys
 * - boolean: `true` or `false`
 * - number, currency, percent, date, datetime: `v` exactly, or `lo..hi`, `lo..`, `..hi`
 *   (bounds inclusive); a datetime bound may be a date (the whole day)
 * - every type: `empty` (no value) or `!empty` (a value)
 */

/** The query parameters' prefix: `cf.store_count=10..`. */
export const CUSTOM_FIELD_PARAMETER_PREFIX = 'cf.';

/** A key as it may appear in SQL once it has also matched a live definition. */
export const CUSTOM_FIELD_SQL_KEY = /^[a-z][a-z0-9_]*$/;

/** The types matched as text without regard to case. */
export const TEXT_LIKE_FIELD_TYPES: readonly CustomFieldType[] = [
  'text',
  'long_text',
  'url',
  'email',
  'phone',
];

/** The types filtered by a value or an inclusive range. */
export const RANGE_FIELD_TYPES: readonly CustomFieldType[] = [
  'number',
  'currency',
  'percent',
  'date',
  'datetime',
];

/** The longest value of one `cf.` parameter, and the most items of a list. */
export const CUSTOM_FIELD_FILTER_MAX_LENGTH = 1_000;
export const CUSTOM_FIELD_FILTER_MAX_ITEMS = 100;

/** What a filter needs of a definition: the fields the caller may use. */
export type QueryableCustomField = Pick<
  CustomFieldDefinition,
  'key' | 'type' | 'options' | 'filterable' | 'sortable'
>;

interface ConditionOf {
  key: string;
  type: CustomFieldType;
}

/**
 * One custom field condition. Values are in the stored form (see CUSTOM_FIELD_TYPES):
 * numbers as decimal strings, dates `YYYY-MM-DD`, date-times ISO 8601 UTC with ms.
 */
export type CustomFieldCondition =
  | (ConditionOf & { op: 'empty' | 'present' })
  /** Text-like types (compared lower case), and boolean (`true` / `false`). */
  | (ConditionOf & { op: 'equals'; value: string })
  /** single_select and user: the value is one of these. */
  | (ConditionOf & { op: 'in'; values: string[] })
  /** multi_select: the list holds at least one of these. */
  | (ConditionOf & { op: 'has-any'; values: string[] })
  /** Numeric, date and date-time types: from ≤ value ≤ to, an end null when open. */
  | (ConditionOf & { op: 'between'; from: string | null; to: string | null });

export interface CustomFieldSort {
  key: string;
  type: CustomFieldType;
  descending: boolean;
}

export interface CustomFieldQueryProblem {
  /** The query parameter, `cf.<key>` or `sort`. */
  parameter: string;
  message: string;
}

export interface ParsedCustomFieldFilters {
  conditions: CustomFieldCondition[];
  problems: CustomFieldQueryProblem[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DECIMAL = /^-?\d{1,30}(?:\.\d{1,30})?$/;
const SORT = /^(-?)cf\.(.+)$/;

/** Whether a `sort` value names a custom field (`cf.<key>` or `-cf.<key>`). */
export function isCustomFieldSort(sort: string | undefined): boolean {
  return sort !== undefined && SORT.test(sort);
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const accept = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = <T>(message: string): Parsed<T> => ({ ok: false, message });

function list(raw: string): Parsed<string[]> {
  const items = raw.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) return refuse('must be a comma-separated list');
  if (items.length > CUSTOM_FIELD_FILTER_MAX_ITEMS)
    return refuse(`must list at most ${CUSTOM_FIELD_FILTER_MAX_ITEMS} values`);
  return accept([...new Set(items)]);
}

/** One end of a range in the stored form; `end` says which, for a date given to a datetime. */
function bound(type: CustomFieldType, raw: string, end: 'from' | 'to' | 'exact'): Parsed<string> {
  if (NUMERIC_FIELD_TYPES.includes(type))
    return DECIMAL.test(raw) ? accept(raw) : refuse('must be a number or a range lo..hi');
  if (type === 'date')
    return isCalendarDate(raw)
      ? accept(raw)
      : refuse('must be a date (YYYY-MM-DD) or a range lo..hi');
  // datetime: a date stands for the start or the end of its day (UTC).
  if (isCalendarDate(raw))
    return accept(end === 'to' ? `${raw}T23:59:59.999Z` : `${raw}T00:00:00.000Z`);
  const normalized = normalizeCustomFieldValue(loose('', 'datetime'), raw);
  return normalized.ok && typeof normalized.value === 'string'
    ? accept(normalized.value)
    : refuse('must be an ISO 8601 date-time, a date, or a range lo..hi');
}

/** The rules of a filter value: the type's form, whatever the field's range or requirement. */
function loose(key: string, type: CustomFieldType): CustomFieldRules {
  return { key, type, required: false, options: [], min: null, max: null, defaultValue: null };
}

function range(
  type: CustomFieldType,
  raw: string,
): Parsed<{ from: string | null; to: string | null }> {
  const parts = raw.split('..');
  if (parts.length > 2) return refuse('must be a value or a range lo..hi');
  if (parts.length === 1) {
    // A date given for a datetime field is the whole day.
    if (type === 'datetime' && isCalendarDate(raw)) {
      return accept({ from: `${raw}T00:00:00.000Z`, to: `${raw}T23:59:59.999Z` });
    }
    const exact = bound(type, raw, 'exact');
    return exact.ok ? accept({ from: exact.value, to: exact.value }) : exact;
  }
  const [low, high] = parts.map((part) => part.trim());
  if (low === '' && high === '') return refuse('must give at least one end of the range');
  const from = low === '' ? accept(null) : bound(type, low, 'from');
  if (!from.ok) return from;
  const to = high === '' ? accept(null) : bound(type, high, 'to');
  if (!to.ok) return to;
  return accept({ from: from.value, to: to.value });
}

function condition(field: QueryableCustomField, raw: string): Parsed<CustomFieldCondition> {
  const { key, type } = field;
  const text = raw.trim();
  if (text === '') return refuse('must not be empty (use empty or !empty)');
  if (text.length > CUSTOM_FIELD_FILTER_MAX_LENGTH)
    return refuse(`must be shorter than or equal to ${CUSTOM_FIELD_FILTER_MAX_LENGTH} characters`);
  if (text === 'empty') return accept({ key, type, op: 'empty' });
  if (text === '!empty') return accept({ key, type, op: 'present' });
  if (TEXT_LIKE_FIELD_TYPES.includes(type)) {
    const normalized = normalizeCustomFieldValue(loose(key, type), text);
    if (!normalized.ok) return refuse(normalized.message);
    return accept({ key, type, op: 'equals', value: String(normalized.value) });
  }
  if (RANGE_FIELD_TYPES.includes(type)) {
    const parsed = range(type, text);
    return parsed.ok ? accept({ key, type, op: 'between', ...parsed.value }) : parsed;
  }
  if (type === 'boolean')
    return text === 'true' || text === 'false'
      ? accept({ key, type, op: 'equals', value: text })
      : refuse('must be true, false, empty or !empty');
  if (type === 'user') {
    const ids = list(text);
    if (!ids.ok) return ids;
    const values = [...new Set(ids.value.map((id) => id.toLowerCase()))];
    return values.every((id) => UUID.test(id))
      ? accept({ key, type, op: 'in', values })
      : refuse('must be user ids (UUIDs), comma-separated');
  }
  // single_select, multi_select: option keys (deactivated ones too: records keep them).
  const keys = list(text);
  if (!keys.ok) return keys;
  const unknown = keys.value.filter(
    (option) => !field.options.some((candidate) => candidate.key === option),
  );
  if (unknown.length > 0)
    return refuse(`has no option ${unknown.map((option) => `"${option}"`).join(', ')}`);
  const op = type === 'multi_select' ? 'has-any' : 'in';
  return accept({ key, type, op, values: keys.value });
}

/**
 * The conditions of the `cf.<key>` parameters (`params` by key, without the prefix),
 * checked against `fields`: the live definitions the caller sees. A key that is not one
 * of them, or whose field is not filterable, is refused the same way, so a field hidden
 * from the caller does not show that it exists.
 */
export function parseCustomFieldFilters(
  params: Readonly<Record<string, unknown>>,
  fields: readonly QueryableCustomField[],
): ParsedCustomFieldFilters {
  const result: ParsedCustomFieldFilters = { conditions: [], problems: [] };
  for (const [key, raw] of Object.entries(params)) {
    const parameter = `${CUSTOM_FIELD_PARAMETER_PREFIX}${key}`;
    const field = fields.find((candidate) => candidate.key === key);
    if (!CUSTOM_FIELD_SQL_KEY.test(key) || !field || !field.filterable) {
      result.problems.push({ parameter, message: `${parameter} is not a filterable custom field` });
      continue;
    }
    if (typeof raw !== 'string') {
      result.problems.push({ parameter, message: `${parameter} must be given once, as text` });
      continue;
    }
    const parsed = condition(field, raw);
    if (parsed.ok) result.conditions.push(parsed.value);
    else result.problems.push({ parameter, message: `${parameter} ${parsed.message}` });
  }
  return result;
}

/**
 * The custom field a `sort` of `cf.<key>` / `-cf.<key>` orders by, checked against the
 * live definitions the caller sees (unknown, hidden and not sortable alike are refused);
 * null when the sort is not by a custom field.
 */
export function parseCustomFieldSort(
  sort: string | undefined,
  fields: readonly QueryableCustomField[],
): { ok: true; sort: CustomFieldSort | null } | { ok: false; problem: CustomFieldQueryProblem } {
  const match = sort === undefined ? null : SORT.exec(sort);
  if (!match) return { ok: true, sort: null };
  const key = match[2];
  const field = fields.find((candidate) => candidate.key === key);
  if (!CUSTOM_FIELD_SQL_KEY.test(key) || !field || !field.sortable)
    return {
      ok: false,
      problem: { parameter: 'sort', message: `sort cf.${key} is not a sortable custom field` },
    };
  return { ok: true, sort: { key, type: field.type, descending: match[1] === '-' } };
}

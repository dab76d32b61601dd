import { ApiPropertyOptional } from '@nestjs/swagger';
import { CUSTOM_FIELD_PARAMETER_PREFIX } from '@kehu/domain';
import { IsObject, IsOptional, Matches, MaxLength, ValidateBy } from 'class-validator';
import { stackedDecorators } from '../common/http/stacked-decorators';

/** The list query property the `cf.<key>` parameters are collected into. */
export const CUSTOM_FIELD_PARAMS_PROPERTY = 'cf';

/** A sort by a custom field, as OpenAPI states it. */
const CUSTOM_FIELD_SORT_PATTERN = '^-?cf\\.[a-z][a-z0-9_]*$';

/** Of a list query's parameters, the most `cf.<key>` ones a request may give. */
const MAX_CUSTOM_FIELD_PARAMS = 20;

/**
 * A query string's `cf.<key>` parameters gathered into one `cf` object (`{ key: value }`),
 * so a list query DTO declares the family as one property (see CustomFieldParams); the
 * validation pipe calls this on every query before checking it against its DTO. Other
 * parameters are left as they are; a query without such parameters is returned unchanged.
 */
export function collectCustomFieldParams(query: unknown): unknown {
  if (query === null || typeof query !== 'object' || Array.isArray(query)) return query;
  const entries = Object.entries(query as Record<string, unknown>);
  if (!entries.some(([name]) => name.startsWith(CUSTOM_FIELD_PARAMETER_PREFIX))) return query;
  const rest: Record<string, unknown> = {};
  const family: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (name.startsWith(CUSTOM_FIELD_PARAMETER_PREFIX))
      family[name.slice(CUSTOM_FIELD_PARAMETER_PREFIX.length)] = value;
    else rest[name] = value;
  }
  return { ...rest, [CUSTOM_FIELD_PARAMS_PROPERTY]: family };
}

/**
 * The `cf` property of a list query: its `cf.<key>` filters, by key. Which keys and values
 * are allowed depends on the definitions the caller sees, so the service checks them
 * (parseCustomFieldFilters); here only their number. Documented as the one free-form
 * `cf.<key>` parameter.
 */
export function CustomFieldParams(records: string) {
  return stackedDecorators(
    ApiPropertyOptional({
      name: 'cf.<key>',
      type: String,
      description:
        `Filters ${records} by a custom field flagged filterable that the caller sees: one parameter per field, \`cf.<key>=<value>\` (fields combine with AND). ` +
        'By type: text, long_text, url, email, phone — the value, matched without regard to case (e-mail and phone normalised as stored); ' +
        'single_select — `a,b`: any of these option keys; multi_select — `a,b`: holds any of them; boolean — `true` or `false`; user — user ids, comma-separated; ' +
        'number, currency, percent, date, datetime — a value, or a range `lo..hi`, `lo..` or `..hi` (bounds inclusive; a date bound of a datetime field is the whole day). ' +
        'Every type: `empty` (no value) or `!empty` (a value). A key that is unknown, hidden from the caller or not filterable, or a value that does not fit the type, answers 400 naming the parameter.',
      example: '10..50',
    }),
    IsOptional(),
    IsObject({ message: 'cf.<key> parameters must each name a custom field' }),
    MaxKeys(MAX_CUSTOM_FIELD_PARAMS),
  );
}

/**
 * A saved filter's custom field conditions (a dynamic segment's): `{ "<key>": "<value>" }`,
 * each value as the `cf.<key>` parameter of the list takes it.
 */
export function CustomFieldFilterObject(records: string) {
  return stackedDecorators(
    ApiPropertyOptional({
      type: 'object',
      additionalProperties: { type: 'string' },
      description: `Filters ${records} by custom fields: by key, each value as the list's \`cf.<key>\` parameter takes it (see GET /${records}).`,
      example: { store_count: '10..50', region_code: 'north,south' },
    }),
    IsOptional(),
    IsObject(),
    MaxKeys(MAX_CUSTOM_FIELD_PARAMS),
  );
}

/** At most `max` keys in an object. */
function MaxKeys(max: number): PropertyDecorator {
  return ValidateBy({
    name: 'maxKeys',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' && value !== null && Object.keys(value).length <= max,
      defaultMessage: () => `at most ${max} cf.<key> parameters may be given`,
    },
  });
}

/**
 * A list's `sort`: one of `sorts`, or `cf.<key>` /
 * `-cf.<key>` for a custom field flagged sortable that the caller sees (checked by the
 * service against the definitions).
 */
export function OptionalListSort(sorts: readonly string[], defaultSort: string) {
  return stackedDecorators(
    ApiPropertyOptional({
      oneOf: [
        { type: 'string', enum: [...sorts] },
        { type: 'string', pattern: CUSTOM_FIELD_SORT_PATTERN, example: 'cf.store_count' },
      ],
      default: defaultSort,
      description:
        'A field to sort by, `-` first for descending; or `cf.<key>` / `-cf.<key>` for a custom field flagged sortable that the caller sees (rows without a value come last either way; the id breaks ties).',
    }),
    IsOptional(),
    MaxLength(70),
    Matches(
      new RegExp(`^(?:${sorts.map(escape).join('|')}|${CUSTOM_FIELD_SORT_PATTERN.slice(1, -1)})$`),
      {
        message: `sort must be one of ${sorts.join(', ')}, or cf.<key> / -cf.<key>`,
      },
    ),
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

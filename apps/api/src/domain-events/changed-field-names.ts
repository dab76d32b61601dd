import type { FieldChanges } from '@kehu/domain';

/** The field whose value is an object of custom field values by key. */
const CUSTOM_FIELDS = 'customFields';

const asValues = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * The field names a domain event lists for an audited change: each changed field, and
 * for custom field values also each custom field that changed (`customFields.<key>`),
 * so subscribers (webhooks) learn which of them did. Names only, as for every field.
 */
export function changedFieldNames(changes: FieldChanges): string[] {
  return Object.entries(changes).flatMap(([field, change]) => {
    if (field !== CUSTOM_FIELDS) return [field];
    const from = asValues(change.from);
    const to = asValues(change.to);
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
    return [
      field,
      ...keys
        .filter((key) => JSON.stringify(from[key]) !== JSON.stringify(to[key]))
        .map((key) => `${CUSTOM_FIELDS}.${key}`),
    ];
  });
}

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** Values that must never reach the audit log in clear. */
export const REDACTED = '[redacted]';

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return JSON.stringify((value as unknown[]).map(comparable));
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}

function loggable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

/**
 * The fields whose values differ between two versions of a record, with old and new
 * values; secret fields show only that they changed.
 */
export function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[],
  secretFields: readonly string[] = [],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    if (comparable(before[field]) === comparable(after[field])) continue;
    changes[field] = secretFields.includes(field)
      ? { from: REDACTED, to: REDACTED }
      : { from: loggable(before[field]), to: loggable(after[field]) };
  }
  return changes;
}

import { CUSTOM_FIELD_KEY_PATTERN, isCustomFieldKey } from './custom-field-definition';
import { CUSTOM_FIELD_PARAMETER_PREFIX } from './custom-field-filters';

/**
 * Where a request names record fields — an import's column mapping, a merge's choices, a
 * web form's mapping — it names a custom field `cf.<key>`, as the list parameters do.
 * The pattern (unanchored) is for request schemas.
 */
export const CUSTOM_FIELD_REFERENCE_PATTERN = `cf\\.${CUSTOM_FIELD_KEY_PATTERN.source.slice(1, -1)}`;

/** The key a `cf.<key>` name gives, or null for any other name. */
export function customFieldKeyOfReference(name: unknown): string | null {
  if (typeof name !== 'string' || !name.startsWith(CUSTOM_FIELD_PARAMETER_PREFIX)) return null;
  const key = name.slice(CUSTOM_FIELD_PARAMETER_PREFIX.length);
  return isCustomFieldKey(key) ? key : null;
}

import type { CustomFieldValue } from '@kehu/domain';
import {
  CUSTOM_FIELDS_FORM_NAME,
  type CustomFieldDefinition,
  type CustomFieldFormValues,
  type CustomFieldValues,
} from './custom-field-types';

/** Texts in both console languages: the one the user reads. */
export function localized(text: { zh: string; en: string }, language: string): string {
  const chinese = language.toLowerCase().startsWith('zh');
  return (chinese ? text.zh : text.en) || text.zh || text.en;
}

/** Whether a customer field is for this kind of customer (other records: always). */
export function appliesToKind(
  definition: Pick<CustomFieldDefinition, 'appliesTo'>,
  kind: 'company' | 'person' | undefined,
): boolean {
  return kind === undefined || definition.appliesTo === 'both' || definition.appliesTo === kind;
}

/** An input's value as the API takes it: empty text, no choice and no date are null. */
export function toApiValue(
  definition: Pick<CustomFieldDefinition, 'type'>,
  value: unknown,
): CustomFieldValue | null {
  if (value === undefined || value === null) return null;
  if (definition.type === 'boolean') return typeof value === 'boolean' ? value : null;
  if (definition.type === 'multi_select') {
    const keys = Array.isArray(value) ? value.filter((key) => typeof key === 'string') : [];
    return keys.length === 0 ? null : keys;
  }
  const text =
    typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  if (text === '') return null;
  if (definition.type === 'number' || definition.type === 'percent') {
    const amount = Number(text);
    return Number.isFinite(amount) ? amount : null;
  }
  return text;
}

/** A stored value as its input holds it (stored values already have the inputs' forms). */
export function toFormValue(
  definition: Pick<CustomFieldDefinition, 'type'>,
  value: CustomFieldValue | null | undefined,
): CustomFieldValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (definition.type === 'currency') return String(value);
  return value;
}

/** The form values of a record's custom fields (a new record: the defaults). */
export function toCustomFieldFormValues(
  definitions: readonly CustomFieldDefinition[],
  stored: CustomFieldValues | null | undefined,
): CustomFieldFormValues {
  const values: CustomFieldFormValues = {};
  for (const definition of definitions) {
    const value = stored ? stored[definition.key] : definition.defaultValue;
    values[definition.key] = toFormValue(definition, value);
  }
  return values;
}

/** Amounts compare by value: "12" and "12.00" are the same. */
function sameValue(
  definition: Pick<CustomFieldDefinition, 'type'>,
  a: CustomFieldValue | null,
  b: CustomFieldValue | null,
): boolean {
  if (a === null || b === null) return a === b;
  if (definition.type === 'currency') return Number(a) === Number(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The `customFields` of a create request: every filled input the user may write. Fields
 * left empty are left out, so the API fills in their defaults.
 */
export function customFieldsForCreate(
  definitions: readonly CustomFieldDefinition[],
  editable: (definition: CustomFieldDefinition) => boolean,
  values: CustomFieldFormValues | undefined,
): CustomFieldValues | undefined {
  const request: CustomFieldValues = {};
  for (const definition of definitions) {
    if (!editable(definition)) continue;
    const value = toApiValue(definition, values?.[definition.key]);
    if (value !== null) request[definition.key] = value;
  }
  return Object.keys(request).length > 0 ? request : undefined;
}

/**
 * The `customFields` of an update: only the values the user changed (null clears one),
 * so a save touches nothing else; undefined when nothing changed.
 */
export function customFieldChanges(
  definitions: readonly CustomFieldDefinition[],
  editable: (definition: CustomFieldDefinition) => boolean,
  stored: CustomFieldValues | null | undefined,
  values: CustomFieldFormValues | undefined,
): Record<string, CustomFieldValue | null> | undefined {
  const changes: Record<string, CustomFieldValue | null> = {};
  for (const definition of definitions) {
    if (!editable(definition) || !values || !(definition.key in values)) continue;
    const before = stored?.[definition.key] ?? null;
    const after = toApiValue(definition, values[definition.key]);
    if (!sameValue(definition, before, after)) changes[definition.key] = after;
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/**
 * The form path of a server field error: `customFields.store_count` is the input of that
 * field; anything else is not a custom field's.
 */
export function customFieldErrorPath(field: string): [string, string] | null {
  const prefix = `${CUSTOM_FIELDS_FORM_NAME}.`;
  if (!field.startsWith(prefix)) return null;
  const key = field.slice(prefix.length).split(/[.[]/)[0] ?? '';
  return key === '' ? null : [CUSTOM_FIELDS_FORM_NAME, key];
}

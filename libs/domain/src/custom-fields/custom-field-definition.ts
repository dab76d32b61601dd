import type { Role } from '../authz/roles';

/**
 * The record types admins may add custom fields to. A module whose records people
 * would extend adds its record type here (one entry), and gets custom fields on them
 * through the same definitions, validation and API.
 */
export const CUSTOM_FIELD_RECORD_TYPES = ['customer', 'contact', 'lead'] as const;

export type CustomFieldRecordType = (typeof CUSTOM_FIELD_RECORD_TYPES)[number];

export function isCustomFieldRecordType(value: string): value is CustomFieldRecordType {
  return (CUSTOM_FIELD_RECORD_TYPES as readonly string[]).includes(value);
}

/** Which customers a customer field is for; other record types have only `both`. */
export const CUSTOM_FIELD_APPLIES_TO = ['company', 'person', 'both'] as const;
export type CustomFieldAppliesTo = (typeof CUSTOM_FIELD_APPLIES_TO)[number];

/**
 * The kinds of value a custom field holds, and how each is written in JSON (the API's
 * `customFields` object, the jsonb column, exports):
 * - `text`, `long_text`: a string (trimmed; up to 500 and 10,000 characters)
 * - `number`, `percent`: a finite JSON number (`percent` in percent: 12.5 is 12.5 %)
 * - `currency`: a decimal string with two decimals (`"500000.00"`), as the customer's
 *   financial amounts (numeric(18,2)) are sent
 * - `date`: `YYYY-MM-DD`; `datetime`: ISO 8601 in UTC with milliseconds
 * - `boolean`: true or false
 * - `single_select`: an option key; `multi_select`: an array of option keys, in the
 *   options' order
 * - `user`: a user id (UUID, lower case)
 * - `url`: an http(s) address; `email`: the address, lower case; `phone`: E.164
 *   (`+8613800138000`)
 */
export const CUSTOM_FIELD_TYPES = [
  'text',
  'long_text',
  'number',
  'currency',
  'percent',
  'date',
  'datetime',
  'boolean',
  'single_select',
  'multi_select',
  'user',
  'url',
  'email',
  'phone',
] as const;

export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export function isCustomFieldType(value: string): value is CustomFieldType {
  return (CUSTOM_FIELD_TYPES as readonly string[]).includes(value);
}

/** The types whose values are picked from the definition's options. */
export const SELECT_FIELD_TYPES: readonly CustomFieldType[] = ['single_select', 'multi_select'];
/** The types a minimum and maximum apply to. */
export const NUMERIC_FIELD_TYPES: readonly CustomFieldType[] = ['number', 'currency', 'percent'];

/** A key: lower-case snake case, starting with a letter; stable once created. */
export const CUSTOM_FIELD_KEY_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
export const CUSTOM_FIELD_KEY_MAX_LENGTH = 60;

export function isCustomFieldKey(value: string): boolean {
  return value.length <= CUSTOM_FIELD_KEY_MAX_LENGTH && CUSTOM_FIELD_KEY_PATTERN.test(value);
}

export interface LocalizedText {
  zh: string;
  en: string;
}

/** A choice of a select field. Its key is stable; a deactivated option keeps its values. */
export interface CustomFieldOption {
  key: string;
  label: LocalizedText;
  active: boolean;
}

/** A custom field's value as JSON holds it (see {@link CUSTOM_FIELD_TYPES}). */
export type CustomFieldValue = string | number | boolean | string[];

/** What the value rules need to know of a definition. */
export interface CustomFieldRules {
  key: string;
  type: CustomFieldType;
  required: boolean;
  /** For select types; empty otherwise. */
  options: readonly CustomFieldOption[];
  /** For numeric types; null when open. */
  min: number | null;
  max: number | null;
  /** Filled in on create when the field is not given. */
  defaultValue: CustomFieldValue | null;
}

/** A custom field definition as admins manage it. */
export interface CustomFieldDefinition extends CustomFieldRules {
  recordType: CustomFieldRecordType;
  appliesTo: CustomFieldAppliesTo;
  label: LocalizedText;
  helpText: LocalizedText | null;
  /** Roles that do not see the field (admins always do). */
  hiddenFromRoles: readonly Role[];
  /** Roles that see the field but may not change it. */
  readOnlyForRoles: readonly Role[];
  filterable: boolean;
  sortable: boolean;
  position: number;
}

/**
 * Whether a caller holding these roles sees the field: admins always, others unless
 * every role they hold is one the field is hidden from.
 */
export function customFieldVisibleTo(
  definition: Pick<CustomFieldDefinition, 'hiddenFromRoles'>,
  roles: readonly Role[],
): boolean {
  return roles.some((role) => role === 'admin' || !definition.hiddenFromRoles.includes(role));
}

/** Whether a caller holding these roles may change the field's value (where they may see it). */
export function customFieldEditableBy(
  definition: Pick<CustomFieldDefinition, 'hiddenFromRoles' | 'readOnlyForRoles'>,
  roles: readonly Role[],
): boolean {
  return roles.some(
    (role) =>
      role === 'admin' ||
      (!definition.hiddenFromRoles.includes(role) && !definition.readOnlyForRoles.includes(role)),
  );
}

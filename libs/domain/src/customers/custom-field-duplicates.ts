import type { CustomFieldType } from '../custom-fields/custom-field-definition';
import { DUPLICATE_MODES, type DuplicateMode } from './duplicate-rules';
import { foldToLowerCase } from './to-half-width';

/**
 * The custom field types a duplicate rule may compare: single values compared exactly.
 * Long text, multi-select and boolean values say nothing about who a customer is.
 */
export const CUSTOM_FIELD_DUPLICATE_TYPES: readonly CustomFieldType[] = [
  'text',
  'number',
  'currency',
  'percent',
  'date',
  'datetime',
  'single_select',
  'user',
  'url',
  'email',
  'phone',
];

/** A duplicate rule on a customer custom field, by the field's key (exact match only). */
export type CustomFieldDuplicateRule = {
  key: string;
  mode: DuplicateMode;
};

/** A custom field duplicate rule as an administrator submits it. */
export type CustomFieldDuplicateRuleInput = {
  readonly key: string;
  readonly mode: string;
};

const WHITESPACE_RUN = /\s+/g;

/**
 * The comparison key of a stored custom field value: what two customers must share to
 * be duplicates on that field. Stored values are already normalized by their type (a
 * phone in E.164, an email in lower case); on top of that text is folded to half-width
 * lower case with its whitespace collapsed, so `ＡＢ-12` and `ab-12` are one key. Null
 * for no value and for values that are not compared (lists, booleans).
 */
export function customFieldDuplicateKey(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== 'string') return null;
  const key = foldToLowerCase(value.trim()).replace(WHITESPACE_RUN, ' ');
  return key === '' ? null : key;
}

/** The comparison keys of a record's custom field values, by field key (those with one). */
export function customFieldDuplicateKeys(
  values: Readonly<Record<string, unknown>> | null | undefined,
): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const [field, value] of Object.entries(values ?? {})) {
    const key = customFieldDuplicateKey(value);
    if (key !== null) keys[field] = key;
  }
  return keys;
}

/**
 * What is wrong with a set of custom field duplicate rules, one message per problem:
 * each must name a live customer field (of `fields`) of a type that can be compared,
 * once, with a known mode.
 */
export function validateCustomFieldDuplicateRules(
  rules: readonly CustomFieldDuplicateRuleInput[],
  fields: ReadonlyArray<{ key: string; type: CustomFieldType }>,
): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    const at = `custom field rule ${index + 1}`;
    if (!(DUPLICATE_MODES as readonly string[]).includes(rule.mode))
      errors.push(`${at}: unknown mode "${rule.mode}"`);
    const field = fields.find((candidate) => candidate.key === rule.key);
    if (!field) {
      errors.push(`${at}: there is no customer custom field "${rule.key}"`);
      return;
    }
    if (!CUSTOM_FIELD_DUPLICATE_TYPES.includes(field.type))
      errors.push(`${at}: a ${field.type} field cannot have a duplicate rule`);
    if (seen.has(rule.key)) errors.push(`${at}: field "${rule.key}" already has a rule`);
    seen.add(rule.key);
  });
  return errors;
}

/** Which custom field rules a draft and a candidate match on, or null when none. */
export function matchCustomFieldDuplicates(
  draft: Readonly<Record<string, string>> | undefined,
  candidate: Readonly<Record<string, string>> | undefined,
  rules: readonly CustomFieldDuplicateRule[],
): { matchedOn: string[]; blocking: boolean } | null {
  const matchedOn: string[] = [];
  let blocking = false;
  for (const rule of rules) {
    if (rule.mode === 'off') continue;
    const key = draft?.[rule.key];
    if (key === undefined || key !== candidate?.[rule.key]) continue;
    matchedOn.push(rule.key);
    blocking ||= rule.mode === 'block';
  }
  return matchedOn.length === 0 ? null : { matchedOn, blocking };
}

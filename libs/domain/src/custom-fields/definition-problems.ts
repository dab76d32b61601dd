import {
  type CustomFieldDefinition,
  isCustomFieldKey,
  NUMERIC_FIELD_TYPES,
  SELECT_FIELD_TYPES,
} from './custom-field-definition';
import { normalizeCustomFieldValue } from './custom-field-values';

export interface DefinitionProblem {
  field: string;
  message: string;
}

type CheckedDefinition = Pick<
  CustomFieldDefinition,
  'key' | 'type' | 'required' | 'options' | 'min' | 'max' | 'defaultValue' | 'recordType'
> &
  Partial<Pick<CustomFieldDefinition, 'appliesTo' | 'hiddenFromRoles' | 'readOnlyForRoles'>>;

/**
 * What is wrong with a definition as a whole (its fields one by one are the request's
 * concern): options only and always on select fields, unique option keys, a range only
 * on numbers and not upside down, a default that is a valid value, company / person
 * only on customer fields, admins never hidden.
 */
export function customFieldDefinitionProblems(definition: CheckedDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (field: string, message: string) =>
    problems.push({ field, message: `${field} ${message}` });
  const select = SELECT_FIELD_TYPES.includes(definition.type);
  if (!isCustomFieldKey(definition.key))
    add('key', 'must be lower-case snake case (a-z, 0-9, _), starting with a letter');
  if (select && definition.options.length === 0) add('options', 'must contain at least 1 elements');
  if (!select && definition.options.length > 0) add('options', 'apply to select fields only');
  const optionKeys = definition.options.map((option) => option.key);
  if (new Set(optionKeys).size !== optionKeys.length) add('options', 'must have unique keys');
  if (optionKeys.some((key) => !isCustomFieldKey(key)))
    add('options', 'keys must be lower-case snake case (a-z, 0-9, _), starting with a letter');
  const numeric = NUMERIC_FIELD_TYPES.includes(definition.type);
  if (!numeric && (definition.min !== null || definition.max !== null))
    add('min', 'and max apply to number, currency and percent fields only');
  if (definition.min !== null && definition.max !== null && definition.min > definition.max)
    add('min', `must not be greater than ${definition.max}`);
  if (definition.defaultValue !== null) {
    const normalized = normalizeCustomFieldValue(definition, definition.defaultValue);
    if (!normalized.ok) add('defaultValue', normalized.message);
  }
  if (definition.recordType !== 'customer' && (definition.appliesTo ?? 'both') !== 'both')
    add('appliesTo', 'must be both for a field of a record other than a customer');
  if (
    definition.hiddenFromRoles?.includes('admin') ||
    definition.readOnlyForRoles?.includes('admin')
  )
    add('hiddenFromRoles', 'must not name admin: admins see and edit every field');
  return problems;
}

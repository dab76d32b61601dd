import { CUSTOM_FIELD_PARAMETER_PREFIX, customFieldKeyOfReference } from '@kehu/domain';
import type { CustomFieldDefinition } from './custom-field-types';
import { localized } from './custom-field-values';

/** A choice of a select that names record fields: a value and its label. */
export interface FieldChoice {
  value: string;
  label: string;
}

/** A group of choices, as an antd Select takes it. */
export interface FieldChoiceGroup {
  label: string;
  title: string;
  options: FieldChoice[];
}

/**
 * Where a request names record fields (an import's column mapping, a web form's mapping),
 * the custom fields given as choices: `cf.<key>`, labelled in the user's language.
 */
export function customFieldChoices(
  definitions: ReadonlyArray<Pick<CustomFieldDefinition, 'key' | 'label'>>,
  language: string,
): FieldChoice[] {
  return definitions.map((definition) => ({
    value: `${CUSTOM_FIELD_PARAMETER_PREFIX}${definition.key}`,
    label: localized(definition.label, language),
  }));
}

/** The record's own choices, then the custom field choices under their group (when any). */
export function withCustomFieldGroup(
  builtIn: readonly FieldChoice[],
  custom: readonly FieldChoice[],
  groupLabel: string,
): Array<FieldChoice | FieldChoiceGroup> {
  if (custom.length === 0) return [...builtIn];
  return [...builtIn, { label: groupLabel, title: groupLabel, options: [...custom] }];
}

/**
 * The label of a field named in a mapping: a custom field choice's, else the record field's
 * (`builtInLabel`); a `cf.<key>` no choice has (a field deleted since) shows as it is.
 */
export function fieldChoiceLabel(
  field: string,
  custom: readonly FieldChoice[],
  builtInLabel: (field: string) => string,
): string {
  if (customFieldKeyOfReference(field) === null) return builtInLabel(field);
  return custom.find((choice) => choice.value === field)?.label ?? field;
}

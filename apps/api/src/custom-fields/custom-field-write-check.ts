import {
  type CustomFieldValue,
  customFieldEditableBy,
  customFieldVisibleTo,
  type Role,
  validateCustomFieldValues,
} from '@kehu/domain';
import type { FieldError } from '../common/errors/app-error';
import type { CustomFieldDefinitionEntity } from './entities/custom-field-definition.entity';

export interface CustomFieldWriteOptions {
  mode: 'create' | 'update';
  /** A customer's kind: only the fields for it (or for both kinds) apply. */
  kind?: 'company' | 'person';
  /** The record's stored values (update): kept where not given. */
  previous?: Readonly<Record<string, CustomFieldValue>>;
}

export interface CustomFieldWriteCheck {
  /** The record's values after the write: the previous ones with the given ones applied. */
  stored: Record<string, CustomFieldValue>;
  /** Visible fields the caller may not change, named `customFields.<key>` (a 403). */
  readOnly: string[];
  /** Unknown keys (hidden fields included) and wrong values (a 400). */
  errors: FieldError[];
}

/** The live fields that apply to a record: for a customer, those of its kind. */
export function fieldsForKind<Field extends Pick<CustomFieldDefinitionEntity, 'appliesTo'>>(
  live: readonly Field[],
  kind?: 'company' | 'person',
): Field[] {
  return live.filter(
    (field) => kind === undefined || field.appliesTo === 'both' || field.appliesTo === kind,
  );
}

/**
 * A write's custom field values checked for a caller through the domain's one
 * validation against the record type's live fields, without throwing: what the API
 * (CustomFieldsService.valuesToWrite) answers as a 403 or 400, and an import records as
 * a row's failure.
 */
export function checkCustomFieldWrite(
  live: readonly CustomFieldDefinitionEntity[],
  roles: readonly Role[],
  values: unknown,
  options: CustomFieldWriteOptions,
): CustomFieldWriteCheck {
  const applicable = fieldsForKind(live, options.kind);
  const visible = applicable.filter((field) => customFieldVisibleTo(field, roles));
  const editable = visible.filter((field) => customFieldEditableBy(field, roles));
  const readOnly =
    values !== null && typeof values === 'object' && !Array.isArray(values)
      ? Object.keys(values)
          .filter(
            (key) =>
              visible.some((field) => field.key === key) &&
              !editable.some((field) => field.key === key),
          )
          .map((key) => `customFields.${key}`)
      : [];
  const checked = validateCustomFieldValues(editable, values, {
    mode: options.mode,
    previous: options.previous,
  });
  const stored: Record<string, CustomFieldValue> = { ...(options.previous ?? {}) };
  for (const [key, value] of Object.entries(checked.values)) {
    if (value === null) delete stored[key];
    else stored[key] = value;
  }
  return {
    stored,
    readOnly,
    errors: checked.problems.map((problem) => ({
      field: problem.key === '' ? 'customFields' : `customFields.${problem.key}`,
      message: problem.message,
    })),
  };
}

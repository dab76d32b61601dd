import type { CustomFieldValue } from '@kehu/domain';
import type { ApiResponse } from '../api/api-shapes';

/** A custom field definition as GET /custom-fields answers it. */
export type CustomFieldDefinition = ApiResponse<'/api/v1/custom-fields/{id}', 'get'>;
export type CustomFieldRecordType = CustomFieldDefinition['recordType'];
export type CustomFieldType = CustomFieldDefinition['type'];
export type CustomFieldOptionItem = CustomFieldDefinition['options'][number];

/** A record's stored values by key, as its `customFields` object carries them. */
export type CustomFieldValues = Record<string, CustomFieldValue | null>;

/** The form's values by key: what the inputs hold (undefined or null when empty). */
export type CustomFieldFormValues = Record<string, CustomFieldValue | null | undefined>;

/** Where a form keeps the custom field inputs: `customFields.<key>`. */
export const CUSTOM_FIELDS_FORM_NAME = 'customFields';
export type CustomFieldAppliesTo = CustomFieldDefinition['appliesTo'];

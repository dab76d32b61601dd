import { customFieldKeyOfReference } from '@kehu/domain';
import { isOneOf } from '../../shared/enum-values';
import type {
  CreateWebFormRequest,
  UpdateWebFormRequest,
  WebFormResponse,
} from './lead-settings-types';

type FieldMapping = NonNullable<UpdateWebFormRequest['fieldMapping']>;
export type MappableLeadField = FieldMapping[string];

/** A form field → lead field (or lead custom field, `cf.<key>`) row of the mapping editor. */
export interface FieldMappingRow {
  formField: string;
  leadField?: MappableLeadField;
}

/** The web form editor as antd holds it. */
export interface WebFormValues {
  name: string;
  allowedOrigins: string[];
  fieldMapping: FieldMappingRow[];
  honeypotField?: string;
  campaign?: string;
  active: boolean;
}

export const WEB_FORM_FIELDS = [
  'name',
  'allowedOrigins',
  'fieldMapping',
  'honeypotField',
  'campaign',
  'active',
] as const satisfies readonly (keyof WebFormValues)[];

/** The lead fields a form field can fill. */
export const MAPPABLE_LEAD_FIELDS = [
  'name',
  'company',
  'title',
  'phone',
  'email',
  'region',
  'productInterest',
  'notes',
] as const satisfies readonly MappableLeadField[];

export function toWebFormValues(form: WebFormResponse | null): WebFormValues {
  if (!form) {
    return {
      name: '',
      allowedOrigins: [],
      fieldMapping: [
        { formField: 'name', leadField: 'name' },
        { formField: 'phone', leadField: 'phone' },
        { formField: 'email', leadField: 'email' },
      ],
      honeypotField: 'website',
      active: true,
    };
  }
  return {
    name: form.name,
    allowedOrigins: form.allowedOrigins,
    fieldMapping: Object.entries(form.fieldMapping).map(([formField, leadField]) => ({
      formField,
      leadField:
        isOneOf(MAPPABLE_LEAD_FIELDS, leadField) || customFieldKeyOfReference(leadField) !== null
          ? leadField
          : undefined,
    })),
    honeypotField: form.honeypotField,
    campaign: form.campaign ?? undefined,
    active: form.active,
  };
}

/** Origins as the API compares them: trimmed, without a trailing slash, each once. */
export function normalizeOrigins(origins: readonly string[]): string[] {
  const cleaned = origins.map((origin) => origin.trim().replace(/\/+$/, '')).filter(Boolean);
  return [...new Set(cleaned)];
}

/** The body of a create (and, whole, of an edit): the mapping rows as an object. */
export function toWebFormRequest(values: WebFormValues): CreateWebFormRequest {
  const fieldMapping: FieldMapping = {};
  for (const row of values.fieldMapping) {
    const formField = row.formField.trim();
    if (formField && row.leadField) fieldMapping[formField] = row.leadField;
  }
  const honeypotField = values.honeypotField?.trim();
  const campaign = values.campaign?.trim();
  return {
    name: values.name.trim(),
    allowedOrigins: normalizeOrigins(values.allowedOrigins),
    fieldMapping,
    ...(honeypotField ? { honeypotField } : {}),
    ...(campaign ? { campaign } : {}),
    active: values.active,
  };
}

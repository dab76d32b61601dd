import { NUMERIC_FIELD_TYPES, SELECT_FIELD_TYPES, type CustomFieldValue } from '@kehu/domain';
import type {
  CustomFieldAppliesTo,
  CustomFieldDefinition,
  CustomFieldRecordType,
  CustomFieldType,
} from '../../shared/custom-fields/custom-field-types';
import { toApiValue } from '../../shared/custom-fields/custom-field-values';
import type {
  CreateCustomFieldRequest,
  UpdateCustomFieldRequest,
} from './hooks/use-custom-field-mutations';

/** Roles a field can be hidden from or read-only for: everyone but admins. */
type RestrictableRole = CustomFieldDefinition['hiddenFromRoles'][number];

export interface OptionRow {
  key: string;
  labelZh: string;
  labelEn: string;
  active: boolean;
  /** Saved options keep their key and cannot be removed, only deactivated. */
  saved?: boolean;
}

/** The definition editor as antd holds it. */
export interface DefinitionFormValues {
  key: string;
  type: CustomFieldType;
  appliesTo: CustomFieldAppliesTo;
  labelZh: string;
  labelEn: string;
  helpZh?: string;
  helpEn?: string;
  required: boolean;
  defaultValue?: CustomFieldValue | null;
  options: OptionRow[];
  min?: number | null;
  max?: number | null;
  hiddenFromRoles: RestrictableRole[];
  readOnlyForRoles: RestrictableRole[];
  filterable: boolean;
  sortable: boolean;
  position?: number;
}

export const DEFINITION_FORM_FIELDS = [
  'key',
  'type',
  'appliesTo',
  'labelZh',
  'labelEn',
  'helpZh',
  'helpEn',
  'required',
  'defaultValue',
  'options',
  'min',
  'max',
  'hiddenFromRoles',
  'readOnlyForRoles',
  'filterable',
  'sortable',
  'position',
] as const satisfies readonly (keyof DefinitionFormValues)[];

/** Where the API names a request field differently from the form. */
export function formFieldOf(field: string): string {
  if (field.startsWith('label.')) return field === 'label.en' ? 'labelEn' : 'labelZh';
  if (field.startsWith('helpText.')) return field === 'helpText.en' ? 'helpEn' : 'helpZh';
  return field;
}

export const isSelectType = (type: CustomFieldType) => SELECT_FIELD_TYPES.includes(type);
export const isNumericType = (type: CustomFieldType) => NUMERIC_FIELD_TYPES.includes(type);

export type { CustomFieldAppliesTo };

export function toDefinitionFormValues(field: CustomFieldDefinition | null): DefinitionFormValues {
  if (!field) {
    return {
      key: '',
      type: 'text',
      appliesTo: 'both',
      labelZh: '',
      labelEn: '',
      required: false,
      defaultValue: null,
      options: [],
      min: null,
      max: null,
      hiddenFromRoles: [],
      readOnlyForRoles: [],
      filterable: false,
      sortable: false,
    };
  }
  return {
    key: field.key,
    type: field.type,
    appliesTo: field.appliesTo,
    labelZh: field.label.zh,
    labelEn: field.label.en,
    helpZh: field.helpText?.zh ?? '',
    helpEn: field.helpText?.en ?? '',
    required: field.required,
    defaultValue:
      field.type === 'currency' && field.defaultValue !== null
        ? String(field.defaultValue)
        : field.defaultValue,
    options: field.options.map((option) => ({
      key: option.key,
      labelZh: option.label.zh,
      labelEn: option.label.en,
      active: option.active !== false,
      saved: true,
    })),
    min: field.min,
    max: field.max,
    hiddenFromRoles: [...field.hiddenFromRoles],
    readOnlyForRoles: [...field.readOnlyForRoles],
    filterable: field.filterable,
    sortable: field.sortable,
    position: field.position,
  };
}

const trimmed = (text: string | undefined) => (text ?? '').trim();

/** The request fields of the form: options and a range only where the type has them. */
function definitionBody(values: DefinitionFormValues) {
  const helpZh = trimmed(values.helpZh);
  const helpEn = trimmed(values.helpEn);
  const select = isSelectType(values.type);
  const numeric = isNumericType(values.type);
  return {
    type: values.type,
    label: { zh: trimmed(values.labelZh), en: trimmed(values.labelEn) },
    helpText: helpZh || helpEn ? { zh: helpZh, en: helpEn } : null,
    required: values.required,
    defaultValue: toApiValue(values, values.defaultValue),
    options: select
      ? values.options.map((option) => ({
          key: trimmed(option.key),
          label: { zh: trimmed(option.labelZh), en: trimmed(option.labelEn) },
          active: option.active,
        }))
      : [],
    min: numeric ? (values.min ?? null) : null,
    max: numeric ? (values.max ?? null) : null,
    hiddenFromRoles: values.hiddenFromRoles,
    readOnlyForRoles: values.readOnlyForRoles,
    filterable: values.filterable,
    sortable: values.sortable,
  };
}

export function toCreateDefinitionRequest(
  recordType: CustomFieldRecordType,
  values: DefinitionFormValues,
): CreateCustomFieldRequest {
  const body = definitionBody(values);
  return {
    recordType,
    key: trimmed(values.key),
    ...(recordType === 'customer' ? { appliesTo: values.appliesTo } : {}),
    ...body,
    helpText: body.helpText ?? undefined,
    ...(values.position === undefined || values.position === null
      ? {}
      : { position: values.position }),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed, so a rename never touches the type (and its conversion check). */
export function toUpdateDefinitionRequest(
  field: CustomFieldDefinition,
  values: DefinitionFormValues,
): UpdateCustomFieldRequest {
  const next = definitionBody(values);
  const before = definitionBody(toDefinitionFormValues(field));
  const changes: UpdateCustomFieldRequest = {};
  for (const name of Object.keys(next) as Array<keyof typeof next>) {
    if (!same(next[name], before[name])) Object.assign(changes, { [name]: next[name] });
  }
  if (field.recordType === 'customer' && values.appliesTo !== field.appliesTo) {
    changes.appliesTo = values.appliesTo;
  }
  if (
    values.position !== undefined &&
    values.position !== null &&
    values.position !== field.position
  ) {
    changes.position = values.position;
  }
  return changes;
}

/** The record count of a refused type change (409), or null for another problem. */
export function offendingRecords(problem: {
  status: number;
  problem: Record<string, unknown>;
}): number | null {
  const count = problem.problem.offendingRecords;
  return problem.status === 409 && typeof count === 'number' ? count : null;
}

import {
  CUSTOM_FIELD_DUPLICATE_TYPES,
  fieldsForeignTo,
  normalizeCustomFieldValue,
  withOnePrimary,
} from '@kehu/domain';
import type {
  CustomFieldDefinition,
  CustomFieldFormValues,
  CustomFieldValues,
} from '../../shared/custom-fields/custom-field-types';
import { customFieldsForCreate } from '../../shared/custom-fields/custom-field-values';
import type {
  AddressType,
  CompanySize,
  CreateCustomerRequest,
  CustomerKind,
  CustomerResponse,
  CustomerRole,
  CustomerTier,
  DuplicateCheckRequest,
  EmailType,
  Gender,
  ImType,
  MaritalStatus,
  PhoneType,
  UpdateCustomerRequest,
} from './customer-types';

export interface PhoneRow {
  type: PhoneType;
  value?: string;
  primary?: boolean;
}

export interface EmailRow {
  type: EmailType;
  value?: string;
  primary?: boolean;
}

export interface AddressRow {
  type: AddressType;
  country?: string;
  province?: string;
  city?: string;
  district?: string;
  street?: string;
  postalCode?: string;
  primary?: boolean;
}

export interface ImRow {
  type: ImType;
  value?: string;
}

/** The create / edit form as antd holds it; dates are `YYYY-MM-DD` strings. */
export interface CustomerFormValues {
  kind: CustomerKind;
  name: string;
  tier: CustomerTier;
  roles: CustomerRole[];
  source?: string;
  industry?: string;
  region?: string;
  phones: PhoneRow[];
  emails: EmailRow[];
  addresses: AddressRow[];
  imHandles: ImRow[];
  website?: string;
  taxId?: string;
  foundedOn?: string;
  companySize?: CompanySize;
  annualRevenue?: string;
  gender?: Gender;
  birthDate?: string;
  maritalStatus?: MaritalStatus;
  occupation?: string;
  creditLimit?: string;
  paymentTerms?: string;
  bankAccount?: string;
  notes?: string;
  sharedWithTeam: boolean;
  /** Create only; empty means the signed-in user. */
  ownerId?: string;
  /** The custom fields' inputs by key (see shared/custom-fields). */
  customFields?: CustomFieldFormValues;
}

/** A customer's own master data, in the order the profile shows it. */
export const CUSTOMER_PROFILE_FIELDS = [
  'name',
  'tier',
  'roles',
  'source',
  'industry',
  'region',
  'phones',
  'emails',
  'addresses',
  'imHandles',
  'website',
  'taxId',
  'foundedOn',
  'companySize',
  'annualRevenue',
  'gender',
  'birthDate',
  'maritalStatus',
  'occupation',
  'creditLimit',
  'paymentTerms',
  'bankAccount',
  'notes',
] as const satisfies readonly (keyof CustomerFormValues & keyof CustomerResponse)[];

/** Top-level names of the form, so server field errors find their input. */
export const CUSTOMER_FORM_FIELDS = [
  'kind',
  ...CUSTOMER_PROFILE_FIELDS,
  'sharedWithTeam',
  'ownerId',
  'customFields',
] as const satisfies readonly (keyof CustomerFormValues)[];

/** Plain text the API stores as given: emptying it saves an empty value. */
const TEXT_FIELDS = [
  'source',
  'industry',
  'region',
  'taxId',
  'occupation',
  'paymentTerms',
  'bankAccount',
  'notes',
] as const;

/**
 * Fields the API validates by format (URL, date, choice, amount): it takes a new value but
 * not an empty one, so the form may change them and never clear them.
 */
export const NOT_CLEARABLE_FIELDS = [
  'website',
  'foundedOn',
  'companySize',
  'annualRevenue',
  'gender',
  'birthDate',
  'maritalStatus',
  'creditLimit',
] as const;

function fitsKind(kind: CustomerKind, field: string): boolean {
  const foreign: readonly string[] = fieldsForeignTo(kind);
  return !foreign.includes(field);
}

const trimmed = (value: string | null | undefined): string => (value ?? '').trim();

export function emptyCustomerFormValues(kind: CustomerKind = 'company'): CustomerFormValues {
  return {
    kind,
    name: '',
    tier: 'potential',
    roles: ['customer'],
    phones: [{ type: kind === 'company' ? 'work' : 'mobile', value: '', primary: true }],
    emails: [{ type: 'work', value: '', primary: true }],
    addresses: [],
    imHandles: [],
    sharedWithTeam: false,
  };
}

export function toCustomerFormValues(customer: CustomerResponse): CustomerFormValues {
  const text = (value: string | null | undefined) => value ?? undefined;
  return {
    kind: customer.kind,
    name: customer.name,
    tier: customer.tier,
    roles: [...customer.roles],
    source: text(customer.source),
    industry: text(customer.industry),
    region: text(customer.region),
    phones: customer.phones.map((phone) => ({ ...phone })),
    emails: customer.emails.map((email) => ({ ...email })),
    addresses: customer.addresses.map((address) => ({ ...address })),
    imHandles: customer.imHandles.map((handle) => ({ ...handle })),
    website: text(customer.website),
    taxId: text(customer.taxId),
    foundedOn: text(customer.foundedOn),
    companySize: text(customer.companySize) as CompanySize | undefined,
    annualRevenue: text(customer.annualRevenue),
    gender: text(customer.gender) as Gender | undefined,
    birthDate: text(customer.birthDate),
    maritalStatus: text(customer.maritalStatus) as MaritalStatus | undefined,
    occupation: text(customer.occupation),
    creditLimit: text(customer.creditLimit),
    paymentTerms: text(customer.paymentTerms),
    bankAccount: text(customer.bankAccount),
    notes: text(customer.notes),
    sharedWithTeam: customer.sharedWithTeam,
  };
}

/** Filled rows only, trimmed, with exactly one primary. */
export function cleanPhones(rows: readonly PhoneRow[]) {
  return withOnePrimary(
    rows
      .map((row) => ({ type: row.type, value: trimmed(row.value), primary: row.primary === true }))
      .filter((row) => row.value !== ''),
  );
}

export function cleanEmails(rows: readonly EmailRow[]) {
  return withOnePrimary(
    rows
      .map((row) => ({ type: row.type, value: trimmed(row.value), primary: row.primary === true }))
      .filter((row) => row.value !== ''),
  );
}

const ADDRESS_PARTS = ['country', 'province', 'city', 'district', 'street', 'postalCode'] as const;

export function cleanAddresses(rows: readonly AddressRow[]) {
  return withOnePrimary(
    rows
      .map((row) => {
        const address: AddressRow & { primary: boolean } = {
          type: row.type,
          primary: row.primary === true,
        };
        for (const part of ADDRESS_PARTS) {
          const value = trimmed(row[part]);
          if (value !== '') address[part] = value;
        }
        return address;
      })
      .filter((row) => ADDRESS_PARTS.some((part) => row[part] !== undefined)),
  );
}

export function cleanImHandles(rows: readonly ImRow[]) {
  return rows
    .map((row) => ({ type: row.type, value: trimmed(row.value) }))
    .filter((row) => row.value !== '');
}

/** The identity lists compared as stored: same entries in the same order, same primary. */
function sameList<T>(clean: (rows: readonly T[]) => unknown[], a: readonly T[], b: readonly T[]) {
  return JSON.stringify(clean(a)) === JSON.stringify(clean(b));
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** Amounts compare by value: "500000" and "500000.00" are the same limit. */
function sameAmount(a: string, b: string): boolean {
  if (a === '' || b === '') return a === b;
  return Number(a) === Number(b);
}

export function toCreateCustomerRequest(values: CustomerFormValues): CreateCustomerRequest {
  const request: CreateCustomerRequest = {
    kind: values.kind,
    name: values.name.trim(),
    tier: values.tier,
    roles: values.roles,
    phones: cleanPhones(values.phones),
    emails: cleanEmails(values.emails),
    addresses: cleanAddresses(values.addresses),
    imHandles: cleanImHandles(values.imHandles),
    sharedWithTeam: values.sharedWithTeam,
  };
  for (const field of [...TEXT_FIELDS, ...NOT_CLEARABLE_FIELDS]) {
    const value = trimmed(values[field]);
    if (value !== '' && fitsKind(values.kind, field)) Object.assign(request, { [field]: value });
  }
  if (values.ownerId) request.ownerId = values.ownerId;
  return request;
}

/** Only what the user changed, so a save touches nothing else (and the audit log stays exact). */
export function toCustomerChanges(
  customer: CustomerResponse,
  values: CustomerFormValues,
): UpdateCustomerRequest {
  const changes: UpdateCustomerRequest = {};
  const name = values.name.trim();
  if (name !== customer.name) changes.name = name;
  if (values.tier !== customer.tier) changes.tier = values.tier;
  if (!sameMembers(values.roles, customer.roles)) changes.roles = values.roles;
  if (!sameList(cleanPhones, values.phones, customer.phones)) {
    changes.phones = cleanPhones(values.phones);
  }
  if (!sameList(cleanEmails, values.emails, customer.emails)) {
    changes.emails = cleanEmails(values.emails);
  }
  if (!sameList(cleanAddresses, values.addresses, customer.addresses)) {
    changes.addresses = cleanAddresses(values.addresses);
  }
  if (!sameList(cleanImHandles, values.imHandles, customer.imHandles)) {
    changes.imHandles = cleanImHandles(values.imHandles);
  }
  for (const field of TEXT_FIELDS) {
    if (!fitsKind(customer.kind, field) || !(field in customer)) continue;
    const value = trimmed(values[field]);
    if (value !== trimmed(customer[field])) Object.assign(changes, { [field]: value });
  }
  for (const field of NOT_CLEARABLE_FIELDS) {
    if (!fitsKind(customer.kind, field) || !(field in customer)) continue;
    const value = trimmed(values[field]);
    const before = trimmed(customer[field]);
    const same =
      field === 'annualRevenue' || field === 'creditLimit'
        ? sameAmount(value, before)
        : value === before;
    if (!same && value !== '') Object.assign(changes, { [field]: value });
  }
  if (values.sharedWithTeam !== customer.sharedWithTeam) {
    changes.sharedWithTeam = values.sharedWithTeam;
  }
  return changes;
}

const MIN_NAME_TO_CHECK = 2;
const MIN_CONTACT_TO_CHECK = 3;

/**
 * What the duplicate check compares, from a form being typed into; null while there is
 * nothing worth comparing. Half-typed phones and emails are left out (the API wants 3+ chars).
 */
export function toDuplicateCheckRequest(
  values: Partial<CustomerFormValues>,
  excludeId?: string,
  customFields?: CustomFieldValues,
): DuplicateCheckRequest | null {
  const kind = values.kind ?? 'company';
  const name = trimmed(values.name);
  const taxId = kind === 'company' ? trimmed(values.taxId) : '';
  // Which entry is primary does not matter to the comparison.
  const long = (row: { value: string }) => row.value.length >= MIN_CONTACT_TO_CHECK;
  const phones = cleanPhones(values.phones ?? [])
    .filter(long)
    .map(({ type, value }) => ({ type, value }));
  const emails = cleanEmails(values.emails ?? [])
    .filter(long)
    .map(({ type, value }) => ({ type, value }));
  const addresses = cleanAddresses(values.addresses ?? [])
    .filter((address) => (address.street ?? '') !== '')
    .map(({ primary: _primary, ...address }) => address);
  const request: DuplicateCheckRequest = { kind };
  if (name.length >= MIN_NAME_TO_CHECK) request.name = name;
  if (taxId.length >= MIN_CONTACT_TO_CHECK) request.taxId = taxId;
  if (phones.length > 0) request.phones = phones;
  if (emails.length > 0) request.emails = emails;
  if (addresses.length > 0) request.addresses = addresses;
  if (customFields && Object.keys(customFields).length > 0) request.customFields = customFields;
  if (Object.keys(request).length === 1) return null;
  if (excludeId) request.excludeId = excludeId;
  return request;
}

/**
 * The `customFields` of a duplicate check: the filled inputs the user may write (of the
 * customer's kind, in `definitions`) whose type a duplicate rule can compare, as a save
 * sends them. A value a save would refuse, one still being typed, is left out rather than
 * failing the whole check. Undefined when none is left.
 */
export function customFieldsForDuplicateCheck(
  definitions: readonly CustomFieldDefinition[],
  editable: (definition: CustomFieldDefinition) => boolean,
  values: CustomFieldFormValues | undefined,
  stored?: CustomFieldValues | null,
): CustomFieldValues | undefined {
  const compared = definitions.filter((definition) =>
    CUSTOM_FIELD_DUPLICATE_TYPES.includes(definition.type),
  );
  const filled = customFieldsForCreate(compared, editable, values) ?? {};
  const request: CustomFieldValues = {};
  for (const definition of compared) {
    const value = filled[definition.key];
    if (value === undefined || value === null) continue;
    const checked = normalizeCustomFieldValue(
      { ...definition, defaultValue: null },
      value,
      stored?.[definition.key] ?? null,
    );
    if (checked.ok) request[definition.key] = value;
  }
  return Object.keys(request).length > 0 ? request : undefined;
}

import {
  cleanEmails,
  cleanPhones,
  type EmailRow,
  type PhoneRow,
} from '../customers/customer-form-values';
import type { CustomFieldFormValues } from '../../shared/custom-fields/custom-field-types';
import type { ContactResponse, CreateContactRequest, UpdateContactRequest } from './contact-types';

/** A contact is a new person created with it, or a person already on file. */
export type ContactPersonSource = 'new' | 'existing';

/** The contact drawer's form as antd holds it. */
export interface ContactFormValues {
  personSource: ContactPersonSource;
  /** An existing person customer (personSource 'existing'). */
  personId?: string;
  /** The new person (personSource 'new'). */
  name?: string;
  phones: PhoneRow[];
  emails: EmailRow[];
  title?: string;
  department?: string;
  primary: boolean;
  notes?: string;
  /** The custom fields' inputs by key (see shared/custom-fields). */
  customFields?: CustomFieldFormValues;
}

/** Top-level names of the form, so server field errors find their input. */
export const CONTACT_FORM_FIELDS = [
  'personId',
  'name',
  'phones',
  'emails',
  'title',
  'department',
  'primary',
  'notes',
  'customFields',
] as const satisfies readonly (keyof ContactFormValues)[];

const trimmed = (value: string | null | undefined) => (value ?? '').trim();

/** A new contact: a new person with one mobile row to fill in; the first contact is primary. */
export function emptyContactFormValues(firstContact: boolean): ContactFormValues {
  return {
    personSource: 'new',
    phones: [{ type: 'mobile', value: '', primary: true }],
    emails: [{ type: 'work', value: '', primary: true }],
    primary: firstContact,
  };
}

export function toContactFormValues(contact: ContactResponse): ContactFormValues {
  return {
    personSource: 'existing',
    personId: contact.person.id,
    phones: [],
    emails: [],
    title: contact.title ?? '',
    department: contact.department ?? '',
    primary: contact.primary,
    notes: contact.notes ?? '',
  };
}

export function toCreateContactRequest(values: ContactFormValues): CreateContactRequest {
  const request: CreateContactRequest = {};
  if (values.personSource === 'existing') {
    if (values.personId) request.personId = values.personId;
  } else {
    const phones = cleanPhones(values.phones);
    const emails = cleanEmails(values.emails);
    request.person = {
      name: trimmed(values.name),
      ...(phones.length > 0 ? { phones } : {}),
      ...(emails.length > 0 ? { emails } : {}),
    };
  }
  for (const field of ['title', 'department', 'notes'] as const) {
    const value = trimmed(values[field]);
    if (value !== '') request[field] = value;
  }
  if (values.primary) request.primary = true;
  return request;
}

/**
 * Only what the user changed. A cleared text becomes null; the primary mark is only ever
 * given (the API moves it: another contact is made primary, not this one unmade).
 */
export function toContactChanges(
  contact: ContactResponse,
  values: ContactFormValues,
): UpdateContactRequest {
  const changes: UpdateContactRequest = {};
  for (const field of ['title', 'department', 'notes'] as const) {
    const value = trimmed(values[field]);
    if (value !== trimmed(contact[field])) changes[field] = value === '' ? null : value;
  }
  if (values.primary && !contact.primary) changes.primary = true;
  return changes;
}

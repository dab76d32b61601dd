import type { SubjectName } from '../authz/subjects';
import type { CustomFieldRecordType } from '../custom-fields/custom-field-definition';

/**
 * The pages whose layout a user keeps: the record pages (panels and the profile panel's
 * fields) and the list pages (columns).
 */
export const LAYOUT_PAGES = ['customer-360', 'lead-detail', 'customer-list', 'lead-list'] as const;
export type LayoutPage = (typeof LAYOUT_PAGES)[number];

export function isLayoutPage(value: string): value is LayoutPage {
  return (LAYOUT_PAGES as readonly string[]).includes(value);
}

export interface LayoutPageSpec {
  /** A record page arranges panels and the profile's fields; a list page its columns. */
  kind: 'record' | 'list';
  /** Whose records the page shows: the subject of the field rules and of `cf.<key>`. */
  subject: Extract<SubjectName, 'Customer' | 'Lead'>;
  recordType: Extract<CustomFieldRecordType, 'customer' | 'lead'>;
  /**
   * The built-in fields (profile fields on a record page, columns on a list) a user may
   * choose, each with the record field whose read permission it needs.
   */
  fields: Readonly<Record<string, string>>;
}

const same = (...names: string[]) => Object.fromEntries(names.map((name) => [name, name]));

/** Every page's choosable fields; custom fields join as `cf.<key>`. */
export const LAYOUT_PAGE_SPECS: Record<LayoutPage, LayoutPageSpec> = {
  'customer-360': {
    kind: 'record',
    subject: 'Customer',
    recordType: 'customer',
    fields: {
      ...same(
        'taxId',
        'foundedOn',
        'companySize',
        'gender',
        'birthDate',
        'maritalStatus',
        'occupation',
        'industry',
        'region',
        'source',
        'website',
        'phones',
        'emails',
        'imHandles',
        'addresses',
        'creditLimit',
        'paymentTerms',
        'bankAccount',
        'annualRevenue',
        'receivableBalance',
      ),
      owner: 'ownerId',
      team: 'teamId',
      ...same('sharedWithTeam', 'createdAt', 'updatedAt', 'notes'),
    },
  },
  'lead-detail': {
    kind: 'record',
    subject: 'Lead',
    recordType: 'lead',
    fields: {
      ...same('company', 'title', 'phones', 'emails', 'region', 'productInterest', 'source'),
      ...same('campaign'),
      team: 'teamId',
      ...same('nextFollowUpAt', 'lastActivityAt', 'notes'),
    },
  },
  'customer-list': {
    kind: 'list',
    subject: 'Customer',
    recordType: 'customer',
    fields: {
      ...same('number', 'name', 'kind', 'tier', 'tags', 'roles'),
      owner: 'ownerId',
      team: 'teamId',
      phone: 'phones',
      email: 'emails',
      ...same('industry', 'region', 'source', 'lastInteractionAt', 'nextFollowUpOn'),
      ...same('createdAt', 'updatedAt'),
    },
  },
  'lead-list': {
    kind: 'list',
    subject: 'Lead',
    recordType: 'lead',
    fields: {
      ...same('number', 'name', 'company', 'status', 'source', 'score', 'region'),
      owner: 'ownerId',
      team: 'teamId',
      phone: 'phones',
      email: 'emails',
      ...same('nextFollowUpAt', 'lastActivityAt', 'createdAt', 'updatedAt'),
    },
  },
};

/** The prefix of a custom field among a page's fields: `cf.<key>`. */
export const CUSTOM_FIELD_PREFIX = 'cf.';

/** The custom field key of `cf.<key>`, or null for a built-in field. */
export function customFieldKeyOf(field: string): string | null {
  return field.startsWith(CUSTOM_FIELD_PREFIX) ? field.slice(CUSTOM_FIELD_PREFIX.length) : null;
}

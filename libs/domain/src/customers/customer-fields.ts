/**
 * The customer field catalogue: every field a person can give a customer, with what the
 * API and the console need to know about it. It is the one list the create, update,
 * import, conversion, merge, export and audit paths read, so a new field is added here
 * once rather than to a list per path.
 */
export interface CustomerFieldSpec {
  /** Which kind of customer has the field; the other kind is refused it. */
  appliesTo: 'company' | 'person' | 'both';
  /** Only finance-aware roles may read or write it (see role-policies.ts). */
  financial: boolean;
  /** Logged, old and new value, by the audit trail on every write. */
  audited: boolean;
  /** Decided field by field when two customers are merged. */
  mergeable: boolean;
  /**
   * Written by the customer export (as one or more columns, in the catalogue's order,
   * between the number and the dates); the owner and team by name.
   */
  exportable: boolean;
}

const field = (
  appliesTo: CustomerFieldSpec['appliesTo'],
  flags: Partial<Omit<CustomerFieldSpec, 'appliesTo'>> = {},
): CustomerFieldSpec => ({
  appliesTo,
  financial: false,
  audited: true,
  mergeable: true,
  exportable: false,
  ...flags,
});

/** In the order the customer export writes its fields' columns. */
export const CUSTOMER_FIELDS = {
  kind: field('both', { mergeable: false, exportable: true }),
  name: field('both', { exportable: true }),
  tier: field('both', { exportable: true }),
  roles: field('both', { exportable: true }),
  phones: field('both', { exportable: true }),
  emails: field('both', { exportable: true }),
  addresses: field('both', { exportable: true }),
  imHandles: field('both'),
  industry: field('both', { exportable: true }),
  region: field('both', { exportable: true }),
  source: field('both', { exportable: true }),
  website: field('both', { exportable: true }),
  taxId: field('company', { exportable: true }),
  foundedOn: field('company'),
  companySize: field('company'),
  annualRevenue: field('company', { financial: true, exportable: true }),
  gender: field('person'),
  birthDate: field('person'),
  maritalStatus: field('person'),
  occupation: field('person'),
  creditLimit: field('both', { financial: true, exportable: true }),
  paymentTerms: field('both', { financial: true }),
  bankAccount: field('both', { financial: true }),
  receivableBalance: field('both', { financial: true, audited: false, mergeable: false }),
  notes: field('both'),
  nextFollowUpOn: field('both', { audited: false }),
  ownerId: field('both', { mergeable: false, exportable: true }),
  teamId: field('both', { mergeable: false, exportable: true }),
  dealerOrgId: field('both', { mergeable: false }),
  sharedWithTeam: field('both', { mergeable: false }),
  /** Admin-defined fields' values by key (see custom-fields); each its own kind and rules. */
  customFields: field('both', { mergeable: false }),
} as const satisfies Record<string, CustomerFieldSpec>;

export type CustomerField = keyof typeof CUSTOMER_FIELDS;

function fieldsWhere(test: (spec: CustomerFieldSpec) => boolean): CustomerField[] {
  return (Object.keys(CUSTOMER_FIELDS) as CustomerField[]).filter((name) =>
    test(CUSTOMER_FIELDS[name]),
  );
}

/** Fields only a company has. */
export const COMPANY_ONLY_FIELDS = fieldsWhere((spec) => spec.appliesTo === 'company');
/** Fields only a person has. */
export const PERSON_ONLY_FIELDS = fieldsWhere((spec) => spec.appliesTo === 'person');
/** Fields only finance-aware roles may read or write. */
export const CUSTOMER_FINANCIAL_FIELDS = fieldsWhere((spec) => spec.financial);
/** Fields every customer write logs in its audit entry. */
export const CUSTOMER_AUDITED_FIELDS = fieldsWhere((spec) => spec.audited);
/** The master-data fields a merge decides between. */
export const CUSTOMER_MERGEABLE_FIELDS = fieldsWhere((spec) => spec.mergeable);
/** The fields the customer export writes, in its column order (besides number and dates). */
export const CUSTOMER_EXPORTABLE_FIELDS = fieldsWhere((spec) => spec.exportable);

/** The fields one kind of customer does not have. */
export function fieldsForeignTo(kind: 'company' | 'person'): readonly CustomerField[] {
  return kind === 'company' ? PERSON_ONLY_FIELDS : COMPANY_ONLY_FIELDS;
}

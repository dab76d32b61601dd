/**
 * Every kind of record permissions speak of. A module gets record- and field-level
 * security by adding its subject here, its rules in role-policies.ts, and its
 * column map in the API.
 */
export const SUBJECTS = [
  'User',
  'Team',
  'DealerOrg',
  'ApiKey',
  'AuditEntry',
  'Settings',
  'Customer',
  'RelationshipType',
  'Tag',
  'Segment',
  'Lead',
  'Task',
  'Opportunity',
  'Ticket',
  'Survey',
  'Report',
] as const;

export type SubjectName = (typeof SUBJECTS)[number];

/** The name an API key scope uses for a subject, e.g. `customers:read`. */
export const SUBJECT_SCOPE_NAMES: Record<SubjectName, string> = {
  User: 'users',
  Team: 'teams',
  DealerOrg: 'dealer-orgs',
  ApiKey: 'api-keys',
  AuditEntry: 'audit',
  Settings: 'settings',
  Customer: 'customers',
  RelationshipType: 'relationship-types',
  Tag: 'tags',
  Segment: 'segments',
  Lead: 'leads',
  Task: 'tasks',
  Opportunity: 'opportunities',
  Ticket: 'tickets',
  Survey: 'surveys',
  Report: 'reports',
};

/** Fields of a customer that only finance-aware roles may read or write. */
export const CUSTOMER_FINANCIAL_FIELDS = [
  'creditLimit',
  'annualRevenue',
  'receivableBalance',
  'paymentTerms',
  'bankAccount',
] as const;

/**
 * Every kind of record permissions speak of. A module gets record- and field-level
 * security by adding its subject here and its rules in role-policies.ts; the API
 * derives the rest from its entity (see docs/adding-a-module.md).
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
  'CustomFieldDefinition',
  'PageLayout',
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
  CustomFieldDefinition: 'custom-fields',
  PageLayout: 'layouts',
};

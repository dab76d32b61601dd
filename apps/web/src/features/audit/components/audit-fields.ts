import type { EnumName } from '../../../shared/i18n/enum-labels';

/** Record types the audit log names (the API's audit entity names). */
export const KNOWN_AUDIT_ENTITIES = [
  'customer',
  'contact',
  'lead',
  'task',
  'segment',
  'tag',
  'tag-group',
  'relationship',
  'relationship-type',
  'user',
  'team',
  'dealer-org',
  'api-key',
  'web-form',
  'setting',
] as const;
export type KnownAuditEntity = (typeof KNOWN_AUDIT_ENTITIES)[number];

export const isKnownAuditEntity = (entity: string): entity is KnownAuditEntity =>
  (KNOWN_AUDIT_ENTITIES as readonly string[]).includes(entity);

/** Where each record type's field labels are, tried in order after `audit.fields`. */
export const FIELD_LABEL_PREFIXES: Partial<Record<KnownAuditEntity, readonly string[]>> = {
  customer: ['customers.fields'],
  contact: ['contacts.fields'],
  lead: ['leads.fields'],
  task: ['tasks.fields'],
  segment: ['segments.fields'],
  tag: ['tags.fields'],
  'tag-group': ['tags.fields'],
  'relationship-type': ['relationshipTypes'],
  user: ['users'],
  team: ['teams'],
  'dealer-org': ['dealerOrgs'],
  'api-key': ['apiKeys'],
  setting: ['audit.settingFields'],
};

/** Fields whose values are enum codes, per record type. */
export const ENUM_FIELDS: Partial<Record<KnownAuditEntity, Readonly<Record<string, EnumName>>>> = {
  customer: {
    kind: 'customerKind',
    tier: 'customerTier',
    roles: 'customerRole',
    gender: 'gender',
    maritalStatus: 'maritalStatus',
  },
  lead: { source: 'leadSource', status: 'leadStatus' },
  task: { priority: 'taskPriority', status: 'taskStatus', parentType: 'recordType' },
  segment: { kind: 'segmentKind' },
  'relationship-type': { fromKind: 'partyKind', toKind: 'partyKind' },
  user: { roles: 'userRole', locale: 'locale' },
  'api-key': { role: 'userRole' },
};

/** Amounts, shown with two decimals. */
export const MONEY_FIELDS: ReadonlySet<string> = new Set([
  'annualRevenue',
  'creditLimit',
  'receivableBalance',
]);

/** Enum codes of contact points' and addresses' `type`, by the list they are in. */
export const CONTACT_POINT_TYPES: Readonly<Record<string, EnumName>> = {
  phones: 'phoneType',
  emails: 'emailType',
  addresses: 'addressType',
  imHandles: 'imType',
};

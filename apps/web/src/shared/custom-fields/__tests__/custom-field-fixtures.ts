import type { CustomFieldDefinition } from '../custom-field-types';

const OPTIONS: CustomFieldDefinition['options'] = [
  { key: 'fair', label: { zh: '展会', en: 'Trade fair' }, active: true },
  { key: 'referral', label: { zh: '转介绍', en: 'Referral' }, active: false },
];

/** A live customer field definition (a select has two options, one inactive); `changes` override. */
export function customFieldDefinition(
  type: CustomFieldDefinition['type'],
  changes: Partial<CustomFieldDefinition> = {},
): CustomFieldDefinition {
  return {
    id: '9f1c7e8a-0000-4000-8000-000000000001',
    recordType: 'customer',
    appliesTo: 'both',
    key: 'visit_channel',
    type,
    label: { zh: '到访渠道', en: 'Visit channel' },
    helpText: null,
    required: false,
    defaultValue: null,
    options: type.endsWith('select') ? OPTIONS : [],
    min: null,
    max: null,
    hiddenFromRoles: [],
    readOnlyForRoles: [],
    filterable: false,
    sortable: false,
    position: 1,
    version: 1,
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    deletedAt: null,
    ...changes,
  };
}

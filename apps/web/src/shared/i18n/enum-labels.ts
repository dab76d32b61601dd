import { useTranslation } from 'react-i18next';

/**
 * Where the console keeps the label of each API enum's values: the translation key of
 * value `v` is `${prefix}.${v}` (plus `suffix` when the value names an object). Every
 * enum of the OpenAPI document is either here or deliberately shown as it is (see the
 * test beside the locales), so a value added to the API without a label fails the tests.
 */
export const ENUM_LABELS = {
  auditAction: { prefix: 'audit.actions' },
  actorType: { prefix: 'audit.actorTypes' },
  userRole: { prefix: 'roles' },
  locale: { prefix: 'language' },
  phoneType: { prefix: 'customers.phoneTypes' },
  emailType: { prefix: 'customers.emailTypes' },
  addressType: { prefix: 'customers.addressTypes' },
  imType: { prefix: 'customers.imTypes' },
  customerKind: { prefix: 'customers.kinds' },
  customerTier: { prefix: 'customers.tiers' },
  customerRole: { prefix: 'customers.roles' },
  gender: { prefix: 'customers.genders' },
  maritalStatus: { prefix: 'customers.maritalStatuses' },
  timelineKind: { prefix: 'timeline.kinds' },
  duplicateField: { prefix: 'duplicateRules.fields' },
  duplicateMode: { prefix: 'duplicateRules.modes' },
  importTarget: { prefix: 'imports.targetNames' },
  importStatus: { prefix: 'imports.statuses' },
  importEncoding: { prefix: 'imports.encodings' },
  importDuplicateMode: { prefix: 'imports.targets.customers.modes', suffix: 'title' },
  notificationKind: { prefix: 'notifications.kinds' },
  recordType: { prefix: 'notifications.subjectTypes' },
  leadSource: { prefix: 'leads.sources' },
  leadStatus: { prefix: 'leads.statuses' },
  conversionMatch: { prefix: 'leads.convert.matched' },
  assignmentStrategy: { prefix: 'leadSettings.rules.strategies' },
  taskPriority: { prefix: 'tasks.priorities' },
  taskStatus: { prefix: 'tasks.statuses' },
  webFormField: { prefix: 'leads.fields' },
  partyKind: { prefix: 'relationshipTypes.kinds' },
  segmentKind: { prefix: 'segments.kinds' },
  customFieldRecordType: { prefix: 'customFields.recordTypes' },
  customFieldAppliesTo: { prefix: 'customFields.appliesTo' },
  customFieldType: { prefix: 'customFields.types' },
  pageLayoutSource: { prefix: 'layouts.sources' },
} as const satisfies Record<string, { prefix: string; suffix?: string }>;

export type EnumName = keyof typeof ENUM_LABELS;

/** The translation key of an enum value's label. */
export function enumLabelKey(name: EnumName, value: string): string {
  const entry: { prefix: string; suffix?: string } = ENUM_LABELS[name];
  return `${entry.prefix}.${value}${entry.suffix ? `.${entry.suffix}` : ''}`;
}

/**
 * `enumLabel(name, value)`: an enum value in the user's language; a value the console has
 * no label for yet is shown as the API sends it rather than as a key.
 */
export function useEnumLabel(): (name: EnumName, value: string) => string {
  const { t, i18n } = useTranslation();
  return (name, value) => {
    const key = enumLabelKey(name, value);
    return i18n.exists(key) ? String(t(key as never)) : value;
  };
}

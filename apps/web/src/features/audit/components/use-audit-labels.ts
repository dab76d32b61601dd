import type { AuditEntryResponse } from '@kehu/contracts';
import { useTranslation } from 'react-i18next';
import { FIELD_LABEL_PREFIXES, isKnownAuditEntity } from './audit-fields';
import { describeAuditValue } from './format-audit-value';

export { KNOWN_AUDIT_ENTITIES } from './audit-fields';

/** The label of an audited field: `audit.fields`, then the record type's own field labels. */
export function auditFieldLabel(
  entity: string,
  field: string,
  label: (key: string) => string | undefined,
): string {
  const prefixes = isKnownAuditEntity(entity) ? (FIELD_LABEL_PREFIXES[entity] ?? []) : [];
  const withoutId = field.endsWith('Id') ? field.slice(0, -2) : undefined;
  const keys = [
    `audit.fields.${field}`,
    ...prefixes.map((prefix) => `${prefix}.${field}`),
    ...(withoutId ? prefixes.map((prefix) => `${prefix}.${withoutId}`) : []),
  ];
  for (const key of keys) {
    const found = label(key);
    if (found) return found;
  }
  return field;
}

/** Translated names of audit record types, actions, actor kinds, fields and values. */
export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  const label = (key: string): string | undefined => {
    if (!i18n.exists(key)) return undefined;
    const text: unknown = t(key as never, { returnObjects: true });
    return typeof text === 'string' ? text : undefined;
  };
  return {
    entityLabel: (entity: string) =>
      isKnownAuditEntity(entity) ? t(`audit.entities.${entity}`) : entity,
    actionLabel: (action: AuditEntryResponse['action']) => t(`audit.actions.${action}`),
    actorTypeLabel: (actorType: AuditEntryResponse['actorType']) =>
      t(`audit.actorTypes.${actorType}`),
    fieldLabel: (entity: string, field: string) => auditFieldLabel(entity, field, label),
    valueText: (entity: string, field: string, value: unknown) =>
      describeAuditValue(entity, field, value, { label, language: i18n.language }),
  };
}

import type { AuditEntryResponse } from '@kehu/contracts';
import { useTranslation } from 'react-i18next';

/** Record types the audit log knows a name for; other types are shown as the API names them. */
export const KNOWN_AUDIT_ENTITIES = ['user', 'team', 'dealer-org', 'api-key'] as const;
type KnownEntity = (typeof KNOWN_AUDIT_ENTITIES)[number];

const isKnownEntity = (entity: string): entity is KnownEntity =>
  (KNOWN_AUDIT_ENTITIES as readonly string[]).includes(entity);

/** Translated names of audit record types, actions and actor kinds. */
export function useAuditLabels() {
  const { t } = useTranslation();
  return {
    entityLabel: (entity: string) =>
      isKnownEntity(entity) ? t(`audit.entities.${entity}`) : entity,
    actionLabel: (action: AuditEntryResponse['action']) => t(`audit.actions.${action}`),
    actorTypeLabel: (actorType: AuditEntryResponse['actorType']) =>
      t(`audit.actorTypes.${actorType}`),
  };
}

import { Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UUID, type AuditFilters } from '../hooks/audit-list-source';
import { KNOWN_AUDIT_ENTITIES, useAuditLabels } from './use-audit-labels';

interface AuditFilterFieldsProps {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}

/** The entity and record filters of the audit log. */
export function AuditFilterFields({ filters, onChange }: AuditFilterFieldsProps) {
  const { t } = useTranslation();
  const { entityLabel } = useAuditLabels();
  const [entityIdText, setEntityIdText] = useState(filters.entityId ?? '');
  const entityIdInvalid = entityIdText.trim() !== '' && !UUID.test(entityIdText.trim());

  const applyEntityId = (text: string) => {
    const trimmed = text.trim();
    if (trimmed === '' || UUID.test(trimmed)) {
      onChange({ ...filters, entityId: trimmed || undefined });
    }
  };

  return (
    <>
      <Select
        allowClear
        placeholder={t('audit.anyEntity')}
        aria-label={t('audit.entity')}
        value={filters.entity}
        options={KNOWN_AUDIT_ENTITIES.map((entity) => ({
          value: entity,
          label: entityLabel(entity),
        }))}
        onChange={(entity?: string) => onChange({ ...filters, entity })}
        style={{ width: 200 }}
      />
      <Input.Search
        allowClear
        placeholder={t('audit.entityIdPlaceholder')}
        aria-label={t('audit.entityId')}
        value={entityIdText}
        status={entityIdInvalid ? 'error' : undefined}
        onChange={(event) => setEntityIdText(event.target.value)}
        onSearch={applyEntityId}
        style={{ width: 360 }}
      />
    </>
  );
}

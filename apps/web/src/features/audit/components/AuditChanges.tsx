import type { AuditEntryResponse } from '@kehu/contracts';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuditLabels } from './use-audit-labels';

interface AuditChangesProps {
  entity: string;
  changes: AuditEntryResponse['changes'];
}

/**
 * Each changed field as "field: old → new", named and formatted in the user's language;
 * values are rendered as text, never as HTML.
 */
export function AuditChanges({ entity, changes }: AuditChangesProps) {
  const { t } = useTranslation();
  const { fieldLabel, valueText } = useAuditLabels();
  // A field that was empty before and after (e.g. an unset option on create) says nothing.
  const fields = Object.entries(changes)
    .map(([field, change]) => ({
      field,
      from: valueText(entity, field, change.from),
      to: valueText(entity, field, change.to),
    }))
    .filter(({ from, to }) => from !== null || to !== null);
  if (fields.length === 0)
    return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;

  const shown = (text: string | null) =>
    text === null ? (
      <Typography.Text type="secondary" italic>
        {t('audit.emptyValue')}
      </Typography.Text>
    ) : (
      <Typography.Text ellipsis={{ tooltip: text }} style={{ maxWidth: 240 }}>
        {text}
      </Typography.Text>
    );

  return (
    <Flex vertical gap={2}>
      {fields.map(({ field, from, to }) => (
        <Flex key={field} gap={6} align="baseline" wrap data-audit-field={field}>
          <Typography.Text code title={field}>
            {fieldLabel(entity, field)}
          </Typography.Text>
          {shown(from)}
          <Typography.Text type="secondary">→</Typography.Text>
          {shown(to)}
        </Flex>
      ))}
    </Flex>
  );
}

import type { AuditEntryResponse } from '@kehu/contracts';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatAuditValue } from './format-audit-value';

/** Each changed field as "field: old → new"; values are rendered as text, never as HTML. */
export function AuditChanges({ changes }: { changes: AuditEntryResponse['changes'] }) {
  const { t } = useTranslation();
  // A field that was empty before and after (e.g. an unset option on create) says nothing.
  const fields = Object.entries(changes).filter(
    ([, change]) => formatAuditValue(change.from) !== null || formatAuditValue(change.to) !== null,
  );
  if (fields.length === 0)
    return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;

  const shown = (value: unknown) => {
    const text = formatAuditValue(value);
    return text === null ? (
      <Typography.Text type="secondary" italic>
        {t('audit.emptyValue')}
      </Typography.Text>
    ) : (
      <Typography.Text ellipsis={{ tooltip: text }} style={{ maxWidth: 240 }}>
        {text}
      </Typography.Text>
    );
  };

  return (
    <Flex vertical gap={2}>
      {fields.map(([field, change]) => (
        <Flex key={field} gap={6} align="baseline" wrap>
          <Typography.Text code>{field}</Typography.Text>
          {shown(change.from)}
          <Typography.Text type="secondary">→</Typography.Text>
          {shown(change.to)}
        </Flex>
      ))}
    </Flex>
  );
}

import { Alert, Descriptions, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../i18n/use-app-language';
import type { CustomFieldRecordType, CustomFieldValues } from './custom-field-types';
import { localized } from './custom-field-values';
import { CustomFieldDisplay } from './CustomFieldDisplay';
import { useCustomFields } from './use-custom-fields';

interface CustomFieldValueListProps {
  recordType: CustomFieldRecordType;
  /** A customer's kind: only the fields for it. */
  kind?: 'company' | 'person';
  values: CustomFieldValues | null | undefined;
}

/** A record's custom fields for reading (360 and detail pages): every field the user sees. */
export function CustomFieldValueList({ recordType, kind, values }: CustomFieldValueListProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const { definitions, isLoading, error } = useCustomFields(recordType, { kind });
  if (isLoading) return <Skeleton active paragraph={{ rows: 3 }} title={false} />;
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (definitions.length === 0) {
    return <Typography.Text type="secondary">{t('customFields.settings.empty')}</Typography.Text>;
  }
  return (
    <Descriptions
      column={1}
      size="small"
      data-testid="custom-field-values"
      items={definitions.map((definition) => ({
        key: definition.key,
        label: localized(definition.label, language),
        children: <CustomFieldDisplay definition={definition} value={values?.[definition.key]} />,
      }))}
    />
  );
}

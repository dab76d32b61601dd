import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { CustomFieldValueList } from '../../../shared/custom-fields/CustomFieldValueList';
import type { CustomFieldValues } from '../../../shared/custom-fields/custom-field-types';

/** A lead's custom fields (自定义字段) on its page. */
export function LeadCustomFieldsCard({
  lead,
  style,
}: {
  lead: { customFields?: CustomFieldValues };
  style?: React.CSSProperties;
}) {
  const { t } = useTranslation();
  return (
    <Card title={t('customFields.section')} style={style}>
      <CustomFieldValueList recordType="lead" values={lead.customFields} />
    </Card>
  );
}

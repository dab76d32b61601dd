import { Flex, Typography } from 'antd';
import { useAppLanguage } from '../i18n/use-app-language';
import type { CustomFieldRecordType, CustomFieldValues } from './custom-field-types';
import { localized } from './custom-field-values';
import { CustomFieldDisplay } from './CustomFieldDisplay';
import { useCustomFields } from './use-custom-fields';

interface CustomFieldInlineValuesProps {
  recordType: CustomFieldRecordType;
  values: CustomFieldValues | null | undefined;
}

/** A record's filled custom fields in one compact line ("名称：值"), for list items and cards. */
export function CustomFieldInlineValues({ recordType, values }: CustomFieldInlineValuesProps) {
  const { language } = useAppLanguage();
  const { definitions } = useCustomFields(recordType, { enabled: Boolean(values) });
  const filled = definitions.filter((definition) => {
    const value = values?.[definition.key];
    return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
  });
  if (filled.length === 0) return null;
  return (
    <Flex gap={12} wrap data-testid="custom-field-inline-values">
      {filled.map((definition) => (
        <Typography.Text key={definition.key} type="secondary" style={{ fontSize: 12 }}>
          {localized(definition.label, language)}：
          <CustomFieldDisplay definition={definition} value={values?.[definition.key]} />
        </Typography.Text>
      ))}
    </Flex>
  );
}

import { customFieldKeyOf } from '@kehu/domain';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CustomFieldDisplay } from '../custom-fields/CustomFieldDisplay';
import type { CustomFieldRecordType, CustomFieldValues } from '../custom-fields/custom-field-types';
import { localized } from '../custom-fields/custom-field-values';
import { useCustomFields } from '../custom-fields/use-custom-fields';
import { useAppLanguage } from '../i18n/use-app-language';
import { useLayoutFields } from './layout-fields-context';

interface ChosenCustomFieldsProps {
  recordType: CustomFieldRecordType;
  kind?: 'company' | 'person';
  values: CustomFieldValues | null | undefined;
}

/** The custom fields the user chose for the profile panel, in the order chosen. */
export function ChosenCustomFields({ recordType, kind, values }: ChosenCustomFieldsProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const chosenKeys = (useLayoutFields() ?? []).flatMap((field) => {
    const key = customFieldKeyOf(field);
    return key === null ? [] : [key];
  });
  const { definitions } = useCustomFields(recordType, { kind, enabled: chosenKeys.length > 0 });
  const chosen = chosenKeys.flatMap((key) => {
    const definition = definitions.find((candidate) => candidate.key === key);
    return definition ? [definition] : [];
  });
  if (chosen.length === 0) return null;
  return (
    <Descriptions
      title={<Typography.Text strong>{t('layouts.customField')}</Typography.Text>}
      column={1}
      size="small"
      style={{ marginBottom: 20 }}
      items={chosen.map((definition) => ({
        key: definition.key,
        label: localized(definition.label, language),
        children: <CustomFieldDisplay definition={definition} value={values?.[definition.key]} />,
      }))}
    />
  );
}

import type { CustomFieldValue } from '@kehu/domain';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../components/DateTimeText';
import { useAppLanguage } from '../i18n/use-app-language';
import { useOwnerOptions } from '../owners/use-owner-options';
import type { CustomFieldDefinition } from './custom-field-types';
import { localized } from './custom-field-values';

interface CustomFieldDisplayProps {
  definition: Pick<CustomFieldDefinition, 'type' | 'options'>;
  value: CustomFieldValue | null | undefined;
}

/** "1234567.5" as "1,234,567.50". */
export function formatAmount(value: string | number, language: string): string {
  const amount = Number(value);
  if (!Number.isFinite(amount)) return String(value);
  return amount.toLocaleString(language.startsWith('zh') ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

function UserName({ id }: { id: string }) {
  const { ownerName } = useOwnerOptions();
  return <>{ownerName(id) ?? id}</>;
}

/** A custom field's value for reading: option labels in the user's language, names, links. */
export function CustomFieldDisplay({ definition, value }: CustomFieldDisplayProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    return <>{t('common.none')}</>;
  }
  const optionLabel = (key: string) => {
    const option = definition.options.find((candidate) => candidate.key === key);
    return option ? localized(option.label, language) : key;
  };
  const text = String(value);
  switch (definition.type) {
    case 'boolean':
      return <>{value === true ? t('customFields.yes') : t('customFields.no')}</>;
    case 'number':
      return <>{Number(value).toLocaleString(language)}</>;
    case 'percent':
      return <>{`${Number(value).toLocaleString(language)}%`}</>;
    case 'currency':
      return <>{formatAmount(text, language)}</>;
    case 'datetime':
      return <DateTimeText value={text} />;
    case 'single_select':
      return <>{optionLabel(text)}</>;
    case 'multi_select':
      return (
        <>
          {(Array.isArray(value) ? value : [text]).map((key) => (
            <Tag key={key} style={{ marginInlineEnd: 4 }}>
              {optionLabel(key)}
            </Tag>
          ))}
        </>
      );
    case 'user':
      return <UserName id={text} />;
    case 'url':
      return (
        <Typography.Link href={text} target="_blank" rel="noopener noreferrer">
          {text}
        </Typography.Link>
      );
    case 'email':
      return <Typography.Link href={`mailto:${text}`}>{text}</Typography.Link>;
    case 'phone':
      return <Typography.Link href={`tel:${text}`}>{text}</Typography.Link>;
    case 'long_text':
      return <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
    case 'text':
    case 'date':
      return <>{text}</>;
  }
}

import { StarFilled } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  ADDRESS_TYPES,
  CUSTOMER_ROLES,
  CUSTOMER_TIERS,
  EMAIL_TYPES,
  GENDERS,
  IM_TYPES,
  MARITAL_STATUSES,
  PHONE_TYPES,
} from '../../customers/customer-options';
import { isOneOf } from '../../../shared/enum-values';
import type { Address } from '../../customers/customer-types';
import { formatAddress } from '../../customers/format-address';
import type { MergeField } from '../merge-choices';

interface Entry {
  type?: string;
  value?: string;
  primary?: boolean;
}

function entriesOf(value: unknown): Entry[] {
  return Array.isArray(value) ? (value as Entry[]) : [];
}

function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function typeLabel(t: TFunction, field: MergeField, type: string | undefined): string {
  if (field === 'phones' && isOneOf(PHONE_TYPES, type)) return t(`customers.phoneTypes.${type}`);
  if (field === 'emails' && isOneOf(EMAIL_TYPES, type)) return t(`customers.emailTypes.${type}`);
  if (field === 'imHandles' && isOneOf(IM_TYPES, type)) return t(`customers.imTypes.${type}`);
  if (field === 'addresses' && isOneOf(ADDRESS_TYPES, type)) {
    return t(`customers.addressTypes.${type}`);
  }
  return type ?? '';
}

/** A coded value in the user's language (tier, gender, size …), or the text as stored. */
function scalarText(t: TFunction, field: MergeField, text: string): string {
  if (field === 'tier' && isOneOf(CUSTOMER_TIERS, text)) return t(`customers.tiers.${text}`);
  if (field === 'gender' && isOneOf(GENDERS, text)) return t(`customers.genders.${text}`);
  if (field === 'maritalStatus' && isOneOf(MARITAL_STATUSES, text)) {
    return t(`customers.maritalStatuses.${text}`);
  }
  if (field === 'companySize') return t('customers.form.employees', { size: text });
  return text;
}

/** One value of a customer field as text, the way the profile shows it. */
export function MergeFieldValue({ field, value }: { field: MergeField; value: unknown }) {
  const { t } = useTranslation();
  const entries = entriesOf(value);
  if (Array.isArray(value) ? entries.length === 0 : textOf(value).trim() === '') {
    return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  }
  const star = (primary?: boolean) =>
    primary ? (
      <StarFilled aria-label={t('customers.form.primary')} style={{ color: '#faad14' }} />
    ) : null;

  if (field === 'roles') {
    return (
      <Flex gap={4} wrap>
        {entries.map((entry) => {
          const role = textOf(entry);
          return (
            <Tag key={role} style={{ marginInlineEnd: 0 }}>
              {isOneOf(CUSTOMER_ROLES, role) ? t(`customers.roles.${role}`) : role}
            </Tag>
          );
        })}
      </Flex>
    );
  }
  if (Array.isArray(value)) {
    return (
      <Flex vertical gap={2}>
        {entries.map((entry, index) => (
          <span key={index}>
            <Typography.Text type="secondary">{typeLabel(t, field, entry.type)}</Typography.Text>{' '}
            {field === 'addresses' ? formatAddress(entry as Partial<Address>) : entry.value}{' '}
            {star(entry.primary)}
          </span>
        ))}
      </Flex>
    );
  }
  return <span style={{ whiteSpace: 'pre-wrap' }}>{scalarText(t, field, textOf(value))}</span>;
}

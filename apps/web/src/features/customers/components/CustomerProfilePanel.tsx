import { StarFilled } from '@ant-design/icons';
import { Descriptions, Flex, Tag, Typography, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../shared/components/DateTimeText';
import { fieldShown } from '../../../shared/layouts/arrange-panels';
import { ChosenCustomFields } from '../../../shared/layouts/ChosenCustomFields';
import { useLayoutFields } from '../../../shared/layouts/layout-fields-context';
import { isOneOf } from '../../../shared/enum-values';
import { GENDERS, MARITAL_STATUSES } from '../customer-options';
import type { CustomerResponse } from '../customer-types';
import type { CustomerFieldKey } from '../locales/en';
import { formatAddress } from '../format-address';
import type { CustomerPanelProps } from '../panels/customer-panel-registry';

type Item = NonNullable<DescriptionsProps['items']>[number];

const FINANCIAL_FIELDS = [
  'creditLimit',
  'paymentTerms',
  'bankAccount',
  'annualRevenue',
  'receivableBalance',
] as const;

const AMOUNT_FIELDS: readonly string[] = ['creditLimit', 'annualRevenue', 'receivableBalance'];

function formatAmount(value: string, language: string): string {
  const amount = Number(value);
  if (!Number.isFinite(amount)) return value;
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

function PrimaryMark() {
  const { t } = useTranslation();
  return (
    <StarFilled
      aria-label={t('customers.form.primary')}
      title={t('customers.form.primary')}
      style={{ color: '#faad14', fontSize: 12 }}
    />
  );
}

function ProfileSection({ title, items }: { title: string; items: Item[] }) {
  const chosen = useLayoutFields();
  const shown = items.filter((entry) => fieldShown(chosen, String(entry.key)));
  if (shown.length === 0) return null;
  return (
    <Descriptions
      title={<Typography.Text strong>{title}</Typography.Text>}
      column={1}
      size="small"
      items={shown}
      styles={{ label: { width: 112 }, content: { minWidth: 0 } }}
      style={{ marginBottom: 20 }}
    />
  );
}

/**
 * Every field the caller may read, in four groups (financial ones only for finance roles),
 * or those the user chose for the panel in their page layout.
 */
export function CustomerProfilePanel({ customer }: CustomerPanelProps) {
  const { t, i18n } = useTranslation();
  const chosen = useLayoutFields();
  const none = t('common.none');
  const label = (field: CustomerFieldKey) => t(`customers.fields.${field}`);
  const item = (field: CustomerFieldKey, value: ReactNode): Item => ({
    key: field,
    label: label(field),
    children: value ?? none,
  });
  const text = (value: string | null | undefined) => (value ? value : none);

  const details: Item[] =
    customer.kind === 'company'
      ? [
          item('taxId', text(customer.taxId)),
          item('foundedOn', text(customer.foundedOn)),
          item(
            'companySize',
            customer.companySize
              ? t('customers.form.employees', { size: customer.companySize })
              : none,
          ),
        ]
      : [
          item(
            'gender',
            isOneOf(GENDERS, customer.gender) ? t(`customers.genders.${customer.gender}`) : none,
          ),
          item(
            'birthDate',
            customer.birthDate ? (
              <span>
                {customer.birthDate}
                {customer.age !== null && (
                  <Typography.Text type="secondary">
                    {' '}
                    · {t('customers.profile.age', { count: customer.age })}
                  </Typography.Text>
                )}
              </span>
            ) : (
              none
            ),
          ),
          item(
            'maritalStatus',
            isOneOf(MARITAL_STATUSES, customer.maritalStatus)
              ? t(`customers.maritalStatuses.${customer.maritalStatus}`)
              : none,
          ),
          item('occupation', text(customer.occupation)),
        ];
  details.push(
    item('industry', text(customer.industry)),
    item('region', text(customer.region)),
    item('source', text(customer.source)),
    item(
      'website',
      customer.website ? (
        <Typography.Link href={customer.website} target="_blank" rel="noopener noreferrer">
          {customer.website}
        </Typography.Link>
      ) : (
        none
      ),
    ),
  );

  const contact: Item[] = [
    item('phones', <ContactLines customer={customer} list="phones" />),
    item('emails', <ContactLines customer={customer} list="emails" />),
    item(
      'imHandles',
      customer.imHandles.length === 0 ? (
        none
      ) : (
        <Flex vertical gap={2}>
          {customer.imHandles.map((handle) => (
            <span key={`${handle.type}:${handle.value}`}>
              <Typography.Text type="secondary">
                {t(`customers.imTypes.${handle.type}`)}
              </Typography.Text>{' '}
              <Typography.Text copyable>{handle.value}</Typography.Text>
            </span>
          ))}
        </Flex>
      ),
    ),
    item(
      'addresses',
      customer.addresses.length === 0 ? (
        none
      ) : (
        <Flex vertical gap={4}>
          {customer.addresses.map((address, index) => (
            <span key={index}>
              <Tag style={{ marginInlineEnd: 6 }}>
                {t(`customers.addressTypes.${address.type}`)}
              </Tag>
              {formatAddress(address)} {address.primary && <PrimaryMark />}
            </span>
          ))}
        </Flex>
      ),
    ),
  ];

  const financial: Item[] = FINANCIAL_FIELDS.filter(
    (field) => field in customer && (field !== 'annualRevenue' || customer.kind === 'company'),
  ).map((field) => {
    const value = customer[field];
    if (!value) return item(field, none);
    return item(field, AMOUNT_FIELDS.includes(field) ? formatAmount(value, i18n.language) : value);
  });

  const record: Item[] = [
    item('owner', customer.owner?.name ?? t('customers.noOwner')),
    item('team', customer.team?.name ?? none),
    item(
      'sharedWithTeam',
      customer.sharedWithTeam ? t('customers.profile.shared') : t('customers.profile.notShared'),
    ),
    item('createdAt', <DateTimeText value={customer.createdAt} />),
    item('updatedAt', <DateTimeText value={customer.updatedAt} />),
  ];

  return (
    <>
      <ProfileSection
        title={
          customer.kind === 'company'
            ? t('customers.sections.company')
            : t('customers.sections.person')
        }
        items={details}
      />
      <ProfileSection title={t('customers.sections.contact')} items={contact} />
      <ProfileSection title={t('customers.sections.financial')} items={financial} />
      <ProfileSection title={t('customers.sections.ownership')} items={record} />
      <ChosenCustomFields
        recordType="customer"
        kind={customer.kind}
        values={customer.customFields}
      />
      {fieldShown(chosen, 'notes') && (
        <>
          <Typography.Text strong>{label('notes')}</Typography.Text>
          <Typography.Paragraph
            type={customer.notes ? undefined : 'secondary'}
            style={{ whiteSpace: 'pre-wrap', marginTop: 8, marginBottom: 0 }}
          >
            {customer.notes || t('customers.profile.noNotes')}
          </Typography.Paragraph>
        </>
      )}
    </>
  );
}

function ContactLines({
  customer,
  list,
}: {
  customer: CustomerResponse;
  list: 'phones' | 'emails';
}) {
  const { t } = useTranslation();
  const entries =
    list === 'phones'
      ? customer.phones.map((phone) => ({
          type: t(`customers.phoneTypes.${phone.type}`),
          value: phone.value,
          primary: phone.primary,
          href: `tel:${phone.value.replace(/[^\d+]/g, '')}`,
        }))
      : customer.emails.map((email) => ({
          type: t(`customers.emailTypes.${email.type}`),
          value: email.value,
          primary: email.primary,
          href: `mailto:${email.value}`,
        }));
  if (entries.length === 0) return <>{t('common.none')}</>;
  return (
    <Flex vertical gap={2}>
      {entries.map((entry) => (
        <span key={entry.value}>
          <Typography.Text type="secondary">{entry.type}</Typography.Text>{' '}
          <Typography.Link href={entry.href}>{entry.value}</Typography.Link>{' '}
          {entry.primary && <PrimaryMark />}
        </span>
      ))}
    </Flex>
  );
}

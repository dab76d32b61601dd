import { Alert, Flex, Radio, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerResponse } from '../../customers/customer-types';
import {
  isListField,
  mergedValues,
  type FieldChoice,
  type MergeField,
  type MergePair,
  type MergeSide,
} from '../merge-choices';
import { MergeFieldValue } from './MergeFieldValue';

interface MergeFieldTableProps {
  pair: MergePair;
  fields: readonly MergeField[];
  /** How many readable fields hold the same value on both records. */
  sameCount: number;
  choices: Readonly<Record<string, FieldChoice>>;
  onChoose: (field: MergeField, choice: FieldChoice) => void;
}

function ColumnTitle({
  customer,
  own,
  survives,
}: {
  customer: CustomerResponse;
  own: boolean;
  survives: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2}>
      <Flex gap={6} align="center" wrap>
        <Typography.Text code>{customer.number}</Typography.Text>
        {survives ? (
          <Tag color="green" style={{ marginInlineEnd: 0 }}>
            {t('customerMerge.compare.survives')}
          </Tag>
        ) : (
          <Tag style={{ marginInlineEnd: 0 }}>{t('customerMerge.compare.mergedAway')}</Tag>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
        {own ? t('customerMerge.compare.thisRecord') : customer.name}
      </Typography.Text>
    </Flex>
  );
}

/** The differing fields side by side, with a choice per field and the merged result. */
export function MergeFieldTable({
  pair,
  fields,
  sameCount,
  choices,
  onChoose,
}: MergeFieldTableProps) {
  const { t } = useTranslation();
  const merged = mergedValues(pair, choices, fields);
  const label = (field: MergeField) => t(`customers.fields.${field}`);

  const sideCell = (side: MergeSide) => {
    const record = side === 'current' ? pair.current : pair.other;
    return {
      title: (
        <ColumnTitle customer={record} own={side === 'current'} survives={pair.survivor === side} />
      ),
      key: side,
      render: (_: unknown, field: MergeField) => (
        <Radio
          checked={choices[field] === side}
          onChange={() => onChoose(field, side)}
          aria-label={t('customerMerge.compare.keepValue', {
            field: label(field),
            number: record.number,
          })}
        >
          <MergeFieldValue field={field} value={record[field]} />
        </Radio>
      ),
    };
  };

  const columns: TableColumnsType<MergeField> = [
    {
      title: t('customerMerge.compare.field'),
      key: 'field',
      width: 120,
      render: (_, field) => <Typography.Text strong>{label(field)}</Typography.Text>,
    },
    sideCell('current'),
    sideCell('other'),
    {
      title: t('customerMerge.compare.result'),
      key: 'result',
      render: (_, field) => (
        <Flex vertical gap={4} data-merged={field}>
          {isListField(field) && (
            <Radio
              checked={choices[field] === 'both'}
              onChange={() => onChoose(field, 'both')}
              aria-label={t('customerMerge.compare.keepBothOf', { field: label(field) })}
            >
              {t('customerMerge.compare.keepBoth')}
            </Radio>
          )}
          <MergeFieldValue field={field} value={merged[field]} />
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      {fields.length === 0 ? (
        <Alert type="info" showIcon title={t('customerMerge.compare.allSame')} />
      ) : (
        <Table<MergeField>
          rowKey={(field) => field}
          size="small"
          columns={columns}
          dataSource={[...fields]}
          pagination={false}
        />
      )}
      {sameCount > 0 && (
        <Typography.Text type="secondary">
          {t('customerMerge.compare.sameCount', { count: sameCount })}
        </Typography.Text>
      )}
    </Flex>
  );
}

import { ArrowRightOutlined, SwapOutlined } from '@ant-design/icons';
import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../../shared/components/RowActions';
import type { EdgeRow } from '../edge-rows';
import { RelatedCustomerName } from './RelatedCustomerName';

interface RelationshipEdgesTableProps {
  rows: EdgeRow[];
  centreId: string;
  /** Undefined when the user may not change this relationship. */
  onEdit: (row: EdgeRow) => (() => void) | undefined;
  onDelete: (row: EdgeRow) => (() => Promise<void>) | undefined;
}

/** Who the row names in its buttons' accessible names: "Acme → Blue Sky". */
export function rowName(row: EdgeRow, hidden: string): string {
  const name = (node: EdgeRow['from']) => (node?.readable ? (node.name ?? hidden) : hidden);
  return `${name(row.from)} → ${name(row.to)}`;
}

/** Every relationship of the graph as a table: the version screen readers and tests use. */
export function RelationshipEdgesTable({
  rows,
  centreId,
  onEdit,
  onDelete,
}: RelationshipEdgesTableProps) {
  const { t } = useTranslation();
  const hidden = t('relationships.hiddenCustomer');

  const columns: TableColumnsType<EdgeRow> = [
    {
      title: t('relationships.list.from'),
      key: 'from',
      render: (_, row) => <RelatedCustomerName node={row.from} centreId={centreId} />,
    },
    {
      title: t('relationships.list.relationship'),
      key: 'relationship',
      render: (_, row) => (
        <Flex vertical gap={2} align="flex-start">
          <Flex gap={6} align="center">
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              {row.label}
            </Tag>
            {row.edge.symmetric ? (
              <SwapOutlined aria-label={t('relationships.list.bothWays')} />
            ) : (
              <ArrowRightOutlined aria-hidden />
            )}
          </Flex>
          {row.centreReading && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('relationships.list.seenFromHere', { label: row.centreReading })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('relationships.list.to'),
      key: 'to',
      render: (_, row) => <RelatedCustomerName node={row.to} centreId={centreId} />,
    },
    {
      title: t('relationships.list.details'),
      key: 'details',
      render: (_, row) => (row.details.length > 0 ? row.details.join(' · ') : t('common.none')),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 190,
      // The card is narrow beside the profile: the buttons stay in view while the rest scrolls.
      fixed: 'end',
      render: (_, row) => (
        <RowActions
          recordName={rowName(row, hidden)}
          onEdit={onEdit(row)}
          onDelete={onDelete(row)}
          deleteConfirm={t('relationships.list.deleteConfirm')}
        />
      ),
    },
  ];

  return (
    <Table<EdgeRow>
      aria-label={t('relationships.list.title')}
      rowKey={(row) => row.edge.id}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      size="middle"
      scroll={{ x: 760 }}
    />
  );
}

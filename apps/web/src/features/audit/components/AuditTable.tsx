import type { AuditEntryResponse } from '@kehu/contracts';
import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../shared/components/DateTimeText';
import { AuditChanges } from './AuditChanges';
import { useAuditLabels } from './use-audit-labels';

const ACTION_COLORS: Record<AuditEntryResponse['action'], string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  restore: 'gold',
  merge: 'purple',
  revoke: 'volcano',
};

interface AuditTableProps {
  entries: AuditEntryResponse[];
  loading: boolean;
}

export function AuditTable({ entries, loading }: AuditTableProps) {
  const { t } = useTranslation();
  const { actionLabel, actorTypeLabel, entityLabel } = useAuditLabels();

  const columns: TableColumnsType<AuditEntryResponse> = [
    {
      title: t('audit.when'),
      dataIndex: 'createdAt',
      width: 170,
      render: (_, entry) => (
        <Flex vertical>
          <DateTimeText value={entry.createdAt} />
          {entry.requestId && (
            <Typography.Text
              type="secondary"
              copyable={{ text: entry.requestId }}
              style={{ fontSize: 12 }}
              title={t('audit.requestId')}
            >
              {entry.requestId.slice(0, 8)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 180,
      render: (_, entry) => (
        <Flex vertical>
          <Typography.Text>{entry.actorName ?? actorTypeLabel(entry.actorType)}</Typography.Text>
          {entry.actorName && (
            <Typography.Text type="secondary">{actorTypeLabel(entry.actorType)}</Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 110,
      render: (_, entry) => (
        <Tag color={ACTION_COLORS[entry.action]}>{actionLabel(entry.action)}</Tag>
      ),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      width: 220,
      render: (_, entry) => (
        <Flex vertical>
          <Typography.Text>{entityLabel(entry.entity)}</Typography.Text>
          <Typography.Text
            type="secondary"
            copyable={{ text: entry.entityId }}
            style={{ fontSize: 12 }}
          >
            {entry.entityId.slice(0, 8)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('audit.changes'),
      dataIndex: 'changes',
      render: (_, entry) => <AuditChanges entity={entry.entity} changes={entry.changes} />,
    },
  ];

  return (
    <Table<AuditEntryResponse>
      rowKey="id"
      columns={columns}
      dataSource={entries}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
    />
  );
}

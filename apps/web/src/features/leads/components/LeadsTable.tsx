import { Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTimeText } from '../../../shared/components/DateTimeText';
import type { LeadResponse } from '../lead-types';
import { LeadStatusTag } from './LeadStatusTag';

interface LeadsTableProps {
  leads: LeadResponse[];
  loading: boolean;
  selection?: { keys: string[]; onChange: (keys: string[]) => void };
  empty: ReactNode;
}

/** The leads of the current page of the list; the name opens the lead. */
export function LeadsTable({ leads, loading, selection, empty }: LeadsTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<LeadResponse> = [
    {
      key: 'name',
      title: t('leads.fields.name'),
      render: (_, lead) => (
        <>
          <Link to={`/leads/${lead.id}`}>{lead.name}</Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {lead.number}
            {lead.company ? ` · ${lead.company}` : ''}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'status',
      title: t('leads.fields.status'),
      render: (_, lead) => <LeadStatusTag status={lead.status} />,
    },
    {
      key: 'source',
      title: t('leads.fields.source'),
      render: (_, lead) => t(`leads.sources.${lead.source}`),
    },
    { key: 'score', title: t('leads.fields.score'), dataIndex: 'score', align: 'right' },
    {
      key: 'region',
      title: t('leads.fields.region'),
      render: (_, lead) => lead.region ?? t('common.none'),
    },
    {
      key: 'owner',
      title: t('leads.fields.owner'),
      render: (_, lead) => lead.owner?.name ?? t('leads.noOwner'),
    },
    {
      key: 'team',
      title: t('leads.fields.team'),
      render: (_, lead) => lead.team?.name ?? t('common.none'),
    },
    {
      key: 'nextFollowUpAt',
      title: t('leads.fields.nextFollowUpAt'),
      render: (_, lead) => <DateTimeText value={lead.nextFollowUpAt} />,
    },
  ];
  return (
    <Table<LeadResponse>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={leads}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      rowSelection={
        selection && {
          selectedRowKeys: selection.keys,
          onChange: (keys) => selection.onChange(keys.map(String)),
        }
      }
    />
  );
}

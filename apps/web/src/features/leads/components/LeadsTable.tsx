import { Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTimeText } from '../../../shared/components/DateTimeText';
import {
  customFieldColumn,
  customFieldSortFromTable,
} from '../../../shared/custom-fields/custom-field-columns';
import type { CustomFieldSort } from '../../../shared/custom-fields/custom-field-filters';
import type { CustomFieldDefinition } from '../../../shared/custom-fields/custom-field-types';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { DEFAULT_LEAD_SORT, type LeadListSort } from '../lead-list-filters';
import type { LeadResponse } from '../lead-types';
import { LeadStatusTag } from './LeadStatusTag';

/** The list's own columns, in display order; the name opens the lead, so it always shows. */
export const LEAD_COLUMN_KEYS = [
  'name',
  'status',
  'source',
  'score',
  'region',
  'owner',
  'team',
  'nextFollowUpAt',
] as const;

interface LeadsTableProps {
  leads: LeadResponse[];
  loading: boolean;
  /** The chosen columns: built-in keys and custom fields' `cf.<key>`, in order. */
  columns: readonly string[];
  /** The lead fields the user sees: their chosen columns show, sortable ones sort. */
  customFields: readonly CustomFieldDefinition[];
  sort: LeadListSort;
  onSortChange: (sort: LeadListSort) => void;
  selection?: { keys: string[]; onChange: (keys: string[]) => void };
  empty: ReactNode;
}

/** The leads of the current page of the list; the name opens the lead. */
export function LeadsTable({
  leads,
  loading,
  columns: chosen,
  customFields,
  sort,
  onSortChange,
  selection,
  empty,
}: LeadsTableProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const builtIn: TableColumnsType<LeadResponse> = [
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
  const byKey = new Map(builtIn.map((column) => [String(column.key), column]));
  for (const definition of customFields) {
    const column = customFieldColumn<LeadResponse>(definition, language, sort);
    byKey.set(String(column.key), column);
  }
  const columns = chosen.flatMap((key) => byKey.get(key) ?? []);
  const onChange: TableProps<LeadResponse>['onChange'] = (_pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const customSort = customFieldSortFromTable(String(single?.field ?? ''), single?.order);
    // Only custom columns sort from their header; the built-in sorts are in the filters.
    if (customSort) onSortChange(customSort as CustomFieldSort);
    else if (String(sort).includes('cf.')) onSortChange(DEFAULT_LEAD_SORT);
  };
  return (
    <Table<LeadResponse>
      rowKey="id"
      size="middle"
      columns={columns}
      onChange={onChange}
      showSorterTooltip={false}
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

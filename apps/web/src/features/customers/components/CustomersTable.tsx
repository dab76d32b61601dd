import { Flex, Table, Tag, Typography, type TableColumnsType, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ResizableHeaderCell,
  type ResizableHeaderCellProps,
} from '../../../shared/components/ResizableHeaderCell';
import {
  customFieldColumn,
  customFieldSortFromTable,
} from '../../../shared/custom-fields/custom-field-columns';
import type { CustomFieldSort } from '../../../shared/custom-fields/custom-field-filters';
import type { CustomFieldDefinition } from '../../../shared/custom-fields/custom-field-types';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import {
  clampColumnWidth,
  isCustomFieldColumn,
  type BuiltInCustomerColumn,
  type CustomerColumnKey,
  type CustomerColumnWidths,
} from '../customer-columns';
import type { CustomerListSort } from '../customer-list-filters';
import type { CustomerResponse } from '../customer-types';
import { primaryOf } from '../format-address';
import { CompactTags } from './CompactTags';
import { CustomerKindLabel } from './CustomerKindIcon';
import { TierTag } from './TierTag';

type SortField = 'number' | 'name' | 'createdAt' | 'updatedAt';
const SORT_FIELDS: readonly string[] = ['number', 'name', 'createdAt', 'updatedAt'];

interface CustomersTableProps {
  customers: CustomerResponse[];
  loading: boolean;
  columns: readonly CustomerColumnKey[];
  /** Widths the user dragged; the others keep their defaults. */
  widths: CustomerColumnWidths;
  /** A column was resized (at the end of the drag). */
  onWidthChange: (key: CustomerColumnKey, width: number) => void;
  /** On a phone only the columns needed to pick a customer are shown. */
  phone: boolean;
  /** The custom fields the user sees: their chosen columns show, sortable ones sort. */
  customFields: readonly CustomFieldDefinition[];
  sort: CustomerListSort;
  onSortChange: (sort: CustomerListSort) => void;
  /** Row selection for bulk actions; none when the user may not act in bulk. */
  selection?: { keys: string[]; onChange: (keys: string[]) => void };
  empty: ReactNode;
}

function sortOrderOf(sort: string, field: SortField): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

/** Default widths: the default columns fit a 1440 px screen beside the sidebar. */
const CUSTOM_FIELD_WIDTH = 140;
const DEFAULT_WIDTHS: Record<BuiltInCustomerColumn, number> = {
  number: 96,
  name: 160,
  kind: 80,
  tier: 80,
  tags: 180,
  roles: 140,
  owner: 96,
  team: 100,
  phone: 140,
  email: 200,
  industry: 110,
  region: 84,
  source: 100,
  lastInteractionAt: 108,
  nextFollowUpOn: 100,
  createdAt: 150,
  updatedAt: 150,
};

/** The columns still shown on a phone, with their widths there; the name takes the rest. */
const PHONE_WIDTHS: Partial<Record<CustomerColumnKey, number>> = { tier: 64, phone: 124 };
const PHONE_COLUMNS: readonly CustomerColumnKey[] = ['name', 'tier', 'phone'];

/** A timestamp in local time, the exact one on hover; light enough for every row. */
function DayTime({ value, dateOnly = false }: { value: string | null; dateOnly?: boolean }) {
  const { t } = useTranslation();
  if (!value) return <>{t('common.none')}</>;
  const time = dayjs(value);
  return (
    <time dateTime={value} title={time.format('YYYY-MM-DD HH:mm:ss Z')}>
      {time.format(dateOnly ? 'YYYY-MM-DD' : 'YYYY-MM-DD HH:mm')}
    </time>
  );
}

function FollowUpDate({ day }: { day: string | null }) {
  const { t } = useTranslation();
  if (!day) return <>{t('common.none')}</>;
  const overdue = dayjs(day).isBefore(dayjs(), 'day');
  return <Typography.Text type={overdue ? 'danger' : undefined}>{day}</Typography.Text>;
}

export function CustomersTable({
  customers,
  loading,
  columns: chosen,
  widths,
  onWidthChange,
  phone,
  customFields,
  sort,
  onSortChange,
  selection,
  empty,
}: CustomersTableProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const none = t('common.none');
  // The width of a column being dragged, before it is remembered.
  const [dragging, setDragging] = useState<{ key: CustomerColumnKey; width: number } | null>(null);
  const widthOf = (key: CustomerColumnKey) =>
    dragging?.key === key
      ? dragging.width
      : (widths[key] ?? (isCustomFieldColumn(key) ? CUSTOM_FIELD_WIDTH : DEFAULT_WIDTHS[key]));
  const fieldsByColumn = new Map(
    customFields.map((definition) => [`cf.${definition.key}`, definition]),
  );
  // A custom field's column shows while the field exists and the user sees it.
  const visible = (phone ? chosen.filter((key) => PHONE_COLUMNS.includes(key)) : chosen).filter(
    (key) => !isCustomFieldColumn(key) || fieldsByColumn.has(key),
  );
  const sortable = (field: SortField) => ({
    sorter: true,
    sortOrder: sortOrderOf(sort, field),
    sortDirections: ['descend', 'ascend', 'descend'] as Array<'ascend' | 'descend'>,
  });

  const builtIn: Record<BuiltInCustomerColumn, TableColumnsType<CustomerResponse>[number]> = {
    number: {
      title: t('customers.fields.number'),
      dataIndex: 'number',
      width: 116,
      ...sortable('number'),
      render: (_, customer) => (
        <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {customer.number}
        </Typography.Text>
      ),
    },
    name: {
      title: t('customers.fields.name'),
      dataIndex: 'name',
      ...sortable('name'),
      render: (_, customer) => (
        <Link to={`/customers/${customer.id}`} title={customer.name} style={{ fontWeight: 500 }}>
          {customer.name}
        </Link>
      ),
    },
    kind: {
      title: t('customers.fields.kind'),
      dataIndex: 'kind',
      width: 96,
      render: (_, customer) => <CustomerKindLabel kind={customer.kind} />,
    },
    tier: {
      title: t('customers.fields.tier'),
      dataIndex: 'tier',
      width: 96,
      render: (_, customer) => <TierTag tier={customer.tier} />,
    },
    tags: {
      title: t('customers.fields.tags'),
      dataIndex: 'tags',
      render: (_, customer) => <CompactTags tags={customer.tags} />,
    },
    roles: {
      title: t('customers.fields.roles'),
      dataIndex: 'roles',
      render: (_, customer) => (
        <Flex gap={4} wrap>
          {customer.roles.map((role) => (
            <Tag key={role} style={{ marginInlineEnd: 0 }}>
              {t(`customers.roles.${role}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    owner: {
      title: t('customers.fields.owner'),
      dataIndex: 'owner',
      render: (_, customer) => customer.owner?.name ?? none,
    },
    team: {
      title: t('customers.fields.team'),
      dataIndex: 'team',
      render: (_, customer) => customer.team?.name ?? none,
    },
    phone: {
      title: t('customers.fields.phone'),
      key: 'phone',
      render: (_, customer) => (
        <span style={{ whiteSpace: 'nowrap' }}>{primaryOf(customer.phones)?.value ?? none}</span>
      ),
    },
    email: {
      title: t('customers.fields.email'),
      key: 'email',
      render: (_, customer) => primaryOf(customer.emails)?.value ?? none,
    },
    industry: {
      title: t('customers.fields.industry'),
      dataIndex: 'industry',
      render: (_, customer) => customer.industry || none,
    },
    region: {
      title: t('customers.fields.region'),
      dataIndex: 'region',
      render: (_, customer) => customer.region || none,
    },
    source: {
      title: t('customers.fields.source'),
      dataIndex: 'source',
      render: (_, customer) => customer.source || none,
    },
    lastInteractionAt: {
      title: t('customers.fields.lastInteractionAt'),
      dataIndex: 'lastInteractionAt',
      render: (_, customer) => <DayTime value={customer.lastInteractionAt} dateOnly />,
    },
    nextFollowUpOn: {
      title: t('customers.fields.nextFollowUpOn'),
      dataIndex: 'nextFollowUpOn',
      render: (_, customer) => <FollowUpDate day={customer.nextFollowUpOn} />,
    },
    createdAt: {
      title: t('customers.fields.createdAt'),
      dataIndex: 'createdAt',
      width: 150,
      ...sortable('createdAt'),
      render: (_, customer) => <DayTime value={customer.createdAt} />,
    },
    updatedAt: {
      title: t('customers.fields.updatedAt'),
      dataIndex: 'updatedAt',
      width: 150,
      ...sortable('updatedAt'),
      render: (_, customer) => <DayTime value={customer.updatedAt} />,
    },
  };

  const columnOf = (key: CustomerColumnKey): TableColumnsType<CustomerResponse>[number] => {
    const definition = isCustomFieldColumn(key) ? fieldsByColumn.get(key) : undefined;
    if (definition) return customFieldColumn<CustomerResponse>(definition, language, sort);
    return builtIn[key as BuiltInCustomerColumn];
  };

  const onChange: TableProps<CustomerResponse>['onChange'] = (_pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = String(single?.field ?? '');
    const customSort = customFieldSortFromTable(field, single?.order);
    if (customSort) {
      onSortChange(customSort as CustomFieldSort);
      return;
    }
    if (!single?.order || !SORT_FIELDS.includes(field)) {
      onSortChange('-createdAt');
      return;
    }
    onSortChange(`${single.order === 'descend' ? '-' : ''}${field}` as CustomerListSort);
  };

  const columns = visible.map((key) => ({
    ...columnOf(key),
    key,
    width: phone ? PHONE_WIDTHS[key] : widthOf(key),
    ellipsis: key === 'tags' ? false : { showTitle: key !== 'name' },
    onHeaderCell: (): ResizableHeaderCellProps => ({
      width: phone ? undefined : widthOf(key),
      resizeLabel: t('customers.list.resizeColumn', { column: columnOf(key).title as string }),
      onResize: (width) => setDragging({ key, width: clampColumnWidth(width) }),
      onResizeEnd: (width) => {
        setDragging(null);
        onWidthChange(key, clampColumnWidth(width));
      },
    }),
  }));
  const selectionWidth = selection ? 40 : 0;
  const scrollX = phone
    ? undefined
    : columns.reduce((sum, column) => sum + (column.width ?? 0), selectionWidth);

  return (
    <Table<CustomerResponse>
      rowKey="id"
      size="middle"
      tableLayout="fixed"
      components={{ header: { cell: ResizableHeaderCell } }}
      columns={columns}
      dataSource={customers}
      loading={loading}
      pagination={false}
      onChange={onChange}
      scroll={scrollX === undefined ? undefined : { x: scrollX }}
      sticky={{ offsetHeader: 64 }}
      showSorterTooltip={false}
      locale={{ emptyText: empty }}
      rowSelection={
        selection && {
          selectedRowKeys: selection.keys,
          onChange: (keys) => selection.onChange(keys.map(String)),
          preserveSelectedRowKeys: true,
          columnWidth: selectionWidth,
        }
      }
    />
  );
}

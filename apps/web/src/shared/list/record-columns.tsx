import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { DateTimeText } from '../components/DateTimeText';

type Column<TRecord> = TableColumnsType<TRecord>[number];

/** The column with a record's last update time. */
export function updatedAtColumn<TRecord extends { updatedAt: string }>(
  title: string,
  width: number,
): Column<TRecord> {
  return {
    title,
    dataIndex: 'updatedAt',
    width,
    render: (value: string) => <DateTimeText value={value} />,
  };
}

/** The last column, with a row's actions (edit, delete...). */
export function actionsColumn<TRecord>(
  title: string,
  width: number,
  render: (record: TRecord) => ReactNode,
): Column<TRecord> {
  return { title, key: 'actions', width, render: (_, record) => render(record) };
}

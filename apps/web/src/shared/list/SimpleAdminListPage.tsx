import { PlusOutlined } from '@ant-design/icons';
import type { SubjectName } from '@kehu/domain';
import { Button, Table, Typography, type TableColumnsType } from 'antd';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../access/use-app-ability';
import { RowActions } from '../components/RowActions';
import { useUndoableDelete } from '../components/use-undoable-delete';
import { ListPage } from './ListPage';
import { actionsColumn, updatedAtColumn } from './record-columns';
import { searchListCodec, toSearchListQuery, type SearchListState } from './search-list';
import { useListPageState, type ListSource } from './use-list-page-state';

interface AdminRecord {
  id: string;
  name: string;
  updatedAt: string;
}

interface SimpleAdminListPageProps<TRecord extends AdminRecord> {
  /** The permission subject: create, update and delete are offered as it allows. */
  subject: SubjectName;
  texts: {
    title: string;
    subtitle: string;
    /** The create button. */
    new: string;
    searchPlaceholder: string;
    /** The name column. */
    name: string;
    deleteConfirm: string;
  };
  source: ListSource<SearchListState, TRecord>;
  /** The columns between the name and the update time. */
  columns: TableColumnsType<TRecord>;
  remove: (record: TRecord) => Promise<void>;
  restore: (record: TRecord) => Promise<void>;
  /** The create/edit drawer: the record to edit, or null to create one. */
  drawer: (props: { open: boolean; record: TRecord | null; onClose: () => void }) => ReactNode;
}

/**
 * A searchable list of named admin records (teams, dealer organisations...): a name column,
 * the page's own columns, the update time, edit and undoable delete, and a create/edit drawer.
 */
export function SimpleAdminListPage<TRecord extends AdminRecord>({
  subject,
  texts,
  source,
  columns,
  remove,
  restore,
  drawer,
}: SimpleAdminListPageProps<TRecord>) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const page = useListPageState({ codec: searchListCodec, toQuery: toSearchListQuery, source });
  const { list } = page;
  const [editing, setEditing] = useState<{ record: TRecord | null } | null>(null);
  const deleteRecord = useUndoableDelete<TRecord>({
    remove,
    restore,
    nameOf: (record) => record.name,
  });

  const allColumns: TableColumnsType<TRecord> = [
    {
      title: texts.name,
      dataIndex: 'name',
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    ...columns,
    updatedAtColumn(t('common.updatedAt'), 180),
    actionsColumn(t('common.actions'), 200, (record) => (
      <RowActions
        recordName={record.name}
        onEdit={ability.can('update', subject) ? () => setEditing({ record }) : undefined}
        onDelete={ability.can('delete', subject) ? () => deleteRecord(record) : undefined}
        deleteConfirm={texts.deleteConfirm}
      />
    )),
  ];

  return (
    <>
      <ListPage
        page={page}
        title={texts.title}
        subtitle={texts.subtitle}
        actions={
          ability.can('create', subject) && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ record: null })}
            >
              {texts.new}
            </Button>
          )
        }
        searchPlaceholder={texts.searchPlaceholder}
      >
        {() => (
          <Table<TRecord>
            rowKey="id"
            columns={allColumns}
            dataSource={list.items}
            loading={list.isLoading}
            pagination={false}
          />
        )}
      </ListPage>
      <Fragment key={editing?.record?.id ?? 'new'}>
        {drawer({
          open: editing !== null,
          record: editing?.record ?? null,
          onClose: () => setEditing(null),
        })}
      </Fragment>
    </>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import type { DealerOrgResponse } from '@kehu/contracts';
import { Button, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { DateTimeText } from '../../../shared/components/DateTimeText';
import { RowActions } from '../../../shared/components/RowActions';
import { useUndoableDelete } from '../../../shared/components/use-undoable-delete';
import { ListPage } from '../../../shared/list/ListPage';
import { searchListCodec, toSearchListQuery } from '../../../shared/list/search-list';
import { useListPageState } from '../../../shared/list/use-list-page-state';
import { DealerOrgFormDrawer } from '../components/DealerOrgFormDrawer';
import { useDealerOrgMutations } from '../hooks/use-dealer-org-mutations';
import { dealerOrgListSource } from '../hooks/dealer-org-list-source';

export function DealerOrgsPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const page = useListPageState({
    codec: searchListCodec,
    toQuery: toSearchListQuery,
    source: dealerOrgListSource,
  });
  const { list } = page;
  const { remove, restore } = useDealerOrgMutations();
  const [drawer, setDrawer] = useState<{ dealerOrg: DealerOrgResponse | null } | null>(null);
  const deleteDealerOrg = useUndoableDelete<DealerOrgResponse>({
    remove: (org) => remove.mutateAsync(org),
    restore: (org) => restore.mutateAsync(org),
    nameOf: (org) => org.name,
  });
  const orNone = (value: string | null) => value ?? t('common.none');

  const columns: TableColumnsType<DealerOrgResponse> = [
    {
      title: t('dealerOrgs.name'),
      dataIndex: 'name',
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    { title: t('dealerOrgs.region'), dataIndex: 'region', render: orNone },
    { title: t('dealerOrgs.contactEmail'), dataIndex: 'contactEmail', render: orNone },
    { title: t('dealerOrgs.phone'), dataIndex: 'phone', render: orNone },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      width: 180,
      render: (value: string) => <DateTimeText value={value} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, org) => (
        <RowActions
          recordName={org.name}
          onEdit={
            ability.can('update', 'DealerOrg') ? () => setDrawer({ dealerOrg: org }) : undefined
          }
          onDelete={ability.can('delete', 'DealerOrg') ? () => deleteDealerOrg(org) : undefined}
          deleteConfirm={t('dealerOrgs.deleteConfirm')}
        />
      ),
    },
  ];

  return (
    <>
      <ListPage
        page={page}
        title={t('dealerOrgs.title')}
        subtitle={t('dealerOrgs.subtitle')}
        actions={
          ability.can('create', 'DealerOrg') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ dealerOrg: null })}
            >
              {t('dealerOrgs.new')}
            </Button>
          )
        }
        searchPlaceholder={t('dealerOrgs.searchPlaceholder')}
      >
        {() => (
          <Table<DealerOrgResponse>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.isLoading}
            pagination={false}
          />
        )}
      </ListPage>
      <DealerOrgFormDrawer
        key={drawer?.dealerOrg?.id ?? 'new'}
        open={drawer !== null}
        dealerOrg={drawer?.dealerOrg ?? null}
        onClose={() => setDrawer(null)}
      />
    </>
  );
}

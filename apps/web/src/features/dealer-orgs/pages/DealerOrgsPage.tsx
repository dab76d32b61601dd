import { PlusOutlined } from '@ant-design/icons';
import type { DealerOrgResponse } from '@kehu/contracts';
import { Button, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { DateTimeText } from '../../../shared/components/DateTimeText';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { RowActions } from '../../../shared/components/RowActions';
import { useUndoableDelete } from '../../../shared/components/use-undoable-delete';
import { DealerOrgFormDrawer } from '../components/DealerOrgFormDrawer';
import { useDealerOrgMutations } from '../hooks/use-dealer-org-mutations';
import { useDealerOrgsList } from '../hooks/use-dealer-orgs-list';

export function DealerOrgsPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const [search, setSearch] = useState('');
  const list = useDealerOrgsList(search);
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
      <PageHeader
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
      />
      <ListToolbar searchPlaceholder={t('dealerOrgs.searchPlaceholder')} onSearch={setSearch} />
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
      <Table<DealerOrgResponse>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
      />
      <LoadMoreFooter
        shown={list.items.length}
        hasMore={list.hasMore}
        loading={list.isLoadingMore}
        onLoadMore={list.loadMore}
      />
      <DealerOrgFormDrawer
        key={drawer?.dealerOrg?.id ?? 'new'}
        open={drawer !== null}
        dealerOrg={drawer?.dealerOrg ?? null}
        onClose={() => setDrawer(null)}
      />
    </>
  );
}

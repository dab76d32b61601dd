import { PlusOutlined } from '@ant-design/icons';
import type { TeamResponse } from '@kehu/contracts';
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
import { TeamFormDrawer } from '../components/TeamFormDrawer';
import { useTeamMutations } from '../hooks/use-team-mutations';
import { useTeamsList } from '../hooks/use-teams-list';

export function TeamsPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const [search, setSearch] = useState('');
  const list = useTeamsList(search);
  const { remove, restore } = useTeamMutations();
  const [drawer, setDrawer] = useState<{ team: TeamResponse | null } | null>(null);
  const deleteTeam = useUndoableDelete<TeamResponse>({
    remove: (team) => remove.mutateAsync(team),
    restore: (team) => restore.mutateAsync(team),
    nameOf: (team) => team.name,
  });

  const columns: TableColumnsType<TeamResponse> = [
    {
      title: t('teams.name'),
      dataIndex: 'name',
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      title: t('teams.description'),
      dataIndex: 'description',
      render: (description: string | null) => description ?? t('common.none'),
    },
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
      render: (_, team) => (
        <RowActions
          recordName={team.name}
          onEdit={ability.can('update', 'Team') ? () => setDrawer({ team }) : undefined}
          onDelete={ability.can('delete', 'Team') ? () => deleteTeam(team) : undefined}
          deleteConfirm={t('teams.deleteConfirm')}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('teams.title')}
        subtitle={t('teams.subtitle')}
        actions={
          ability.can('create', 'Team') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ team: null })}
            >
              {t('teams.new')}
            </Button>
          )
        }
      />
      <ListToolbar searchPlaceholder={t('teams.searchPlaceholder')} onSearch={setSearch} />
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
      <Table<TeamResponse>
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
      <TeamFormDrawer
        key={drawer?.team?.id ?? 'new'}
        open={drawer !== null}
        team={drawer?.team ?? null}
        onClose={() => setDrawer(null)}
      />
    </>
  );
}

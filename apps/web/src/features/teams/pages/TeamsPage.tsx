import { PlusOutlined } from '@ant-design/icons';
import type { TeamResponse } from '@kehu/contracts';
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
import { TeamFormDrawer } from '../components/TeamFormDrawer';
import { useTeamMutations } from '../hooks/use-team-mutations';
import { teamListSource } from '../hooks/team-list-source';

export function TeamsPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const page = useListPageState({
    codec: searchListCodec,
    toQuery: toSearchListQuery,
    source: teamListSource,
  });
  const { list } = page;
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
      <ListPage
        page={page}
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
        searchPlaceholder={t('teams.searchPlaceholder')}
      >
        {() => (
          <Table<TeamResponse>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.isLoading}
            pagination={false}
          />
        )}
      </ListPage>
      <TeamFormDrawer
        key={drawer?.team?.id ?? 'new'}
        open={drawer !== null}
        team={drawer?.team ?? null}
        onClose={() => setDrawer(null)}
      />
    </>
  );
}

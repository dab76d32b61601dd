import { PlusOutlined } from '@ant-design/icons';
import type { UserResponse } from '@kehu/contracts';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { useUndoableDelete } from '../../../shared/components/use-undoable-delete';
import { ListPage } from '../../../shared/list/ListPage';
import { useListPageState } from '../../../shared/list/use-list-page-state';
import { useSession } from '../../auth/hooks/use-session';
import { useDealerOrgOptions } from '../../dealer-orgs/hooks/use-dealer-org-options';
import { useTeamOptions } from '../../teams/hooks/use-team-options';
import { UserFilters } from '../components/UserFilters';
import { UserFormDrawer } from '../components/UserFormDrawer';
import { UsersTable } from '../components/UsersTable';
import { useToggleUserActive } from '../hooks/use-toggle-user-active';
import { useUserMutations } from '../hooks/use-user-mutations';
import { toUserListQuery, userListCodec, userListSource } from '../hooks/user-list-source';

export function UsersPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const { user: currentUser } = useSession();
  const page = useListPageState({
    codec: userListCodec,
    toQuery: toUserListQuery,
    source: userListSource,
  });
  const { list } = page;
  const { teams, teamName } = useTeamOptions(ability.can('read', 'Team'));
  const { dealerOrgName } = useDealerOrgOptions(ability.can('read', 'DealerOrg'));
  const { remove, restore } = useUserMutations();
  const toggleActive = useToggleUserActive();
  const [drawer, setDrawer] = useState<{ user: UserResponse | null } | null>(null);
  const deleteUser = useUndoableDelete<UserResponse>({
    remove: (user) => remove.mutateAsync(user),
    restore: (user) => restore.mutateAsync(user),
    nameOf: (user) => user.name,
  });
  const canUpdate = ability.can('update', 'User');

  return (
    <>
      <ListPage
        page={page}
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        actions={
          ability.can('create', 'User') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ user: null })}
            >
              {t('users.new')}
            </Button>
          )
        }
        searchPlaceholder={t('users.searchPlaceholder')}
        filters={<UserFilters filters={page.state} teams={teams} onChange={page.setState} />}
      >
        {() => (
          <UsersTable
            users={list.items}
            loading={list.isLoading}
            currentUserId={currentUser.id}
            teamName={teamName}
            dealerOrgName={dealerOrgName}
            onEdit={canUpdate ? (user) => setDrawer({ user }) : undefined}
            onToggleActive={canUpdate ? (user) => void toggleActive(user) : undefined}
            onDelete={ability.can('delete', 'User') ? deleteUser : undefined}
          />
        )}
      </ListPage>
      <UserFormDrawer
        key={drawer?.user?.id ?? 'new'}
        open={drawer !== null}
        user={drawer?.user ?? null}
        onClose={() => setDrawer(null)}
      />
    </>
  );
}

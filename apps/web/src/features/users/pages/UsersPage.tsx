import { PlusOutlined } from '@ant-design/icons';
import type { UserResponse } from '@kehu/contracts';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { LoadMoreFooter } from '../../../shared/components/LoadMoreFooter';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useUndoableDelete } from '../../../shared/components/use-undoable-delete';
import { useSession } from '../../auth/hooks/use-session';
import { useDealerOrgOptions } from '../../dealer-orgs/hooks/use-dealer-org-options';
import { useTeamOptions } from '../../teams/hooks/use-team-options';
import { UserFilters } from '../components/UserFilters';
import { UserFormDrawer } from '../components/UserFormDrawer';
import { UsersTable } from '../components/UsersTable';
import { useToggleUserActive } from '../hooks/use-toggle-user-active';
import { useUserMutations } from '../hooks/use-user-mutations';
import { useUsersList, type UserListFilters } from '../hooks/use-users-list';

export function UsersPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const { user: currentUser } = useSession();
  const [filters, setFilters] = useState<UserListFilters>({});
  const list = useUsersList(filters);
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
      <PageHeader
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
      />
      <ListToolbar
        searchPlaceholder={t('users.searchPlaceholder')}
        onSearch={(q) => setFilters({ ...filters, q })}
      >
        <UserFilters filters={filters} teams={teams} onChange={setFilters} />
      </ListToolbar>
      {list.error && <ProblemAlert error={list.error} onRetry={list.refetch} />}
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
      <LoadMoreFooter
        shown={list.items.length}
        hasMore={list.hasMore}
        loading={list.isLoadingMore}
        onLoadMore={list.loadMore}
      />
      <UserFormDrawer
        key={drawer?.user?.id ?? 'new'}
        open={drawer !== null}
        user={drawer?.user ?? null}
        onClose={() => setDrawer(null)}
      />
    </>
  );
}

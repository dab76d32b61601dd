import type { TeamResponse } from '@kehu/contracts';
import { useTranslation } from 'react-i18next';
import { SimpleAdminListPage } from '../../../shared/list/SimpleAdminListPage';
import { TeamFormDrawer } from '../components/TeamFormDrawer';
import { useTeamMutations } from '../hooks/use-team-mutations';
import { teamListSource } from '../hooks/team-list-source';

export function TeamsPage() {
  const { t } = useTranslation();
  const { remove, restore } = useTeamMutations();
  return (
    <SimpleAdminListPage<TeamResponse>
      subject="Team"
      texts={{
        title: t('teams.title'),
        subtitle: t('teams.subtitle'),
        new: t('teams.new'),
        searchPlaceholder: t('teams.searchPlaceholder'),
        name: t('teams.name'),
        deleteConfirm: t('teams.deleteConfirm'),
      }}
      source={teamListSource}
      columns={[
        {
          title: t('teams.description'),
          dataIndex: 'description',
          render: (description: string | null) => description ?? t('common.none'),
        },
      ]}
      remove={(team) => remove.mutateAsync(team)}
      restore={(team) => restore.mutateAsync(team)}
      drawer={({ open, record, onClose }) => (
        <TeamFormDrawer open={open} team={record} onClose={onClose} />
      )}
    />
  );
}

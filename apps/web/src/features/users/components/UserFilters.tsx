import { ROLES } from '@kehu/domain';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TeamResponse } from '@kehu/contracts';
import type { UserListFilters } from '../hooks/user-list-source';

interface UserFiltersProps {
  filters: UserListFilters;
  teams: TeamResponse[];
  onChange: (filters: UserListFilters) => void;
}

type StatusFilter = 'active' | 'inactive';

export function UserFilters({ filters, teams, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const status: StatusFilter | undefined =
    filters.active === undefined ? undefined : filters.active ? 'active' : 'inactive';
  return (
    <>
      <Select
        allowClear
        placeholder={t('users.anyRole')}
        aria-label={t('users.roles')}
        value={filters.role}
        onChange={(role) => onChange({ ...filters, role })}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        style={{ width: 180 }}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('users.anyTeam')}
        aria-label={t('users.teams')}
        value={filters.teamId}
        onChange={(teamId) => onChange({ ...filters, teamId })}
        options={teams.map((team) => ({ value: team.id, label: team.name }))}
        style={{ width: 180 }}
      />
      <Select<StatusFilter>
        allowClear
        placeholder={t('users.anyStatus')}
        aria-label={t('users.status')}
        value={status}
        onChange={(value) =>
          onChange({ ...filters, active: value === undefined ? undefined : value === 'active' })
        }
        options={[
          { value: 'active', label: t('users.active') },
          { value: 'inactive', label: t('users.inactive') },
        ]}
        style={{ width: 160 }}
      />
    </>
  );
}

import type { UserListFilters } from './use-users-list';

export const userQueryKeys = {
  all: ['users'] as const,
  list: (filters: UserListFilters) => ['users', 'list', filters] as const,
};

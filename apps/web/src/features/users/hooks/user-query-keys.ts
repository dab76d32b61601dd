import type { UserListFilters } from './user-list-source';

export const userQueryKeys = {
  all: ['users'] as const,
  list: (filters: UserListFilters) => ['users', 'list', filters] as const,
};

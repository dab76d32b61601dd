import { unwrap, type UserResponse, type UserRole } from '@kehu/contracts';
import { ROLES } from '@kehu/domain';
import { kehuClient } from '../../../shared/api/kehu-client';
import { defineListCodec, listParam } from '../../../shared/list/list-codec';
import type { ListSource } from '../../../shared/list/use-list-page-state';
import { userQueryKeys } from './user-query-keys';

/** The user list's search and filters, as the page and its address hold them. */
export interface UserListFilters {
  q?: string;
  role?: UserRole;
  teamId?: string;
  active?: boolean;
}

export const userListCodec = defineListCodec<UserListFilters>({
  params: {
    q: listParam.text(),
    role: listParam.oneOf(ROLES),
    teamId: listParam.text(),
    active: listParam.boolean(),
  },
  defaults: {},
  search: 'q',
});

export const toUserListQuery = (filters: UserListFilters): UserListFilters => filters;

export const userListSource: ListSource<UserListFilters, UserResponse> = {
  queryKey: userQueryKeys.list,
  fetchPage: async (query, page) =>
    unwrap(await kehuClient.GET('/api/v1/users', { params: { query: { ...query, ...page } } })),
};

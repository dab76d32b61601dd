import { unwrap, type UserResponse, type UserRole } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import { userQueryKeys } from './user-query-keys';

export interface UserListFilters {
  q?: string;
  role?: UserRole;
  teamId?: string;
  active?: boolean;
}

export function useUsersList(filters: UserListFilters): CursorList<UserResponse> {
  return useCursorList(userQueryKeys.list(filters), async (cursor) =>
    unwrap(
      await kehuClient.GET('/api/v1/users', {
        params: { query: { ...filters, q: filters.q || undefined, cursor } },
      }),
    ),
  );
}

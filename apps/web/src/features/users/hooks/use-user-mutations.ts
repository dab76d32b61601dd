import { expectSuccess, unwrap, type CreateUserRequest, type UserResponse } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import { toUpdateUserRequest, type UserChanges } from '../user-form-values';
import { userQueryKeys } from './user-query-keys';

async function fetchUser(id: string): Promise<UserResponse> {
  return unwrap(await kehuClient.GET('/api/v1/users/{id}', { params: { path: { id } } }));
}

/** User writes; each one refreshes every user list. Updates carry the version (If-Match). */
export function useUserMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: userQueryKeys.all });

  const create = useMutation({
    mutationFn: async (body: CreateUserRequest) =>
      unwrap(await kehuClient.POST('/api/v1/users', { body })),
    onSettled,
  });
  const update = useMutation({
    mutationFn: async ({ user, changes }: { user: UserResponse; changes: UserChanges }) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/users/{id}', {
          ...versionedRecord(user),
          body: toUpdateUserRequest(user, changes),
        }),
      ),
    onSettled,
  });
  const remove = useMutation({
    mutationFn: async (user: UserResponse) =>
      expectSuccess(await kehuClient.DELETE('/api/v1/users/{id}', versionedRecord(user))),
    onSettled,
  });
  const restore = useMutation({
    mutationFn: async (user: UserResponse) =>
      expectSuccess(
        await kehuClient.POST('/api/v1/users/{id}/restore', { params: { path: { id: user.id } } }),
      ),
    onSettled,
  });

  return { create, update, remove, restore, fetchUser };
}

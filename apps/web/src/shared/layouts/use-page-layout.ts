import { expectSuccess, unwrap } from '@kehu/contracts';
import type { LayoutPage, PageLayout, Role } from '@kehu/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../api/api-shapes';
import { ifMatch } from '../api/if-match';
import { kehuClient } from '../api/kehu-client';

export type PageLayoutResponse = ApiResponse<'/api/v1/me/layouts/{page}', 'get'>;

export const layoutQueryKeys = {
  all: ['layouts'] as const,
  mine: (page: LayoutPage) => ['layouts', 'mine', page] as const,
};

/**
 * The signed-in user's layout of a page (their own, their role's default or the built-in
 * one, as the API says), with saving, resetting and — for admins — saving as a role's
 * default. Kept on the server, so it follows the user to every device.
 */
export function usePageLayout(page: LayoutPage) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: layoutQueryKeys.mine(page),
    queryFn: async () =>
      unwrap(await kehuClient.GET('/api/v1/me/layouts/{page}', { params: { path: { page } } })),
    staleTime: 60_000,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: layoutQueryKeys.mine(page) });

  const save = useMutation({
    mutationFn: async (layout: PageLayout) =>
      unwrap(
        await kehuClient.PUT('/api/v1/me/layouts/{page}', {
          params: { path: { page } },
          headers: { 'If-Match': ifMatch(query.data?.version ?? 0) },
          body: layout,
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(layoutQueryKeys.mine(page), saved),
    onError: refresh,
  });
  const reset = useMutation({
    mutationFn: async () =>
      expectSuccess(
        await kehuClient.DELETE('/api/v1/me/layouts/{page}', { params: { path: { page } } }),
      ),
    onSettled: refresh,
  });
  const saveAsRoleDefault = useMutation({
    mutationFn: async ({ role, layout }: { role: Role; layout: PageLayout }) =>
      unwrap(
        await kehuClient.PUT('/api/v1/layouts/defaults/{page}', {
          params: { path: { page }, query: { role } },
          body: layout,
        }),
      ),
    onSuccess: refresh,
  });
  return { layout: query.data, isLoading: query.isLoading, save, reset, saveAsRoleDefault };
}

import { expectSuccess, isApiProblemError, unwrap } from '@kehu/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../api/api-shapes';
import { ifMatch } from '../api/if-match';
import { kehuClient } from '../api/kehu-client';

/** The list pages whose columns each user keeps on the server (any device). */
export type ListLayoutPage = 'customer-list' | 'lead-list';

type PageLayout = ApiResponse<'/api/v1/me/layouts/{page}', 'get'>;

const layoutKey = (page: ListLayoutPage) => ['layouts', 'me', page] as const;

async function fetchLayout(page: ListLayoutPage): Promise<PageLayout> {
  return unwrap(await kehuClient.GET('/api/v1/me/layouts/{page}', { params: { path: { page } } }));
}

export interface ColumnLayout {
  /** The columns the user (or their role's default) chose; null: the page's default set. */
  columns: string[] | null;
  /** Whether the server's layout has been read (until then, show the local choice). */
  loaded: boolean;
  /** Keeps the choice for the user on the server; null goes back to the default. */
  save: (columns: string[] | null) => Promise<void>;
}

/**
 * A list's chosen columns, kept per user by the layouts API (GET / PUT / DELETE
 * /me/layouts/{page}), so the choice follows the user to any device. A layout changed on
 * another device since it was read (412) is read again and the choice written over it.
 */
export function useColumnLayout(page: ListLayoutPage): ColumnLayout {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: layoutKey(page),
    queryFn: () => fetchLayout(page),
    staleTime: 5 * 60_000,
  });
  const write = async (columns: string[] | null, version: number): Promise<PageLayout> => {
    const headers = { 'If-Match': ifMatch(version) };
    if (columns === null) {
      expectSuccess(
        await kehuClient.DELETE('/api/v1/me/layouts/{page}', {
          params: { path: { page } },
          headers,
        }),
      );
      return fetchLayout(page);
    }
    return unwrap(
      await kehuClient.PUT('/api/v1/me/layouts/{page}', {
        params: { path: { page } },
        headers,
        body: { panels: [], profileFields: null, columns },
      }),
    );
  };
  const mutation = useMutation({
    mutationFn: async (columns: string[] | null) => {
      const version = query.data?.version ?? (await fetchLayout(page)).version;
      try {
        return await write(columns, version);
      } catch (error) {
        if (!(isApiProblemError(error) && error.status === 412)) throw error;
        return write(columns, (await fetchLayout(page)).version);
      }
    },
    onSuccess: (layout) => queryClient.setQueryData(layoutKey(page), layout),
  });
  return {
    columns: query.data?.columns ?? null,
    loaded: query.data !== undefined || query.isError,
    save: async (columns) => {
      await mutation.mutateAsync(columns);
    },
  };
}

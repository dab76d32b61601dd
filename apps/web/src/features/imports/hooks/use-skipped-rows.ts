import { unwrap } from '@kehu/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { importQueryKeys } from './import-query-keys';

/** Rows per page of the skipped list in the result step. */
export const SKIPPED_PAGE_SIZE = 50;

/** The rows a finished import skipped, with the reason, a page at a time. */
export function useSkippedRows(id: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: importQueryKeys.skipped(id),
    queryFn: async ({ pageParam }) =>
      unwrap(
        await kehuClient.GET('/api/v1/imports/{id}/skipped', {
          params: {
            path: { id },
            query: { limit: SKIPPED_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled,
  });
}

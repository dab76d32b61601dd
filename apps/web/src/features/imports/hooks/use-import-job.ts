import { unwrap } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { isImportActive } from '../import-progress';
import type { ImportJob } from '../import-types';
import { importQueryKeys } from './import-query-keys';

/** How often a queued or running import is asked for its progress. */
export const IMPORT_POLL_MILLISECONDS = 1000;

export async function fetchImportJob(id: string): Promise<ImportJob> {
  return unwrap(await kehuClient.GET('/api/v1/imports/{id}', { params: { path: { id } } }));
}

/** One import, polled while the worker is still going through its rows. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: importQueryKeys.detail(id ?? ''),
    queryFn: () => fetchImportJob(id ?? ''),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status && isImportActive(status) ? IMPORT_POLL_MILLISECONDS : false;
    },
  });
}

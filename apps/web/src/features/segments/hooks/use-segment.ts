import { unwrap } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { SegmentResponse } from '../segment-types';
import { segmentQueryKeys } from './segment-query-keys';

export async function fetchSegment(id: string): Promise<SegmentResponse> {
  return unwrap(await kehuClient.GET('/api/v1/segments/{id}', { params: { path: { id } } }));
}

/** One segment, e.g. the one the customer list is filtered by. */
export function useSegment(id: string | undefined) {
  return useQuery({
    queryKey: segmentQueryKeys.detail(id ?? ''),
    queryFn: () => fetchSegment(id ?? ''),
    enabled: Boolean(id),
    retry: false,
  });
}

/** How many members of a segment the user may read; counted by the server on demand. */
export function useSegmentCount(id: string) {
  return useQuery({
    queryKey: segmentQueryKeys.count(id),
    queryFn: async () =>
      unwrap(await kehuClient.GET('/api/v1/segments/{id}/count', { params: { path: { id } } }))
        .count,
    staleTime: 30_000,
  });
}

import { unwrap } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { SegmentResponse } from '../segment-types';
import { segmentQueryKeys } from './segment-query-keys';

const MAX_PAGE = 200;

/** Segments for pickers: the first 200 by name (a picker searches, it does not page). */
export function useSegmentOptions(): { segments: SegmentResponse[]; loading: boolean } {
  const mayRead = useAppAbility().can('read', 'Segment');
  const query = useQuery({
    queryKey: segmentQueryKeys.options,
    queryFn: async () =>
      unwrap(
        await kehuClient.GET('/api/v1/segments', {
          params: { query: { limit: MAX_PAGE, sort: 'name' } },
        }),
      ),
    enabled: mayRead,
    staleTime: 60_000,
  });
  return { segments: query.data?.items ?? [], loading: query.isLoading };
}

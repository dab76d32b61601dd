import { unwrap } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import type { SegmentResponse } from '../segment-types';
import { segmentQueryKeys } from './segment-query-keys';

/** The segments the user may read, by name; only the creator's own unless a marketer or admin. */
export function useSegmentsList(search: string): CursorList<SegmentResponse> {
  return useCursorList(segmentQueryKeys.list(search), async (cursor) =>
    unwrap(
      await kehuClient.GET('/api/v1/segments', {
        params: { query: { q: search || undefined, cursor, sort: 'name' } },
      }),
    ),
  );
}

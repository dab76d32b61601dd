import { unwrap } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { SearchListState } from '../../../shared/list/search-list';
import type { ListSource } from '../../../shared/list/use-list-page-state';
import type { SegmentResponse } from '../segment-types';
import { segmentQueryKeys } from './segment-query-keys';

/** The segments the user may read, by name; only the creator's own unless a marketer or admin. */
export const segmentListSource: ListSource<SearchListState, SegmentResponse> = {
  queryKey: (query) => segmentQueryKeys.list(query.q ?? ''),
  fetchPage: async (query, page) =>
    unwrap(
      await kehuClient.GET('/api/v1/segments', {
        params: { query: { q: query.q, ...page, sort: 'name' } },
      }),
    ),
};

import { unwrap } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { defineListCodec, listParam } from '../../../shared/list/list-codec';
import type { ListSource } from '../../../shared/list/use-list-page-state';
import type { SegmentResponse } from '../segment-types';
import { segmentQueryKeys } from './segment-query-keys';

/** The segment list's search, as the page and its address hold it. */
export interface SegmentListState {
  q?: string;
}

export const segmentListCodec = defineListCodec<SegmentListState>({
  params: { q: listParam.text() },
  defaults: {},
  search: 'q',
});

export const toSegmentListQuery = (state: SegmentListState): SegmentListState => state;

/** The segments the user may read, by name; only the creator's own unless a marketer or admin. */
export const segmentListSource: ListSource<SegmentListState, SegmentResponse> = {
  queryKey: (query) => segmentQueryKeys.list(query.q ?? ''),
  fetchPage: async (query, page) =>
    unwrap(
      await kehuClient.GET('/api/v1/segments', {
        params: { query: { q: query.q, ...page, sort: 'name' } },
      }),
    ),
};

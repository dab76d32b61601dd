import { unwrap, type TeamResponse } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { SearchListState } from '../../../shared/list/search-list';
import type { ListSource } from '../../../shared/list/use-list-page-state';
import { teamQueryKeys } from './team-query-keys';

export const teamListSource: ListSource<SearchListState, TeamResponse> = {
  queryKey: (query) => teamQueryKeys.list(query.q ?? ''),
  fetchPage: async (query, page) =>
    unwrap(await kehuClient.GET('/api/v1/teams', { params: { query: { q: query.q, ...page } } })),
};

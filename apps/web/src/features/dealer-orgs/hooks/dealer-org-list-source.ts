import { unwrap, type DealerOrgResponse } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { SearchListState } from '../../../shared/list/search-list';
import type { ListSource } from '../../../shared/list/use-list-page-state';
import { dealerOrgQueryKeys } from './dealer-org-query-keys';

export const dealerOrgListSource: ListSource<SearchListState, DealerOrgResponse> = {
  queryKey: (query) => dealerOrgQueryKeys.list(query.q ?? ''),
  fetchPage: async (query, page) =>
    unwrap(
      await kehuClient.GET('/api/v1/dealer-orgs', { params: { query: { q: query.q, ...page } } }),
    ),
};

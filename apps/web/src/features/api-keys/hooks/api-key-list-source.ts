import { unwrap, type ApiKeyResponse } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { SearchListState } from '../../../shared/list/search-list';
import type { ListSource } from '../../../shared/list/use-list-page-state';
import { apiKeyQueryKeys } from './api-key-query-keys';

export const apiKeyListSource: ListSource<SearchListState, ApiKeyResponse> = {
  queryKey: (query) => apiKeyQueryKeys.list(query.q ?? ''),
  fetchPage: async (query, page) =>
    unwrap(
      await kehuClient.GET('/api/v1/api-keys', { params: { query: { q: query.q, ...page } } }),
    ),
};

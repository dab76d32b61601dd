import { unwrap, type ApiKeyResponse } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import { apiKeyQueryKeys } from './api-key-query-keys';

export function useApiKeysList(search: string): CursorList<ApiKeyResponse> {
  return useCursorList(apiKeyQueryKeys.list(search), async (cursor) =>
    unwrap(
      await kehuClient.GET('/api/v1/api-keys', {
        params: { query: { q: search || undefined, cursor } },
      }),
    ),
  );
}

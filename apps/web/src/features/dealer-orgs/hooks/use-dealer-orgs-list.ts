import { unwrap, type DealerOrgResponse } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import { dealerOrgQueryKeys } from './dealer-org-query-keys';

export function useDealerOrgsList(search: string): CursorList<DealerOrgResponse> {
  return useCursorList(dealerOrgQueryKeys.list(search), async (cursor) =>
    unwrap(
      await kehuClient.GET('/api/v1/dealer-orgs', {
        params: { query: { q: search || undefined, cursor } },
      }),
    ),
  );
}

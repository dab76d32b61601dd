import { unwrap } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import type { LeadListQuery, LeadResponse } from '../lead-types';
import { leadQueryKeys } from './lead-query-keys';

const PAGE_SIZE = 50;

/** One request per page; owner and team names come with each row. */
export function useLeadsList(query: LeadListQuery): CursorList<LeadResponse> {
  return useCursorList(leadQueryKeys.list(query), async (cursor) =>
    unwrap(
      await kehuClient.GET('/api/v1/leads', {
        params: { query: { ...query, limit: PAGE_SIZE, cursor } },
      }),
    ),
  );
}

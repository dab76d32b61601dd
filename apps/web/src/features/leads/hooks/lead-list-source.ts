import { unwrap } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { ListSource } from '../../../shared/list/use-list-page-state';
import type { LeadListQuery, LeadResponse } from '../lead-types';
import { leadQueryKeys } from './lead-query-keys';

/** One request per page; owner and team names come with each row. */
export const leadListSource: ListSource<LeadListQuery, LeadResponse> = {
  queryKey: leadQueryKeys.list,
  fetchPage: async (query, page) =>
    unwrap(await kehuClient.GET('/api/v1/leads', { params: { query: { ...query, ...page } } })),
};

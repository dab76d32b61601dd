import { unwrap } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { ListSource } from '../../../shared/list/use-list-page-state';
import type { CustomerListQuery, CustomerResponse } from '../customer-types';
import { customerQueryKeys } from './customer-query-keys';

/** One request per page: owner and team names come with each row. */
export const customerListSource: ListSource<CustomerListQuery, CustomerResponse> = {
  queryKey: customerQueryKeys.list,
  fetchPage: async (query, page) =>
    unwrap(await kehuClient.GET('/api/v1/customers', { params: { query: { ...query, ...page } } })),
};

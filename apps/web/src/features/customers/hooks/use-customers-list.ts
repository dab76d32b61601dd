import { unwrap } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import type { CustomerListQuery, CustomerResponse } from '../customer-types';
import { customerQueryKeys } from './customer-query-keys';

const PAGE_SIZE = 50;

/** One request per page: owner and team names come with each row. */
export function useCustomersList(query: CustomerListQuery): CursorList<CustomerResponse> {
  return useCursorList(customerQueryKeys.list(query), async (cursor) =>
    unwrap(
      await kehuClient.GET('/api/v1/customers', {
        params: { query: { ...query, limit: PAGE_SIZE, cursor } },
      }),
    ),
  );
}

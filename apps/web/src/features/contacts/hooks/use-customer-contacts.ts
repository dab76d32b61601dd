import { unwrap } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import type { ContactResponse } from '../contact-types';
import { contactQueryKeys } from './contact-query-keys';

const PAGE_SIZE = 50;

/** A company's people, or the companies a person is a contact of. */
export function useCustomerContacts(customerId: string): CursorList<ContactResponse> {
  return useCursorList(contactQueryKeys.ofCustomer(customerId), async (cursor) =>
    unwrap(
      await kehuClient.GET('/api/v1/customers/{id}/contacts', {
        params: { path: { id: customerId }, query: { limit: PAGE_SIZE, cursor } },
      }),
    ),
  );
}

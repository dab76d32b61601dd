import { unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { customerQueryKeys } from '../../customers/hooks/customer-query-keys';
import type { BulkTagCustomersRequest } from '../tag-types';

/** Putting tags on customers and taking them off: one customer, or many selected at once. */
export function useCustomerTagMutations() {
  const queryClient = useQueryClient();

  const replace = useMutation({
    mutationFn: async ({ customerId, tagIds }: { customerId: string; tagIds: string[] }) =>
      unwrap(
        await kehuClient.PUT('/api/v1/customers/{id}/tags', {
          params: { path: { id: customerId } },
          body: { tagIds },
        }),
      ),
    onSuccess: (customer) => {
      queryClient.setQueryData(customerQueryKeys.detail(customer.id), customer);
    },
    // Refused or gone: the page shows the customer as it now is.
    onError: (_error, { customerId }) =>
      queryClient.invalidateQueries({ queryKey: customerQueryKeys.detail(customerId) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customerQueryKeys.lists }),
  });

  const bulk = useMutation({
    mutationFn: async (body: BulkTagCustomersRequest) =>
      unwrap(await kehuClient.POST('/api/v1/customers/tags', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customerQueryKeys.all }),
  });

  return { replace, bulk };
}

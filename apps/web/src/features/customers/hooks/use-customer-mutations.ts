import { expectSuccess, unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch, versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import type {
  BulkTransferRequest,
  CreateCustomerRequest,
  CustomerResponse,
  TransferCustomerRequest,
  UpdateCustomerRequest,
} from '../customer-types';
import { customerQueryKeys } from './customer-query-keys';
import { fetchCustomer } from './use-customer';

interface CreateInput {
  body: CreateCustomerRequest;
  /** The user confirmed the similar customers the API warned about. */
  acknowledgeDuplicates: boolean;
}

interface UpdateInput {
  customer: CustomerResponse;
  changes: UpdateCustomerRequest;
  acknowledgeDuplicates: boolean;
}

/** Customer writes. Each refreshes the lists; a write that returns the record also caches it. */
export function useCustomerMutations() {
  const queryClient = useQueryClient();
  const refreshLists = () => queryClient.invalidateQueries({ queryKey: customerQueryKeys.lists });
  const remember = (customer: CustomerResponse) => {
    queryClient.setQueryData(customerQueryKeys.detail(customer.id), customer);
    void queryClient.invalidateQueries({ queryKey: customerQueryKeys.timelines(customer.id) });
  };

  const create = useMutation({
    mutationFn: async ({ body, acknowledgeDuplicates }: CreateInput) =>
      unwrap(
        await kehuClient.POST('/api/v1/customers', {
          params: { query: { acknowledgeDuplicates } },
          body,
        }),
      ),
    onSuccess: remember,
    onSettled: refreshLists,
  });
  const update = useMutation({
    mutationFn: async ({ customer, changes, acknowledgeDuplicates }: UpdateInput) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/customers/{id}', {
          params: { path: { id: customer.id }, query: { acknowledgeDuplicates } },
          headers: { 'If-Match': ifMatch(customer.version) },
          body: changes,
        }),
      ),
    onSuccess: remember,
    // Someone else saved first (412) or it is gone: the page shows the record as it now is.
    onError: (_error, { customer }) =>
      queryClient.invalidateQueries({ queryKey: customerQueryKeys.detail(customer.id) }),
    onSettled: refreshLists,
  });
  const remove = useMutation({
    mutationFn: async (customer: CustomerResponse) =>
      expectSuccess(await kehuClient.DELETE('/api/v1/customers/{id}', versionedRecord(customer))),
    onSuccess: (_, customer) =>
      queryClient.removeQueries({ queryKey: customerQueryKeys.detail(customer.id) }),
    onSettled: refreshLists,
  });
  const restore = useMutation({
    mutationFn: async (customer: CustomerResponse) =>
      unwrap(
        await kehuClient.POST('/api/v1/customers/{id}/restore', {
          params: { path: { id: customer.id } },
        }),
      ),
    onSuccess: remember,
    onSettled: refreshLists,
  });
  const transfer = useMutation({
    mutationFn: async ({ id, body }: { id: string; body: TransferCustomerRequest }) =>
      unwrap(
        await kehuClient.POST('/api/v1/customers/{id}/transfer', {
          params: { path: { id } },
          body,
        }),
      ),
    onSuccess: remember,
    onSettled: refreshLists,
  });
  const transferMany = useMutation({
    mutationFn: async (body: BulkTransferRequest) =>
      unwrap(await kehuClient.POST('/api/v1/customers/transfer', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customerQueryKeys.all }),
  });

  return { create, update, remove, restore, transfer, transferMany, fetchCustomer };
}

import {
  expectSuccess,
  unwrap,
  type CreateDealerOrgRequest,
  type DealerOrgResponse,
  type UpdateDealerOrgRequest,
} from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import { dealerOrgQueryKeys } from './dealer-org-query-keys';

async function fetchDealerOrg(id: string): Promise<DealerOrgResponse> {
  return unwrap(await kehuClient.GET('/api/v1/dealer-orgs/{id}', { params: { path: { id } } }));
}

/** Dealer org writes; each one refreshes every dealer org list and picker. */
export function useDealerOrgMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: dealerOrgQueryKeys.all });

  const create = useMutation({
    mutationFn: async (body: CreateDealerOrgRequest) =>
      unwrap(await kehuClient.POST('/api/v1/dealer-orgs', { body })),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: async ({
      dealerOrg,
      changes,
    }: {
      dealerOrg: DealerOrgResponse;
      changes: UpdateDealerOrgRequest;
    }) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/dealer-orgs/{id}', {
          ...versionedRecord(dealerOrg),
          body: changes,
        }),
      ),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: async (dealerOrg: DealerOrgResponse) =>
      expectSuccess(
        await kehuClient.DELETE('/api/v1/dealer-orgs/{id}', versionedRecord(dealerOrg)),
      ),
    onSuccess,
  });
  const restore = useMutation({
    mutationFn: async (dealerOrg: DealerOrgResponse) =>
      expectSuccess(
        await kehuClient.POST('/api/v1/dealer-orgs/{id}/restore', {
          params: { path: { id: dealerOrg.id } },
        }),
      ),
    onSuccess,
  });

  return { create, update, remove, restore, fetchDealerOrg };
}

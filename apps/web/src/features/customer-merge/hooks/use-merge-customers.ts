import { unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import { contactQueryKeys } from '../../contacts/hooks/contact-query-keys';
import { customerQueryKeys } from '../../customers/hooks/customer-query-keys';
import type { MergeRequest } from '../merge-choices';

/**
 * Merges the source into the target. Everything customer-shaped is refreshed: the source
 * now redirects to the survivor, and contacts, tags and timeline moved with it.
 */
export function useMergeCustomers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ targetId, targetVersion, body }: MergeRequest) =>
      unwrap(
        await kehuClient.POST('/api/v1/customers/{id}/merge', {
          params: { path: { id: targetId } },
          headers: { 'If-Match': ifMatch(targetVersion) },
          body,
        }),
      ),
    onSuccess: (survivor, { body }) => {
      queryClient.removeQueries({ queryKey: customerQueryKeys.detail(body.sourceId) });
      queryClient.setQueryData(customerQueryKeys.detail(survivor.id), survivor);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: customerQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: contactQueryKeys.all }),
      ]),
  });
}

import { unwrap } from '@kehu/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { relationshipQueryKeys } from './relationship-query-keys';

/** The customers related to this one up to `depth` steps away, and the edges between them. */
export function useRelationshipGraph(customerId: string, depth: number) {
  return useQuery({
    queryKey: relationshipQueryKeys.graph(customerId, depth),
    queryFn: async () =>
      unwrap(
        await kehuClient.GET('/api/v1/customers/{id}/relationships', {
          params: { path: { id: customerId }, query: { depth } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

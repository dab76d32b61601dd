import { unwrap, type DealerOrgResponse } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { kehuClient } from '../../../shared/api/kehu-client';
import { dealerOrgQueryKeys } from './dealer-org-query-keys';

const MAX_PAGE = 200;

/** Dealer orgs for pickers and names; only loaded when the user may read them. */
export function useDealerOrgOptions(enabled: boolean): {
  dealerOrgs: DealerOrgResponse[];
  dealerOrgName: (id: string) => string;
} {
  const query = useQuery({
    queryKey: dealerOrgQueryKeys.options,
    queryFn: async () =>
      unwrap(
        await kehuClient.GET('/api/v1/dealer-orgs', { params: { query: { limit: MAX_PAGE } } }),
      ),
    enabled,
  });
  return useMemo(() => {
    const dealerOrgs = query.data?.items ?? [];
    const names = new Map(dealerOrgs.map((org) => [org.id, org.name]));
    return { dealerOrgs, dealerOrgName: (id: string) => names.get(id) ?? id };
  }, [query.data]);
}

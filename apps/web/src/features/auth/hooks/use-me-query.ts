import { unwrap, type MeResponse } from '@kehu/contracts';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** The signed-in user and the permission rules the console hides things by. */
export function useMeQuery(enabled: boolean): UseQueryResult<MeResponse> {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: async () => unwrap(await kehuClient.GET('/api/v1/auth/me')),
    enabled,
    staleTime: 5 * 60_000,
  });
}

import { unwrap } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { leadQueryKeys } from './lead-query-keys';

/** The customers the lead may already be, and what converting it would create. */
export function useConversionCandidates(id: string) {
  return useQuery({
    queryKey: leadQueryKeys.conversionCandidates(id),
    queryFn: async () =>
      unwrap(
        await kehuClient.GET('/api/v1/leads/{id}/conversion-candidates', {
          params: { path: { id } },
        }),
      ),
    staleTime: 0,
  });
}

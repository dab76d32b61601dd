import { unwrap } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { leadQueryKeys } from './lead-query-keys';

export function useLead(id: string) {
  return useQuery({
    queryKey: leadQueryKeys.detail(id),
    queryFn: async () =>
      unwrap(await kehuClient.GET('/api/v1/leads/{id}', { params: { path: { id } } })),
    retry: false,
  });
}

import { unwrap } from '@kehu/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { LeadScoring } from '../lead-settings-types';
import { leadSettingsQueryKeys } from './lead-settings-query-keys';

export function useLeadScoring() {
  return useQuery({
    queryKey: leadSettingsQueryKeys.scoring,
    queryFn: async () => unwrap(await kehuClient.GET('/api/v1/settings/lead-scoring')),
  });
}

export function useSaveLeadScoring() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LeadScoring) =>
      unwrap(await kehuClient.PUT('/api/v1/settings/lead-scoring', { body })),
    onSuccess: (saved) => queryClient.setQueryData(leadSettingsQueryKeys.scoring, saved),
  });
}

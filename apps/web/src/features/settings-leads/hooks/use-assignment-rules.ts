import { unwrap } from '@kehu/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { AssignmentRulesBody, AssignmentTestRequest } from '../lead-settings-types';
import { leadSettingsQueryKeys } from './lead-settings-query-keys';

export function useAssignmentRules() {
  return useQuery({
    queryKey: leadSettingsQueryKeys.assignmentRules,
    queryFn: async () => unwrap(await kehuClient.GET('/api/v1/settings/lead-assignment-rules')),
  });
}

/** Replaces the whole ordered list, guarded by the version it was read at. */
export function useSaveAssignmentRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, version }: { body: AssignmentRulesBody; version: number }) =>
      unwrap(
        await kehuClient.PUT('/api/v1/settings/lead-assignment-rules', {
          params: { header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(leadSettingsQueryKeys.assignmentRules, saved),
  });
}

/** Which saved rule a sample lead would match, and who would get it; takes no turn. */
export function useTestAssignment() {
  return useMutation({
    mutationFn: async (body: AssignmentTestRequest) =>
      unwrap(await kehuClient.POST('/api/v1/settings/lead-assignment-rules/test', { body })),
  });
}

import { unwrap } from '@kehu/contracts';
import type { DuplicateRule } from '@kehu/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';

const DUPLICATE_RULES_KEY = ['settings', 'duplicate-rules'] as const;

export function useDuplicateRules() {
  return useQuery({
    queryKey: DUPLICATE_RULES_KEY,
    queryFn: async () => unwrap(await kehuClient.GET('/api/v1/settings/duplicate-rules')).rules,
  });
}

export function useSaveDuplicateRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (rules: DuplicateRule[]) =>
      unwrap(await kehuClient.PUT('/api/v1/settings/duplicate-rules', { body: { rules } })).rules,
    onSuccess: (rules) => queryClient.setQueryData(DUPLICATE_RULES_KEY, rules),
  });
}

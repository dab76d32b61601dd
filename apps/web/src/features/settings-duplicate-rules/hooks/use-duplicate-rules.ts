import { unwrap } from '@kehu/contracts';
import type { CustomFieldDuplicateRule, DuplicateRule } from '@kehu/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';

const DUPLICATE_RULES_KEY = ['settings', 'duplicate-rules'] as const;

/** The built-in fields' rules and the custom field rules, as stored. */
export function useDuplicateRules() {
  return useQuery({
    queryKey: DUPLICATE_RULES_KEY,
    queryFn: async () => unwrap(await kehuClient.GET('/api/v1/settings/duplicate-rules')),
  });
}

export interface DuplicateRulesChange {
  rules: DuplicateRule[];
  /** Left out, the stored custom field rules stay as they are. */
  customFieldRules?: CustomFieldDuplicateRule[];
}

export function useSaveDuplicateRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DuplicateRulesChange) =>
      unwrap(await kehuClient.PUT('/api/v1/settings/duplicate-rules', { body })),
    onSuccess: (saved) => queryClient.setQueryData(DUPLICATE_RULES_KEY, saved),
  });
}

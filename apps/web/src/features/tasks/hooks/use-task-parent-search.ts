import { unwrap } from '@kehu/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import type { TaskParent } from '../task-parent';

const DEBOUNCE_MS = 300;
const RESULT_LIMIT = 10;

/** Customers and leads the user may read that match what they type, for linking a task. */
export function useTaskParentSearch(search: string) {
  const ability = useAppAbility();
  const q = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  const mayReadCustomers = ability.can('read', 'Customer');
  const mayReadLeads = ability.can('read', 'Lead');
  const query = useQuery({
    queryKey: ['tasks', 'parent-search', q, mayReadCustomers, mayReadLeads],
    queryFn: async ({ signal }): Promise<TaskParent[]> => {
      const [customers, leads] = await Promise.all([
        mayReadCustomers
          ? kehuClient
              .GET('/api/v1/customers', { params: { query: { q, limit: RESULT_LIMIT } }, signal })
              .then(unwrap)
          : { items: [] },
        mayReadLeads
          ? kehuClient
              .GET('/api/v1/leads', { params: { query: { q, limit: RESULT_LIMIT } }, signal })
              .then(unwrap)
          : { items: [] },
      ]);
      return [
        ...customers.items.map((c) => ({ type: 'customer' as const, id: c.id, name: c.name })),
        ...leads.items.map((l) => ({ type: 'lead' as const, id: l.id, name: l.name })),
      ];
    },
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  return {
    records: q === '' ? [] : (query.data ?? []),
    searching: search.trim() !== q || query.isFetching,
  };
}

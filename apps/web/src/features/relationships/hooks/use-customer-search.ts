import { unwrap } from '@kehu/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { relationshipQueryKeys } from './relationship-query-keys';

const DEBOUNCE_MS = 300;
const RESULT_LIMIT = 20;

/** Customers the user may read whose name, number, phone or email match what they type. */
export function useCustomerSearch(search: string, kind: 'company' | 'person' | null) {
  const q = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  const query = useQuery({
    queryKey: relationshipQueryKeys.customerSearch(q, kind),
    queryFn: async ({ signal }) =>
      unwrap(
        await kehuClient.GET('/api/v1/customers', {
          params: { query: { q, kind: kind ?? undefined, limit: RESULT_LIMIT } },
          signal,
        }),
      ).items,
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  return {
    customers: q === '' ? [] : (query.data ?? []),
    searching: search.trim() !== q || query.isFetching,
  };
}

import { unwrap } from '@kehu/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { contactQueryKeys } from './contact-query-keys';

const DEBOUNCE_MS = 300;
const OPTIONS = 20;

export interface PersonOption {
  id: string;
  number: string;
  name: string;
}

/** Person customers the user may read, matching what they type, to add as a contact. */
export function usePersonOptions(search: string, enabled: boolean) {
  const debounced = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  const query = useQuery({
    queryKey: contactQueryKeys.personOptions(debounced),
    queryFn: async ({ signal }) => {
      const page = unwrap(
        await kehuClient.GET('/api/v1/customers', {
          params: {
            query: { kind: 'person', q: debounced || undefined, limit: OPTIONS, sort: 'name' },
          },
          signal,
        }),
      );
      return page.items.map(({ id, number, name }): PersonOption => ({ id, number, name }));
    },
    enabled,
    placeholderData: keepPreviousData,
  });
  return { options: query.data ?? [], loading: query.isFetching };
}

import { unwrap } from '@kehu/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { DuplicateCandidate, DuplicateCheckRequest } from '../customer-types';
import { rankCandidates } from '../duplicate-problem';
import { customerQueryKeys } from './customer-query-keys';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';

/** Long enough not to ask on every keystroke, short enough to answer while the user types. */
const DEBOUNCE_MS = 400;

export interface DuplicateCheck {
  candidates: DuplicateCandidate[];
  /** A check is waiting for the user to pause, or running. */
  checking: boolean;
}

/** Possible duplicates of the draft being typed, checked once the user pauses. */
export function useDuplicateCheck(request: DuplicateCheckRequest | null): DuplicateCheck {
  const key = request === null ? null : JSON.stringify(request);
  const debouncedKey = useDebouncedValue(key, DEBOUNCE_MS);
  const debounced = useMemo(
    () => (debouncedKey === null ? null : (JSON.parse(debouncedKey) as DuplicateCheckRequest)),
    [debouncedKey],
  );
  const query = useQuery({
    queryKey: customerQueryKeys.duplicates(debounced),
    queryFn: async ({ signal }) => {
      const body = debounced as DuplicateCheckRequest;
      const result = unwrap(
        await kehuClient.POST('/api/v1/customers/duplicates/check', { body, signal }),
      );
      return rankCandidates(result.duplicates);
    },
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
  const candidates = useMemo(
    () => (debounced === null || key === null ? [] : (query.data ?? [])),
    [debounced, key, query.data],
  );
  return { candidates, checking: key !== debouncedKey || query.isFetching };
}

import { unwrap } from '@kehu/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCustomFields } from '../../../shared/custom-fields/use-custom-fields';
import {
  customFieldsForDuplicateCheck,
  toCustomerFormValues,
  toDuplicateCheckRequest,
} from '../../customers/customer-form-values';
import type { CustomerResponse, DuplicateCandidate } from '../../customers/customer-types';
import { rankCandidates } from '../../customers/duplicate-problem';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { mergeQueryKeys } from './merge-query-keys';

const SEARCH_RESULTS = 20;
const DEBOUNCE_MS = 300;

/**
 * The customers the duplicate check finds for this record (custom field rules included)
 * and the user may open: offered first.
 */
export function useDuplicateSuggestions(customer: CustomerResponse, enabled: boolean) {
  const customFields = useCustomFields('customer', { kind: customer.kind, enabled });
  const request = toDuplicateCheckRequest(
    toCustomerFormValues(customer),
    customer.id,
    customFieldsForDuplicateCheck(
      customFields.definitions,
      customFields.editable,
      customer.customFields,
      customer.customFields,
    ),
  );
  return useQuery({
    queryKey: mergeQueryKeys.suggestions(customer.id, customer.version),
    queryFn: async ({ signal }): Promise<DuplicateCandidate[]> => {
      if (!request) return [];
      const result = unwrap(
        await kehuClient.POST('/api/v1/customers/duplicates/check', { body: request, signal }),
      );
      return rankCandidates(result.duplicates).filter((candidate) => candidate.readable);
    },
    enabled: enabled && !customFields.isLoading,
  });
}

/** Customers of the same kind matching the search, without the record itself. */
export function useMergeSearch(customer: CustomerResponse, search: string, enabled: boolean) {
  const q = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  const query = useQuery({
    queryKey: mergeQueryKeys.search(customer.kind, q),
    queryFn: async ({ signal }) =>
      unwrap(
        await kehuClient.GET('/api/v1/customers', {
          params: { query: { kind: customer.kind, q, limit: SEARCH_RESULTS } },
          signal,
        }),
      ).items,
    enabled: enabled && q.length > 0,
    placeholderData: keepPreviousData,
  });
  const results = q.length > 0 ? (query.data ?? []) : [];
  return {
    results: results.filter((other) => other.id !== customer.id),
    loading: query.isFetching,
  };
}

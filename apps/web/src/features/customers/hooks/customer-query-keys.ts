import { timelineQueryKey } from '../../../shared/timeline/timeline-subject';
import type { CustomerListQuery, DuplicateCheckRequest } from '../customer-types';

export const customerQueryKeys = {
  all: ['customers'] as const,
  lists: ['customers', 'list'] as const,
  list: (query: CustomerListQuery) => ['customers', 'list', query] as const,
  detail: (id: string) => ['customers', 'detail', id] as const,
  timelines: (id: string) => timelineQueryKey('customers', id),
  duplicates: (request: DuplicateCheckRequest | null) =>
    ['customers', 'duplicates', request] as const,
};

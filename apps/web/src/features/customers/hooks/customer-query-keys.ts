import type {
  CustomerListQuery,
  DuplicateCheckRequest,
  TimelineEventKind,
} from '../customer-types';

export const customerQueryKeys = {
  all: ['customers'] as const,
  lists: ['customers', 'list'] as const,
  list: (query: CustomerListQuery) => ['customers', 'list', query] as const,
  detail: (id: string) => ['customers', 'detail', id] as const,
  timeline: (id: string, kinds: readonly TimelineEventKind[]) =>
    ['customers', 'timeline', id, kinds] as const,
  timelines: (id: string) => ['customers', 'timeline', id] as const,
  duplicates: (request: DuplicateCheckRequest | null) =>
    ['customers', 'duplicates', request] as const,
  owners: ['customers', 'owner-options'] as const,
};

import { timelineQueryKey } from '../../../shared/timeline/timeline-subject';
import type { LeadListQuery } from '../lead-types';

export const leadQueryKeys = {
  all: ['leads'] as const,
  lists: ['leads', 'list'] as const,
  list: (query: LeadListQuery) => ['leads', 'list', query] as const,
  detail: (id: string) => ['leads', 'detail', id] as const,
  timeline: (id: string) => timelineQueryKey('leads', id),
  conversionCandidates: (id: string) => ['leads', 'conversion-candidates', id] as const,
};

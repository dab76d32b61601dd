import { unwrap } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { CustomerResponse } from '../../customers/customer-types';
import { mergeQueryKeys } from './merge-query-keys';

/** Lists are counted up to one page; beyond that the summary says "200+". */
const COUNT_LIMIT = 200;

export interface Count {
  count: number;
  more: boolean;
}

export interface MergeSummary {
  contacts: Count;
  relationships: Count;
  tags: Count;
  timeline: Count;
}

/** What the merged-away record brings to the survivor: its contacts, relationships, tags, timeline. */
export function useMergeSummary(source: CustomerResponse | null) {
  return useQuery({
    queryKey: mergeQueryKeys.summary(source?.id ?? ''),
    queryFn: async ({ signal }): Promise<MergeSummary> => {
      const id = (source as CustomerResponse).id;
      const path = { id };
      const [contacts, graph, timeline] = await Promise.all([
        kehuClient
          .GET('/api/v1/customers/{id}/contacts', {
            params: { path, query: { limit: COUNT_LIMIT } },
            signal,
          })
          .then(unwrap),
        kehuClient
          .GET('/api/v1/customers/{id}/relationships', {
            params: { path, query: { depth: 1 } },
            signal,
          })
          .then(unwrap),
        kehuClient
          .GET('/api/v1/customers/{id}/timeline', {
            params: { path, query: { limit: COUNT_LIMIT } },
            signal,
          })
          .then(unwrap),
      ]);
      const direct = graph.edges.filter((edge) => edge.fromId === id || edge.toId === id);
      return {
        contacts: { count: contacts.items.length, more: contacts.nextCursor !== null },
        relationships: { count: direct.length, more: graph.truncated },
        tags: { count: (source as CustomerResponse).tags.length, more: false },
        timeline: { count: timeline.items.length, more: timeline.nextCursor !== null },
      };
    },
    enabled: source !== null,
  });
}

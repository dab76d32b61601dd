import { unwrap } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { RelationshipType } from '../relationship-api-types';
import { relationshipQueryKeys } from './relationship-query-keys';

const MAX_PAGE = 200;

/** Every live relationship type, built-in ones first; the list is short, so it is read whole. */
export function useRelationshipTypes() {
  return useQuery({
    queryKey: relationshipQueryKeys.types,
    queryFn: async () => {
      const items: RelationshipType[] = [];
      let cursor: string | undefined;
      do {
        const page = unwrap(
          await kehuClient.GET('/api/v1/relationship-types', {
            params: { query: { limit: MAX_PAGE, cursor, sort: 'createdAt' } },
          }),
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items.sort((a, b) => Number(b.builtIn) - Number(a.builtIn));
    },
    staleTime: 60_000,
  });
}

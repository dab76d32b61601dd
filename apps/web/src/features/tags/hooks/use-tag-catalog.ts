import { unwrap } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { kehuClient } from '../../../shared/api/kehu-client';
import { groupTags, type TagGroupWithTags } from '../group-tags';
import type { TagGroupResponse, TagResponse } from '../tag-types';
import { tagQueryKeys } from './tag-query-keys';

const PAGE = 200;
/** A safety stop: a catalog this large is a data problem, not something to page through. */
const MAX_PAGES = 25;

async function fetchEveryPage<TItem>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: TItem[]; nextCursor: string | null }>,
): Promise<TItem[]> {
  const items: TItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}

async function fetchTagCatalog(): Promise<{ groups: TagGroupResponse[]; tags: TagResponse[] }> {
  const [groups, tags] = await Promise.all([
    fetchEveryPage(async (cursor) =>
      unwrap(
        await kehuClient.GET('/api/v1/tag-groups', {
          params: { query: { limit: PAGE, cursor, sort: 'name' } },
        }),
      ),
    ),
    fetchEveryPage(async (cursor) =>
      unwrap(
        await kehuClient.GET('/api/v1/tags', {
          params: { query: { limit: PAGE, cursor, sort: 'name' } },
        }),
      ),
    ),
  ]);
  return { groups, tags };
}

export interface TagCatalog {
  groups: TagGroupResponse[];
  tags: TagResponse[];
  grouped: TagGroupWithTags[];
  tagById: (id: string) => TagResponse | undefined;
  isLoading: boolean;
  error: Error | null;
  refetch: () => void;
}

/** Every tag group and tag, for pickers, chips and the Tags page; one cached request pair. */
export function useTagCatalog(): TagCatalog {
  const mayRead = useAppAbility().can('read', 'Tag');
  const query = useQuery({
    queryKey: tagQueryKeys.catalog,
    queryFn: fetchTagCatalog,
    enabled: mayRead,
    staleTime: 60_000,
  });
  return useMemo(() => {
    const groups = query.data?.groups ?? [];
    const tags = query.data?.tags ?? [];
    const byId = new Map(tags.map((tag) => [tag.id, tag]));
    return {
      groups,
      tags,
      grouped: groupTags(groups, tags),
      tagById: (id: string) => byId.get(id),
      isLoading: query.isLoading,
      error: query.error,
      refetch: () => void query.refetch(),
    };
  }, [query]);
}

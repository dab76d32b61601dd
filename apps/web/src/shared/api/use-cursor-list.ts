import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ListTotal } from './list-total';

export interface CursorPage<TItem> {
  items: TItem[];
  nextCursor: string | null;
  /** Lists that count their matches send these on the first page. */
  total?: number;
  totalIsEstimate?: boolean;
}

export interface CursorList<TItem> {
  items: TItem[];
  /** The first page's count of all matches, when the list sends one. */
  total: ListTotal | null;
  isLoading: boolean;
  isFetching: boolean;
  error: Error | null;
  hasMore: boolean;
  isLoadingMore: boolean;
  loadMore: () => void;
  refetch: () => void;
}

/** A keyset-paginated list: pages are appended with the opaque cursor; a total if sent. */
export function useCursorList<TItem>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined) => Promise<CursorPage<TItem>>,
  enabled = true,
): CursorList<TItem> {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled,
  });
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const first = query.data?.pages[0];
  const total = useMemo(
    () =>
      first?.total === undefined
        ? null
        : { value: first.total, estimate: first.totalIsEstimate === true },
    [first],
  );
  return {
    items,
    total,
    isLoading: query.isLoading,
    isFetching: query.isFetching,
    error: query.error,
    hasMore: query.hasNextPage,
    isLoadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
    refetch: () => void query.refetch(),
  };
}

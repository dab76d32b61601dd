import type { QueryKey } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCursorList, type CursorList, type CursorPage } from '../api/use-cursor-list';
import type { ListCodec } from './list-codec';

const PAGE_SIZE = 50;

/** A keyset page request: the API's `cursor` (none for the first page) and `limit`. */
export interface PageRequest {
  cursor?: string;
  limit: number;
}

/** Where a list's rows come from: one GET with the list query and the page request. */
export interface ListSource<TQuery, TItem> {
  queryKey: (query: TQuery) => QueryKey;
  fetchPage: (query: TQuery, page: PageRequest) => Promise<CursorPage<TItem>>;
}

export interface ListPageOptions<S extends object, TQuery, TItem> {
  codec: ListCodec<S>;
  /** The API query for a state (a module-level function: it runs when the state changes). */
  toQuery: (state: S) => TQuery;
  source: ListSource<TQuery, TItem>;
  pageSize?: number;
}

export interface ListSelection {
  keys: string[];
  onChange: (keys: string[]) => void;
  clear: () => void;
}

export interface ListPageState<S extends object, TQuery, TItem> {
  /** Search, filters and sort, read from the address. */
  state: S;
  query: TQuery;
  /** The loaded pages; a new query starts again from the first page. */
  list: CursorList<TItem>;
  /** Writes the state to the address (replacing the entry: back leaves the list). */
  setState: (next: S) => void;
  /** Changes some keys of the state. */
  patch: (changes: Partial<S>) => void;
  search: string | undefined;
  setSearch: (text: string) => void;
  activeFilters: number;
  /** A search or a filter narrows the list: an empty list means "no match", not "none yet". */
  filtered: boolean;
  clearFilters: () => void;
  /** No search, no filters; the sort stays. */
  showAll: () => void;
  /** Rows ticked for bulk actions (kept across filter changes). */
  selection: ListSelection;
}

/**
 * The state of a list page: filters in the address (so back / forward and shared links keep
 * them), keyset "load more" paging that starts over when the filters change, and a selection.
 */
export function useListPageState<S extends object, TQuery, TItem>({
  codec,
  toQuery,
  source,
  pageSize = PAGE_SIZE,
}: ListPageOptions<S, TQuery, TItem>): ListPageState<S, TQuery, TItem> {
  const [searchParams, setSearchParams] = useSearchParams();
  const paramsKey = searchParams.toString();
  const state = useMemo(() => codec.parse(new URLSearchParams(paramsKey)), [codec, paramsKey]);
  const query = useMemo(() => toQuery(state), [toQuery, state]);
  const list = useCursorList(source.queryKey(query), (cursor) =>
    source.fetchPage(query, { cursor, limit: pageSize }),
  );
  const [selected, setSelected] = useState<string[]>([]);

  const setState = (next: S) => setSearchParams(codec.toParams(next), { replace: true });
  const patch = (changes: Partial<S>) => setState({ ...state, ...changes });
  const searchKey = codec.searchKey;
  const search = searchKey ? (state[searchKey] as string | undefined) : undefined;
  const activeFilters = codec.activeFilterCount(state);
  const withoutSearch = (next: S): S => (searchKey ? { ...next, [searchKey]: undefined } : next);

  return {
    state,
    query,
    list,
    setState,
    patch,
    search,
    setSearch: (text) => {
      if (searchKey) patch({ [searchKey]: text.trim() || undefined } as Partial<S>);
    },
    activeFilters,
    filtered: activeFilters > 0 || Boolean(search),
    clearFilters: () => setState(codec.withoutFilters(state)),
    showAll: () => setState(withoutSearch(codec.withoutFilters(state))),
    selection: { keys: selected, onChange: setSelected, clear: () => setSelected([]) },
  };
}

import { defineListCodec, listParam } from './list-codec';

/** The state of a list that only has a search box. */
export interface SearchListState {
  q?: string;
}

export const searchListCodec = defineListCodec<SearchListState>({
  params: { q: listParam.text() },
  defaults: {},
  search: 'q',
});

/** The API query of a search-only list: the search itself. */
export const toSearchListQuery = (state: SearchListState): SearchListState => state;

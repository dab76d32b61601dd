import {
  activeFilterCount,
  DEFAULT_CUSTOMER_SORT,
  parseCustomerListState,
  toCustomerListParams,
  toCustomerListQuery,
  withoutFilters,
} from '../customer-list-filters';

describe('the customer list state in the address', () => {
  it('reads search, filters and sort, and ignores what it does not know', () => {
    const state = parseCustomerListState(
      new URLSearchParams(
        'q=%20C-000123%20&kind=person&tier=vip&role=supplier&createdFrom=2026-01-01&createdTo=tomorrow&sort=-name&page=3',
      ),
    );
    expect(state).toEqual({
      q: 'C-000123',
      kind: 'person',
      role: 'supplier',
      createdFrom: '2026-01-01',
      sort: '-name',
    });
  });

  it('falls back to the newest first', () => {
    expect(parseCustomerListState(new URLSearchParams('sort=age'))).toEqual({
      sort: DEFAULT_CUSTOMER_SORT,
    });
  });

  it('writes only what differs from the defaults, and reads it back the same', () => {
    const state = { q: '华腾', tier: 'deal' as const, sort: DEFAULT_CUSTOMER_SORT };
    const params = toCustomerListParams(state);
    expect(params.toString()).toBe('q=%E5%8D%8E%E8%85%BE&tier=deal');
    expect(parseCustomerListState(params)).toEqual(state);
  });
});

describe('the list query', () => {
  it('covers both days of the created range whole, in local time', () => {
    const query = toCustomerListQuery({
      createdFrom: '2026-03-01',
      createdTo: '2026-03-31',
      sort: 'name',
    });
    expect(query.createdFrom).toBe(new Date(2026, 2, 1).toISOString());
    expect(query.createdTo).toBe(new Date(2026, 3, 1).toISOString());
    expect(query.sort).toBe('name');
  });

  it('counts the filters in use, a date range as one, the search as none', () => {
    const state = {
      q: 'acme',
      kind: 'company' as const,
      ownerId: 'u1',
      createdFrom: '2026-01-01',
      createdTo: '2026-02-01',
      sort: DEFAULT_CUSTOMER_SORT,
    };
    expect(activeFilterCount(state)).toBe(3);
    expect(withoutFilters(state)).toEqual({ q: 'acme', sort: DEFAULT_CUSTOMER_SORT });
  });
});

describe('tag and segment filters in the address', () => {
  const EAST = '6d0c3a52-1c8e-4b8f-9a01-0000000000e1';
  const VIP = '6d0c3a52-1c8e-4b8f-9a01-0000000000f2';
  const SEGMENT = '0b8f9c1e-2222-4a4a-8b8b-000000000009';

  it('repeats tagId and anyTagId, and reads them back the same', () => {
    const state = {
      tagId: [EAST, VIP],
      anyTagId: [VIP],
      segmentId: SEGMENT,
      sort: DEFAULT_CUSTOMER_SORT,
    };
    const params = toCustomerListParams(state);
    expect(params.getAll('tagId')).toEqual([EAST, VIP]);
    expect(params.getAll('anyTagId')).toEqual([VIP]);
    expect(params.get('segmentId')).toBe(SEGMENT);
    expect(parseCustomerListState(params)).toEqual(state);
  });

  it('drops malformed and repeated tag ids, and keeps at most 20', () => {
    const many = Array.from(
      { length: 25 },
      (_, index) => `6d0c3a52-1c8e-4b8f-9a01-${String(index).padStart(12, '0')}`,
    );
    const params = new URLSearchParams();
    for (const id of ['nope', EAST, EAST, ...many]) params.append('tagId', id);
    const state = parseCustomerListState(params);
    expect(state.tagId).toHaveLength(20);
    expect(state.tagId?.[0]).toBe(EAST);
    expect(parseCustomerListState(new URLSearchParams('anyTagId=x')).anyTagId).toBeUndefined();
  });

  it('passes the tag and segment filters to the list query', () => {
    const query = toCustomerListQuery({ tagId: [EAST], segmentId: SEGMENT, sort: 'name' });
    expect(query).toEqual({ tagId: [EAST], segmentId: SEGMENT, sort: 'name' });
  });

  it('counts each tag filter and the segment as one filter, and clears them', () => {
    const state = {
      tagId: [EAST, VIP],
      anyTagId: [],
      segmentId: SEGMENT,
      sort: DEFAULT_CUSTOMER_SORT,
    };
    expect(activeFilterCount(state)).toBe(2);
    expect(withoutFilters(state)).toEqual({ q: undefined, sort: DEFAULT_CUSTOMER_SORT });
  });
});

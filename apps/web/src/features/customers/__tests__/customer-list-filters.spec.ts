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

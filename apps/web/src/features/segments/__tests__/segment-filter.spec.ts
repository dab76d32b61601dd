import {
  DEFAULT_CUSTOMER_SORT,
  parseCustomerListState,
  toCustomerListParams,
  type CustomerListState,
} from '../../customers/customer-list-filters';
import { canSaveAsSegment, toListStateFromSegment, toSegmentFilter } from '../segment-filter';

const EAST = '6d0c3a52-1c8e-4b8f-9a01-0000000000e1';
const VIP = '6d0c3a52-1c8e-4b8f-9a01-0000000000f2';
const OWNER = '0b8f9c1e-2222-4a4a-8b8b-000000000001';

describe('saving the list as a dynamic segment', () => {
  it('stores the search and filters as GET /customers takes them, without sort', () => {
    const state: CustomerListState = {
      q: '华腾',
      tier: 'deal',
      ownerId: OWNER,
      tagId: [EAST],
      anyTagId: [VIP],
      createdFrom: '2026-03-01',
      createdTo: '2026-03-31',
      sort: '-name',
    };
    expect(toSegmentFilter(state)).toEqual({
      q: '华腾',
      tier: 'deal',
      ownerId: OWNER,
      tagId: [EAST],
      anyTagId: [VIP],
      createdFrom: new Date(2026, 2, 1).toISOString(),
      createdTo: new Date(2026, 3, 1).toISOString(),
    });
  });

  it('leaves out what is not set, so the stored definition stays small', () => {
    expect(toSegmentFilter({ kind: 'person', tagId: [], sort: DEFAULT_CUSTOMER_SORT })).toEqual({
      kind: 'person',
    });
  });

  it('needs a search or a filter, and no segment already chosen', () => {
    expect(canSaveAsSegment({ sort: DEFAULT_CUSTOMER_SORT })).toBe(false);
    expect(canSaveAsSegment({ q: 'acme', sort: DEFAULT_CUSTOMER_SORT })).toBe(true);
    expect(canSaveAsSegment({ tagId: [EAST], sort: DEFAULT_CUSTOMER_SORT })).toBe(true);
    expect(canSaveAsSegment({ tagId: [EAST], segmentId: OWNER, sort: DEFAULT_CUSTOMER_SORT })).toBe(
      false,
    );
  });
});

describe('opening a dynamic segment as list filters', () => {
  it('gives back the list state it was saved from', () => {
    const state: CustomerListState = {
      kind: 'company',
      region: '华东',
      tagId: [EAST, VIP],
      createdFrom: '2026-01-01',
      createdTo: '2026-01-31',
      sort: DEFAULT_CUSTOMER_SORT,
    };
    expect(toListStateFromSegment(toSegmentFilter(state))).toEqual(state);
  });

  it('survives the trip through the address', () => {
    const state = toListStateFromSegment({ anyTagId: [EAST, VIP], role: 'supplier' });
    const params = toCustomerListParams(state);
    expect(params.toString()).toBe(`role=supplier&anyTagId=${EAST}&anyTagId=${VIP}`);
    expect(parseCustomerListState(params)).toEqual(state);
  });

  it('keeps the day of an end that is not at midnight (a segment made through the API)', () => {
    const end = new Date(2026, 4, 10, 15, 30).toISOString();
    expect(toListStateFromSegment({ createdTo: end }).createdTo).toBe('2026-05-10');
  });
});

import dayjs from 'dayjs';
import {
  activeFilterCount,
  DEFAULT_CUSTOMER_SORT,
  toCustomerListQuery,
  type CustomerListState,
} from '../customers/customer-list-filters';
import type { SegmentFilter } from './segment-types';

const DAY = 'YYYY-MM-DD';

/** Whether the list's search and filters can be saved as a dynamic segment. */
export function canSaveAsSegment(state: CustomerListState): boolean {
  // A segment cannot be defined by another segment; the API stores plain filters only.
  if (state.segmentId) return false;
  return activeFilterCount(state) > 0 || Boolean(state.q);
}

/**
 * The definition a dynamic segment stores for the list's search and filters: the same
 * values GET /customers receives (the created range as instants), without sort or paging.
 */
export function toSegmentFilter(state: CustomerListState): SegmentFilter {
  const query = toCustomerListQuery(state);
  const filter: SegmentFilter = {
    q: query.q,
    kind: query.kind,
    tier: query.tier,
    role: query.role,
    ownerId: query.ownerId,
    teamId: query.teamId,
    industry: query.industry,
    region: query.region,
    createdFrom: query.createdFrom,
    createdTo: query.createdTo,
    tagId: query.tagId?.length ? [...query.tagId] : undefined,
    anyTagId: query.anyTagId?.length ? [...query.anyTagId] : undefined,
  };
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== undefined && value !== ''),
  );
}

/** The local day of an instant; an exclusive end at midnight belongs to the day before. */
function localDay(instant: string, exclusiveEnd = false): string | undefined {
  const time = dayjs(instant);
  if (!time.isValid()) return undefined;
  const atMidnight = time.isSame(time.startOf('day'));
  return (exclusiveEnd && atMidnight ? time.subtract(1, 'day') : time).format(DAY);
}

/**
 * The list state that shows a dynamic segment's filters as editable list filters, so they
 * can be refined and saved as a new segment. Ranges of update time have no list filter
 * and are left out.
 */
export function toListStateFromSegment(filter: SegmentFilter): CustomerListState {
  const state: CustomerListState = {
    q: filter.q,
    kind: filter.kind,
    tier: filter.tier,
    role: filter.role,
    ownerId: filter.ownerId,
    teamId: filter.teamId,
    industry: filter.industry,
    region: filter.region,
    createdFrom: filter.createdFrom ? localDay(filter.createdFrom) : undefined,
    createdTo: filter.createdTo ? localDay(filter.createdTo, true) : undefined,
    tagId: filter.tagId?.length ? [...filter.tagId] : undefined,
    anyTagId: filter.anyTagId?.length ? [...filter.anyTagId] : undefined,
    sort: DEFAULT_CUSTOMER_SORT,
  };
  return Object.fromEntries(
    Object.entries(state).filter(([, value]) => value !== undefined && value !== ''),
  ) as CustomerListState;
}

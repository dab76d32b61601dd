import { isOneOf } from '../customers/customer-options';
import { LEAD_SORTS, LEAD_SOURCES, LEAD_STATUSES } from './lead-options';
import type { LeadListQuery, LeadSort, LeadSource, LeadStatus } from './lead-types';

/** The list's search, filters and sort, as the page and its address hold them. */
export interface LeadListState {
  q?: string;
  status?: LeadStatus;
  source?: LeadSource;
  ownerId?: string;
  teamId?: string;
  region?: string;
  /** Only leads whose next follow-up has come (today or earlier). */
  followUpDue?: boolean;
  unassigned?: boolean;
  sort: LeadSort;
}

export const DEFAULT_LEAD_SORT: LeadSort = '-createdAt';

const TEXT_KEYS = ['q', 'ownerId', 'teamId', 'region'] as const;
const FLAG_KEYS = ['followUpDue', 'unassigned'] as const;
const FILTER_KEYS = [
  'status',
  'source',
  'ownerId',
  'teamId',
  'region',
  'followUpDue',
  'unassigned',
] as const satisfies readonly (keyof LeadListState)[];

/** Reads the list state from the address, ignoring anything malformed. */
export function parseLeadListState(params: URLSearchParams): LeadListState {
  const state: LeadListState = { sort: DEFAULT_LEAD_SORT };
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) state[key] = value;
  }
  for (const key of FLAG_KEYS) if (params.get(key) === '1') state[key] = true;
  const status = params.get('status');
  if (isOneOf(LEAD_STATUSES, status)) state.status = status;
  const source = params.get('source');
  if (isOneOf(LEAD_SOURCES, source)) state.source = source;
  const sort = params.get('sort');
  if (isOneOf(LEAD_SORTS, sort)) state.sort = sort;
  return state;
}

/** The address form of the state: only what differs from the defaults. */
export function toLeadListParams(state: LeadListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (key === 'sort' && value === DEFAULT_LEAD_SORT) continue;
    if (value === true) params.set(key, '1');
    else if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  return params;
}

/** The end of the local day `now` falls in: "due" means due by tonight. */
function endOfLocalDay(now: Date): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).toISOString();
}

/** The query of GET /leads. */
export function toLeadListQuery(state: LeadListState, now: Date = new Date()): LeadListQuery {
  const { followUpDue, unassigned, ownerId, ...rest } = state;
  const query: LeadListQuery = { ...rest };
  if (unassigned) query.unassigned = true;
  else if (ownerId) query.ownerId = ownerId;
  if (followUpDue) query.followUpDueBy = endOfLocalDay(now);
  return query;
}

export function activeLeadFilterCount(state: LeadListState): number {
  return FILTER_KEYS.filter((key) => Boolean(state[key])).length;
}

export function withoutLeadFilters(state: LeadListState): LeadListState {
  return { q: state.q, sort: state.sort };
}

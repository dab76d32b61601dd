import { CUSTOMER_KINDS, CUSTOMER_ROLES, CUSTOMER_TIERS, isOneOf } from './customer-options';
import type {
  CustomerKind,
  CustomerListQuery,
  CustomerRole,
  CustomerSort,
  CustomerTier,
} from './customer-types';

/** The list's search, filters and sort, as the page and its address hold them. */
export interface CustomerListState {
  q?: string;
  kind?: CustomerKind;
  tier?: CustomerTier;
  role?: CustomerRole;
  ownerId?: string;
  teamId?: string;
  industry?: string;
  region?: string;
  /** Days `YYYY-MM-DD`, both included. */
  createdFrom?: string;
  createdTo?: string;
  /** Customers carrying every one of these tags. */
  tagId?: string[];
  /** Customers carrying at least one of these tags. */
  anyTagId?: string[];
  /** Members of this saved segment. */
  segmentId?: string;
  sort: CustomerSort;
}

export type CustomerListFilters = Omit<CustomerListState, 'q' | 'sort'>;

export const DEFAULT_CUSTOMER_SORT: CustomerSort = '-createdAt';

const SORTS: readonly CustomerSort[] = [
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'name',
  '-name',
  'number',
  '-number',
];

const TEXT_KEYS = ['q', 'ownerId', 'teamId', 'industry', 'region', 'segmentId'] as const;
const TAG_KEYS = ['tagId', 'anyTagId'] as const;
/** The API takes at most this many tags per tag filter. */
export const MAX_TAG_FILTER = 20;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILTER_KEYS = [
  'kind',
  'tier',
  'role',
  'ownerId',
  'teamId',
  'industry',
  'region',
  'createdFrom',
  'createdTo',
  'tagId',
  'anyTagId',
  'segmentId',
] as const satisfies readonly (keyof CustomerListFilters)[];

/** Reads the list state from the address, ignoring anything malformed. */
export function parseCustomerListState(params: URLSearchParams): CustomerListState {
  const state: CustomerListState = { sort: DEFAULT_CUSTOMER_SORT };
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) state[key] = value;
  }
  const kind = params.get('kind');
  if (isOneOf(CUSTOMER_KINDS, kind)) state.kind = kind;
  const tier = params.get('tier');
  if (isOneOf(CUSTOMER_TIERS, tier)) state.tier = tier;
  const role = params.get('role');
  if (isOneOf(CUSTOMER_ROLES, role)) state.role = role;
  for (const key of ['createdFrom', 'createdTo'] as const) {
    const value = params.get(key);
    if (value && DAY.test(value)) state[key] = value;
  }
  for (const key of TAG_KEYS) {
    const ids = [...new Set(params.getAll(key).filter((id) => UUID.test(id)))];
    if (ids.length > 0) state[key] = ids.slice(0, MAX_TAG_FILTER);
  }
  const sort = params.get('sort');
  if (isOneOf(SORTS, sort)) state.sort = sort;
  return state;
}

/** The address form of the state: only what differs from the defaults. */
export function toCustomerListParams(state: CustomerListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (key === 'sort' && value === DEFAULT_CUSTOMER_SORT) continue;
    if (typeof value === 'string' && value !== '') params.set(key, value);
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
  }
  return params;
}

/** Midnight of a local day, as the instant the API compares with. */
function startOfLocalDay(day: string, plusDays = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, (date ?? 1) + plusDays).toISOString();
}

/** The query of GET /customers; the created range covers both days whole, in local time. */
export function toCustomerListQuery(state: CustomerListState): CustomerListQuery {
  const { createdFrom, createdTo, ...rest } = state;
  const query: CustomerListQuery = { ...rest };
  if (createdFrom) query.createdFrom = startOfLocalDay(createdFrom);
  if (createdTo) query.createdTo = startOfLocalDay(createdTo, 1);
  return query;
}

export function activeFilterCount(state: CustomerListState): number {
  const dated = state.createdFrom || state.createdTo ? 1 : 0;
  return (
    FILTER_KEYS.filter((key) => {
      if (key === 'createdFrom' || key === 'createdTo') return false;
      const value = state[key];
      return Array.isArray(value) ? value.length > 0 : Boolean(value);
    }).length + dated
  );
}

export function withoutFilters(state: CustomerListState): CustomerListState {
  return { q: state.q, sort: state.sort };
}

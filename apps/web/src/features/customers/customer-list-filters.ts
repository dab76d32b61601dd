import {
  customFieldFilterParam,
  sortParam,
  toCustomFieldQuery,
  type CustomFieldFilters,
  type CustomFieldSort,
} from '../../shared/custom-fields/custom-field-filters';
import { defineListCodec, listParam } from '../../shared/list/list-codec';
import { CUSTOMER_KINDS, CUSTOMER_ROLES, CUSTOMER_TIERS } from './customer-options';
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
  /** Filters on custom fields by key (`cf.<key>=…` in the address and the API query). */
  cf?: CustomFieldFilters;
  sort: CustomerListSort;
}

export type CustomerListFilters = Omit<CustomerListState, 'q' | 'sort'>;

const SORTS = [
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'name',
  '-name',
  'number',
  '-number',
] as const satisfies readonly CustomerSort[];

/** A built-in sort, or a sortable custom field's (`cf.<key>` / `-cf.<key>`). */
export type CustomerListSort = (typeof SORTS)[number] | CustomFieldSort;

export const DEFAULT_CUSTOMER_SORT: CustomerListSort = '-createdAt';

/** The API takes at most this many tags per tag filter. */
export const MAX_TAG_FILTER = 20;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const customerListCodec = defineListCodec<CustomerListState>({
  params: {
    q: listParam.text(),
    kind: listParam.oneOf(CUSTOMER_KINDS),
    tier: listParam.oneOf(CUSTOMER_TIERS),
    role: listParam.oneOf(CUSTOMER_ROLES),
    ownerId: listParam.text(),
    teamId: listParam.text(),
    industry: listParam.text(),
    region: listParam.text(),
    createdFrom: listParam.matching(DAY),
    createdTo: listParam.matching(DAY),
    tagId: listParam.many(UUID, MAX_TAG_FILTER),
    anyTagId: listParam.many(UUID, MAX_TAG_FILTER),
    segmentId: listParam.text(),
    cf: customFieldFilterParam(),
    sort: sortParam(SORTS),
  },
  defaults: { sort: DEFAULT_CUSTOMER_SORT },
  search: 'q',
  sort: 'sort',
  countAsOne: [['createdFrom', 'createdTo']],
});

/** Reads the list state from the address, ignoring anything malformed. */
export const parseCustomerListState = customerListCodec.parse;

/** The address form of the state: only what differs from the defaults. */
export const toCustomerListParams = customerListCodec.toParams;

/** Midnight of a local day, as the instant the API compares with. */
function startOfLocalDay(day: string, plusDays = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, (date ?? 1) + plusDays).toISOString();
}

/** The query of GET /customers; the created range covers both days whole, in local time. */
export function toCustomerListQuery(state: CustomerListState): CustomerListQuery {
  const { createdFrom, createdTo, cf, sort, ...rest } = state;
  // The API takes custom field sorts and `cf.<key>` filters beside its named parameters.
  const query: CustomerListQuery = { ...rest, ...toCustomFieldQuery(cf) };
  Object.assign(query, { sort });
  if (createdFrom) query.createdFrom = startOfLocalDay(createdFrom);
  if (createdTo) query.createdTo = startOfLocalDay(createdTo, 1);
  return query;
}

export const activeFilterCount = customerListCodec.activeFilterCount;

export const withoutFilters = customerListCodec.withoutFilters;

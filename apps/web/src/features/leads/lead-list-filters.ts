import {
  customFieldFilterParam,
  sortParam,
  toCustomFieldQuery,
  type CustomFieldFilters,
  type CustomFieldSort,
} from '../../shared/custom-fields/custom-field-filters';
import { defineListCodec, listParam } from '../../shared/list/list-codec';
import { LEAD_SORTS, LEAD_SOURCES, LEAD_STATUSES } from './lead-options';
import type { LeadListQuery, LeadSource, LeadStatus } from './lead-types';

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
  /** Filters on custom fields by key (`cf.<key>=…` in the address and the API query). */
  cf?: CustomFieldFilters;
  sort: LeadListSort;
}

/** A built-in sort, or a sortable custom field's (`cf.<key>` / `-cf.<key>`). */
export type LeadListSort = (typeof LEAD_SORTS)[number] | CustomFieldSort;

export const DEFAULT_LEAD_SORT: LeadListSort = '-createdAt';

export const leadListCodec = defineListCodec<LeadListState>({
  params: {
    q: listParam.text(),
    status: listParam.oneOf(LEAD_STATUSES),
    source: listParam.oneOf(LEAD_SOURCES),
    ownerId: listParam.text(),
    teamId: listParam.text(),
    region: listParam.text(),
    followUpDue: listParam.flag(),
    unassigned: listParam.flag(),
    cf: customFieldFilterParam(),
    sort: sortParam(LEAD_SORTS),
  },
  defaults: { sort: DEFAULT_LEAD_SORT },
  search: 'q',
  sort: 'sort',
});

/** Reads the list state from the address, ignoring anything malformed. */
export const parseLeadListState = leadListCodec.parse;

/** The address form of the state: only what differs from the defaults. */
export const toLeadListParams = leadListCodec.toParams;

/** The end of the local day `now` falls in: "due" means due by tonight. */
function endOfLocalDay(now: Date): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).toISOString();
}

/** The query of GET /leads. */
export function toLeadListQuery(state: LeadListState, now: Date = new Date()): LeadListQuery {
  const { followUpDue, unassigned, ownerId, cf, sort, ...rest } = state;
  // The API takes custom field sorts and `cf.<key>` filters beside its named parameters.
  const query: LeadListQuery = { ...rest, ...toCustomFieldQuery(cf) };
  Object.assign(query, { sort });
  if (unassigned) query.unassigned = true;
  else if (ownerId) query.ownerId = ownerId;
  if (followUpDue) query.followUpDueBy = endOfLocalDay(now);
  return query;
}

export const activeLeadFilterCount = leadListCodec.activeFilterCount;

export const withoutLeadFilters = leadListCodec.withoutFilters;

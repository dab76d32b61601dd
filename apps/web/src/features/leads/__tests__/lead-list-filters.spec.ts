import {
  activeLeadFilterCount,
  DEFAULT_LEAD_SORT,
  parseLeadListState,
  toLeadListParams,
  toLeadListQuery,
  withoutLeadFilters,
} from '../lead-list-filters';

const OWNER = '0b7e1c2a-5d3f-4e6a-9b8c-1d2e3f4a5b6c';

describe('the lead list state in the address', () => {
  it('reads search, filters and sort, and ignores what it does not know', () => {
    const state = parseLeadListState(
      new URLSearchParams(
        `q=+李明+&status=qualified&source=web-form&ownerId=${OWNER}&region=华东&followUpDue=1&sort=-score&colour=red`,
      ),
    );
    expect(state).toEqual({
      q: '李明',
      status: 'qualified',
      source: 'web-form',
      ownerId: OWNER,
      region: '华东',
      followUpDue: true,
      sort: '-score',
    });
  });

  it('drops an unknown status, source, sort or flag value', () => {
    const state = parseLeadListState(
      new URLSearchParams('status=won&source=fax&sort=-nextFollowUpAt&followUpDue=yes'),
    );
    expect(state).toEqual({ sort: DEFAULT_LEAD_SORT });
  });

  it('writes only what differs from the defaults, and reads it back the same', () => {
    const state = parseLeadListState(new URLSearchParams('status=new&unassigned=1'));
    const params = toLeadListParams(state);
    expect(params.toString()).toBe('status=new&unassigned=1');
    expect(parseLeadListState(params)).toEqual(state);
    expect(toLeadListParams({ sort: DEFAULT_LEAD_SORT }).toString()).toBe('');
  });

  it('asks for leads due by the end of the local day when the follow-up filter is on', () => {
    const now = new Date(2026, 10, 26, 15, 30);
    const query = toLeadListQuery({ sort: '-createdAt', followUpDue: true }, now);
    expect(query.followUpDueBy).toBe(new Date(2026, 10, 27).toISOString());
    expect(query).not.toHaveProperty('followUpDue');
  });

  it('asks for unassigned leads instead of an owner when both are set', () => {
    const query = toLeadListQuery({ sort: '-createdAt', ownerId: OWNER, unassigned: true });
    expect(query).toEqual({ sort: '-createdAt', unassigned: true });
  });

  it('counts the active filters and clears them, keeping search and sort', () => {
    const state = parseLeadListState(
      new URLSearchParams(`q=abc&status=new&teamId=${OWNER}&followUpDue=1&sort=name`),
    );
    expect(activeLeadFilterCount(state)).toBe(3);
    expect(withoutLeadFilters(state)).toEqual({ q: 'abc', sort: 'name' });
  });
});

import {
  customerListCodec,
  toCustomerListQuery,
} from '../../../features/customers/customer-list-filters';
import { leadListCodec, toLeadListQuery } from '../../../features/leads/lead-list-filters';
import {
  customFieldSortKey,
  formatList,
  formatRange,
  parseList,
  parseRange,
  withFilter,
} from '../custom-field-filters';
import { customFieldSortFromTable, customFieldSortOrder } from '../custom-field-columns';

// The columns show values through the display, which reads user names from the API.
jest.mock('../../api/kehu-client', () => ({ kehuClient: {} }));

describe('custom field filters in a list address', () => {
  it('are read from cf.<key> params, trimmed, malformed keys and blank values dropped', () => {
    const state = customerListCodec.parse(
      new URLSearchParams(
        'cf.visit_channel=fair,referral&cf.store_count=+5..20&cf.Bad-Key=x&cf.empty_one=&kind=company',
      ),
    );
    expect(state.cf).toEqual({ visit_channel: 'fair,referral', store_count: '5..20' });
    expect(state.kind).toBe('company');
  });

  it('are written back to the address unchanged, so a link or a reload keeps them', () => {
    const params = new URLSearchParams(
      'cf.visit_channel=fair&cf.opened_on=2026-01-01..&sort=-cf.store_count',
    );
    const state = customerListCodec.parse(params);
    const written = customerListCodec.toParams(state);
    expect(written.get('cf.visit_channel')).toBe('fair');
    expect(written.get('cf.opened_on')).toBe('2026-01-01..');
    expect(written.get('sort')).toBe('-cf.store_count');
    expect(customerListCodec.parse(written)).toEqual(state);
  });

  it('count one filter per field and are cleared with the other filters', () => {
    const state = customerListCodec.parse(
      new URLSearchParams('cf.visit_channel=fair&cf.vip=true&kind=company&q=光明'),
    );
    expect(customerListCodec.activeFilterCount(state)).toBe(3);
    const cleared = customerListCodec.withoutFilters(state);
    expect(cleared.cf).toBeUndefined();
    expect(cleared.q).toBe('光明');
  });

  it('go to the API as cf.<key> parameters beside the sort on a custom field', () => {
    const query = toCustomerListQuery({
      cf: { visit_channel: 'fair,referral', has_site: '!empty' },
      sort: '-cf.store_count',
    });
    expect(query).toEqual({
      'cf.visit_channel': 'fair,referral',
      'cf.has_site': '!empty',
      sort: '-cf.store_count',
    });
    const leads = toLeadListQuery(
      leadListCodec.parse(new URLSearchParams('cf.booth=A12&sort=cf.booth')),
    );
    expect(leads).toMatchObject({ 'cf.booth': 'A12', sort: 'cf.booth' });
  });

  it('accept only the list’s own sorts or a custom field’s', () => {
    for (const sort of ['cf.Store', 'cf.', '--cf.x', 'age']) {
      expect(customerListCodec.parse(new URLSearchParams(`sort=${sort}`)).sort).toBe('-createdAt');
    }
    expect(customerListCodec.parse(new URLSearchParams('sort=cf.store_count')).sort).toBe(
      'cf.store_count',
    );
    expect(customFieldSortKey('-cf.store_count')).toBe('store_count');
    expect(customFieldSortKey('-createdAt')).toBeNull();
  });
});

describe('custom field filter values', () => {
  it('write ranges as lo..hi with open ends, an exact value as itself', () => {
    expect(formatRange({ from: '5', to: '20' })).toBe('5..20');
    expect(formatRange({ from: '5' })).toBe('5..');
    expect(formatRange({ to: '2026-12-31' })).toBe('..2026-12-31');
    expect(formatRange({ from: '7', to: '7' })).toBe('7');
    expect(formatRange({})).toBeUndefined();
  });

  it('read ranges back, and nothing from empty / !empty', () => {
    expect(parseRange('5..20')).toEqual({ from: '5', to: '20' });
    expect(parseRange('..20')).toEqual({ from: undefined, to: '20' });
    expect(parseRange('7')).toEqual({ from: '7', to: '7' });
    expect(parseRange('!empty')).toBeNull();
    expect(parseRange('empty')).toBeNull();
  });

  it('join option keys and user ids with commas', () => {
    expect(formatList(['fair', 'referral'])).toBe('fair,referral');
    expect(formatList([])).toBeUndefined();
    expect(parseList('fair,referral')).toEqual(['fair', 'referral']);
    expect(parseList('!empty')).toEqual([]);
  });

  it('change one field at a time; an emptied one leaves the address', () => {
    expect(withFilter(undefined, 'vip', 'true')).toEqual({ vip: 'true' });
    expect(withFilter({ vip: 'true', tier: 'a' }, 'vip', undefined)).toEqual({ tier: 'a' });
    expect(withFilter({ vip: 'true' }, 'vip', ' ')).toBeUndefined();
  });
});

describe('sorting by a custom field column', () => {
  it('shows the order of the list’s sort and turns a header click into the sort', () => {
    expect(customFieldSortOrder('-cf.store_count', 'store_count')).toBe('descend');
    expect(customFieldSortOrder('cf.store_count', 'store_count')).toBe('ascend');
    expect(customFieldSortOrder('cf.store_count', 'other')).toBeNull();
    expect(customFieldSortFromTable('cf.store_count', 'descend')).toBe('-cf.store_count');
    expect(customFieldSortFromTable('cf.store_count', 'ascend')).toBe('cf.store_count');
    expect(customFieldSortFromTable('name', 'ascend')).toBeNull();
    expect(customFieldSortFromTable('cf.store_count', null)).toBeNull();
  });
});

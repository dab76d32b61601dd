import { defineListCodec, listParam } from '../list-codec';

type Colour = 'red' | 'green' | 'blue';
type Sort = 'name' | '-name' | '-createdAt';

interface State {
  q?: string;
  colour?: Colour;
  status?: 'open' | 'closed' | 'any-open';
  urgent?: boolean;
  from?: string;
  to?: string;
  tagId?: string[];
  sort: Sort;
}

const ID_A = '0b7e1c2a-5d3f-4e6a-9b8c-1d2e3f4a5b6c';
const ID_B = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const codec = defineListCodec<State>({
  params: {
    q: listParam.text(),
    colour: listParam.oneOf(['red', 'green', 'blue'] as const),
    status: listParam.oneOf(['open', 'closed', 'any-open'] as const),
    urgent: listParam.flag(),
    from: listParam.matching(DAY),
    to: listParam.matching(DAY),
    tagId: listParam.many(ID, 2),
    sort: listParam.oneOf(['name', '-name', '-createdAt'] as const),
  },
  defaults: { sort: '-createdAt', status: 'any-open' },
  search: 'q',
  sort: 'sort',
  countAsOne: [['from', 'to']],
});

const parse = (search: string) => codec.parse(new URLSearchParams(search));

describe('a list codec', () => {
  it('starts from the defaults when the address says nothing', () => {
    expect(parse('')).toEqual({ sort: '-createdAt', status: 'any-open' });
    expect(codec.toParams(parse('')).toString()).toBe('');
  });

  it('reads each kind of value, trimming text', () => {
    expect(
      parse(
        `q=+%E5%8D%8E%E8%85%BE+&colour=green&status=closed&urgent=1&from=2026-01-01&to=2026-01-31&tagId=${ID_A}&sort=name`,
      ),
    ).toEqual({
      q: '华腾',
      colour: 'green',
      status: 'closed',
      urgent: true,
      from: '2026-01-01',
      to: '2026-01-31',
      tagId: [ID_A],
      sort: 'name',
    });
  });

  it('ignores malformed and unknown values, falling back to the defaults', () => {
    expect(
      parse('q=+++&colour=purple&status=lost&urgent=yes&from=tomorrow&tagId=abc&sort=age&page=3'),
    ).toEqual({ sort: '-createdAt', status: 'any-open' });
  });

  it('keeps distinct values of a repeated key, at most the limit', () => {
    const third = ID_A.replace('0b7e', '1c8f');
    expect(parse(`tagId=${ID_A}&tagId=${ID_A}&tagId=${ID_B}&tagId=${third}`).tagId).toEqual([
      ID_A,
      ID_B,
    ]);
  });

  it('writes only what differs from the defaults, in a fixed order', () => {
    const params = codec.toParams({
      sort: '-createdAt',
      status: 'any-open',
      urgent: false,
      q: '',
      tagId: [ID_A, ID_B],
      colour: 'red',
    });
    expect(params.toString()).toBe(`colour=red&tagId=${ID_A}&tagId=${ID_B}`);
  });

  it('reads back what it writes', () => {
    const state: State = {
      q: 'C-000123',
      colour: 'blue',
      status: 'open',
      urgent: true,
      from: '2026-02-01',
      tagId: [ID_B],
      sort: '-name',
    };
    expect(codec.parse(codec.toParams(state))).toEqual(state);
  });

  it('writes a cleared filter that has a default as empty, so the choice survives a reload', () => {
    const cleared: State = { sort: '-createdAt', status: undefined };
    const params = codec.toParams(cleared);
    expect(params.toString()).toBe('status=');
    expect(codec.parse(params)).toEqual({ sort: '-createdAt' });
    expect(codec.parse(params)).not.toHaveProperty('status');
  });

  it('never clears the sort: an empty sort falls back to the default', () => {
    expect(parse('sort=')).toEqual({ sort: '-createdAt', status: 'any-open' });
  });

  it('counts the filters set, a range as one, and not the search, sort or a default', () => {
    expect(codec.activeFilterCount(parse('q=abc&sort=name&status=any-open'))).toBe(0);
    expect(codec.activeFilterCount(parse('colour=red&from=2026-01-01&to=2026-01-02'))).toBe(2);
    expect(codec.activeFilterCount(parse('to=2026-01-02&urgent=1&status=closed'))).toBe(3);
    expect(codec.activeFilterCount({ sort: 'name', tagId: [], urgent: false })).toBe(0);
  });

  it('clears the filters back to their defaults, keeping the search and sort', () => {
    const state = parse(`q=abc&colour=red&status=closed&tagId=${ID_A}&sort=name`);
    expect(codec.withoutFilters(state)).toEqual({ q: 'abc', sort: 'name', status: 'any-open' });
  });

  it('keeps a yes-or-no choice, "no" being a filter too', () => {
    const yesNo = defineListCodec<{ active?: boolean }>({
      params: { active: listParam.boolean() },
      defaults: {},
    });
    const parseYesNo = (search: string) => yesNo.parse(new URLSearchParams(search));
    expect(parseYesNo('active=false')).toEqual({ active: false });
    expect(parseYesNo('active=0')).toEqual({});
    expect(yesNo.toParams({ active: false }).toString()).toBe('active=false');
    expect(yesNo.activeFilterCount({ active: false })).toBe(1);
    expect(yesNo.activeFilterCount({})).toBe(0);
  });
});

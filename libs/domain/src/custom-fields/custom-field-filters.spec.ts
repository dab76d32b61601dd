import fc from 'fast-check';
import type { CustomFieldType } from './custom-field-definition';
import {
  isCustomFieldSort,
  parseCustomFieldFilters,
  parseCustomFieldSort,
  type QueryableCustomField,
} from './custom-field-filters';

const OPTIONS = ['north', 'south', 'retired'].map((key) => ({
  key,
  label: { zh: key, en: key },
  active: key !== 'retired',
}));

const field = (
  key: string,
  type: CustomFieldType,
  extra: Partial<QueryableCustomField> = {},
): QueryableCustomField => ({
  key,
  type,
  options: type.endsWith('select') ? OPTIONS : [],
  filterable: true,
  sortable: true,
  ...extra,
});

const FIELDS = [
  field('name_text', 'text'),
  field('note', 'long_text'),
  field('stores', 'number'),
  field('budget', 'currency'),
  field('share', 'percent'),
  field('opened_on', 'date'),
  field('seen_at', 'datetime'),
  field('vip', 'boolean'),
  field('zone', 'single_select'),
  field('zones', 'multi_select'),
  field('manager', 'user'),
  field('site', 'url'),
  field('mail', 'email'),
  field('tel', 'phone'),
  field('quiet', 'number', { filterable: false, sortable: false }),
];

const parse = (params: Record<string, unknown>) => parseCustomFieldFilters(params, FIELDS);
const one = (key: string, value: unknown) => {
  const result = parse({ [key]: value });
  expect(result.problems).toEqual([]);
  return result.conditions[0];
};
const problem = (key: string, value: unknown) => {
  const result = parse({ [key]: value });
  expect(result.conditions).toEqual([]);
  expect(result.problems.map((p) => p.parameter)).toEqual([`cf.${key}`]);
  return result.problems[0].message;
};

describe('parseCustomFieldFilters', () => {
  it('reads text-like values as stored ones are normalised', () => {
    expect(one('name_text', '  Alpha  ')).toEqual({
      key: 'name_text',
      type: 'text',
      op: 'equals',
      value: 'Alpha',
    });
    expect(one('mail', ' Sales@Example.COM ')).toMatchObject({ value: 'sales@example.com' });
    expect(one('tel', '138 0013 8000')).toMatchObject({ value: '+8613800138000' });
    expect(one('site', 'https://example.com/x')).toMatchObject({ value: 'https://example.com/x' });
    expect(problem('mail', 'not mail')).toMatch(/^cf\.mail /);
    expect(problem('tel', '12')).toMatch(/^cf\.tel /);
    expect(problem('site', 'ftp://x.cn')).toMatch(/^cf\.site /);
  });

  it('reads numbers, dates and date-times as a value or an inclusive range', () => {
    expect(one('stores', '12.5')).toMatchObject({ op: 'between', from: '12.5', to: '12.5' });
    expect(one('stores', '-5..10')).toMatchObject({ from: '-5', to: '10' });
    expect(one('stores', '3..')).toMatchObject({ from: '3', to: null });
    expect(one('budget', '..1000.50')).toMatchObject({ from: null, to: '1000.50' });
    expect(one('share', '0..100')).toMatchObject({ from: '0', to: '100' });
    expect(one('opened_on', '2026-01-01..2026-12-31')).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(one('seen_at', '2026-01-15')).toMatchObject({
      from: '2026-01-15T00:00:00.000Z',
      to: '2026-01-15T23:59:59.999Z',
    });
    expect(one('seen_at', '2026-01-15T12:00:00+02:00..2026-01-16')).toMatchObject({
      from: '2026-01-15T10:00:00.000Z',
      to: '2026-01-16T23:59:59.999Z',
    });
    for (const [key, value] of [
      ['stores', 'ten'],
      ['stores', '1e5'],
      ['stores', '1..2..3'],
      ['stores', '..'],
      ['budget', '12,5'],
      ['opened_on', '2026-02-30'],
      ['opened_on', '2026-01-01..tomorrow'],
      ['seen_at', 'now'],
    ])
      problem(key, value);
  });

  it('reads booleans, selects and users as lists', () => {
    expect(one('vip', 'true')).toMatchObject({ op: 'equals', value: 'true' });
    expect(one('vip', 'false')).toMatchObject({ op: 'equals', value: 'false' });
    problem('vip', 'yes');
    expect(one('zone', 'north,south,north')).toMatchObject({
      op: 'in',
      values: ['north', 'south'],
    });
    // A deactivated option still finds the records that kept it.
    expect(one('zones', 'retired')).toMatchObject({ op: 'has-any', values: ['retired'] });
    expect(problem('zone', 'west')).toContain('"west"');
    problem('zones', 'north,,south');
    const id = '1D3F0C2A-9B8E-4C7D-8A6B-5F4E3D2C1B0A';
    expect(one('manager', `${id}, ${id.toLowerCase()}`)).toMatchObject({
      op: 'in',
      values: [id.toLowerCase()],
    });
    problem('manager', 'someone');
    problem('zone', Array.from({ length: 101 }, (_, i) => `o${i}`).join(','));
  });

  it('reads empty and !empty for every type', () => {
    for (const definition of FIELDS.filter((candidate) => candidate.filterable)) {
      expect(one(definition.key, 'empty')).toEqual({
        key: definition.key,
        type: definition.type,
        op: 'empty',
      });
      expect(one(definition.key, '!empty')).toMatchObject({ op: 'present' });
    }
  });

  it('refuses unknown, not filterable and malformed keys alike, and repeated or empty values', () => {
    const messages = ['nothing', 'quiet', "zone'--", 'Zone'].map((key) => ({
      key,
      message: problem(key, '1'),
    }));
    for (const { key, message } of messages)
      expect(message).toBe(`cf.${key} is not a filterable custom field`);
    expect(problem('stores', ['1', '2'])).toMatch(/once/);
    expect(problem('stores', '')).toMatch(/empty/);
    expect(problem('name_text', 'x'.repeat(1001))).toMatch(/1000/);
  });

  it('never throws and names only the parameters given', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...FIELDS.map((f) => f.key), 'other'),
          fc.oneof(fc.string(), fc.constantFrom('empty', '!empty', '1..2', 'north,south')),
        ),
        (params) => {
          const result = parse(params);
          expect(result.conditions.length + result.problems.length).toBe(
            Object.keys(params).length,
          );
          for (const p of result.problems)
            expect(Object.keys(params)).toContain(p.parameter.slice(3));
        },
      ),
    );
  });
});

describe('parseCustomFieldSort', () => {
  it('reads cf.<key> and -cf.<key> of a sortable field the caller sees', () => {
    expect(isCustomFieldSort('-cf.stores')).toBe(true);
    expect(isCustomFieldSort('-createdAt')).toBe(false);
    expect(parseCustomFieldSort('cf.stores', FIELDS)).toEqual({
      ok: true,
      sort: { key: 'stores', type: 'number', descending: false },
    });
    expect(parseCustomFieldSort('-cf.mail', FIELDS)).toEqual({
      ok: true,
      sort: { key: 'mail', type: 'email', descending: true },
    });
    expect(parseCustomFieldSort('name', FIELDS)).toEqual({ ok: true, sort: null });
    expect(parseCustomFieldSort(undefined, FIELDS)).toEqual({ ok: true, sort: null });
  });

  it('refuses unknown and not sortable fields alike', () => {
    for (const key of ['quiet', 'nothing', "x'"]) {
      expect(parseCustomFieldSort(`cf.${key}`, FIELDS)).toEqual({
        ok: false,
        problem: { parameter: 'sort', message: `sort cf.${key} is not a sortable custom field` },
      });
    }
  });
});

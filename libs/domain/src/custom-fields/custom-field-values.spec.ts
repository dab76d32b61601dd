import fc from 'fast-check';
import {
  CUSTOM_FIELD_TYPES,
  type CustomFieldRules,
  type CustomFieldType,
  customFieldEditableBy,
  customFieldVisibleTo,
} from './custom-field-definition';
import {
  canConvert,
  convertCustomFieldValue,
  normalizeCustomFieldValue,
  validateCustomFieldValues,
} from './custom-field-values';
import { customFieldDefinitionProblems } from './definition-problems';

const OPTIONS = [
  { key: 'north', label: { zh: '北区', en: 'North' }, active: true },
  { key: 'south', label: { zh: '南区', en: 'South' }, active: true },
  { key: 'retired', label: { zh: '旧区', en: 'Retired' }, active: false },
];

function rules(type: CustomFieldType, extra: Partial<CustomFieldRules> = {}): CustomFieldRules {
  const select = type === 'single_select' || type === 'multi_select';
  return {
    key: `f_${type}`,
    type,
    required: false,
    options: select ? OPTIONS : [],
    min: null,
    max: null,
    defaultValue: null,
    ...extra,
  };
}

/** Raw inputs of each type, valid and not, as a client might send them. */
const RAW: Record<CustomFieldType, fc.Arbitrary<unknown>> = {
  text: fc.string({ maxLength: 600 }),
  long_text: fc.string({ maxLength: 200 }),
  number: fc.oneof(fc.double(), fc.integer(), fc.string({ maxLength: 5 })),
  percent: fc.oneof(fc.double({ min: -1000, max: 1000 }), fc.constant('12%')),
  currency: fc.oneof(
    fc
      .tuple(fc.bigInt({ min: -(10n ** 16n) + 1n, max: 10n ** 16n - 1n }), fc.nat(99))
      .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`),
    fc.integer().map(String),
    fc.double({ noNaN: true }),
    fc.string({ maxLength: 8 }),
  ),
  date: fc.oneof(
    fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z') })
      .map((date) => (Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10))),
    fc.string({ maxLength: 10 }),
  ),
  datetime: fc.oneof(
    fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z') })
      .map((date) => (Number.isNaN(date.getTime()) ? '' : date.toISOString())),
    fc.constant('2026-12-07T08:30:00+08:00'),
    fc.string({ maxLength: 25 }),
  ),
  boolean: fc.oneof(fc.boolean(), fc.constant('true')),
  single_select: fc.constantFrom('north', 'south', 'retired', 'east', ''),
  multi_select: fc.array(fc.constantFrom('north', 'south', 'retired', 'east'), { maxLength: 4 }),
  user: fc.oneof(fc.uuid(), fc.string({ maxLength: 36 })),
  url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 })),
  email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 20 })),
  phone: fc.oneof(
    fc.integer({ min: 3000_0000, max: 9999_9999 }).map((n) => `13${n}0`.slice(0, 11)),
    fc.integer({ min: 6000_0000, max: 6999_9999 }).map((n) => `010-${n}`),
    fc.string({ maxLength: 15 }),
  ),
};

describe('normalizeCustomFieldValue', () => {
  it.each(CUSTOM_FIELD_TYPES)(
    'a %s value that validates normalises to a value that normalises to itself',
    (type) => {
      const field = rules(type);
      fc.assert(
        fc.property(RAW[type], (raw) => {
          const first = normalizeCustomFieldValue(field, raw);
          if (!first.ok || first.value === null) return;
          // The stored form round-trips: through JSON (the jsonb column, the API) and again.
          const stored = JSON.parse(JSON.stringify(first.value)) as unknown;
          expect(normalizeCustomFieldValue(field, stored, stored)).toEqual(first);
        }),
      );
    },
  );

  it.each<[CustomFieldType, unknown, unknown]>([
    ['text', '  华东大客户 ', '华东大客户'],
    ['number', 12.5, 12.5],
    ['percent', 150, 150],
    ['currency', '500000', '500000.00'],
    ['currency', '007.5', '7.50'],
    ['currency', -0, '0.00'],
    ['currency', 19.99, '19.99'],
    ['date', '2024-02-29', '2024-02-29'],
    ['datetime', '2026-12-07T08:30:00+08:00', '2026-12-07T00:30:00.000Z'],
    ['boolean', false, false],
    ['single_select', 'north', 'north'],
    ['multi_select', ['south', 'north', 'south'], ['north', 'south']],
    ['user', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'],
    ['url', ' https://kehu.example.cn/a?b=1 ', 'https://kehu.example.cn/a?b=1'],
    ['email', 'Li.Wei@Example.COM', 'li.wei@example.com'],
    ['phone', '138 0013 8000', '+8613800138000'],
    ['phone', '(010) 8888 6666', '+861088886666'],
    ['text', '   ', null],
    ['multi_select', [], null],
  ])('a %s field stores %j as %j', (type, raw, stored) => {
    expect(normalizeCustomFieldValue(rules(type), raw)).toEqual({ ok: true, value: stored });
  });

  it.each<[CustomFieldType, unknown, string]>([
    ['text', 42, 'type'],
    ['text', 'x'.repeat(501), 'too-long'],
    ['text', 'a\u0000b', 'format'],
    ['number', '42', 'type'],
    ['number', Number.NaN, 'type'],
    ['currency', '1.005', 'format'],
    ['currency', '12,000', 'format'],
    ['currency', '12345678901234567', 'format'],
    ['date', '2023-02-29', 'format'],
    ['date', '2024-13-01', 'format'],
    ['datetime', '2026-12-07 08:30', 'format'],
    ['datetime', '2026-12-07T08:30:00', 'format'],
    ['boolean', 'true', 'type'],
    ['single_select', 'east', 'option'],
    ['single_select', 'retired', 'inactive-option'],
    ['multi_select', 'north', 'type'],
    ['multi_select', ['north', 'retired'], 'inactive-option'],
    ['user', 'someone', 'format'],
    ['url', 'ftp://kehu.example.cn', 'format'],
    ['url', 'javascript:alert(1)', 'format'],
    ['url', 'https://intranet', 'format'],
    ['email', 'li.wei@', 'format'],
    ['phone', '12345', 'format'],
  ])('a %s field refuses %j (%s)', (type, raw, code) => {
    expect(normalizeCustomFieldValue(rules(type), raw)).toMatchObject({ ok: false, code });
  });

  it('keeps a deactivated option a record already has, and refuses choosing it anew', () => {
    expect(normalizeCustomFieldValue(rules('single_select'), 'retired', 'retired')).toEqual({
      ok: true,
      value: 'retired',
    });
    expect(
      normalizeCustomFieldValue(rules('multi_select'), ['retired', 'north'], ['retired']),
    ).toEqual({ ok: true, value: ['north', 'retired'] });
  });

  it('holds numbers to the range', () => {
    const field = rules('number', { min: 0, max: 100 });
    expect(normalizeCustomFieldValue(field, -1)).toMatchObject({ ok: false, code: 'range' });
    expect(normalizeCustomFieldValue(field, 101)).toMatchObject({ ok: false, code: 'range' });
    expect(normalizeCustomFieldValue(field, 100)).toEqual({ ok: true, value: 100 });
    const amount = rules('currency', { min: 0 });
    expect(normalizeCustomFieldValue(amount, '-0.01')).toMatchObject({ code: 'range' });
  });
});

describe('validateCustomFieldValues', () => {
  const stores = rules('number', { key: 'store_count', required: true });
  const region = rules('single_select', { key: 'region', defaultValue: 'north' });
  const booth = rules('text', { key: 'booth' });
  const definitions = [stores, region, booth];

  it('on create, fills defaults and refuses a missing required field', () => {
    expect(validateCustomFieldValues(definitions, { store_count: 3 }, { mode: 'create' })).toEqual({
      values: { store_count: 3, region: 'north' },
      problems: [],
    });
    expect(validateCustomFieldValues(definitions, {}, { mode: 'create' }).problems).toEqual([
      { key: 'store_count', code: 'required', message: 'customFields.store_count is required' },
    ]);
  });

  it('on update, checks only the given fields and refuses clearing a required one', () => {
    expect(validateCustomFieldValues(definitions, { booth: 'A-12' }, { mode: 'update' })).toEqual({
      values: { booth: 'A-12' },
      problems: [],
    });
    expect(
      validateCustomFieldValues(definitions, { store_count: null }, { mode: 'update' }).problems,
    ).toMatchObject([{ key: 'store_count', code: 'required' }]);
  });

  it('names every unknown key and every wrong value', () => {
    const result = validateCustomFieldValues(
      definitions,
      { store_count: 'many', stand: 'B', region: 'west' },
      { mode: 'update' },
    );
    expect(result.problems).toEqual([
      { key: 'store_count', code: 'type', message: 'customFields.store_count must be a number' },
      { key: 'stand', code: 'unknown', message: 'customFields.stand is not a known field' },
      { key: 'region', code: 'option', message: 'customFields.region has no option "west"' },
    ]);
  });

  it('refuses anything but an object', () => {
    for (const values of [[], 'x', 3])
      expect(validateCustomFieldValues(definitions, values, { mode: 'update' }).problems).toEqual([
        { key: '', code: 'type', message: 'customFields must be an object' },
      ]);
  });

  it('a valid set of values validates again unchanged (property)', () => {
    const all = CUSTOM_FIELD_TYPES.map((type) => rules(type));
    fc.assert(
      fc.property(fc.record(Object.fromEntries(all.map((r) => [r.key, RAW[r.type]]))), (raw) => {
        const first = validateCustomFieldValues(all, raw, { mode: 'create' });
        const valid = Object.fromEntries(
          Object.entries(first.values).filter(
            ([key]) => !first.problems.some((p) => p.key === key),
          ),
        );
        const again = validateCustomFieldValues(all, valid, { mode: 'create', previous: valid });
        expect(again).toEqual({ values: valid, problems: [] });
      }),
    );
  });
});

describe('convertCustomFieldValue / canConvert', () => {
  it.each<[CustomFieldType, CustomFieldType, unknown, unknown]>([
    ['text', 'number', '42', 42],
    ['text', 'currency', '1200.5', '1200.50'],
    ['number', 'currency', 12.5, '12.50'],
    ['currency', 'number', '12.50', 12.5],
    ['number', 'text', 7, '7'],
    ['text', 'email', 'A@Example.com', 'a@example.com'],
    ['date', 'datetime', '2026-01-02', '2026-01-02T00:00:00.000Z'],
    ['datetime', 'date', '2026-01-02T00:00:00.000Z', '2026-01-02'],
    ['single_select', 'multi_select', 'retired', ['retired']],
    ['multi_select', 'single_select', ['north'], 'north'],
    ['multi_select', 'text', ['north', 'south'], 'north, south'],
    ['boolean', 'text', true, 'true'],
  ])('%s → %s converts %j to %j', (from, to, value, converted) => {
    const target = { options: OPTIONS };
    expect(convertCustomFieldValue(from, to, value as never, target)).toEqual({
      ok: true,
      value: converted,
    });
  });

  it.each<[CustomFieldType, CustomFieldType, unknown]>([
    ['text', 'number', 'about ten'],
    ['number', 'currency', 0.125],
    ['datetime', 'date', '2026-01-02T08:00:00.000Z'],
    ['multi_select', 'single_select', ['north', 'south']],
    ['boolean', 'number', true],
    ['number', 'boolean', 1],
    ['text', 'phone', 'call me'],
    ['long_text', 'text', 'x'.repeat(501)],
    ['text', 'single_select', 'west'],
  ])('%s → %s refuses %j', (from, to, value) => {
    expect(canConvert(from, to, value as never, { options: OPTIONS })).toBe(false);
  });

  it('an empty value always converts, and a type to itself always does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CUSTOM_FIELD_TYPES),
        fc.constantFrom(...CUSTOM_FIELD_TYPES),
        (from, to) => canConvert(from, to, null),
      ),
    );
    for (const type of CUSTOM_FIELD_TYPES) {
      fc.assert(
        fc.property(RAW[type], (raw) => {
          const stored = normalizeCustomFieldValue(rules(type), raw);
          if (stored.ok)
            expect(canConvert(type, type, stored.value, { options: OPTIONS })).toBe(true);
        }),
        { numRuns: 50 },
      );
    }
  });
});

describe('custom field definitions', () => {
  const base: Parameters<typeof customFieldDefinitionProblems>[0] = {
    key: 'store_count',
    recordType: 'customer',
    type: 'number',
    required: false,
    options: [],
    min: null,
    max: null,
    defaultValue: null,
  };

  it('accepts a plain definition', () => {
    expect(customFieldDefinitionProblems(base)).toEqual([]);
  });

  it.each<[string, Partial<typeof base>, string]>([
    ['a camel-case key', { key: 'storeCount' }, 'key'],
    ['a key with a double underscore', { key: 'store__count' }, 'key'],
    ['a select without options', { type: 'single_select' }, 'options'],
    ['options on a number', { options: OPTIONS }, 'options'],
    ['a range on text', { type: 'text', min: 1 }, 'min'],
    ['an upside-down range', { min: 10, max: 1 }, 'min'],
    ['a default out of range', { min: 0, defaultValue: -1 }, 'defaultValue'],
    ['company-only on a lead', { recordType: 'lead', appliesTo: 'company' }, 'appliesTo'],
    ['admins hidden', { hiddenFromRoles: ['admin'] }, 'hiddenFromRoles'],
  ])('refuses %s', (_, change, field) => {
    expect(customFieldDefinitionProblems({ ...base, ...change })).toMatchObject([{ field }]);
  });

  it('is visible unless every role of the caller is hidden from it; admins see everything', () => {
    const field = {
      hiddenFromRoles: ['sales_rep', 'viewer'] as const,
      readOnlyForRoles: ['marketer'] as const,
    };
    expect(customFieldVisibleTo(field, ['sales_rep'])).toBe(false);
    expect(customFieldVisibleTo(field, ['sales_rep', 'marketer'])).toBe(true);
    expect(customFieldEditableBy(field, ['marketer'])).toBe(false);
    expect(customFieldEditableBy(field, ['marketer', 'sales_manager'])).toBe(true);
    expect(customFieldEditableBy(field, ['admin'])).toBe(true);
  });
});

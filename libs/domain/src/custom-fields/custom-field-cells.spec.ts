import fc from 'fast-check';
import { neutralizeFormula } from '../spreadsheets/neutralize-formula';
import { anyText, fullWidth } from '../testing/text-arbitraries';
import {
  customFieldOfHeader,
  suggestMappingWithCustomFields,
  formatCustomFieldCell,
  parseCustomFieldCell,
} from './custom-field-cells';
import {
  CUSTOM_FIELD_TYPES,
  type CustomFieldRules,
  type CustomFieldType,
} from './custom-field-definition';
import { normalizeCustomFieldValue } from './custom-field-values';

const OPTIONS = [
  { key: 'north', label: { zh: '北区', en: 'North' }, active: true },
  { key: 'south', label: { zh: '南区', en: 'South' }, active: true },
  { key: 'east_coast', label: { zh: '东部沿海', en: 'East coast' }, active: true },
];

function rules(type: CustomFieldType): CustomFieldRules {
  const select = type === 'single_select' || type === 'multi_select';
  return {
    key: `f_${type}`,
    type,
    required: false,
    options: select ? OPTIONS : [],
    min: null,
    max: null,
    defaultValue: null,
  };
}

const USERS = new Map([
  ['wang.fang@example.cn', '0190b6a4-1c2d-7e3f-8a9b-0c1d2e3f4a5b'],
  ['li.lei@example.cn', '0190b6a4-1c2d-7e3f-8a9b-0c1d2e3f4a5c'],
]);
const userId = (email: string) => USERS.get(email) ?? null;
const userEmail = (id: string) => [...USERS].find(([, user]) => user === id)?.[0];

/** A cell as the import reads it, then as the validation stores it. */
function stored(type: CustomFieldType, cell: string) {
  const parsed = parseCustomFieldCell(rules(type), cell, userId);
  if (!parsed.ok) return { problem: parsed.reason };
  const normalized = normalizeCustomFieldValue(rules(type), parsed.value);
  return normalized.ok ? normalized.value : { problem: normalized.message };
}

/** Valid values of each type as the API might be given them (normalised before use). */
const VALUES: Record<CustomFieldType, fc.Arbitrary<unknown>> = {
  text: fc.oneof(anyText, fc.constantFrom("'=SUM(A1)", '=1+1', '-5', '+86', '@x', '南区')),
  long_text: fc.oneof(anyText, fc.constant('第一行\n第二行, 第三行')),
  number: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()),
  percent: fc.double({ min: -1000, max: 1000, noNaN: true }),
  currency: fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }))
    .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`),
  date: fc
    .date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  datetime: fc
    .date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  boolean: fc.boolean(),
  single_select: fc.constantFrom('north', 'south', 'east_coast'),
  multi_select: fc.subarray(['north', 'south', 'east_coast'], { minLength: 1 }),
  user: fc.constantFrom(...USERS.values()),
  url: fc.webUrl(),
  email: fc.emailAddress(),
  phone: fc.constantFrom('+8613800138000', '021-5555 0100', '+1 415 555 0100', '400 810 8888'),
};

describe('custom field cells', () => {
  it.each(CUSTOM_FIELD_TYPES)(
    'a valid %s value round-trips through the export cell and the import cell unchanged',
    (type) => {
      fc.assert(
        fc.property(
          VALUES[type],
          fc.constantFrom('zh-CN' as const, 'en' as const),
          fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Asia/Kolkata'),
          (raw, language, timeZone) => {
            const normalized = normalizeCustomFieldValue(rules(type), raw);
            fc.pre(normalized.ok && normalized.value !== null);
            const value = normalized.ok ? normalized.value : null;
            const cell = formatCustomFieldCell(rules(type), value, {
              language,
              timeZone,
              userEmail,
            });
            // As the export writes it (formula-looking text guarded) and the import reads it.
            expect(stored(type, neutralizeFormula(cell as string))).toEqual(value);
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it.each([
    ['boolean', '是', true],
    ['boolean', '否', false],
    ['boolean', 'Y', true],
    ['boolean', 'n', false],
    ['boolean', '1', true],
    ['boolean', 'FALSE', false],
    ['date', '2026-12-07', '2026-12-07'],
    ['date', '2026/12/7', '2026-12-07'],
    ['date', '2026.12.7', '2026-12-07'],
    ['date', '2026年12月7日', '2026-12-07'],
    ['date', '46363', '2026-12-07'],
    ['date', fullWidth('2026/12/7'), '2026-12-07'],
    ['datetime', '2026-12-07 14:30', '2026-12-07T06:30:00.000Z'],
    ['datetime', '2026/12/7 14:30:15', '2026-12-07T06:30:15.000Z'],
    ['datetime', '2026-12-07T14:30:00Z', '2026-12-07T14:30:00.000Z'],
    ['datetime', '2026-12-07 14:30:00-0500', '2026-12-07T19:30:00.000Z'],
    ['datetime', '2026年12月7日', '2026-12-06T16:00:00.000Z'],
    ['number', '1,234,567.5', 1234567.5],
    ['number', fullWidth('1234.5'), 1234.5],
    ['number', '-42', -42],
    ['number', "'-42", -42],
    ['percent', '12.5%', 12.5],
    ['percent', '12.5', 12.5],
    ['percent', '12.5％', 12.5],
    ['currency', '¥500,000', '500000.00'],
    ['currency', '￥1,234.5', '1234.50'],
    ['currency', 'CNY 88', '88.00'],
    ['currency', '88元', '88.00'],
    ['single_select', 'north', 'north'],
    ['single_select', '南区', 'south'],
    ['single_select', 'east coast', 'east_coast'],
    ['single_select', 'SOUTH', 'south'],
    ['multi_select', '北区、南区', ['north', 'south']],
    ['multi_select', 'South, north', ['north', 'south']],
    ['multi_select', 'north;south|east_coast', ['north', 'south', 'east_coast']],
    ['multi_select', '北区，东部沿海', ['north', 'east_coast']],
    ['user', 'Wang.Fang@example.cn', '0190b6a4-1c2d-7e3f-8a9b-0c1d2e3f4a5b'],
    ['phone', '138 0013 8000', '+8613800138000'],
  ] as Array<[CustomFieldType, string, unknown]>)('reads a %s cell "%s"', (type, cell, value) => {
    expect(stored(type, cell)).toEqual(value);
  });

  it.each([
    ['boolean', '也许'],
    ['date', '2026-02-30'],
    ['date', '2026-12-07 10:00'],
    ['date', 'next week'],
    ['datetime', '2026-12-07 25:00'],
    ['number', '1,2,3'],
    ['number', 'twelve'],
    ['currency', '¥12.345'],
    ['single_select', 'west'],
    ['multi_select', '北区、西区'],
    ['user', 'nobody@example.cn'],
    ['phone', '12345'],
  ] as Array<[CustomFieldType, string]>)('refuses a %s cell "%s" with a reason', (type, cell) => {
    expect(stored(type, cell)).toEqual({ problem: expect.stringMatching(/\S/) });
  });

  it('reads an empty cell as no value given', () => {
    expect(parseCustomFieldCell(rules('number'), '  ')).toEqual({ ok: true, value: undefined });
  });

  it('finds a field by the key or either label of its header', () => {
    const fields = [
      { key: 'store_count', label: { zh: '门店数', en: 'Store count' } },
      { key: 'booth', label: { zh: '展位', en: 'Booth' } },
    ];
    expect(customFieldOfHeader('门店数', fields)?.key).toBe('store_count');
    expect(customFieldOfHeader('Store Count', fields)?.key).toBe('store_count');
    expect(customFieldOfHeader('store_count', fields)?.key).toBe('store_count');
    expect(customFieldOfHeader('展位（Booth）', fields)).toBeUndefined();
    expect(customFieldOfHeader('booth', fields)?.key).toBe('booth');
    expect(customFieldOfHeader('名称', fields)).toBeUndefined();
  });

  it('suggests a custom field for its header before the record fields, each field once', () => {
    const fields = [
      { key: 'wechat_id', label: { zh: '微信号', en: 'WeChat ID' } },
      { key: 'store_count', label: { zh: '门店数', en: 'Store count' } },
    ];
    const synonyms: Record<string, string> = { 名称: 'name', 微信号: 'wechat', 微信: 'wechat' };
    const recordFields = (headers: readonly string[]) =>
      headers.map((header) => synonyms[header] ?? null);
    expect(
      suggestMappingWithCustomFields(
        ['名称', '微信号', 'Store count', '门店数', '微信', '备注'],
        fields,
        recordFields,
      ),
    ).toEqual(['name', 'cf.wechat_id', 'cf.store_count', null, 'wechat', null]);
    expect(suggestMappingWithCustomFields(['微信号'], [], recordFields)).toEqual(['wechat']);
  });
});

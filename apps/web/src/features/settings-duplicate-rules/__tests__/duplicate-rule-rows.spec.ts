import { DEFAULT_DUPLICATE_RULES } from '@kehu/domain';
import { customFieldDefinition } from '../../../shared/custom-fields/__tests__/custom-field-fixtures';
import {
  customFieldRulesToSave,
  newlyBlocking,
  newlyBlockingCustomFields,
  ruleableCustomFields,
  sameRows,
  toCustomFieldRuleRows,
  toRuleRows,
  toRules,
} from '../duplicate-rule-rows';

describe('the duplicate rules table', () => {
  it('has a row for every field; a field without a rule is off', () => {
    const rows = toRuleRows([{ field: 'email', mode: 'warn' }]);
    expect(rows.map((row) => [row.field, row.mode, row.threshold])).toEqual([
      ['phone', 'off', null],
      ['email', 'warn', null],
      ['taxId', 'off', null],
      ['name', 'off', 0.6],
      ['address', 'off', 0.7],
    ]);
  });

  it('saves the defaults as they were read', () => {
    expect(toRules(toRuleRows(DEFAULT_DUPLICATE_RULES))).toEqual(DEFAULT_DUPLICATE_RULES);
  });

  it('knows when nothing changed', () => {
    const rows = toRuleRows(DEFAULT_DUPLICATE_RULES);
    expect(sameRows(rows, toRuleRows(DEFAULT_DUPLICATE_RULES))).toBe(true);
    expect(
      sameRows(
        rows,
        rows.map((row) => ({ ...row, mode: 'off' as const })),
      ),
    ).toBe(false);
  });

  it('names the fields a change makes blocking, which existing duplicates can refuse', () => {
    const before = toRuleRows(DEFAULT_DUPLICATE_RULES);
    const after = before.map((row) =>
      row.field === 'name' || row.field === 'phone' ? { ...row, mode: 'block' as const } : row,
    );
    expect(newlyBlocking(before, after)).toEqual(['name']);
  });
});

describe('the custom field rules', () => {
  const storeCode = customFieldDefinition('text', { key: 'store_code' });
  const channel = customFieldDefinition('single_select', { key: 'channel' });
  const tags = customFieldDefinition('multi_select', { key: 'tags' });
  const notes = customFieldDefinition('long_text', { key: 'notes' });
  const vip = customFieldDefinition('boolean', { key: 'vip' });
  const definitions = [storeCode, channel, tags, notes, vip];

  it('may be put on the fields compared exactly, not on lists, long text or yes / no', () => {
    expect(ruleableCustomFields(definitions).map((field) => field.key)).toEqual([
      'store_code',
      'channel',
    ]);
  });

  it('say which rules apply: not one on a deleted field or a type no longer compared', () => {
    const rows = toCustomFieldRuleRows(
      [
        { key: 'store_code', mode: 'block' },
        { key: 'gone', mode: 'warn' },
        { key: 'tags', mode: 'warn' },
      ],
      definitions,
    );
    expect(rows).toEqual([
      { key: 'store_code', mode: 'block', applies: true },
      { key: 'gone', mode: 'warn', applies: false },
      { key: 'tags', mode: 'warn', applies: false },
    ]);
  });

  it('are left out of the save when unchanged, so the stored ones stay as they are', () => {
    const saved = toCustomFieldRuleRows(
      [
        { key: 'store_code', mode: 'warn' },
        { key: 'gone', mode: 'warn' },
      ],
      definitions,
    );
    expect(customFieldRulesToSave(saved, [...saved])).toBeUndefined();
  });

  it('are saved as changed, without the rules that no longer apply (the API refuses them)', () => {
    const saved = toCustomFieldRuleRows(
      [
        { key: 'store_code', mode: 'warn' },
        { key: 'gone', mode: 'warn' },
      ],
      definitions,
    );
    const draft = [
      ...saved.map((row) => (row.key === 'store_code' ? { ...row, mode: 'block' as const } : row)),
      { key: 'channel', mode: 'warn' as const, applies: true },
    ];
    expect(customFieldRulesToSave(saved, draft)).toEqual([
      { key: 'store_code', mode: 'block' },
      { key: 'channel', mode: 'warn' },
    ]);
    expect(customFieldRulesToSave(saved, [])).toEqual([]);
  });

  it('name the custom fields a change makes blocking', () => {
    expect(
      newlyBlockingCustomFields(
        [
          { key: 'store_code', mode: 'block' },
          { key: 'channel', mode: 'warn' },
        ],
        [
          { key: 'store_code', mode: 'block' },
          { key: 'channel', mode: 'block' },
          { key: 'serial', mode: 'block' },
          { key: 'code', mode: 'warn' },
        ],
      ),
    ).toEqual(['channel', 'serial']);
  });
});

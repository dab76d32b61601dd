import { DEFAULT_DUPLICATE_RULES } from '@kehu/domain';
import { newlyBlocking, sameRows, toRuleRows, toRules } from '../duplicate-rule-rows';

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

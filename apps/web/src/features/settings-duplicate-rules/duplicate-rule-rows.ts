import {
  DEFAULT_FUZZY_THRESHOLDS,
  DUPLICATE_FIELDS,
  isFuzzyDuplicateField,
  type DuplicateField,
  type DuplicateMode,
  type DuplicateRule,
} from '@kehu/domain';

/** One line of the settings table: every field has one, a missing rule reads as "off". */
export interface DuplicateRuleRow {
  field: DuplicateField;
  mode: DuplicateMode;
  /** Fuzzy fields only (name, address). */
  threshold: number | null;
}

export function toRuleRows(rules: readonly DuplicateRule[]): DuplicateRuleRow[] {
  return DUPLICATE_FIELDS.map((field) => {
    const rule = rules.find((candidate) => candidate.field === field);
    return {
      field,
      mode: rule?.mode ?? 'off',
      threshold: isFuzzyDuplicateField(field)
        ? (rule?.threshold ?? DEFAULT_FUZZY_THRESHOLDS[field])
        : null,
    };
  });
}

export function toRules(rows: readonly DuplicateRuleRow[]): DuplicateRule[] {
  return rows.map((row) =>
    row.threshold === null || !isFuzzyDuplicateField(row.field)
      ? { field: row.field, mode: row.mode }
      : { field: row.field, mode: row.mode, threshold: row.threshold },
  );
}

export function sameRows(a: readonly DuplicateRuleRow[], b: readonly DuplicateRuleRow[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Fields the change makes blocking: saving fails (409) if existing customers already
 * share a value of one of them, so the page can say which.
 */
export function newlyBlocking(
  before: readonly DuplicateRuleRow[],
  after: readonly DuplicateRuleRow[],
): DuplicateField[] {
  return after
    .filter((row) => row.mode === 'block')
    .filter((row) => before.find((old) => old.field === row.field)?.mode !== 'block')
    .map((row) => row.field);
}

import {
  CUSTOM_FIELD_DUPLICATE_TYPES,
  DEFAULT_FUZZY_THRESHOLDS,
  DUPLICATE_FIELDS,
  isFuzzyDuplicateField,
  type CustomFieldDuplicateRule,
  type DuplicateField,
  type DuplicateMode,
  type DuplicateRule,
} from '@kehu/domain';
import type { CustomFieldDefinition } from '../../shared/custom-fields/custom-field-types';

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
  return newlyBlockingBy(before, after, (row) => row.field);
}

function newlyBlockingBy<Rule extends { mode: DuplicateMode }, Key>(
  before: readonly Rule[],
  after: readonly Rule[],
  keyOf: (rule: Rule) => Key,
): Key[] {
  return after
    .filter((rule) => rule.mode === 'block')
    .filter((rule) => before.find((old) => keyOf(old) === keyOf(rule))?.mode !== 'block')
    .map(keyOf);
}

/** A customer custom field a rule may be put on: live, of a type compared exactly. */
export function ruleableCustomFields<Definition extends Pick<CustomFieldDefinition, 'type'>>(
  definitions: readonly Definition[],
): Definition[] {
  return definitions.filter((definition) => CUSTOM_FIELD_DUPLICATE_TYPES.includes(definition.type));
}

/**
 * The custom field rules as the page shows them, each with whether it applies: a rule on
 * a field deleted since, or changed to a type that is not compared, is stored but does
 * not apply (and cannot be saved again).
 */
export interface CustomFieldRuleRow extends CustomFieldDuplicateRule {
  applies: boolean;
}

export function toCustomFieldRuleRows(
  rules: readonly CustomFieldDuplicateRule[],
  definitions: ReadonlyArray<Pick<CustomFieldDefinition, 'key' | 'type'>>,
): CustomFieldRuleRow[] {
  const ruleable = new Set(ruleableCustomFields(definitions).map((definition) => definition.key));
  return rules.map((rule) => ({ key: rule.key, mode: rule.mode, applies: ruleable.has(rule.key) }));
}

/**
 * The custom field rules to save: those that apply, or undefined when the user changed
 * none (so the stored ones, those on deleted fields included, stay as they are).
 */
export function customFieldRulesToSave(
  saved: readonly CustomFieldRuleRow[],
  draft: readonly CustomFieldRuleRow[],
): CustomFieldDuplicateRule[] | undefined {
  if (JSON.stringify(saved) === JSON.stringify(draft)) return undefined;
  return draft.filter((row) => row.applies).map(({ key, mode }) => ({ key, mode }));
}

/** The custom fields (keys) a change makes blocking, as newlyBlocking for the built-in ones. */
export function newlyBlockingCustomFields(
  before: readonly CustomFieldDuplicateRule[],
  after: readonly CustomFieldDuplicateRule[],
): string[] {
  return newlyBlockingBy(before, after, (rule) => rule.key);
}

/** The customer fields compared by the duplicate check (查重 / 撞单). */
export type DuplicateField = 'phone' | 'email' | 'taxId' | 'name' | 'address';

/** Fields compared by normalized key equality. */
export type ExactDuplicateField = 'phone' | 'email' | 'taxId';

/** Fields compared by trigram similarity against a threshold. */
export type FuzzyDuplicateField = 'name' | 'address';

/** `block` refuses the new record (409), `warn` lists candidates for the user to confirm. */
export type DuplicateMode = 'block' | 'warn' | 'off';

export type DuplicateRule = {
  field: DuplicateField;
  mode: DuplicateMode;
  /** Fuzzy fields only: the similarity (0..1] from which two values match. */
  threshold?: number;
};

/** A rule as an administrator submits it, before {@link validateDuplicateRules}. */
export type DuplicateRuleInput = {
  readonly field: string;
  readonly mode: string;
  readonly threshold?: number | null;
};

/** The order in which matched fields are reported. */
export const DUPLICATE_FIELDS: readonly DuplicateField[] = [
  'phone',
  'email',
  'taxId',
  'name',
  'address',
];

export const DUPLICATE_MODES: readonly DuplicateMode[] = ['block', 'warn', 'off'];

/** The threshold a fuzzy rule uses when it names none. */
export const DEFAULT_FUZZY_THRESHOLDS: Readonly<Record<FuzzyDuplicateField, number>> = {
  name: 0.6,
  address: 0.7,
};

/** Same phone, email or tax id: refused. Similar name or address: shown as a warning. */
export const DEFAULT_DUPLICATE_RULES: readonly DuplicateRule[] = [
  { field: 'phone', mode: 'block' },
  { field: 'email', mode: 'block' },
  { field: 'taxId', mode: 'block' },
  { field: 'name', mode: 'warn', threshold: DEFAULT_FUZZY_THRESHOLDS.name },
  { field: 'address', mode: 'warn', threshold: DEFAULT_FUZZY_THRESHOLDS.address },
];

export function isDuplicateField(field: string): field is DuplicateField {
  return (DUPLICATE_FIELDS as readonly string[]).includes(field);
}

export function isFuzzyDuplicateField(field: DuplicateField): field is FuzzyDuplicateField {
  return field === 'name' || field === 'address';
}

/**
 * What is wrong with a rule set, one message per problem; empty when it can be saved.
 * A field without a rule is not checked. A threshold of 0 is refused: every customer
 * would be a candidate of every other.
 */
export function validateDuplicateRules(rules: readonly DuplicateRuleInput[]): string[] {
  const errors: string[] = [];
  const seen = new Set<DuplicateField>();
  rules.forEach((rule, index) => {
    const at = `rule ${index + 1}`;
    if (!(DUPLICATE_MODES as readonly string[]).includes(rule.mode)) {
      errors.push(`${at}: unknown mode "${rule.mode}"`);
    }
    if (!isDuplicateField(rule.field)) {
      errors.push(`${at}: unknown field "${rule.field}"`);
      return;
    }
    if (seen.has(rule.field)) errors.push(`${at}: field "${rule.field}" already has a rule`);
    seen.add(rule.field);

    const threshold = rule.threshold ?? undefined;
    if (threshold === undefined) return;
    if (!isFuzzyDuplicateField(rule.field)) {
      errors.push(`${at}: "${rule.field}" is matched exactly and takes no threshold`);
    } else if (!(Number.isFinite(threshold) && threshold > 0 && threshold <= 1)) {
      errors.push(`${at}: threshold for "${rule.field}" must be above 0 and at most 1`);
    }
  });
  return errors;
}

import { DEFAULT_DUPLICATE_RULES, validateDuplicateRules } from './duplicate-rules';

describe('duplicate rules', () => {
  it('block exact phone, email and tax id matches and warn on similar names and addresses by default', () => {
    expect(DEFAULT_DUPLICATE_RULES).toEqual([
      { field: 'phone', mode: 'block' },
      { field: 'email', mode: 'block' },
      { field: 'taxId', mode: 'block' },
      { field: 'name', mode: 'warn', threshold: 0.6 },
      { field: 'address', mode: 'warn', threshold: 0.7 },
    ]);
    expect(validateDuplicateRules(DEFAULT_DUPLICATE_RULES)).toEqual([]);
  });

  it('accepts an empty rule set, which checks nothing', () => {
    expect(validateDuplicateRules([])).toEqual([]);
  });

  it('accepts a fuzzy rule without a threshold, or with a null one', () => {
    expect(
      validateDuplicateRules([
        { field: 'name', mode: 'warn' },
        { field: 'address', mode: 'block', threshold: null },
      ]),
    ).toEqual([]);
  });

  it('refuses an unknown field or mode', () => {
    expect(validateDuplicateRules([{ field: 'fax', mode: 'block' }])).toEqual([
      'rule 1: unknown field "fax"',
    ]);
    expect(validateDuplicateRules([{ field: 'phone', mode: 'refuse' }])).toEqual([
      'rule 1: unknown mode "refuse"',
    ]);
  });

  it('refuses a second rule for the same field', () => {
    expect(
      validateDuplicateRules([
        { field: 'phone', mode: 'block' },
        { field: 'phone', mode: 'warn' },
      ]),
    ).toEqual(['rule 2: field "phone" already has a rule']);
  });

  it('refuses a threshold on a field matched exactly', () => {
    expect(validateDuplicateRules([{ field: 'email', mode: 'warn', threshold: 0.9 }])).toEqual([
      'rule 1: "email" is matched exactly and takes no threshold',
    ]);
  });

  it.each([0, -0.1, 1.01, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses the fuzzy threshold %d',
    (threshold) => {
      expect(validateDuplicateRules([{ field: 'name', mode: 'warn', threshold }])).toEqual([
        'rule 1: threshold for "name" must be above 0 and at most 1',
      ]);
    },
  );

  it('accepts the fuzzy threshold 1, an exact match of keys', () => {
    expect(validateDuplicateRules([{ field: 'address', mode: 'warn', threshold: 1 }])).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(
      validateDuplicateRules([
        { field: 'fax', mode: 'maybe' },
        { field: 'taxId', mode: 'block', threshold: 0.5 },
        { field: 'taxId', mode: 'off' },
      ]),
    ).toEqual([
      'rule 1: unknown mode "maybe"',
      'rule 1: unknown field "fax"',
      'rule 2: "taxId" is matched exactly and takes no threshold',
      'rule 3: field "taxId" already has a rule',
    ]);
  });
});

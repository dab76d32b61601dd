import {
  customFieldDuplicateKey,
  customFieldDuplicateKeys,
  matchCustomFieldDuplicates,
  validateCustomFieldDuplicateRules,
} from './custom-field-duplicates';

describe('custom field duplicate keys', () => {
  it('folds text to half-width lower case with its whitespace collapsed', () => {
    expect(customFieldDuplicateKey('ＫＨ-００１')).toBe('kh-001');
    expect(customFieldDuplicateKey('  Store   North ')).toBe('store north');
    expect(customFieldDuplicateKey('+8613800138000')).toBe('+8613800138000');
  });

  it('writes numbers as they are and leaves out what is not compared', () => {
    expect(customFieldDuplicateKey(12.5)).toBe('12.5');
    expect(customFieldDuplicateKey('   ')).toBeNull();
    expect(customFieldDuplicateKey(true)).toBeNull();
    expect(customFieldDuplicateKey(['a'])).toBeNull();
    expect(customFieldDuplicateKeys({ a: 'X', b: false, c: 3 })).toEqual({ a: 'x', c: '3' });
  });
});

describe('matchCustomFieldDuplicates', () => {
  const rules = [
    { key: 'code', mode: 'block' as const },
    { key: 'wechat', mode: 'warn' as const },
    { key: 'branch', mode: 'off' as const },
  ];

  it('matches on shared keys of fields with a rule, blocking when a block rule matched', () => {
    expect(
      matchCustomFieldDuplicates({ code: 'a', wechat: 'w' }, { code: 'a', wechat: 'w' }, rules),
    ).toEqual({ matchedOn: ['code', 'wechat'], blocking: true });
    expect(matchCustomFieldDuplicates({ wechat: 'w' }, { wechat: 'w' }, rules)).toEqual({
      matchedOn: ['wechat'],
      blocking: false,
    });
  });

  it('does not match on fields whose rule is off, on other values or on missing ones', () => {
    expect(matchCustomFieldDuplicates({ branch: 'b' }, { branch: 'b' }, rules)).toBeNull();
    expect(matchCustomFieldDuplicates({ code: 'a' }, { code: 'b' }, rules)).toBeNull();
    expect(matchCustomFieldDuplicates({}, {}, rules)).toBeNull();
    expect(matchCustomFieldDuplicates(undefined, { code: 'a' }, rules)).toBeNull();
  });
});

describe('validateCustomFieldDuplicateRules', () => {
  const fields = [
    { key: 'code', type: 'text' as const },
    { key: 'notes', type: 'long_text' as const },
  ];

  it('accepts a rule on a comparable live field', () => {
    expect(validateCustomFieldDuplicateRules([{ key: 'code', mode: 'block' }], fields)).toEqual([]);
  });

  it('refuses unknown fields, incomparable types, repeated fields and unknown modes', () => {
    expect(
      validateCustomFieldDuplicateRules(
        [
          { key: 'nope', mode: 'block' },
          { key: 'notes', mode: 'warn' },
          { key: 'code', mode: 'block' },
          { key: 'code', mode: 'sometimes' },
        ],
        fields,
      ),
    ).toEqual([
      'custom field rule 1: there is no customer custom field "nope"',
      'custom field rule 2: a long_text field cannot have a duplicate rule',
      'custom field rule 4: unknown mode "sometimes"',
      'custom field rule 4: field "code" already has a rule',
    ]);
  });
});

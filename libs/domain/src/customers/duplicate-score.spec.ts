import fc from 'fast-check';
import type { DuplicateRule } from './duplicate-rules';
import {
  type CustomerKeys,
  rankDuplicateMatches,
  scoreDuplicate,
  withoutNamesakes,
} from './duplicate-score';

const keys = (overrides: Partial<CustomerKeys>): CustomerKeys => ({
  kind: 'company',
  nameKey: '',
  phones: [],
  emails: [],
  taxId: null,
  addressKeys: [],
  ...overrides,
});

describe('scoreDuplicate', () => {
  it('blocks a customer sharing a phone number', () => {
    const draft = keys({ nameKey: '华腾', phones: ['+8613800138000', '+862155550100'] });
    const existing = keys({ nameKey: '星河', phones: ['+8613800138000'] });
    expect(scoreDuplicate(draft, existing)).toEqual({
      matchedOn: ['phone'],
      score: 1,
      blocking: true,
    });
  });

  it('blocks a customer sharing an email or a tax id', () => {
    expect(
      scoreDuplicate(
        keys({ emails: ['zhang@example.com'] }),
        keys({ emails: ['zhang@example.com'] }),
      ),
    ).toEqual({ matchedOn: ['email'], score: 1, blocking: true });
    expect(
      scoreDuplicate(keys({ taxId: '91310000MA1K3Y1X2N' }), keys({ taxId: '91310000MA1K3Y1X2N' })),
    ).toEqual({ matchedOn: ['taxId'], score: 1, blocking: true });
  });

  it('does not match two customers without a tax id on it', () => {
    expect(scoreDuplicate(keys({ taxId: null }), keys({ taxId: null }))).toBeNull();
  });

  it('warns about a company with a similar name', () => {
    const match = scoreDuplicate(
      keys({ nameKey: '上海华腾科技' }),
      keys({ nameKey: '上海华腾科技中国' }),
    );
    expect(match).toEqual({ matchedOn: ['name'], score: 0.6, blocking: false });
  });

  it('ignores a name less similar than the threshold', () => {
    expect(
      scoreDuplicate(keys({ nameKey: '上海华腾科技' }), keys({ nameKey: '北京华腾科技' })),
    ).toBeNull();
  });

  it('compares names only between customers of the same kind', () => {
    const company = keys({ kind: 'company', nameKey: 'zhangsan', phones: ['+8613800138000'] });
    const person = keys({ kind: 'person', nameKey: 'zhangsan', phones: ['+8613800138000'] });
    expect(scoreDuplicate(company, person)).toEqual({
      matchedOn: ['phone'],
      score: 1,
      blocking: true,
    });
    expect(scoreDuplicate(company, keys({ kind: 'person', nameKey: 'zhangsan' }))).toBeNull();
  });

  it('matches addresses by their most similar pair', () => {
    const draft = keys({ addressKeys: ['北京市朝阳区建国路88号', '上海市浦东新区世纪大道100号'] });
    const existing = keys({ addressKeys: ['上海市浦东新区世纪大道1000号', '广州市天河区'] });
    const match = scoreDuplicate(draft, existing);
    expect(match?.matchedOn).toEqual(['address']);
    expect(match?.score).toBeCloseTo(0.9411765, 6);
    expect(match?.blocking).toBe(false);
  });

  it('reports every matched field with the best score, blocking if any matched rule blocks', () => {
    const draft = keys({ nameKey: '上海华腾科技', emails: ['info@huateng.cn'] });
    const existing = keys({ nameKey: '上海华腾科技中国', emails: ['info@huateng.cn'] });
    expect(scoreDuplicate(draft, existing)).toEqual({
      matchedOn: ['email', 'name'],
      score: 1,
      blocking: true,
    });
  });

  it('follows the configured modes and thresholds', () => {
    const draft = keys({ nameKey: '上海华腾科技', phones: ['+8613800138000'] });
    const existing = keys({ nameKey: '上海华腾', phones: ['+8613800138000'] });
    const rules: DuplicateRule[] = [
      { field: 'phone', mode: 'warn' },
      { field: 'name', mode: 'block', threshold: 0.5 },
    ];
    expect(scoreDuplicate(draft, existing, rules)).toEqual({
      matchedOn: ['phone', 'name'],
      score: 1,
      blocking: true,
    });
    expect(scoreDuplicate(draft, existing, [{ field: 'phone', mode: 'off' }])).toBeNull();
    expect(scoreDuplicate(draft, existing, [])).toBeNull();
  });

  it('uses the default threshold for a fuzzy rule that names none', () => {
    const draft = keys({ nameKey: '上海华腾科技' });
    expect(
      scoreDuplicate(draft, keys({ nameKey: '上海华腾科技中国' }), [
        { field: 'name', mode: 'warn' },
      ]),
    ).not.toBeNull();
    expect(
      scoreDuplicate(draft, keys({ nameKey: '上海华腾' }), [{ field: 'name', mode: 'warn' }]),
    ).toBeNull();
  });

  it('does not match two customers without a name', () => {
    expect(scoreDuplicate(keys({ nameKey: '' }), keys({ nameKey: '' }))).toBeNull();
  });

  it('scores the same whichever customer is the draft', () => {
    const pick = <T>(values: readonly T[]) => fc.subarray([...values]);
    const customer = fc.record({
      kind: fc.constantFrom<CustomerKeys['kind']>('company', 'person'),
      nameKey: fc.constantFrom('', '上海华腾科技', '上海华腾', '上海华腾科技中国', 'acme'),
      phones: pick(['+8613800138000', '+862155550100', '+14155550100']),
      emails: pick(['a@example.com', 'b@example.com']),
      taxId: fc.constantFrom(null, '91310000MA1K3Y1X2N', '91110000600037341L'),
      addressKeys: pick(['上海市浦东新区世纪大道100号', '上海市浦东新区世纪大道1000号', '北京市']),
    });
    const rule = (field: DuplicateRule['field']) =>
      fc.record({
        field: fc.constant(field),
        mode: fc.constantFrom<DuplicateRule['mode']>('block', 'warn', 'off'),
      });
    const rules = fc.tuple(
      rule('phone'),
      rule('email'),
      rule('taxId'),
      rule('name'),
      rule('address'),
    );
    fc.assert(
      fc.property(customer, customer, rules, (a, b, r) => {
        expect(scoreDuplicate(a, b, r)).toEqual(scoreDuplicate(b, a, r));
      }),
    );
  });
});

describe('rankDuplicateMatches', () => {
  it('puts blocking matches first, then the most similar, then those matching more fields', () => {
    const ranked = rankDuplicateMatches([
      { id: 'similar name', matchedOn: ['name'], score: 0.7, blocking: false },
      { id: 'same phone', matchedOn: ['phone'], score: 1, blocking: true },
      { id: 'same name and address', matchedOn: ['name', 'address'], score: 0.9, blocking: false },
      { id: 'same name', matchedOn: ['name'], score: 0.9, blocking: false },
      { id: 'warned phone', matchedOn: ['phone'], score: 1, blocking: false },
    ]);
    expect(ranked.map((match) => match.id)).toEqual([
      'same phone',
      'warned phone',
      'same name and address',
      'same name',
      'similar name',
    ]);
  });

  it('leaves the given list as it was', () => {
    const matches = [
      { matchedOn: ['name' as const], score: 0.6, blocking: false },
      { matchedOn: ['phone' as const], score: 1, blocking: true },
    ];
    rankDuplicateMatches(matches);
    expect(matches[0].score).toBe(0.6);
  });
});

describe('withoutNamesakes', () => {
  const samePhone = { id: 'same phone', matchedOn: ['phone' as const], score: 1, blocking: true };
  const namesake = { id: 'namesake', matchedOn: ['name' as const], score: 1, blocking: false };
  const nameAndAddress = {
    id: 'same name and address',
    matchedOn: ['name' as const, 'address' as const],
    score: 0.9,
    blocking: false,
  };

  it('drops persons who share only a name once a person draft matched someone on a key', () => {
    expect(
      withoutNamesakes('person', [namesake, samePhone, nameAndAddress]).map((match) => match.id),
    ).toEqual(['same phone', 'same name and address']);
  });

  it('keeps namesakes when nothing matched on a phone, an email or a tax id', () => {
    expect(withoutNamesakes('person', [namesake, nameAndAddress])).toEqual([
      namesake,
      nameAndAddress,
    ]);
  });

  it('keeps companies with a similar name whatever else matched', () => {
    expect(withoutNamesakes('company', [namesake, samePhone])).toEqual([namesake, samePhone]);
  });
});

import fc from 'fast-check';
import { ENUM_LABELS } from './enum-labels';
import { parseCustomerRow } from './parse-customer-row';

describe('parseCustomerRow', () => {
  it('reads kinds, tiers and roles back from their codes and their zh-CN and English labels', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      for (const [kind, label] of Object.entries(ENUM_LABELS.customerKind[language]))
        expect(parseCustomerRow({ kind: label, name: 'A' }).customer?.kind).toBe(kind);
      for (const [tier, label] of Object.entries(ENUM_LABELS.customerTier[language])) {
        expect(parseCustomerRow({ name: 'A', tier: label }).customer?.tier).toBe(tier);
        expect(parseCustomerRow({ name: 'A', tier }).customer?.tier).toBe(tier);
      }
      const roles = ENUM_LABELS.customerRole[language];
      expect(
        parseCustomerRow({ name: 'A', roles: Object.values(roles).join('、') }).customer?.roles,
      ).toEqual(Object.keys(roles));
    }
  });

  it('turns a row into a company draft', () => {
    const parsed = parseCustomerRow({
      name: ' 上海华腾科技有限公司 ',
      phone: '021-5555 0100',
      email: 'sales@huateng.example.cn',
      province: '上海市',
      address: '张江路 88 号',
      tier: '意向客户',
      roles: '客户;供应商',
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.customer).toMatchObject({
      kind: 'company',
      name: '上海华腾科技有限公司',
      tier: 'intent',
      roles: ['customer', 'supplier'],
      phones: [{ type: 'work', value: '021-5555 0100', primary: true }],
      addresses: [{ type: 'office', province: '上海市', street: '张江路 88 号', primary: true }],
    });
  });

  it('says which cells are wrong and why', () => {
    const parsed = parseCustomerRow({ kind: 'robot', phone: '12', email: 'nope', tier: 'gold' });
    expect(parsed.customer).toBeNull();
    expect(parsed.errors.map((error) => error.column).sort()).toEqual([
      'email',
      'kind',
      'name',
      'phone',
      'tier',
    ]);
  });

  it('reads the owner column as an email beside the draft, and refuses anything else', () => {
    const owned = parseCustomerRow({ name: 'Acme', owner: ' Rep2@Kehu.Local ' });
    expect(owned).toMatchObject({ ownerEmail: 'rep2@kehu.local', errors: [] });
    expect(owned.customer).not.toHaveProperty('ownerEmail');
    expect(parseCustomerRow({ name: 'Acme' })).not.toHaveProperty('ownerEmail');
    expect(parseCustomerRow({ name: 'Acme', owner: '王伟' })).toEqual({
      customer: null,
      errors: [{ column: 'owner', reason: `"王伟" is not a user's email address` }],
    });
  });

  it('takes valid phones only, typed by their number, with their keys', () => {
    const parsed = parseCustomerRow({
      name: 'Acme',
      phone: '１３８ ００１３ ８０００',
      mobile: '+86 (021) 5555-0100',
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.customer?.phones).toEqual([
      { type: 'mobile', value: '１３８ ００１３ ８０００', primary: true },
      { type: 'work', value: '+86 (021) 5555-0100', primary: false },
    ]);
    expect(parsed.customer && parsed.phoneKeys).toEqual(['+8613800138000', '+862155550100']);

    const invalid = parseCustomerRow({ name: 'Acme', phone: '5555 0100', mobile: '120 0013 8000' });
    expect(invalid.customer).toBeNull();
    expect(invalid.errors).toEqual([
      {
        column: 'phone',
        reason: expect.stringMatching(/^"5555 0100" is not a valid phone number/),
      },
      {
        column: 'mobile',
        reason: expect.stringMatching(/^"120 0013 8000" is not a valid phone number/),
      },
    ]);
  });

  it('refuses person fields on a company and company fields on a person', () => {
    expect(parseCustomerRow({ name: 'Acme', gender: '男' }).errors[0]).toMatchObject({
      column: 'gender',
    });
    expect(
      parseCustomerRow({ kind: '个人', name: '王芳', taxId: '91310000X' }).errors[0],
    ).toMatchObject({ column: 'taxId' });
  });

  it('never throws, whatever the cells hold', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('kind', 'name', 'phone', 'email', 'tier', 'roles', 'birthDate'),
          fc.string(),
        ),
        (cells) => {
          const parsed = parseCustomerRow(cells);
          expect(parsed.customer === null).toBe(parsed.errors.length > 0);
        },
      ),
    );
  });
});

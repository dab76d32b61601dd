import fc from 'fast-check';
import { customerKeys } from './customer-keys';
import { scoreDuplicate } from './duplicate-score';

describe('customerKeys', () => {
  it('normalizes every field of a company', () => {
    expect(
      customerKeys({
        kind: 'company',
        name: '上海华腾科技（集团）有限公司',
        phones: ['021-5555 0100 转 8001', '＋86 138-0013-8000', '13800138000', 'n/a'],
        emails: ['Info@HuaTeng.cn ', 'not an email', 'info@huateng.cn'],
        taxId: '9131 0000 MA1K 3Y1X 2N',
        addresses: ['中国上海市浦东新区世纪大道 100 号', '上海市浦东新区世纪大道100号', '  '],
      }),
    ).toEqual({
      kind: 'company',
      nameKey: '上海华腾科技',
      phones: ['+8613800138000', '+862155550100'],
      emails: ['info@huateng.cn'],
      taxId: '91310000MA1K3Y1X2N',
      addressKeys: ['上海市浦东新区世纪大道100号'],
    });
  });

  it('keeps a person’s name whole and has no tax id without one', () => {
    expect(
      customerKeys({ kind: 'person', name: 'Li  Co.', phones: [], emails: [], addresses: [] }),
    ).toEqual({
      kind: 'person',
      nameKey: 'lico',
      phones: [],
      emails: [],
      taxId: null,
      addressKeys: [],
    });
    expect(
      customerKeys({
        kind: 'person',
        name: '张三',
        phones: [],
        emails: [],
        taxId: ' ',
        addresses: [],
      }).taxId,
    ).toBeNull();
  });

  it('reads phone numbers without a country code in the given country', () => {
    const keys = customerKeys(
      { kind: 'company', name: 'Acme Inc.', phones: ['(415) 555-0100'], emails: [], addresses: [] },
      { defaultCountryCode: '1' },
    );
    expect(keys.phones).toEqual(['+14155550100']);
  });

  it('gives equal keys whatever the order of the values', () => {
    const value = fc.constantFrom(
      '13800138000',
      '021-5555 0100',
      '+86 138 0013 8000',
      'x',
      'a@b.cn',
      'A@B.CN',
      '上海市',
    );
    const listAndPermutation = fc
      .array(value, { maxLength: 6 })
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      );
    fc.assert(
      fc.property(listAndPermutation, ([list, permuted]) => {
        const customer = (values: string[]) => ({
          kind: 'company' as const,
          name: '华腾',
          phones: values,
          emails: values,
          addresses: values,
        });
        expect(customerKeys(customer(permuted))).toEqual(customerKeys(customer(list)));
      }),
    );
  });

  it('blocks a second record of the same company typed differently', () => {
    const existing = customerKeys({
      kind: 'company',
      name: 'Acme Co., Ltd.',
      phones: ['+86 21 5555 0100'],
      emails: ['sales@acme.com'],
      addresses: [],
    });
    const draft = customerKeys({
      kind: 'company',
      name: 'ACME Inc',
      phones: ['（021）5555-0100 ext 3'],
      emails: ['Sales@ACME.com'],
      addresses: [],
    });
    expect(scoreDuplicate(draft, existing)).toEqual({
      matchedOn: ['phone', 'email', 'name'],
      score: 1,
      blocking: true,
    });
  });

  it('warns about a company registered again under its full legal name', () => {
    const existing = customerKeys({
      kind: 'company',
      name: '上海华腾科技有限公司',
      phones: [],
      emails: [],
      addresses: [],
    });
    const draft = customerKeys({
      kind: 'company',
      name: '上海 华腾科技（集团）有限公司',
      phones: [],
      emails: [],
      addresses: [],
    });
    expect(scoreDuplicate(draft, existing)).toEqual({
      matchedOn: ['name'],
      score: 1,
      blocking: false,
    });
  });
});

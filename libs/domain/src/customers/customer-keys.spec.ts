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
      nameKey: '华腾科技',
      nameRegions: ['上海'],
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
      nameRegions: [],
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

  describe('Chinese company names and their regions', () => {
    const company = (name: string) =>
      customerKeys({ kind: 'company', name, phones: [], emails: [], addresses: [] });
    const brand = fc.string({
      unit: fc.constantFrom(...'华腾宏远鑫瑞泰恒通达诚信盛隆祥丰康润泽明辉昌顺德兴邦宇创益凯佳'),
      minLength: 2,
      maxLength: 4,
    });
    const trade = fc.constantFrom('科技', '电子', '贸易', '网络技术', '医药');
    const legalForm = fc.constantFrom('有限公司', '股份有限公司', '集团有限公司', '有限责任公司');
    const region = fc.constantFrom('上海', '北京', '深圳', '杭州', '成都', '武汉');

    it('the region first, in brackets after the brand or left out: one company, warned of', () => {
      const names = [
        '上海华腾科技有限公司',
        '华腾（上海）科技有限公司',
        '华腾科技（上海）有限公司',
        '华腾科技有限公司',
        '華騰科技（上海）有限公司',
      ];
      for (const a of names) {
        for (const b of names) {
          expect(scoreDuplicate(company(a), company(b))).toEqual({
            matchedOn: ['name'],
            score: 1,
            blocking: false,
          });
        }
      }
    });

    it('the same brand in another region is no candidate', () => {
      expect(
        scoreDuplicate(company('上海华腾科技有限公司'), company('北京华腾科技有限公司')),
      ).toBeNull();
      expect(
        scoreDuplicate(company('华腾科技（上海）有限公司'), company('北京华腾科技有限公司')),
      ).toBeNull();
    });

    it('any placement of the region matches (property)', () => {
      fc.assert(
        fc.property(brand, trade, legalForm, legalForm, region, (b, t, form1, form2, r) => {
          const first = company(`${r}${b}${t}${form1}`);
          for (const other of [
            `${b}（${r}）${t}${form2}`,
            `${b}${t}(${r}市)${form2}`,
            `${b}${t}${form2}`,
          ]) {
            expect(scoreDuplicate(first, company(other))?.matchedOn).toEqual(['name']);
          }
        }),
      );
    });

    it('sharing a region makes no candidate of another brand (property)', () => {
      const distinctBrands = fc
        .tuple(brand, brand)
        .filter(([a, b]) => [...a].every((character) => !b.includes(character)));
      fc.assert(
        fc.property(distinctBrands, trade, trade, region, ([a, b], t1, t2, r) => {
          expect(
            scoreDuplicate(company(`${r}${a}${t1}有限公司`), company(`${r}${b}${t2}有限公司`)),
          ).toBeNull();
          expect(
            scoreDuplicate(company(`${a}（${r}）${t1}有限公司`), company(`${r}${b}${t2}有限公司`)),
          ).toBeNull();
        }),
      );
    });

    it('the same brand of up to eight characters in two regions is no candidate (property)', () => {
      const twoRegions = fc.tuple(region, region).filter(([first, second]) => first !== second);
      fc.assert(
        fc.property(brand, trade, twoRegions, (b, t, [r1, r2]) => {
          expect(
            scoreDuplicate(company(`${r1}${b}${t}有限公司`), company(`${b}（${r2}）${t}有限公司`)),
          ).toBeNull();
        }),
      );
    });
  });
});

import fc from 'fast-check';
import { companyNameParts, normalizeCompanyName, normalizePersonName } from './normalize-name';
import { anyText, fullWidth } from '../testing/text-arbitraries';

/** Punctuation and spaces people put into names, ASCII and CJK. */
const punctuation = fc.constantFrom(
  ' ',
  '\u3000',
  '-',
  '.',
  ',',
  '(',
  ')',
  '（',
  '）',
  '·',
  '、',
  '，',
  '。',
  '【',
  '】',
  '\t',
);

/** Inserts punctuation between (and around) the characters of a text. */
const withPunctuation = (text: string, inserts: readonly string[]): string =>
  [...text].map((character, i) => (inserts[i] ?? '') + character).join('') +
  (inserts[text.length] ?? '');

/** Characters of Chinese company names, legal forms included, so stripping is exercised. */
const chineseNameCharacter = fc.constantFrom(
  ...'上海北京华腾科技贸易中国分总股份有限责任公司集团合伙',
);
const chineseName = fc.string({ unit: chineseNameCharacter, minLength: 1, maxLength: 16 });
/** Brand characters that never form a region or a legal form. */
const brandCharacter = fc.constantFrom(
  ...'华腾宏远鑫瑞泰恒通达诚信盛隆祥丰康润泽明辉昌顺德兴邦宇创益凯佳晨曦智汇源启航众景升蓝星帆卓锦程光耀鼎晟亿欣伟',
);
/** Regions as names write them: with or without their suffix. */
const regionsWritten: Array<[string, string]> = [
  ['上海', '上海'],
  ['上海', '上海市'],
  ['北京', '北京市'],
  ['广东', '广东省'],
  ['深圳', '深圳'],
  ['新疆', '新疆维吾尔自治区'],
  ['香港', '香港特别行政区'],
  ['乌鲁木齐', '乌鲁木齐市'],
];
const latinNamePart = fc.constantFrom(
  ...['acme', 'Hua', 'teng', 'x', 'co', 'Ltd', 'inc', 'group', 's', 'a', 'l', 'c', 'sa', 'company'],
  ...[' ', ' ', ' ', '.', ',', '-', '&'],
);
const asciiName = fc.string({ unit: latinNamePart, maxLength: 12 });

describe('normalizeCompanyName', () => {
  it('gives one key for a company written with different legal forms and spacing', () => {
    const key = normalizeCompanyName('上海华腾科技有限公司');
    expect(key).toBe('华腾科技');
    expect(normalizeCompanyName('上海华腾科技股份有限公司')).toBe(key);
    expect(normalizeCompanyName('上海 华腾科技（集团）有限公司')).toBe(key);
    expect(normalizeCompanyName('上海华腾科技集团有限公司')).toBe(key);
    expect(normalizeCompanyName('上海华腾科技有限责任公司')).toBe(key);
    expect(normalizeCompanyName('上海華騰科技有限責任公司')).toBe(key);
  });

  it('strips English legal forms', () => {
    expect(normalizeCompanyName('Acme Co., Ltd.')).toBe('acme');
    expect(normalizeCompanyName('ACME Inc')).toBe('acme');
    expect(normalizeCompanyName('Acme Co.,Ltd')).toBe('acme');
    expect(normalizeCompanyName('Acme Limited')).toBe('acme');
    expect(normalizeCompanyName('Acme Incorporated')).toBe('acme');
    expect(normalizeCompanyName('Acme, L.L.C.')).toBe('acme');
    expect(normalizeCompanyName('Acme LLC')).toBe('acme');
    expect(normalizeCompanyName('Acme Corp.')).toBe('acme');
    expect(normalizeCompanyName('Acme Corporation')).toBe('acme');
    expect(normalizeCompanyName('Acme GmbH')).toBe('acme');
    expect(normalizeCompanyName('Acme PLC')).toBe('acme');
    expect(normalizeCompanyName('Acme Pte. Ltd.')).toBe('acme');
    expect(normalizeCompanyName('Acme S.A.')).toBe('acme');
    expect(normalizeCompanyName('The Acme Trading Company')).toBe('theacmetrading');
  });

  it('strips a group word with the legal form after it', () => {
    expect(normalizeCompanyName('Huateng Group Co., Ltd.')).toBe('huateng');
    expect(normalizeCompanyName('华腾集团')).toBe('华腾');
  });

  it('removes legal forms only as whole trailing words', () => {
    expect(normalizeCompanyName('Coco Ltd')).toBe('coco');
    expect(normalizeCompanyName('Incoterm Services')).toBe('incotermservices');
    expect(normalizeCompanyName('Ltd Consulting')).toBe('ltdconsulting');
  });

  it('keeps a branch apart from its head company', () => {
    expect(normalizeCompanyName('华腾科技有限公司上海分公司')).toBe('华腾科技有限公司上海分公司');
    expect(normalizeCompanyName('华腾科技有限公司上海分公司')).not.toBe(
      normalizeCompanyName('华腾科技有限公司'),
    );
  });

  it('leaves out the region, wherever it stands, and keeps it apart', () => {
    for (const name of [
      '上海华腾科技有限公司',
      '上海市华腾科技有限公司',
      '（上海）华腾科技有限公司',
      '华腾（上海）科技有限公司',
      '华腾科技（上海）有限公司',
      '华腾科技(上海市)有限公司',
      '華騰科技（上海）有限公司',
    ]) {
      expect(companyNameParts(name)).toEqual({ core: '华腾科技', regions: ['上海'] });
    }
    expect(companyNameParts('华腾科技有限公司')).toEqual({ core: '华腾科技', regions: [] });
    expect(companyNameParts('广东省深圳市华腾科技有限公司')).toEqual({
      core: '华腾科技',
      regions: ['广东', '深圳'],
    });
    expect(companyNameParts('华腾科技（中国）有限公司')).toEqual({ core: '华腾科技', regions: [] });
    expect(companyNameParts('Huateng (Shanghai) Co., Ltd.')).toEqual({
      core: 'huateng',
      regions: ['上海'],
    });
    expect(companyNameParts('Huateng (China) Co., Ltd.')).toEqual({ core: 'huateng', regions: [] });
  });

  it('takes a region only from the front or from brackets of its own, never leaving less than two characters', () => {
    expect(normalizeCompanyName('华腾上海科技有限公司')).toBe('华腾上海科技');
    expect(normalizeCompanyName('华腾科技（上海分公司）')).toBe('华腾科技上海分公司');
    expect(normalizeCompanyName('上海银行股份有限公司')).toBe('银行');
    expect(companyNameParts('北京有限公司')).toEqual({ core: '北京', regions: [] });
    expect(companyNameParts('华（上海）')).toEqual({ core: '华上海', regions: [] });
    expect(companyNameParts('（上海）')).toEqual({ core: '上海', regions: [] });
  });

  it('reads traditional characters as simplified', () => {
    expect(normalizeCompanyName('華為技術有限公司')).toBe(normalizeCompanyName('华为技术有限公司'));
    expect(companyNameParts('臺灣積體電路製造股份有限公司')).toEqual({
      core: '积体电路制造',
      regions: ['台湾'],
    });
    expect(normalizeCompanyName('鴻海精密工業（香港）有限公司')).toBe('鸿海精密工业');
  });

  it('gives every placement of a region, and its absence, one core (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: brandCharacter, minLength: 2, maxLength: 6 }),
        fc.constantFrom('科技', '电子', '贸易', '网络技术', ''),
        fc.constantFrom(...regionsWritten),
        fc.constantFrom('有限公司', '股份有限公司', '（集团）有限公司', '有限責任公司'),
        fc.constantFrom('（', '('),
        (brand, trade, [region, written], legalForm, open) => {
          const close = open === '（' ? '）' : ')';
          const expected = { core: brand + trade, regions: [region] };
          expect(companyNameParts(`${written}${brand}${trade}${legalForm}`)).toEqual(expected);
          expect(companyNameParts(`${brand}${open}${written}${close}${trade}${legalForm}`)).toEqual(
            expected,
          );
          expect(companyNameParts(`${brand}${trade}${open}${written}${close}${legalForm}`)).toEqual(
            expected,
          );
          expect(companyNameParts(`${brand}${trade}${legalForm}`)).toEqual({
            core: brand + trade,
            regions: [],
          });
        },
      ),
    );
  });

  it('never strips a name down to nothing', () => {
    expect(normalizeCompanyName('有限公司')).toBe('有限公司');
    expect(normalizeCompanyName('集团有限公司')).toBe('集团');
    expect(normalizeCompanyName('Company Limited')).toBe('company');
    expect(normalizeCompanyName('Inc.')).toBe('inc');
    fc.assert(
      fc.property(fc.oneof(chineseName, asciiName), (name) => {
        if (/[\p{L}\p{N}]/u.test(name)) expect(normalizeCompanyName(name)).not.toBe('');
      }),
    );
  });

  it('is empty only for a name with no letters or digits', () => {
    expect(normalizeCompanyName('')).toBe('');
    expect(normalizeCompanyName(' （）—— ')).toBe('');
  });

  it('ignores trade-mark signs', () => {
    expect(normalizeCompanyName('Acme™ Inc.')).toBe('acme');
    expect(normalizeCompanyName('Acme® Ltd')).toBe('acme');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(chineseName, asciiName, anyText), (name) => {
        const key = normalizeCompanyName(name);
        expect(normalizeCompanyName(key)).toBe(key);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not depend on width or case', () => {
    fc.assert(
      fc.property(asciiName, chineseName, (latin, chinese) => {
        const name = `${chinese} ${latin}`;
        const key = normalizeCompanyName(name);
        expect(normalizeCompanyName(fullWidth(name))).toBe(key);
        expect(normalizeCompanyName(name.toUpperCase())).toBe(key);
      }),
    );
  });

  it('does not depend on punctuation or spaces inside a Chinese name', () => {
    // Brackets may hold a region, which the key leaves out; they are tested above.
    const notBracket = punctuation.filter((mark) => !'()（）'.includes(mark));
    fc.assert(
      fc.property(chineseName, fc.array(notBracket, { maxLength: 17 }), (name, inserts) => {
        expect(normalizeCompanyName(withPunctuation(name, inserts))).toBe(
          normalizeCompanyName(name),
        );
      }),
    );
  });
});

describe('normalizePersonName', () => {
  it('compares names without case, width, punctuation or spaces', () => {
    expect(normalizePersonName('Zhang San')).toBe('zhangsan');
    expect(normalizePersonName('ZHANG  san')).toBe('zhangsan');
    expect(normalizePersonName('阿卜杜·热合曼')).toBe('阿卜杜热合曼');
    expect(normalizePersonName(' 张三 ')).toBe('张三');
    expect(normalizePersonName('ＺＨＡＮＧ　Ｓａｎ')).toBe('zhangsan');
  });

  it('reads traditional characters as simplified', () => {
    expect(normalizePersonName('王偉')).toBe('王伟');
    expect(normalizePersonName('陳 國強')).toBe('陈国强');
  });

  it('keeps what would be a legal form in a company name', () => {
    expect(normalizePersonName('Li Co')).toBe('lico');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (name) => {
        const key = normalizePersonName(name);
        expect(normalizePersonName(key)).toBe(key);
      }),
    );
  });

  it('does not depend on width, case, punctuation or spaces', () => {
    const nameCharacter = fc.constantFrom(...'张王李赵阿卜杜热合曼abcxyzABCXYZéü');
    fc.assert(
      fc.property(
        fc.string({ unit: nameCharacter, maxLength: 12 }),
        fc.array(punctuation, { maxLength: 13 }),
        (name, inserts) => {
          const key = normalizePersonName(name);
          expect(normalizePersonName(withPunctuation(name, inserts))).toBe(key);
          expect(normalizePersonName(fullWidth(name))).toBe(key);
          expect(normalizePersonName(name.toUpperCase())).toBe(key);
        },
      ),
    );
  });

  it('an accent split from its letter by punctuation still matches', () => {
    expect(normalizePersonName('Jose\u0301')).toBe(normalizePersonName('José'));
    expect(normalizePersonName('Jose-\u0301')).toBe(normalizePersonName('José'));
  });
});

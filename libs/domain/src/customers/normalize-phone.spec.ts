import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { classifyPhone, inferPhoneType, normalizePhone, parsePhone } from './normalize-phone';
import { anyText, fullWidth } from '../testing/text-arbitraries';

const E164 = /^\+[1-9]\d{6,14}$/;

describe('normalizePhone', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['138 0013 8000', '+8613800138000'],
    ['(138) 0013.8000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['+86-13800138000', '+8613800138000'],
    ['0086 13800138000', '+8613800138000'],
    ['86 13800138000', '+8613800138000'],
    ['(+86) 138 0013 8000', '+8613800138000'],
    ['手机：138 0013 8000', '+8613800138000'],
  ])('reads the Chinese mobile %j as %s', (raw, key) => {
    expect(normalizePhone(raw)).toBe(key);
  });

  it('a full-width phone number matches its half-width twin', () => {
    expect(normalizePhone('＋86 138-0013-8000')).toBe('+8613800138000');
    expect(normalizePhone('１３８００１３８０００')).toBe('+8613800138000');
    expect(normalizePhone('（０２１）５５５５\u3000０１００')).toBe('+862155550100');
  });

  it.each([
    ['021-5555 0100', '+862155550100'],
    ['(021) 5555-0100', '+862155550100'],
    ['(010) 8888 6666', '+861088886666'],
    ['0755-8888 6666', '+8675588886666'],
    ['+86 21 5555 0100', '+862155550100'],
    ['+86 (0)21 5555 0100', '+862155550100'],
    ['+86 021 5555 0100', '+862155550100'],
    ['0086-21-5555-0100', '+862155550100'],
    ['86 21 5555 0100', '+862155550100'],
    ['Fax: 021-5555 0100', '+862155550100'],
  ])('reads the Chinese landline %j as %s', (raw, key) => {
    expect(normalizePhone(raw)).toBe(key);
  });

  it.each([
    '021-5555 0100 ext 12',
    '021-5555 0100 ext. 12',
    '021-5555 0100 Extension 12',
    '021-5555 0100 x12',
    '021-5555 0100 X 12',
    '021-5555 0100 转12',
    '021-5555 0100 轉 12',
    '021-5555 0100 分机 12',
    '021-5555 0100#12',
    '021-5555 0100,12',
    'tel:+86-21-5555-0100;ext=12',
  ])('an extension does not change the key: %j', (raw) => {
    expect(normalizePhone(raw)).toBe('+862155550100');
  });

  it('keeps service numbers and local numbers without an area code as written', () => {
    expect(normalizePhone('400-820-8820')).toBe('+864008208820');
    expect(normalizePhone('5555 0100')).toBe('+8655550100');
  });

  it.each([
    ['+1 (415) 555-0100', '+14155550100'],
    ['001 415 555 0100', '+14155550100'],
    ['+44 (0)20 7946 0000', '+442079460000'],
    ['+852 2345 6789', '+85223456789'],
    ['+39 06 1234 5678', '+390612345678'],
  ])('keeps the digits of the foreign number %j', (raw, key) => {
    expect(normalizePhone(raw)).toBe(key);
  });

  it('applies the trunk rules of another default country', () => {
    expect(normalizePhone('(415) 555-0100', '1')).toBe('+14155550100');
    expect(normalizePhone('1-415-555-0100', '1')).toBe('+14155550100');
    expect(normalizePhone('020 7946 0000', '44')).toBe('+442079460000');
    expect(normalizePhone('06 1234 5678', '39')).toBe('+390612345678');
    expect(normalizePhone('+86 138 0013 8000', '44')).toBe('+8613800138000');
  });

  it.each([
    ['', 'nothing'],
    ['无', 'no digits'],
    ['95588', 'too few digits'],
    ['+86 12345', 'too few digits after the country code'],
    ['+1 23', 'too few digits with a foreign code'],
    ['138 0013 8000 / 139 0013 9000', 'two numbers in one field'],
    ['+1234567890123456', 'more than 15 digits'],
    ['+0 123 4567 890', 'a country code starting with 0'],
  ])('refuses %j (%s)', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });

  it('refuses a default country that is not a calling code', () => {
    expect(() => normalizePhone('13800138000', '+86')).toThrow(RangeError);
    expect(() => normalizePhone('13800138000', '0')).toThrow(RangeError);
  });

  it('a key is E.164 and normalizes to itself, whatever the default country', () => {
    const phoneLike = fc.string({
      unit: fc.constantFrom(...'0123456789 +-().#x转', '00', '86', '０', '＋'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        fc.oneof(phoneLike, anyText),
        fc.constantFrom('86', '1', '44', '39', '852'),
        (raw, country) => {
          const key = normalizePhone(raw, country);
          if (key === null) return;
          expect(key).toMatch(E164);
          expect(normalizePhone(key)).toBe(key);
          expect(normalizePhone(key, '44')).toBe(key);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a Chinese mobile gives one key however it is punctuated or prefixed', () => {
    const separator = fc.constantFrom('', '', ' ', '-', '.', '(', ')', '\u3000', '－', '/');
    fc.assert(
      fc.property(
        fc.stringMatching(/^1[3-9]\d{9}$/),
        fc.array(separator, { minLength: 11, maxLength: 11 }),
        fc.constantFrom('', '+86 ', '+86-', '0086 ', '86 ', '(+86)', '０'),
        (mobile, separators, prefix) => {
          const written = prefix + [...mobile].map((digit, i) => digit + separators[i]).join('');
          expect(normalizePhone(written)).toBe(`+86${mobile}`);
        },
      ),
    );
  });

  it('does not depend on width', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 +-()x#,;') }), (raw) => {
        expect(normalizePhone(fullWidth(raw))).toBe(normalizePhone(raw));
      }),
    );
  });
});

describe('parsePhone and inferPhoneType (libphonenumber-js)', () => {
  const mobile = fc
    .tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/))
    .map(([second, rest]) => `1${second}${rest}`);
  const writings = (number: string) => [
    number,
    `+86 ${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`,
    `${number.slice(0, 3)}-${number.slice(3, 7)}-${number.slice(7)}`,
    `0086${number}`,
    fullWidth(number),
  ];

  it('validates, formats and classifies Chinese numbers', () => {
    expect(parsePhone('＋86 138-0013-8000')).toEqual({
      key: '+8613800138000',
      valid: true,
      type: 'mobile',
      international: '+86 138 0013 8000',
      national: '138 0013 8000',
      country: 'CN',
    });
    expect(parsePhone('021-5555 0100 转 8001')).toMatchObject({
      key: '+862155550100',
      valid: true,
      type: 'work',
      international: '+86 21 5555 0100',
      national: '021 5555 0100',
    });
    expect(parsePhone('(0755) 1234 5678')).toMatchObject({ valid: true, type: 'work' });
    expect(parsePhone('400 800 8888')).toMatchObject({ valid: true, type: 'work' });
    expect(parsePhone('+44 (0)20 7946 0958')).toMatchObject({
      key: '+442079460958',
      valid: true,
      type: 'work',
      country: 'GB',
    });
  });

  it('tells a number that is no number of its plan', () => {
    expect(parsePhone('5555 0100')).toMatchObject({ key: '+8655550100', valid: false });
    expect(parsePhone('+86 155 1234')?.valid).toBe(false);
    expect(parsePhone('12')).toBeNull();
    expect(parsePhone('n/a')).toBeNull();
    expect(inferPhoneType('5555 0100')).toBeNull();
    expect(inferPhoneType('')).toBeNull();
  });

  it('a Chinese mobile is a valid mobile however it is written (property)', () => {
    fc.assert(
      fc.property(mobile, (number) => {
        for (const written of writings(number)) {
          const parsed = parsePhone(written);
          expect(parsed).toMatchObject({ key: `+86${number}`, valid: true, type: 'mobile' });
          expect(inferPhoneType(written)).toBe('mobile');
        }
      }),
    );
  });

  it('a landline with its area code is work (property)', () => {
    const areaCode = fc.constantFrom('010', '021', '022', '023', '0755', '0571', '020', '028');
    // Local numbers start with 2–8, but not 80: Beijing's and Shanghai's 80… numbers
    // are not in use, and libphonenumber-js rightly does not call them valid.
    const localNumber = fc.stringMatching(/^(?:[2-7]\d|8[1-9])\d{6}$/);
    fc.assert(
      fc.property(areaCode, localNumber, (area, local) => {
        expect(inferPhoneType(`${area}-${local}`)).toBe('work');
        expect(inferPhoneType(`(${area}) ${local.slice(0, 4)} ${local.slice(4)}`)).toBe('work');
      }),
    );
  });

  it('a valid number is keyed as libphonenumber-js writes it in E.164 (property)', () => {
    const digits = fc.stringMatching(/^\+?[\d ()-]{7,20}$/);
    fc.assert(
      fc.property(digits, (text) => {
        const key = normalizePhone(text);
        const parsed = key ? parsePhoneNumberFromString(key) : undefined;
        if (parsed?.isValid()) expect(parsed.number).toBe(key);
      }),
      { numRuns: 2000 },
    );
  });

  it('the key of a parsed number is the key normalizePhone gives (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(parsePhone(text)?.key ?? null).toBe(normalizePhone(text));
      }),
    );
  });

  it('classifyPhone gives the key and type parsePhone gives a valid number, and null otherwise (property)', () => {
    const phoneLike = fc.oneof(
      anyText,
      fc.stringMatching(/^\+?[\d ()-]{7,20}$/),
      mobile.chain((number) => fc.constantFrom(...writings(number))),
      fc
        .tuple(fc.constantFrom('010', '021', '0755', '0571'), fc.stringMatching(/^\d{6,9}$/))
        .map(([area, local]) => `${area}-${local}`),
    );
    fc.assert(
      fc.property(phoneLike, (text) => {
        const parsed = parsePhone(text);
        expect(classifyPhone(text)).toEqual(
          parsed?.valid ? { key: parsed.key, type: parsed.type } : null,
        );
      }),
      { numRuns: 2000 },
    );
    expect(classifyPhone('１３８ ００１３ ８０００')).toEqual({
      key: '+8613800138000',
      type: 'mobile',
    });
    expect(classifyPhone('+86 21 5555 0100')).toEqual({ key: '+862155550100', type: 'work' });
    expect(classifyPhone('5555 0100')).toBeNull();
  });
});

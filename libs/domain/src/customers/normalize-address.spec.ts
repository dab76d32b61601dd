import fc from 'fast-check';
import { normalizeAddress } from './normalize-address';
import { anyText, fullWidth } from '../testing/text-arbitraries';

/** Separators in addresses; `#` is left out because after a digit it means 号. */
const punctuation = fc.constantFrom(
  ' ',
  '\u3000',
  '-',
  ',',
  '，',
  '、',
  '(',
  ')',
  '（',
  '）',
  '.',
  '/',
);

const withPunctuation = (text: string, inserts: readonly string[]): string =>
  [...text].map((character, i) => (inserts[i] ?? '') + character).join('') +
  (inserts[text.length] ?? '');

const addressCharacter = fc.constantFrom(
  ...'中国上海市浦东新区世纪大道号楼室栋0123456789RoadNo',
  ' ',
);
const address = fc.string({ unit: addressCharacter, maxLength: 30 });

describe('normalizeAddress', () => {
  it('gives one key for an address however it is spaced and punctuated', () => {
    const key = normalizeAddress('上海市浦东新区世纪大道100号');
    expect(key).toBe('上海市浦东新区世纪大道100号');
    expect(normalizeAddress('上海市 浦东新区 世纪大道 100 号')).toBe(key);
    expect(normalizeAddress('上海市，浦东新区，世纪大道１００号')).toBe(key);
  });

  it('drops the country in front of a domestic address', () => {
    expect(normalizeAddress('中国上海市浦东新区世纪大道100号')).toBe('上海市浦东新区世纪大道100号');
    expect(normalizeAddress('中华人民共和国 北京市')).toBe('北京市');
    expect(normalizeAddress('中国')).toBe('中国');
  });

  it('reads a number sign after a digit as 号', () => {
    expect(normalizeAddress('张江路 3#楼 1201室')).toBe(normalizeAddress('张江路3号楼1201室'));
    expect(normalizeAddress('Room #5')).toBe('room5');
  });

  it('keeps administrative and building words', () => {
    expect(normalizeAddress('江苏省苏州市吴中区')).toBe('江苏省苏州市吴中区');
    expect(normalizeAddress('3号楼')).not.toBe(normalizeAddress('3号'));
  });

  it('lower-cases English addresses', () => {
    expect(normalizeAddress('No. 100, Century Avenue, Pudong')).toBe('no100centuryavenuepudong');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(address, anyText), (text) => {
        const key = normalizeAddress(text);
        expect(normalizeAddress(key)).toBe(key);
      }),
    );
  });

  it('does not depend on width, case, punctuation or spaces', () => {
    fc.assert(
      fc.property(address, fc.array(punctuation, { maxLength: 31 }), (text, inserts) => {
        const key = normalizeAddress(text);
        expect(normalizeAddress(withPunctuation(text, inserts))).toBe(key);
        expect(normalizeAddress(fullWidth(text))).toBe(key);
        expect(normalizeAddress(text.toUpperCase())).toBe(key);
      }),
    );
  });
});

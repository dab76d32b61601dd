import fc from 'fast-check';
import { foldToLowerCase, foldToUpperCase, toHalfWidth } from './to-half-width';
import { anyText } from '../testing/text-arbitraries';

describe('toHalfWidth', () => {
  it('turns every full-width ASCII variant into its ASCII twin', () => {
    for (let code = 0xff01; code <= 0xff5e; code++) {
      expect(toHalfWidth(String.fromCharCode(code))).toBe(String.fromCharCode(code - 0xfee0));
    }
  });

  it('turns the ideographic space into a space', () => {
    expect(toHalfWidth('上海\u3000华腾')).toBe('上海 华腾');
  });

  it('folds the look-alikes users mean as the same text', () => {
    expect(toHalfWidth('ＡＢＣ－１２３（中国）')).toBe('ABC-123(中国)');
    expect(toHalfWidth('ｶﾀｶﾅ')).toBe('カタカナ');
    expect(toHalfWidth('①号')).toBe('1号');
    expect(toHalfWidth('㈱ﬁne\u00a0co')).toBe('(株)fine co');
  });

  it('leaves Chinese ideographs untouched, simplified or traditional', () => {
    expect(toHalfWidth('上海華騰科技、股份有限公司。')).toBe('上海華騰科技、股份有限公司。');
    expect(toHalfWidth('华腾（集团），有限公司')).toBe('华腾(集团),有限公司');
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
        }),
        (ideographs) => {
          expect(toHalfWidth(ideographs)).toBe(ideographs);
        },
      ),
    );
  });

  it('returns ASCII text as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (ascii) => {
        expect(toHalfWidth(ascii)).toBe(ascii);
      }),
    );
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(toHalfWidth(toHalfWidth(text))).toBe(toHalfWidth(text));
      }),
    );
  });
});

describe('case folding', () => {
  it('folds width and case together', () => {
    expect(foldToLowerCase('ＺＨＡＮＧ＠Example')).toBe('zhang@example');
    expect(foldToUpperCase('ｍａ１ｋ')).toBe('MA1K');
  });

  it('is idempotent on any text, whatever case mapping does to accents', () => {
    expect(foldToUpperCase(foldToUpperCase('ΐ'))).toBe(foldToUpperCase('ΐ'));
    fc.assert(
      fc.property(anyText, (text) => {
        expect(foldToLowerCase(foldToLowerCase(text))).toBe(foldToLowerCase(text));
        expect(foldToUpperCase(foldToUpperCase(text))).toBe(foldToUpperCase(text));
      }),
      { numRuns: 1000 },
    );
  });
});

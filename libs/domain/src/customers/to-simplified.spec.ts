import fc from 'fast-check';
import { toSimplified } from './to-simplified';

describe('toSimplified', () => {
  it('reads traditional characters, Taiwan and Hong Kong variants as simplified', () => {
    expect(toSimplified('華為')).toBe('华为');
    expect(toSimplified('臺灣')).toBe('台湾');
    expect(toSimplified('衞生')).toBe('卫生');
    expect(toSimplified('王偉')).toBe('王伟');
  });

  it('leaves simplified Chinese and other text as it is', () => {
    expect(toSimplified('上海华腾科技有限公司')).toBe('上海华腾科技有限公司');
    expect(toSimplified('Acme Trading Co., Ltd.')).toBe('Acme Trading Co., Ltd.');
    expect(toSimplified('')).toBe('');
  });

  it('is idempotent on any ideographs', () => {
    const ideograph = fc
      .integer({ min: 0x4e00, max: 0x9fff })
      .map((codePoint) => String.fromCodePoint(codePoint));
    fc.assert(
      fc.property(fc.string({ unit: ideograph, maxLength: 8 }), (text) => {
        const simplified = toSimplified(text);
        expect(toSimplified(simplified)).toBe(simplified);
      }),
      { numRuns: 2000 },
    );
  });
});

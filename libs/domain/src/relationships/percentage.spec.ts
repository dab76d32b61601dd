import fc from 'fast-check';
import { percentageInHundredths, sharesExceedWhole } from './percentage';

const hundredths = fc.integer({ min: 0, max: 10_000 });
const asPercentage = (value: number): string =>
  `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;

describe('percentageInHundredths', () => {
  it.each([
    ['51', 5100],
    ['12.5', 1250],
    ['33.33', 3333],
    ['0', 0],
    ['100.00', 10_000],
  ])('reads %j as %d hundredths', (value, expected) => {
    expect(percentageInHundredths(value)).toBe(expected);
  });

  it.each(['', '-1', '1.234', '1e2', ' 5', '５０', 'abc', '1000.1', '.5'])(
    'refuses %j',
    (value) => {
      expect(percentageInHundredths(value)).toBeNull();
    },
  );

  it('reads back every two-decimal percentage it is given', () => {
    fc.assert(
      fc.property(hundredths, (value) => {
        expect(percentageInHundredths(asPercentage(value))).toBe(value);
      }),
    );
  });
});

describe('sharesExceedWhole', () => {
  it('allows exactly 100 % and refuses 100.01 %', () => {
    expect(sharesExceedWhole(['60', '40.00'])).toBe(false);
    expect(sharesExceedWhole(['60', '40.01'])).toBe(true);
  });

  it('sums exactly, where floating point would not (0.1 + 0.2)', () => {
    expect(sharesExceedWhole(['99.7', '0.1', '0.2'])).toBe(false);
    expect(sharesExceedWhole(Array.from({ length: 1000 }, () => '0.1'))).toBe(false);
  });

  it('no shares exceed nothing', () => {
    expect(sharesExceedWhole([])).toBe(false);
  });

  it('agrees with the integer sum of hundredths, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(hundredths, { maxLength: 12 }), (values) => {
        const total = values.reduce((sum, value) => sum + value, 0);
        const shares = values.map(asPercentage);
        expect(sharesExceedWhole(shares)).toBe(total > 10_000);
        expect(sharesExceedWhole([...shares].reverse())).toBe(total > 10_000);
      }),
    );
  });

  it('refuses to sum something that is not a percentage', () => {
    expect(() => sharesExceedWhole(['50', 'half'])).toThrow(RangeError);
  });
});

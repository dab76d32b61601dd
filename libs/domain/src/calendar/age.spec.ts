import fc from 'fast-check';
import { ageOn } from './age';

describe('ageOn', () => {
  it('counts completed years', () => {
    expect(ageOn('1990-06-15', '2026-06-14')).toBe(35);
    expect(ageOn('1990-06-15', '2026-06-15')).toBe(36);
  });

  it('treats a leap-day birthday as passed on 1 March', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
  });

  it('has no age before birth', () => {
    expect(ageOn('2030-01-01', '2026-01-01')).toBeNull();
  });

  it('grows by one each year on the birthday', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2000 }),
        fc.integer({ min: 0, max: 100 }),
        (year, years) => {
          expect(ageOn(`${year}-05-20`, `${year + years}-05-20`)).toBe(years);
        },
      ),
    );
  });
});

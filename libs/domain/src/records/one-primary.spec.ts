import fc from 'fast-check';
import { primaryEntry, withOnePrimary } from './one-primary';

describe('withOnePrimary', () => {
  it('keeps the first entry marked primary', () => {
    expect(
      withOnePrimary<{ v: number; primary?: boolean }>([
        { v: 1 },
        { v: 2, primary: true },
        { v: 3, primary: true },
      ]).map((e) => e.primary),
    ).toEqual([false, true, false]);
  });

  it('makes the first entry primary when none is', () => {
    expect(
      withOnePrimary<{ v: number; primary?: boolean }>([{ v: 1 }, { v: 2 }]).map((e) => e.primary),
    ).toEqual([true, false]);
  });

  it('always leaves exactly one primary in a non-empty list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ primary: fc.option(fc.boolean(), { nil: undefined }) }), {
          minLength: 1,
        }),
        (entries) => {
          expect(withOnePrimary(entries).filter((e) => e.primary)).toHaveLength(1);
        },
      ),
    );
  });
});

describe('primaryEntry', () => {
  it('is the first entry marked primary, else the first, else none', () => {
    expect(primaryEntry([{ v: 1 }, { v: 2, primary: true }, { v: 3, primary: true }])?.v).toBe(2);
    expect(primaryEntry([{ v: 1, primary: false }, { v: 2 }])?.v).toBe(1);
    expect(primaryEntry([])).toBeUndefined();
    expect(primaryEntry(null)).toBeUndefined();
  });
});

import fc from 'fast-check';
import { REDACTED, fieldChanges } from './field-changes';

describe('fieldChanges', () => {
  it('lists only the fields that changed, with old and new values', () => {
    expect(
      fieldChanges(
        { name: 'A', roles: ['viewer'], active: true },
        { name: 'B', roles: ['viewer'], active: true },
        ['name', 'roles', 'active'],
      ),
    ).toEqual({ name: { from: 'A', to: 'B' } });
  });

  it('compares dates and arrays by value', () => {
    const day = '2026-01-01T00:00:00.000Z';
    expect(
      fieldChanges(
        { at: new Date(day), tags: ['a', 'b'] },
        { at: new Date(day), tags: ['a', 'b'] },
        ['at', 'tags'],
      ),
    ).toEqual({});
    expect(fieldChanges({ tags: ['a'] }, { tags: ['a', 'b'] }, ['tags'])).toEqual({
      tags: { from: ['a'], to: ['a', 'b'] },
    });
  });

  it('never reveals secret values', () => {
    expect(
      fieldChanges(
        { passwordHash: 'x' },
        { passwordHash: 'y' },
        ['passwordHash'],
        ['passwordHash'],
      ),
    ).toEqual({
      passwordHash: { from: REDACTED, to: REDACTED },
    });
  });

  it('a record compared with itself has no changes', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        expect(fieldChanges(record, { ...record }, Object.keys(record))).toEqual({});
      }),
    );
  });
});

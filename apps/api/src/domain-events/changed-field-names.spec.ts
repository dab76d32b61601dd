import { changedFieldNames } from './changed-field-names';

describe('changedFieldNames', () => {
  it('lists changed fields, and each changed custom field by key', () => {
    expect(
      changedFieldNames({
        tier: { from: 'normal', to: 'vip' },
        customFields: {
          from: { a: 1, b: ['x'], c: 'same' },
          to: { b: ['x', 'y'], c: 'same', d: true },
        },
      }),
    ).toEqual(['tier', 'customFields', 'customFields.a', 'customFields.b', 'customFields.d']);
  });

  it('names every custom field given on create, and none of redacted values', () => {
    expect(changedFieldNames({ customFields: { from: null, to: { b: 2, a: 1 } } })).toEqual([
      'customFields',
      'customFields.a',
      'customFields.b',
    ]);
    expect(changedFieldNames({ customFields: { from: '[redacted]', to: '[redacted]' } })).toEqual([
      'customFields',
    ]);
  });
});

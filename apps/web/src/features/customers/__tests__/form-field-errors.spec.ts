import { toFormFieldErrors } from '../form-field-errors';

describe('server field errors on the customer form', () => {
  it('land under the input of a list row, whichever notation the server uses', () => {
    const { fields, unmatched } = toFormFieldErrors(
      [
        { field: 'phones.0.value', message: 'too short' },
        { field: 'addresses[1].street', message: 'too long' },
        { field: 'website', message: 'must be a URL' },
        { field: 'website', message: 'too long' },
      ],
      ['phones', 'addresses', 'website'],
    );
    expect(fields).toEqual([
      { name: ['phones', 0, 'value'], errors: ['too short'] },
      { name: ['addresses', 1, 'street'], errors: ['too long'] },
      { name: ['website'], errors: ['must be a URL', 'too long'] },
    ]);
    expect(unmatched).toEqual([]);
  });

  it('returns errors no input stands for, to be shown above the form', () => {
    const { fields, unmatched } = toFormFieldErrors(
      [{ field: 'dealerOrgId', message: 'not allowed' }],
      ['name'],
    );
    expect(fields).toEqual([]);
    expect(unmatched).toEqual([{ field: 'dealerOrgId', message: 'not allowed' }]);
  });
});

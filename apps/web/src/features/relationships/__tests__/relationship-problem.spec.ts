import { ApiProblemError } from '@kehu/contracts';
import { relationshipProblemOf } from '../relationship-problem';

const problem = (status: number, extra: Record<string, unknown> = {}) =>
  new ApiProblemError({ type: 'about:blank', title: 'x', status, ...extra });

describe('a refused relationship write', () => {
  it('is a duplicate when the conflict names the existing relationship', () => {
    expect(relationshipProblemOf(problem(409, { relationshipId: 'e1' }))).toBe('duplicate');
  });

  it('is too many shares when the conflict lists the percentages', () => {
    expect(relationshipProblemOf(problem(409, { percentages: ['60.00', '50.00'] }))).toBe(
      'sharesExceed',
    );
  });

  it('is a customer related to itself when the other customer is refused', () => {
    const error = problem(400, {
      errors: [{ field: 'toId', message: 'toId must be another customer' }],
    });
    expect(relationshipProblemOf(error)).toBe('self');
  });

  it('is a type that does not fit the customers when the type is refused', () => {
    const error = problem(400, { errors: [{ field: 'typeId', message: 'starts at a person' }] });
    expect(relationshipProblemOf(error)).toBe('wrongKind');
  });

  it('is left to the generic description otherwise', () => {
    expect(relationshipProblemOf(problem(409))).toBeNull();
    expect(relationshipProblemOf(problem(403))).toBeNull();
    expect(relationshipProblemOf(new Error('offline'))).toBeNull();
  });
});

import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import {
  databaseErrorCode,
  isQueryFailure,
  isReleasedQueryRunner,
  isUniqueViolation,
} from './database-errors';

function queryFailed(driverError: object): QueryFailedError {
  return new QueryFailedError('INSERT …', [], Object.assign(new Error('refused'), driverError));
}

describe('isUniqueViolation', () => {
  const duplicate = queryFailed({ code: '23505', constraint: 'contacts_company_person_key' });

  it('recognises a duplicate key, in any constraint', () => {
    expect(isUniqueViolation(duplicate)).toBe(true);
  });

  it('recognises a duplicate key in the named constraint only', () => {
    expect(isUniqueViolation(duplicate, 'contacts_company_person_key')).toBe(true);
    expect(isUniqueViolation(duplicate, 'relationships_edge_key')).toBe(false);
  });

  it('does not take other refusals for a duplicate', () => {
    expect(isUniqueViolation(queryFailed({ code: '23503' }))).toBe(false);
    expect(isUniqueViolation(queryFailed({ code: '23503' }), 'contacts_company_person_key')).toBe(
      false,
    );
  });

  it('does not take an error that only carries the code for a refused statement', () => {
    expect(isUniqueViolation(Object.assign(new Error('duplicate'), { code: '23505' }))).toBe(false);
    expect(isUniqueViolation({ driverError: { code: '23505' } })).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });
});

describe('databaseErrorCode', () => {
  it('reads the SQLSTATE of a refused statement and a socket error code', () => {
    expect(databaseErrorCode(queryFailed({ code: '22P02' }))).toBe('22P02');
    expect(databaseErrorCode(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(
      'ECONNREFUSED',
    );
  });

  it('has no code for anything else', () => {
    expect(databaseErrorCode(new Error('plain'))).toBeUndefined();
    expect(databaseErrorCode('23505')).toBeUndefined();
    expect(databaseErrorCode(null)).toBeUndefined();
  });
});

describe('isQueryFailure and isReleasedQueryRunner', () => {
  it('tell TypeORM errors apart', () => {
    expect(isQueryFailure(queryFailed({ code: '23505' }))).toBe(true);
    expect(isQueryFailure(new QueryRunnerAlreadyReleasedError())).toBe(false);
    expect(isReleasedQueryRunner(new QueryRunnerAlreadyReleasedError())).toBe(true);
    expect(isReleasedQueryRunner(new Error('released'))).toBe(false);
  });
});

import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';

/** PostgreSQL's SQLSTATE for a duplicate key in a unique index or constraint. */
const UNIQUE_VIOLATION = '23505';

interface DriverError {
  code?: unknown;
  constraint?: unknown;
}

/**
 * The error code of a failed database call: the SQLSTATE PostgreSQL reported (also when
 * TypeORM wraps the driver's error) or a Node.js socket code such as ECONNREFUSED.
 */
export function databaseErrorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string') return code;
  const { driverError } = error as { driverError?: DriverError };
  return typeof driverError?.code === 'string' ? driverError.code : undefined;
}

/** A statement PostgreSQL refused (TypeORM's QueryFailedError). */
export function isQueryFailure(error: unknown): boolean {
  return error instanceof QueryFailedError;
}

/**
 * A statement refused because it would store a duplicate of a unique key; with
 * `constraint`, only a duplicate in that constraint (or unique index).
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as DriverError | undefined;
  return (
    driverError?.code === UNIQUE_VIOLATION &&
    (constraint === undefined || driverError.constraint === constraint)
  );
}

/**
 * A transaction's statement after its connection was given up: TypeORM releases the
 * query runner when the connection breaks, and reports that rather than the break.
 */
export function isReleasedQueryRunner(error: unknown): boolean {
  return error instanceof QueryRunnerAlreadyReleasedError;
}

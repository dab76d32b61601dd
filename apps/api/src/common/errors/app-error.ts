export interface FieldError {
  field: string;
  message: string;
}

export type AppErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'precondition-failed'
  | 'too-large'
  | 'idempotency-key-reused'
  | 'rate-limited'
  | 'unavailable'
  | 'moved';

/**
 * The errors services throw. They say what went wrong in domain terms; one filter
 * turns them into problem+json responses (services never throw HttpException).
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: {
      errors?: FieldError[];
      retryAfterSeconds?: number;
      extra?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class ValidationError extends AppError {
  constructor(errors: FieldError[], message = 'The request is not valid.') {
    super('validation', message, { errors });
  }

  static field(field: string, message: string): ValidationError {
    const text = `${field} ${message}`;
    return new ValidationError([{ field, message: text }], text);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue.') {
    super('unauthenticated', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super('forbidden', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('not-found', `${what} was not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, extra?: Record<string, unknown>) {
    super('conflict', message, { extra });
  }
}

export class PreconditionFailedError extends AppError {
  constructor(currentVersion?: number) {
    super(
      'precondition-failed',
      'The record was changed by someone else. Reload it and apply your change again.',
      currentVersion === undefined ? {} : { extra: { currentVersion } },
    );
  }
}

/** The body or file is larger than the configured limit (413). */
export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super('too-large', message);
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number, message = 'Too many attempts. Try again later.') {
    super('rate-limited', message, { retryAfterSeconds });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message: string, retryAfterSeconds = 5) {
    super('unavailable', message, { retryAfterSeconds });
  }
}

/** The record lives elsewhere now (e.g. merged into another): 308 with its Location. */
export class MovedError extends AppError {
  constructor(location: string, message: string) {
    super('moved', message, { extra: { location }, headers: { location } });
  }
}

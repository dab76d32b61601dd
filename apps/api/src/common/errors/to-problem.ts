import { HttpException } from '@nestjs/common';
import {
  databaseErrorCode,
  isQueryFailure,
  isReleasedQueryRunner,
  isUniqueViolation,
} from '../../database/database-errors';
import { AppError } from './app-error';
import { HTTP_TITLES, PROBLEM_STATUS, ProblemDetails, problemType } from './problem-details';

export interface ProblemReply {
  problem: ProblemDetails;
  headers: Record<string, string>;
  /** Unexpected errors are logged with their stack; expected ones are not. */
  unexpected: boolean;
}

const INVALID_VALUE_CODES = new Set([
  '22P02',
  '22007',
  '22008',
  '22003',
  '22001',
  '2201B',
  '22021',
  '54000',
]);
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
]);
/** Connection failures node-postgres and its pool report by message only, without a code. */
const CONNECTION_ERROR_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

function problem(
  status: number,
  slug: string,
  detail: string,
  extra: Partial<ProblemDetails> = {},
): ProblemDetails {
  return {
    type: problemType(slug),
    title: HTTP_TITLES[status] ?? 'Error',
    status,
    detail,
    ...extra,
  };
}

function isConnectionError(error: unknown): boolean {
  const code = databaseErrorCode(error);
  if (code !== undefined && CONNECTION_ERROR_CODES.has(code)) return true;
  return error instanceof Error && CONNECTION_ERROR_MESSAGES.test(error.message);
}

function fromAppError(error: AppError): ProblemReply {
  const { status, title } = PROBLEM_STATUS[error.code];
  const headers: Record<string, string> = { ...error.details.headers };
  if (error.details.retryAfterSeconds !== undefined) {
    headers['retry-after'] = String(Math.max(1, Math.ceil(error.details.retryAfterSeconds)));
  }
  return {
    problem: {
      type: problemType(error.code),
      title,
      status,
      detail: error.message,
      ...(error.details.errors ? { errors: error.details.errors } : {}),
      ...(error.details.extra ?? {}),
    },
    headers,
    unexpected: false,
  };
}

function fromHttpException(error: HttpException): ProblemReply {
  const status = error.getStatus();
  const body = error.getResponse();
  const message =
    typeof body === 'object' && body !== null && 'message' in body ? body.message : body;
  const detail = Array.isArray(message) ? message.join('; ') : String(message);
  return {
    problem: problem(status, `http-${status}`, detail),
    headers: {},
    unexpected: status >= 500,
  };
}

function fromDatabaseError(error: unknown): ProblemReply | undefined {
  if (isUniqueViolation(error)) {
    return {
      problem: problem(409, 'conflict', 'A record with the same unique values already exists.'),
      headers: {},
      unexpected: false,
    };
  }
  const code = databaseErrorCode(error);
  if (code === '23503') {
    return {
      problem: problem(
        409,
        'conflict',
        'The record refers to a record that does not exist, or is still referred to.',
      ),
      headers: {},
      unexpected: false,
    };
  }
  if (code === '40001' || code === '40P01') {
    return {
      problem: problem(409, 'conflict', 'The record was changed at the same time. Try again.'),
      headers: {},
      unexpected: false,
    };
  }
  if (code !== undefined && INVALID_VALUE_CODES.has(code)) {
    return {
      problem: problem(400, 'validation', 'A value has the wrong format or is out of range.'),
      headers: {},
      unexpected: false,
    };
  }
  return undefined;
}

/** Framework errors that carry a 4xx status of their own (body parsing, size limits). */
function fromClientError(error: unknown): ProblemReply | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { statusCode, message } = error as { statusCode?: unknown; message?: unknown };
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode >= 500) return undefined;
  const detail =
    error instanceof SyntaxError
      ? 'The body is not valid JSON.'
      : typeof message === 'string'
        ? message
        : 'Bad request';
  return {
    problem: problem(statusCode, `http-${statusCode}`, detail),
    headers: {},
    unexpected: false,
  };
}

/** Turns anything thrown while handling a request into a problem+json reply. */
export function toProblem(error: unknown): ProblemReply {
  if (error instanceof AppError) return fromAppError(error);
  if (error instanceof HttpException) return fromHttpException(error);
  if (isQueryFailure(error)) {
    const reply = fromDatabaseError(error);
    if (reply) return reply;
  }
  // TypeORM releases a transaction's query runner when its connection breaks, so the
  // transaction's next query reports the release rather than the lost connection. It is
  // still logged: outside an outage it would be a bug.
  const released = isReleasedQueryRunner(error);
  if (released || isConnectionError(error)) {
    return {
      problem: problem(
        503,
        'database-unavailable',
        'The database is not reachable right now. Try again shortly.',
      ),
      headers: { 'retry-after': '5' },
      unexpected: released,
    };
  }
  const clientError = fromClientError(error);
  if (clientError) return clientError;
  return {
    problem: problem(
      500,
      'internal',
      'Something went wrong on our side. The request id helps us find it.',
    ),
    headers: {},
    unexpected: true,
  };
}
